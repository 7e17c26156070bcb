#pragma once

#include "providerdefinition.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace hookscope {

// Every provider Hookscope knows: the bundled files (resources/providers, compiled in), then
// the user's folder, where a file with a bundled id replaces it. Immutable once loaded, so one
// catalog can be shared by every thread.
class ProviderCatalog
{
public:
    static QString bundledDirectory();
    static QString userDirectory();

    // Files that fail provider.schema.json or cannot be read are skipped and reported in
    // problems() with the file name and what is wrong.
    static std::shared_ptr<const ProviderCatalog> load(const QStringList &directories);
    static std::shared_ptr<const ProviderCatalog> loadDefault();

    const QList<ProviderDefinition> &providers() const { return m_providers; }
    const ProviderDefinition *provider(const QString &id) const;
    QStringList problems() const { return m_problems; }

private:
    void loadDirectory(const QString &directory, const JsonSchema *fileSchema);
    void loadFile(const QString &path, const JsonSchema *fileSchema);

    QList<ProviderDefinition> m_providers;
    QStringList m_problems;
};

} // namespace hookscope
