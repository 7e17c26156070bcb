#include "captureoptionsparser.h"

#include "common/endpointsfile.h"
#include "endpointrepository.h"
#include "store/datadirectory.h"
#include "store/postgresbackend.h"

#include <QCoreApplication>

#include <limits>

using namespace Qt::StringLiterals;

namespace hookscope {

CaptureOptionsParser::CaptureOptionsParser(QCommandLineParser &parser)
    : m_parser(parser),
      m_listen(u"listen"_s,
               QCoreApplication::translate("cli", "Capture server address (default 127.0.0.1:8787; "
                                                  "port 0 picks a free port)."),
               u"ADDR:PORT"_s),
      m_dataDir(u"data-dir"_s,
                QCoreApplication::translate("cli", "Directory of the delivery store (default %1).")
                        .arg(DataDirectory::defaultPath()),
                u"DIR"_s),
      m_endpoint(u"endpoint"_s,
                 QCoreApplication::translate("cli", "Name an endpoint (repeatable): deliveries to "
                                                    "/PATH belong to PROVIDER, are checked with the "
                                                    "secret, answered with CODE after MS, and sent on "
                                                    "to URL (answer=target: the vendor gets URL's "
                                                    "answer)."),
                 u"/PATH=PROVIDER[/EVENT_TYPE][,secret=S][,status=CODE][,delay=MS][,forward=URL"
                 "[,answer=target]]"_s),
      m_keepLast(u"keep-last"_s,
                 QCoreApplication::translate("cli", "Keep only the newest N deliveries; older ones "
                                                    "are removed from the store."),
                 u"N"_s),
      m_keepDays(u"keep-days"_s,
                 QCoreApplication::translate("cli", "Keep only deliveries received in the last N "
                                                    "days."),
                 u"N"_s),
      m_maxBody(u"max-body"_s,
                QCoreApplication::translate("cli", "Largest request body; larger ones are answered "
                                                   "413 without being read (default 25M)."),
                u"SIZE"_s),
      m_headerTimeout(u"header-timeout"_s,
                      QCoreApplication::translate("cli", "Seconds a client has to send a request's "
                                                         "headers (default 10)."),
                      u"SECONDS"_s),
      m_requestTimeout(u"request-timeout"_s,
                       QCoreApplication::translate("cli", "Seconds a client has to send a whole "
                                                          "request (default 60)."),
                       u"SECONDS"_s),
      m_idleTimeout(u"idle-timeout"_s,
                    QCoreApplication::translate("cli", "Seconds an idle kept-alive connection stays "
                                                       "open (default 30)."),
                    u"SECONDS"_s),
      m_maxConnections(u"max-connections"_s,
                       QCoreApplication::translate("cli", "Connections served at once; more are "
                                                          "answered 503 (default 2048)."),
                       u"N"_s),
      m_store(storeOption()),
      m_node(u"node"_s,
             QCoreApplication::translate("cli", "Name of this capture node, kept with every delivery "
                                                "it takes into a shared store (default: the host "
                                                "name)."),
             u"NAME"_s)
{
    for (const QCommandLineOption *option : { &m_listen, &m_dataDir, &m_endpoint, &m_maxBody,
                                              &m_headerTimeout, &m_requestTimeout, &m_idleTimeout,
                                              &m_maxConnections, &m_keepLast, &m_keepDays, &m_store,
                                              &m_node })
        m_parser.addOption(*option);
}

std::optional<qint64> CaptureOptionsParser::parseByteSize(const QString &text)
{
    QString digits = text.trimmed();
    qint64 unit = 1;
    if (!digits.isEmpty()) {
        switch (digits.back().toUpper().unicode()) {
        case 'K': unit = qint64(1) << 10; break;
        case 'M': unit = qint64(1) << 20; break;
        case 'G': unit = qint64(1) << 30; break;
        default: break;
        }
        if (unit != 1)
            digits.chop(1);
    }
    bool ok = false;
    const qint64 number = digits.toLongLong(&ok);
    if (!ok || number <= 0 || number > (qint64(1) << 40) / unit)
        return std::nullopt;
    return number * unit;
}

bool CaptureOptionsParser::readLimits(CaptureLimits *limits, QString *errorMessage) const
{
    if (m_parser.isSet(m_maxBody)) {
        const std::optional<qint64> bytes = parseByteSize(m_parser.value(m_maxBody));
        if (!bytes) {
            *errorMessage = u"--max-body \"%1\": expected a size such as 25M, 512K or 1048576"_s
                                    .arg(m_parser.value(m_maxBody));
            return false;
        }
        limits->maxBodyBytes = *bytes;
    }
    const auto readSeconds = [&](const QCommandLineOption &option, std::chrono::milliseconds *into) {
        if (!m_parser.isSet(option))
            return true;
        bool ok = false;
        const double seconds = m_parser.value(option).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 86400) {
            *errorMessage = u"--%1 \"%2\": expected seconds between 0 and 86400"_s.arg(
                    option.names().constFirst(), m_parser.value(option));
            return false;
        }
        *into = std::chrono::milliseconds(qint64(seconds * 1000));
        return true;
    };
    if (!readSeconds(m_headerTimeout, &limits->headTimeout)
        || !readSeconds(m_requestTimeout, &limits->requestTimeout)
        || !readSeconds(m_idleTimeout, &limits->idleTimeout))
        return false;
    if (m_parser.isSet(m_maxConnections)) {
        bool ok = false;
        const int connections = m_parser.value(m_maxConnections).toInt(&ok);
        if (!ok || connections < 1 || connections > 1'000'000) {
            *errorMessage = u"--max-connections \"%1\": expected 1 to 1000000"_s.arg(
                    m_parser.value(m_maxConnections));
            return false;
        }
        limits->maxConnections = connections;
    }
    return true;
}

