#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace hookscope {

// Puts Hookscope's texts and Qt's own (dialog buttons, context menus) into one language: the one
// chosen in Settings, or else the first of the system's languages (LANGUAGE, LC_MESSAGES, LANG)
// Hookscope has. English is loaded too when nothing else is, for its plural forms.
class Translations
{
public:
    // language: "de", "sv", "fr", "en", or "" to follow the system. Installs the translators
    // (owned by app) and, for a chosen language, makes it the default locale. Returns the
    // language whose texts are shown ("en" for the source texts).
    static QString install(QCoreApplication *app, const QString &language);
};

} // namespace hookscope
