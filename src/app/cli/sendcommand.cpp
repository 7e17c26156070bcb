#include "sendcommand.h"

#include "clitext.h"
#include "providers/providercatalog.h"
#include "send/repeatsender.h"
#include "send/sendrequestbuilder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

constexpr int kDefaultConcurrency = 8;
constexpr int kMaxTimeoutSeconds = 3600;

std::optional<int> boundedNumber(const QString &option, const QString &text, int low, int high,
                                 QString *error)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < low || value > high) {
        *error = u"--%1 %2: expected a whole number from %3 to %4"_s.arg(option, text).arg(low).arg(high);
        return std::nullopt;
    }
    return value;
}

std::optional<QByteArray> readBodyFile(const QString &path, QString *error)
{
    QFile file(path);
    const bool opened = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly)
                                       : file.open(QIODevice::ReadOnly);
    if (!opened) {
        *error = u"--body %1: cannot read it: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

// The options only `send` has, and the SendSpec they describe.
class SendOnlyOptions
{
public:
    explicit SendOnlyOptions(QCommandLineParser &parser)
        : m_parser(parser),
          m_url(u"url"_s, Cli::tr("Where to send it."), u"URL"_s),
          m_sample(u"sample"_s, Cli::tr("A bundled sample (hookscope samples)."), u"PROVIDER/EVENT"_s),
          m_body(u"body"_s, Cli::tr("Send this file's bytes (- for stdin)."), u"FILE"_s),
          m_set(u"set"_s,
                Cli::tr("Change a field: a dotted path (customers[0].email) or JSON pointer "
                   "(/customers/0/email), = and the value, typed by the event's schema. "
                   "Repeatable."),
                u"PATH=VALUE"_s),
          m_header(u"header"_s, Cli::tr("Add or replace a header. Repeatable."), u"K: V"_s),
          m_method(u"method"_s, Cli::tr("HTTP method (default: the provider's, POST)."), u"M"_s),
          m_sign(u"sign"_s,
                 Cli::tr("standard-webhooks, stripe, github, phasio, hmac, header-token or none "
                    "(default with --sample and a secret: the provider's)."),
                 u"SCHEME"_s),
          m_repeat(u"repeat"_s, Cli::tr("Send it N times and print a summary."), u"N"_s, u"1"_s),
          m_concurrency(u"concurrency"_s, Cli::tr("With --repeat: at most K in flight (default 8)."),
                        u"K"_s, QString::number(kDefaultConcurrency))
    {
        parser.addOptions({ m_url, m_sample, m_body, m_set, m_header, m_method, m_sign, m_repeat,
                            m_concurrency });
    }

    std::optional<SendSpec> spec(const SendCommandOptions &shared, QString *error) const
    {
        SendSpec spec;
        if (!m_parser.isSet(m_url)) {
            *error = u"--url is required"_s;
            return std::nullopt;
        }
        const std::optional<QUrl> url = parseTargetUrl(m_parser.value(m_url), error);
        if (!url) {
            error->prepend(u"--url "_s);
            return std::nullopt;
        }
        spec.url = *url;
        if (m_parser.isSet(m_sample) == m_parser.isSet(m_body)) {
            *error = u"give either --sample PROVIDER/EVENT or --body FILE"_s;
            return std::nullopt;
        }
        spec.sample = m_parser.value(m_sample);
        if (m_parser.isSet(m_body)) {
            const std::optional<QByteArray> bytes = readBodyFile(m_parser.value(m_body), error);
            if (!bytes)
                return std::nullopt;
            spec.body = *bytes;
        }
        for (const QString &argument : m_parser.values(m_set)) {
            const std::optional<BodyEdit> edit = BodyEdit::parse(argument, error);
            if (!edit)
                return std::nullopt;
            spec.edits.append(*edit);
        }
        for (const QString &argument : m_parser.values(m_header)) {
            const std::optional<HttpHeader> header = parseHeaderArgument(argument, error);
            if (!header)
                return std::nullopt;
            spec.headers.append(*header);
        }
        spec.method = m_parser.value(m_method).toUtf8();
        const std::optional<SigningArguments> signing =
                shared.signing(u"--sign"_s, m_parser.value(m_sign), error);
        if (!signing)
            return std::nullopt;
        spec.signing = *signing;
        return spec;
    }

    std::optional<int> repeat(QString *error) const
    {
        return boundedNumber(u"repeat"_s, m_parser.value(m_repeat), 1, RepeatSender::MaxCount, error);
    }

    std::optional<int> concurrency(QString *error) const
    {
        return boundedNumber(u"concurrency"_s, m_parser.value(m_concurrency), 1,
                             RepeatSender::MaxConcurrency, error);
    }

private:
    QCommandLineParser &m_parser;
    QCommandLineOption m_url;
    QCommandLineOption m_sample;
    QCommandLineOption m_body;
    QCommandLineOption m_set;
    QCommandLineOption m_header;
    QCommandLineOption m_method;
    QCommandLineOption m_sign;
    QCommandLineOption m_repeat;
    QCommandLineOption m_concurrency;
};

// --repeat: the summary on stdout; the exit code.
int sendRepeatedly(const OutgoingRequest &request, int count, int concurrency,
                   std::chrono::milliseconds timeout)
{
    RepeatSender sender(concurrency, timeout);
    const RepeatSummary summary = sender.run(request, count);
    QFile out;
    out.open(stdout, QIODevice::WriteOnly);
    out.write(summary.formatted(sender.wallClockNs(), sender.concurrency()));
    return summary.allSucceeded() ? 0 : 1;
}

} // namespace

