#include "cli/captureoptionsparser.h"
#include "cli/exchangecommands.h"
#include "cli/headlessrunner.h"
#include "cli/replaycommand.h"
#include "cli/samplescommand.h"
#include "cli/sendcommand.h"
#include "cli/tunnelcli.h"
#include "capture/capturehost.h"
#include "providers/providerdeliverypreparer.h"
#include "gui/appsettings.h"
#include "gui/desktopidentity.h"
#include "gui/mainwindow.h"
#include "gui/singleinstance.h"
#include "gui/storeproblemprompt.h"
#include "gui/translations.h"
#include "store/datadirectory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstring>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace hookscope;

namespace {

using CommandRunner = int (*)(const QStringList &);

struct Subcommand
{
    const char *name;
    CommandRunner run;
};

const Subcommand kSubcommands[] = {
    { "export", runExportCommand },
    { "import", runImportCommand },
    { "samples", runSamplesCommand },
    { "send", runSendCommand },
    { "replay", runReplayCommand },
    { "tunnel", runTunnelCommand },
};

void describeApplication()
{
    QCoreApplication::setApplicationName(u"hookscope"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(HOOKSCOPE_VERSION));
}

bool hasArgument(int argc, char *argv[], std::initializer_list<const char *> names)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *name : names) {
            if (std::strcmp(argv[i], name) == 0)
                return true;
        }
    }
    return false;
}

// Parses the options shared by the GUI and --headless; exits on --help, --version or errors.
CaptureCommandLine parseCaptureCommandLine(bool *printDeliveries)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "cli",
            "Webhook test console: captures, decodes, composes and replays webhook deliveries.\n"
            "Without --headless it opens the console window.\n\n"
            "Commands (hookscope COMMAND --help for each):\n"
            "  export   write stored deliveries as NDJSON, HAR, CSV, JSON, curl or a raw body\n"
            "  import   read deliveries from an NDJSON or HAR file\n"
            "  samples  list the bundled sample deliveries\n"
            "  send     send a sample or a file, edited and signed like the vendor does\n"
            "  replay   send a stored delivery again, byte for byte\n"
            "  tunnel   open a public tunnel to the capture server (cloudflared, ngrok,\n"
            "           localtunnel or ssh -R) and print the URLs to give the vendor"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headless(u"headless"_s,
                                      QCoreApplication::translate("cli", "Capture without a "
                                                                         "window until SIGTERM."));
    const QCommandLineOption print(u"print"_s, QCoreApplication::translate(
                                                       "cli", "With --headless: print one line "
                                                              "per stored delivery."));
    parser.addOption(headless);
    parser.addOption(print);
    CaptureOptionsParser captureOptions(parser);
    parser.process(QCoreApplication::arguments());

    CaptureCommandLine commandLine;
    QString error;
    if (!captureOptions.read(&commandLine, &error)) {
        QTextStream(stderr) << "hookscope: " << error << '\n';
        std::exit(2);
    }
    *printDeliveries = parser.isSet(print);
    return commandLine;
}

// Empty when this process is the data directory's console; otherwise how main() ends.
std::optional<int> claimInstance(SingleInstance &instance)
{
    QString error;
    switch (instance.claim(QApplication::arguments().mid(1), &error)) {
    case SingleInstance::Role::Secondary:
        return 0;
    case SingleInstance::Role::Failed:
        QTextStream(stderr) << "hookscope: " << error << '\n';
        return 1;
    case SingleInstance::Role::Primary:
        break;
    }
    return std::nullopt;
}

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(u"Hookscope"_s);
    DesktopIdentity::apply();
    Translations::install(&app, AppSettings().language()); // a new choice applies from the next start
    bool unused = false;
    CaptureCommandLine commandLine = parseCaptureCommandLine(&unused);
    auto instance = std::make_unique<SingleInstance>(commandLine.dataDirectory);
    std::optional<int> exitCode = claimInstance(*instance);
    if (exitCode)
        return *exitCode;
    MainWindow::SettingsParts fromSettings;
    fromSettings.listenAddress = !commandLine.listenGiven;
    fromSettings.limits = !commandLine.limitsGiven;
    fromSettings.retention = !commandLine.retentionGiven;
    fromSettings.store = !commandLine.storeGiven;
    MainWindow::applySettings(AppSettings(), &commandLine.capture, fromSettings);
    // A shared store is not a file of the data directory: a problem with it is told at start.
    const StoreProblemPrompt::Choice storeChoice =
            commandLine.capture.store.isShared()
            ? StoreProblemPrompt::Choice { StoreProblemPrompt::Outcome::Capture, commandLine.dataDirectory, {} }
            : StoreProblemPrompt::resolve(commandLine.dataDirectory);
    if (storeChoice.outcome == StoreProblemPrompt::Outcome::Quit)
        return 1;
    if (storeChoice.dataDirectory != commandLine.dataDirectory) {
        commandLine.dataDirectory = storeChoice.dataDirectory;
        commandLine.capture.store.databasePath = DataDirectory::databasePath(storeChoice.dataDirectory);
        instance = std::make_unique<SingleInstance>(commandLine.dataDirectory);
        if ((exitCode = claimInstance(*instance)))
            return *exitCode;
    }
    const bool readOnly = storeChoice.outcome == StoreProblemPrompt::Outcome::ReadOnly;
    const std::shared_ptr<const ProviderCatalog> catalog = ProviderCatalog::loadDefault();
    for (const QString &problem : catalog->problems())
        QTextStream(stderr) << "hookscope: provider skipped: " << problem << '\n';
    auto analyzer = std::make_shared<const DeliveryAnalyzer>(catalog, commandLine.endpoints);
    CaptureHost host(commandLine.capture, std::make_shared<ProviderDeliveryPreparer>(analyzer));
    const QString error = readOnly ? QString() : host.start();
    MainWindow window(readOnly ? nullptr : &host, commandLine.capture.store, analyzer,
                      error.isEmpty() ? QString()
                                      : QApplication::translate("cli", "Capture server not "
                                                                       "started: %1")
                                                .arg(error),
                      readOnly ? storeChoice.problem : QString());
    QObject::connect(instance.get(), &SingleInstance::activated, &window, &MainWindow::bringToFront);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1) {
        for (const Subcommand &subcommand : kSubcommands) {
            if (std::strcmp(argv[1], subcommand.name) == 0) {
                QCoreApplication app(argc, argv);
                describeApplication();
                Translations::install(&app, QString()); // the terminal's language
                return subcommand.run(QCoreApplication::arguments());
            }
        }
    }
    if (hasArgument(argc, argv, { "--headless", "--help", "-h", "--version", "-v" })) {
        QCoreApplication app(argc, argv);
        describeApplication();
        Translations::install(&app, QString());
        bool printDeliveries = false;
        const CaptureCommandLine commandLine = parseCaptureCommandLine(&printDeliveries);
        return runHeadless(commandLine, printDeliveries);
    }
    return runGui(argc, argv);
}
