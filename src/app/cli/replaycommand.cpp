#include "replaycommand.h"

#include "clitext.h"
#include "captureoptionsparser.h"
#include "storeaccess.h"

#include "providers/providercatalog.h"
#include "send/httpclient.h"
#include "send/replayrequest.h"
#include "sendcommand.h"
#include "store/datadirectory.h"
#include "store/deliverystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "hookscope replay: " << message << '\n';
    return 1;
}

} // namespace

int runReplayCommand(const QStringList &arguments)
{
    const QString command = u"replay"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
            "Send a stored delivery again: same method, the raw body byte for byte, the original "
            "headers without the hop-by-hop ones. Prints the answer like send."));
    parser.addPositionalArgument(u"replay"_s, QString(), u"replay"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, Cli::tr("Store directory."), u"DIR"_s);
    const QCommandLineOption id(u"id"_s, Cli::tr("The delivery's id (as in export)."), u"ID"_s);
    const QCommandLineOption url(u"url"_s, Cli::tr("Where to send it."), u"URL"_s);
    const QCommandLineOption keepHeaders(
            u"keep-headers"_s, Cli::tr("Keep every original header, Host and hop-by-hop ones "
                                  "included (Content-Length and Transfer-Encoding are always "
                                  "recomputed)."));
    const QCommandLineOption resign(u"resign"_s,
                                    Cli::tr("Sign again with a new timestamp: standard-webhooks, "
                                       "stripe, github, phasio, hmac or header-token."),
                                    u"SCHEME"_s);
    const QCommandLineOption storeUrl = storeOption();
    parser.addOptions({ dataDir, storeUrl, id, url, keepHeaders, resign });
    const SendCommandOptions shared(parser);
    parseCommandLine(parser, arguments, command);

    QString error;
    if (parser.positionalArguments().size() != 1)
        return usageError(command, u"unexpected argument \"%1\""_s.arg(parser.positionalArguments().value(1)));
    bool idOk = false;
    const qint64 deliveryId = parser.value(id).toLongLong(&idOk);
    if (!idOk || deliveryId <= 0)
        return usageError(command, u"--id needs a delivery id (a positive number)"_s);
    if (!parser.isSet(url))
        return usageError(command, u"--url is required"_s);
    ReplayRequest::Options options;
    const std::optional<QUrl> target = parseTargetUrl(parser.value(url), &error);
    if (!target)
        return usageError(command, u"--url "_s + error);
    options.url = *target;
    options.keepHeaders = parser.isSet(keepHeaders);
    const std::optional<SigningArguments> signing =
            shared.signing(u"--resign"_s, parser.value(resign), &error);
    const std::optional<std::chrono::milliseconds> timeout =
            signing ? shared.timeout(&error) : std::nullopt;
    if (!timeout)
        return usageError(command, error);
    if (!parser.isSet(resign) && (!signing->secret.isEmpty() || signing->hasHmacOptions()))
        return usageError(command, u"--secret and --hmac-* go with --resign SCHEME"_s);

    const QString directory =
            parser.isSet(dataDir) ? parser.value(dataDir) : DataDirectory::defaultPath();
    DeliveryStore store;
    QString storeError;
    if (!StoreAccess::open(store, directory, parser.value(storeUrl), StoreAccess::Mode::ExistingOnly, &storeError))
        return fail(storeError);
    const std::optional<Delivery> delivery = store.load(deliveryId);
    if (!delivery)
        return fail(u"no delivery %1 in %2"_s.arg(deliveryId).arg(directory));

    if (parser.isSet(resign)) {
        options.resign = ReplayRequest::resigning(*ProviderCatalog::loadDefault(), *delivery,
                                                  *signing, &error);
        if (!options.resign)
            return usageError(command, error);
    }
    const std::optional<OutgoingRequest> request = ReplayRequest::build(*delivery, options, &error);
    if (!request)
        return fail(error);
    if (shared.dryRun()) {
        printRequest(*request);
        return 0;
    }
    HttpClient client;
    client.setTimeout(*timeout);
    return printExchange(command, client.sendAndWait(*request));
}

} // namespace hookscope