SendCommandOptions::SendCommandOptions(QCommandLineParser &parser)
    : m_parser(parser),
      m_secret(u"secret"_s, Cli::tr("The webhook secret to sign (and for Phasio encrypt) with."), u"S"_s),
      m_secretFile(u"secret-file"_s, Cli::tr("Read the secret from FILE (keeps it out of the process "
                                        "list); one trailing newline is ignored."),
                   u"FILE"_s),
      m_hmacHeader(u"hmac-header"_s, Cli::tr("With hmac: the signature header (X-Signature)."), u"H"_s),
      m_hmacAlgorithm(u"hmac-algorithm"_s, Cli::tr("With hmac: sha1, sha256 (default) or sha512."),
                      u"A"_s),
      m_hmacEncoding(u"hmac-encoding"_s, Cli::tr("With hmac: hex (default) or base64."), u"E"_s),
      m_hmacPrefix(u"hmac-prefix"_s, Cli::tr("With hmac: text before the digest, e.g. sha256=."),
                   u"P"_s),
      m_timeout(u"timeout"_s, Cli::tr("Give up on an answer after SECONDS (default 30)."),
                u"SECONDS"_s, u"30"_s),
      m_dryRun(u"dry-run"_s, Cli::tr("Print the request instead of sending it."))
{
    parser.addOptions({ m_secret, m_secretFile, m_hmacHeader, m_hmacAlgorithm, m_hmacEncoding,
                        m_hmacPrefix, m_timeout, m_dryRun });
}

std::optional<SigningArguments> SendCommandOptions::signing(const QString &schemeOption,
                                                            const QString &scheme,
                                                            QString *error) const
{
    SigningArguments arguments;
    arguments.schemeOption = schemeOption;
    arguments.scheme = scheme;
    if (m_parser.isSet(m_secret) && m_parser.isSet(m_secretFile)) {
        *error = u"give --secret or --secret-file, not both"_s;
        return std::nullopt;
    }
    arguments.secret = m_parser.value(m_secret).toUtf8();
    if (m_parser.isSet(m_secretFile)) {
        QFile file(m_parser.value(m_secretFile));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"--secret-file %1: cannot read it: %2"_s.arg(file.fileName(), file.errorString());
            return std::nullopt;
        }
        arguments.secret = file.readAll();
        if (arguments.secret.endsWith('\n'))
            arguments.secret.chop(arguments.secret.endsWith("\r\n") ? 2 : 1);
    }
    arguments.hmacHeader = m_parser.value(m_hmacHeader);
    arguments.hmacAlgorithm = m_parser.value(m_hmacAlgorithm);
    arguments.hmacEncoding = m_parser.value(m_hmacEncoding);
    arguments.hmacPrefix = m_parser.value(m_hmacPrefix);
    return arguments;
}

