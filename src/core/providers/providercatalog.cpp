#include "providercatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {
const QString kFileSchemaName = u"provider.schema.json"_s;
}

QString ProviderCatalog::bundledDirectory()
{
    return u":/resources/providers"_s;
}

QString ProviderCatalog::userDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(u"providers"_s);
}

std::shared_ptr<const ProviderCatalog> ProviderCatalog::loadDefault()
{
    return load({ bundledDirectory(), userDirectory() });
}

std::shared_ptr<const ProviderCatalog> ProviderCatalog::load(const QStringList &directories)
{
    auto catalog = std::make_shared<ProviderCatalog>();
    std::shared_ptr<const JsonSchema> fileSchema;
    QFile schemaFile(QDir(bundledDirectory()).filePath(kFileSchemaName));
    if (schemaFile.open(QIODevice::ReadOnly)) {
        QString error;
        fileSchema = JsonSchema::compile(schemaFile.readAll(), &error);
        if (!fileSchema)
            catalog->m_problems.append(u"%1: %2"_s.arg(kFileSchemaName, error));
    }
    for (const QString &directory : directories)
        catalog->loadDirectory(directory, fileSchema.get());
    return catalog;
}

void ProviderCatalog::loadDirectory(const QString &directory, const JsonSchema *fileSchema)
{
    const QDir dir(directory);
    for (const QString &name : dir.entryList({ u"*.json"_s }, QDir::Files, QDir::Name)) {
        if (name != kFileSchemaName)
            loadFile(dir.filePath(name), fileSchema);
    }
}

void ProviderCatalog::loadFile(const QString &path, const JsonSchema *fileSchema)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problems.append(u"%1: %2"_s.arg(path, file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    if (fileSchema) {
        const QList<SchemaViolation> violations = fileSchema->validate(bytes);
        if (!violations.isEmpty()) {
            QStringList reasons;
            for (const SchemaViolation &violation : violations)
                reasons.append(u"%1: %2"_s.arg(violation.pointer.isEmpty() ? u"/"_s : violation.pointer,
                                               violation.message));
            m_problems.append(u"%1: not a valid provider file: %2"_s.arg(path, reasons.join(u"; "_s)));
            return;
        }
    }
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(bytes, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        m_problems.append(u"%1: %2 at byte %3"_s.arg(path, parseError.errorString()).arg(parseError.offset));
        return;
    }
    QString error;
    std::optional<ProviderDefinition> provider = ProviderDefinition::fromJson(object, &error);
    if (!provider) {
        m_problems.append(u"%1: %2"_s.arg(path, error));
        return;
    }
    provider->origin = path;
    for (ProviderDefinition &existing : m_providers) {
        if (existing.id == provider->id) {
            existing = *provider;
            return;
        }
    }
    m_providers.append(*provider);
}

const ProviderDefinition *ProviderCatalog::provider(const QString &id) const
{
    for (const ProviderDefinition &candidate : m_providers) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

} // namespace hookscope
