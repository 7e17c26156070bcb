#pragma once

#include "send/httpexchange.h"
#include "send/outgoingrequest.h"
#include "send/signingsetup.h"

#include <QCommandLineOption>
#include <QStringList>

#include <chrono>
#include <optional>

class QCommandLineParser;

namespace hookscope {

// `hookscope send ...`; arguments include the program name. Exit 0 when every answer was 2xx,
// 1 when one was not (or none came), 2 when the command line cannot be carried out.
int runSendCommand(const QStringList &arguments);

// What `send` and `replay` share: the signing secret and HMAC options, the timeout, --dry-run,
// and how an answer is printed.
class SendCommandOptions
{
public:
    explicit SendCommandOptions(QCommandLineParser &parser);

    // scheme: the value of --sign or --resign; the secret from --secret or --secret-file.
    std::optional<SigningArguments> signing(const QString &schemeOption, const QString &scheme,
                                            QString *error) const;
    std::optional<std::chrono::milliseconds> timeout(QString *error) const;
    bool dryRun() const;

private:
    QCommandLineParser &m_parser;
    QCommandLineOption m_secret;
    QCommandLineOption m_secretFile;
    QCommandLineOption m_hmacHeader;
    QCommandLineOption m_hmacAlgorithm;
    QCommandLineOption m_hmacEncoding;
    QCommandLineOption m_hmacPrefix;
    QCommandLineOption m_timeout;
    QCommandLineOption m_dryRun;
};

// Parses the arguments like QCommandLineParser::process(), but a usage error exits 2.
void parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                      const QString &command);
int usageError(const QString &command, const QString &message); // prints, returns 2

// --dry-run: the request as it would go out (method, URL, headers, body).
void printRequest(const OutgoingRequest &request);
// The answer on stdout and its timing on stderr, or the failure on stderr; the exit code.
int printExchange(const QString &command, const HttpExchange &exchange);

} // namespace hookscope