std::optional<std::chrono::milliseconds> SendCommandOptions::timeout(QString *error) const
{
    const std::optional<int> seconds =
            boundedNumber(u"timeout"_s, m_parser.value(m_timeout), 1, kMaxTimeoutSeconds, error);
    if (!seconds)
        return std::nullopt;
    return std::chrono::seconds(*seconds);
}

bool SendCommandOptions::dryRun() const
{
    return m_parser.isSet(m_dryRun);
}

void parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                      const QString &command)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments))
        std::exit(usageError(command, parser.errorText()));
    if (parser.isSet(help))
        parser.showHelp(0);
}

int usageError(const QString &command, const QString &message)
{
    QTextStream(stderr) << "hookscope " << command << ": " << message << '\n';
    return 2;
}

void printRequest(const OutgoingRequest &request)
{
    QFile out;
    out.open(stdout, QIODevice::WriteOnly);
    out.write(request.method + ' ' + request.url.toEncoded() + '\n');
    for (const HttpHeader &header : request.headers)
        out.write(header.name + ": " + header.value + '\n');
    out.write("\n" + request.body);
    if (!request.body.isEmpty() && !request.body.endsWith('\n'))
        out.write("\n");
}

int printExchange(const QString &command, const HttpExchange &exchange)
{
    if (!exchange.answered()) {
        QTextStream(stderr) << "hookscope " << command << ": " << exchange.error << '\n';
        return 1;
    }
    QFile out;
    out.open(stdout, QIODevice::WriteOnly);
    out.write(exchange.formattedResponse());
    out.flush();
    QTextStream(stderr) << "hookscope " << command << ": " << exchange.status << " in "
                        << QString::number(double(exchange.elapsedNs) / 1e6, 'f', 1) << " ms\n";
    return exchange.isSuccess() ? 0 : 1;
}

int runSendCommand(const QStringList &arguments)
{
    const QString command = u"send"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
            "Send a webhook delivery: a bundled sample (or a file) with edits, signed like the "
            "vendor signs it. Prints the answer's status line, headers and body."));
    parser.addPositionalArgument(u"send"_s, QString(), u"send"_s);
    const SendOnlyOptions options(parser);
    const SendCommandOptions shared(parser);
    parseCommandLine(parser, arguments, command);
    if (parser.positionalArguments().size() != 1)
        return usageError(command, u"unexpected argument \"%1\""_s.arg(parser.positionalArguments().value(1)));

    QString error;
    const std::optional<SendSpec> spec = options.spec(shared, &error);
    const std::optional<int> count = spec ? options.repeat(&error) : std::nullopt;
    const std::optional<int> concurrency = count ? options.concurrency(&error) : std::nullopt;
    const std::optional<std::chrono::milliseconds> timeout =
            concurrency ? shared.timeout(&error) : std::nullopt;
    if (!timeout)
        return usageError(command, error);

    const std::shared_ptr<const ProviderCatalog> catalog = ProviderCatalog::loadDefault();
    for (const QString &problem : catalog->problems())
        QTextStream(stderr) << "hookscope: provider skipped: " << problem << '\n';
    QStringList warnings;
    const std::optional<OutgoingRequest> request =
            SendRequestBuilder(catalog).build(*spec, &error, &warnings);
    for (const QString &warning : std::as_const(warnings))
        QTextStream(stderr) << "hookscope send: warning: " << warning << '\n';
    if (!request)
        return usageError(command, error);
    if (shared.dryRun()) {
        printRequest(*request);
        return 0;
    }
    if (*count == 1) {
        HttpClient client;
        client.setTimeout(*timeout);
        return printExchange(command, client.sendAndWait(*request));
    }
    return sendRepeatedly(*request, *count, std::min(*concurrency, *count), *timeout);
}

} // namespace hookscope