namespace {

// A count for --keep-last or --keep-days: a whole number from 1.
bool readCount(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 maximum,
               qint64 *count, QString *errorMessage)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const QString text = parser.value(option);
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 1 || value > maximum) {
        *errorMessage = u"--%1 \"%2\": expected a whole number from 1 to %3"_s.arg(
                option.names().constFirst(), text).arg(maximum);
        return false;
    }
    *count = value;
    return true;
}

} // namespace

bool CaptureOptionsParser::read(CaptureCommandLine *result, QString *errorMessage) const
{
    result->listenGiven = m_parser.isSet(m_listen);
    result->retentionGiven = m_parser.isSet(m_keepLast) || m_parser.isSet(m_keepDays);
    qint64 keepDays = 0;
    if (!readCount(m_parser, m_keepLast, std::numeric_limits<int>::max(), &result->capture.retention.keepLast,
                   errorMessage)
        || !readCount(m_parser, m_keepDays, 36500, &keepDays, errorMessage))
        return false;
    result->capture.retention.keepDays = int(keepDays);
    result->limitsGiven = m_parser.isSet(m_maxBody) || m_parser.isSet(m_headerTimeout)
            || m_parser.isSet(m_requestTimeout) || m_parser.isSet(m_idleTimeout)
            || m_parser.isSet(m_maxConnections);
    if (!readLimits(&result->capture.limits, errorMessage))
        return false;
    if (m_parser.isSet(m_listen)
        && !parseListenAddress(m_parser.value(m_listen), &result->capture.address,
                               &result->capture.port, errorMessage))
        return false;
    result->dataDirectory = m_parser.isSet(m_dataDir) ? m_parser.value(m_dataDir)
                                                      : DataDirectory::defaultPath();
    if (!DataDirectory::prepare(result->dataDirectory, errorMessage))
        return false;
    result->storeGiven = m_parser.isSet(m_store);
    const QString serverUrl = m_parser.value(m_store);
    if (!serverUrl.isEmpty() && !PostgresBackend::isValidUrl(serverUrl, errorMessage))
        return false;
    result->capture.store = DataDirectory::storeOptions(result->dataDirectory, serverUrl,
                                                        m_parser.value(m_node));
    QStringList warnings;
    const QList<Endpoint> kept = EndpointRepository(result->dataDirectory).load(&warnings);
    for (const QString &warning : std::as_const(warnings))
        qWarning().noquote() << "hookscope:" << warning;
    QList<Endpoint> given;
    for (const QString &spec : m_parser.values(m_endpoint)) {
        std::optional<Endpoint> endpoint = parseEndpointSpec(spec, errorMessage);
        if (!endpoint)
            return false;
        given.append(*endpoint);
    }
    result->endpoints = EndpointsFile::merged(kept, given);
    return true;
}

bool CaptureOptionsParser::parseListenAddress(const QString &text, QHostAddress *address,
                                              quint16 *port, QString *errorMessage)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    QString host = colon >= 0 ? text.first(colon) : u"127.0.0.1"_s;
    const QString portText = colon >= 0 ? text.sliced(colon + 1) : text;
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.sliced(1, host.size() - 2);
    if (host.isEmpty() || host == u"localhost"_s)
        host = u"127.0.0.1"_s;
    bool ok = false;
    const uint number = portText.toUInt(&ok);
    QHostAddress parsed;
    if (!ok || number > 65535 || !parsed.setAddress(host)) {
        *errorMessage = u"--listen \"%1\": expected ADDR:PORT, e.g. 127.0.0.1:8787 or "
                        "0.0.0.0:8787"_s.arg(text);
        return false;
    }
    *address = parsed;
    *port = quint16(number);
    return true;
}

QCommandLineOption storeOption()
{
    return QCommandLineOption(
            u"store"_s,
            QCoreApplication::translate("cli", "Keep deliveries in a PostgreSQL database that other "
                                               "capture nodes and consoles share, instead of the data "
                                               "directory's SQLite file (the journal stays in the data "
                                               "directory). A password is better kept in PGPASSWORD or "
                                               "~/.pgpass than in the URL."),
            u"postgres://USER@HOST[:PORT]/DB"_s);
}

QString listenUrl(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
            ? u"["_s + address.toString() + u"]"_s
            : address.toString();
    return u"http://%1:%2"_s.arg(host).arg(port);
}

} // namespace hookscope
