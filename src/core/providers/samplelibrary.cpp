#include "samplelibrary.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {
const QString kRoot = u":/samples"_s;
}

QList<SampleReference> SampleLibrary::bundled()
{
    QList<SampleReference> samples;
    const QDir root(kRoot);
    for (const QString &provider : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir folder(root.filePath(provider));
        for (const QString &file : folder.entryList({ u"*.json"_s }, QDir::Files, QDir::Name))
            samples.append({ provider, file.chopped(5) });
    }
    return samples;
}

QByteArray SampleLibrary::body(const QString &provider, const QString &eventType)
{
    if (provider.contains(QLatin1Char('/')) || eventType.contains(QLatin1Char('/')))
        return {};
    QFile file(u"%1/%2/%3.json"_s.arg(kRoot, provider, eventType));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace hookscope
