#include "captureoptionsparser.h"

#include "common/endpointsfile.h"
#include "endpointrepository.h"
#include "store/datadirectory.h"

#include <QCoreApplication>

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
                 "[,answer=target]]"_s)
{
    m_parser.addOption(m_listen);
    m_parser.addOption(m_dataDir);
    m_parser.addOption(m_endpoint);
}

bool CaptureOptionsParser::read(CaptureCommandLine *result, QString *errorMessage) const
{
    result->listenGiven = m_parser.isSet(m_listen);
    if (m_parser.isSet(m_listen)
        && !parseListenAddress(m_parser.value(m_listen), &result->capture.address,
                               &result->capture.port, errorMessage))
        return false;
    result->dataDirectory = m_parser.isSet(m_dataDir) ? m_parser.value(m_dataDir)
                                                      : DataDirectory::defaultPath();
    if (!DataDirectory::prepare(result->dataDirectory, errorMessage))
        return false;
    result->capture.store.databasePath = DataDirectory::databasePath(result->dataDirectory);
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

QString listenUrl(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
            ? u"["_s + address.toString() + u"]"_s
            : address.toString();
    return u"http://%1:%2"_s.arg(host).arg(port);
}

} // namespace hookscope
