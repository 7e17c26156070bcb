#pragma once

#include "capture/captureservice.h"
#include "common/endpoint.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

#include <optional>

namespace hookscope {

// What the GUI and --headless share on the command line: --listen, --data-dir, --endpoint,
// --keep-last, --keep-days.
struct CaptureCommandLine
{
    CaptureOptions capture;
    QString dataDirectory;
    QList<Endpoint> endpoints;
    bool listenGiven = false; // --listen was on the command line (else the GUI's setting counts)
    bool retentionGiven = false; // --keep-last or --keep-days was (else the GUI's setting counts)
    bool limitsGiven = false; // a limit was on the command line (else the GUI's settings count)
    bool storeGiven = false; // --store was (else the GUI's setting counts)
};

class CaptureOptionsParser
{
public:
    explicit CaptureOptionsParser(QCommandLineParser &parser);

    // Reads the options after parser.process(); false with a message on a bad value.
    bool read(CaptureCommandLine *result, QString *errorMessage) const;

    static bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port,
                                   QString *errorMessage);
    // "25M", "512K", "1G" (binary multiples) or a number of bytes.
    static std::optional<qint64> parseByteSize(const QString &text);

private:
    QCommandLineParser &m_parser;
    QCommandLineOption m_listen;
    QCommandLineOption m_dataDir;
    QCommandLineOption m_endpoint;
    QCommandLineOption m_keepLast;
    QCommandLineOption m_keepDays;
    QCommandLineOption m_maxBody;
    QCommandLineOption m_headerTimeout;
    QCommandLineOption m_requestTimeout;
    QCommandLineOption m_idleTimeout;
    QCommandLineOption m_maxConnections;
    QCommandLineOption m_store;
    QCommandLineOption m_node;

    bool readLimits(CaptureLimits *limits, QString *errorMessage) const;
};

// --store postgres://..., shared by every command that opens the store.
QCommandLineOption storeOption();

QString listenUrl(const QHostAddress &address, quint16 port);

} // namespace hookscope
