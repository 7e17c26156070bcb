// The console in German, Swedish and French (menus, a settings label, Qt's own buttons, plural
// forms), the command line following the system's language, and the .ts files: every entry
// translated, its placeholders and shortcut kept, and no text of the sources missing.
#include "capture/capturehost.h"
#include "gui/mainwindow.h"
#include "gui/settingsdialog.h"
#include "gui/translations.h"
#include "models/jsontreemodel.h"
#include "providers/providercatalog.h"
#include "providers/providerdeliverypreparer.h"
#include "store/datadirectory.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace hookscope;
using namespace Qt::StringLiterals;

namespace {

const QString kTranslations = QStringLiteral(HOOKSCOPE_SOURCE_DIR "/translations");

struct Entry
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    QStringList translations; // one, or a form per plural
};

QList<Entry> readTs(const QString &path, QString *language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Entry> entries;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"TS") {
            *language = xml.attributes().value(u"language"_s).toString();
        } else if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Entry entry;
            entry.context = context;
            entry.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    entry.source = xml.readElementText();
                } else if (xml.name() == u"comment") {
                    entry.comment = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    entry.type = xml.attributes().value(u"type"_s).toString();
                    if (entry.numerus) {
                        while (xml.readNextStartElement())
                            entry.translations.append(xml.readElementText());
                    } else {
                        entry.translations.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            entries.append(entry);
        }
    }
    return xml.hasError() ? QList<Entry>() : entries;
}

QStringList placeholders(const QString &text)
{
    QStringList found;
    static const QRegularExpression pattern(u"%L?[1-9n]"_s);
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.append(match.captured());
    found.sort();
    return found;
}

int accelerators(const QString &text)
{
    return int(text.count(u'&')) - int(text.count(u"&&"_s)) * 2 - int(text.count(u"&lt;"_s))
            - int(text.count(u"&gt;"_s)) - int(text.count(u"&amp;"_s));
}

