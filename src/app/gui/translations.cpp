#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

const QString kDirectory = u":/i18n"_s;

// Loads the catalogue of locale's first UI language that has one; nullptr when none has.
QTranslator *loaded(QCoreApplication *app, const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(app);
    if (translator->load(locale, name, u"_"_s, directory) && QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}

} // namespace

QString Translations::install(QCoreApplication *app, const QString &language)
{
    QLocale locale;
    if (!language.isEmpty()) {
        locale = QLocale(language);
        QLocale::setDefault(locale);
    }
    const QTranslator *own = loaded(app, locale, u"hookscope"_s, kDirectory);
    if (!own)
        own = loaded(app, QLocale(QLocale::English), u"hookscope"_s, kDirectory);
    const QString shown = own ? QLocale(own->language()).name().section(u'_', 0, 0) : u"en"_s;
    // Qt's catalogue in the same language as Hookscope's, not the next one the system lists:
    // qtbase_LANG where Qt splits its catalogues, the older single qt_LANG (Swedish) otherwise.
    const QLocale shownLocale(shown);
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (shown != u"en"_s && !loaded(app, shownLocale, u"qtbase"_s, qtDirectory))
        loaded(app, shownLocale, u"qt"_s, qtDirectory);
    return shown;
}

} // namespace hookscope