QStringList tsFiles()
{
    return QDir(kTranslations).entryList({ u"hookscope_*.ts"_s }, QDir::Files, QDir::Name);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;

    static void uninstall()
    {
        qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>());
        QLocale::setDefault(QLocale::system());
    }

    static QStringList menuTitles(const MainWindow &window)
    {
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles.append(action->text());
        return titles;
    }

    static QString countText(const MainWindow &window)
    {
        static const QRegularExpression count(u"^\\d+ \\S+ · "_s);
        for (const QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
            if (count.match(label->text()).hasMatch())
                return label->text().section(u" · "_s, 0, 0);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"hookscope-tests"_s);
        qputenv("XDG_CONFIG_HOME", m_settingsDir.path().toUtf8());
    }

    void cleanup() { uninstall(); }

    void showsTheConsoleInTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("menus");
        QTest::addColumn<QString>("languageLabel");
        QTest::addColumn<QString>("cancel");
        QTest::addColumn<QString>("noDeliveries");
        QTest::addColumn<QString>("oneMember");
        QTest::addColumn<QString>("twoMembers");
        QTest::newRow("German") << u"de"_s
                                << QStringList { u"&Datei"_s, u"&Bearbeiten"_s, u"&Zustellungen"_s,
                                                 u"&Ansicht"_s, u"&Hilfe"_s }
                                << u"Sprache"_s << u"Abbrechen"_s << u"0 Zustellungen"_s
                                << u"{1 Eintrag}"_s << u"{2 Einträge}"_s;
        QTest::newRow("Swedish") << u"sv"_s
                                 << QStringList { u"&Arkiv"_s, u"&Redigera"_s, u"&Leveranser"_s,
                                                  u"&Visa"_s, u"&Hjälp"_s }
                                 << u"Språk"_s << u"Avbryt"_s << u"0 leveranser"_s
                                 << u"{1 medlem}"_s << u"{2 medlemmar}"_s;
        // French counts 0 as singular.
        QTest::newRow("French") << u"fr"_s
                                << QStringList { u"&Fichier"_s, u"É&dition"_s, u"&Livraisons"_s,
                                                 u"&Affichage"_s, u"Aid&e"_s }
                                << u"Langue"_s << u"Annuler"_s << u"0 livraison"_s
                                << u"{1 membre}"_s << u"{2 membres}"_s;
        QTest::newRow("English") << u"en"_s
                                 << QStringList { u"&File"_s, u"&Edit"_s, u"&Deliveries"_s,
                                                  u"&View"_s, u"&Help"_s }
                                 << u"Language"_s << u"Cancel"_s << u"0 deliveries"_s
                                 << u"{1 member}"_s << u"{2 members}"_s;
    }

    void showsTheConsoleInTheChosenLanguage()
    {
        QFETCH(QString, language);
        QCOMPARE(Translations::install(QCoreApplication::instance(), language), language);

        const QString directory = m_dir.filePath(language);
        QString error;
        QVERIFY2(DataDirectory::prepare(directory, &error), qPrintable(error));
        CaptureOptions options;
        options.port = 0;
        options.store.databasePath = DataDirectory::databasePath(directory);
        auto analyzer = std::make_shared<const DeliveryAnalyzer>(
                ProviderCatalog::load({ ProviderCatalog::bundledDirectory() }), QList<Endpoint>());
        CaptureHost host(options, std::make_shared<ProviderDeliveryPreparer>(analyzer));
        QCOMPARE(host.start(), QString());
        {
            MainWindow window(&host, options.store, analyzer, QString());
            window.show();
            QTEST(menuTitles(window), "menus");
            QFETCH(QString, noDeliveries);
            QTRY_COMPARE(countText(window), noDeliveries);
        }

        SettingsDialog dialog(SettingsDialog::Values(), { u"enad"_s }, directory);
        const auto *label = dialog.findChild<QLabel *>(u"languageLabel"_s);
        QVERIFY(label);
        QTEST(label->text(), "languageLabel");
        const auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons && buttons->button(QDialogButtonBox::Cancel));
        QTEST(buttons->button(QDialogButtonBox::Cancel)->text(), "cancel");

        JsonTreeModel tree;
        QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tree.setTree(JsonTree::parse(R"({"one":{"a":1},"two":{"a":1,"b":2}})", JsonParseMode::Strict));
        QTEST(tree.indexOfPointer(u"/one"_s).siblingAtColumn(JsonTreeModel::Value).data().toString(), "oneMember");
        QTEST(tree.indexOfPointer(u"/two"_s).siblingAtColumn(JsonTreeModel::Value).data().toString(), "twoMembers");
    }

    void theCommandLineFollowsTheSystemLanguage()
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"LANGUAGE"_s, u"de"_s);
        environment.insert(u"LANG"_s, u"de_DE.UTF-8"_s);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(HOOKSCOPE_BINARY_DIR "/hookscope"), { u"export"_s, u"--help"_s });
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString help = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(help.contains(u"Gespeicherte Zustellungen exportieren."_s), qPrintable(help));
        QVERIFY2(help.contains(u"--data-dir"_s), qPrintable(help));
    }

    void everyEntryIsTranslated_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = tsFiles();
        QVERIFY(files.contains(u"hookscope_de.ts"_s) && files.contains(u"hookscope_sv.ts"_s)
                && files.contains(u"hookscope_fr.ts"_s) && files.contains(u"hookscope_en.ts"_s));
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file;
    }

    void everyEntryIsTranslated()
    {
        QFETCH(QString, file);
        QString language;
        const QList<Entry> entries = readTs(QDir(kTranslations).filePath(file), &language);
        QVERIFY(!entries.isEmpty());
        QVERIFY(file.contains(language.section(u'_', 0, 0)));
        QStringList problems;
        for (const Entry &entry : entries) {
            const QString where = entry.context + u": "_s + entry.source;
            if (!entry.type.isEmpty())
                problems.append(entry.type + u" - "_s + where);
            // German, Swedish, French and English each have a singular and a plural.
            if (entry.translations.size() != (entry.numerus ? 2 : 1))
                problems.append(u"forms - "_s + where);
            for (const QString &translation : entry.translations) {
                if (translation.trimmed().isEmpty()) {
                    problems.append(u"empty - "_s + where);
                    continue;
                }
                QStringList expected = placeholders(entry.source);
                QStringList found = placeholders(translation);
                // A singular may say "one" instead of the count.
                if (entry.numerus) {
                    expected.removeAll(u"%n"_s), expected.removeAll(u"%Ln"_s);
                    found.removeAll(u"%n"_s), found.removeAll(u"%Ln"_s);
                }
                if (found != expected)
                    problems.append(u"placeholders - "_s + where + u" -> "_s + translation);
                if (accelerators(translation) != accelerators(entry.source))
                    problems.append(u"shortcut - "_s + where + u" -> "_s + translation);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // lupdate over the sources into a copy of each .ts file finds nothing new to translate and
    // nothing gone: new texts need `cmake --build build --target update_translations` and their
    // translations (translations/translations.cmake).
    void theTranslationsHoldEveryTextOfTheSources()
    {
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        for (const QString &file : tsFiles()) {
            const QString copy = scratch.filePath(file);
            QVERIFY(QFile::copy(QDir(kTranslations).filePath(file), copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            QStringList arguments { u"-no-obsolete"_s, u"-locations"_s, u"none"_s,
                                    u"@"_s + QStringLiteral(HOOKSCOPE_TRANSLATED_SOURCES) };
            if (file == u"hookscope_en.ts"_s)
                arguments.append(u"-pluralonly"_s);
            arguments << u"-ts"_s << copy;
            QProcess lupdate;
            lupdate.start(QStringLiteral(HOOKSCOPE_LUPDATE), arguments);
            QVERIFY(lupdate.waitForFinished(120000));
            QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

            QString language;
            const auto keys = [](const QList<Entry> &entries) {
                QStringList found;
                for (const Entry &entry : entries)
                    found.append(entry.context + u" | "_s + entry.source + u" | "_s + entry.comment);
                found.sort();
                return found;
            };
            const QStringList committed = keys(readTs(QDir(kTranslations).filePath(file), &language));
            const QStringList current = keys(readTs(copy, &language));
            QStringList missing, gone;
            for (const QString &key : current)
                if (!committed.contains(key))
                    missing.append(key);
            for (const QString &key : committed)
                if (!current.contains(key))
                    gone.append(key);
            QVERIFY2(missing.isEmpty() && gone.isEmpty(),
                     qPrintable(file + u"\nnot in the .ts file:\n"_s + missing.join(u'\n')
                                + u"\nno longer in the sources:\n"_s + gone.join(u'\n')));
        }
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
