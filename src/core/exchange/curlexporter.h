#pragma once

#include "exportsink.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hookscope {

// A bash script with one curl command per delivery that sends it again: method, URL (or the
// same target at another base URL), headers in their order (without Host, Content-Length and the
// hop-by-hop headers, as `hookscope replay` leaves them out; curl's own User-Agent, Accept and
// Content-Type are suppressed where the delivery had none), and the exact body: quoted on the
// command line when it is text, else (binary, not UTF-8, or large) written to a file beside the
// script and sent with --data-binary @FILE, FILE taken relative to the script's directory.
class CurlExporter : public DeviceExportSink
{
public:
    struct Options
    {
        QByteArray baseUrl; // empty: each delivery's own Host
        bool maskCredentials = false; // credential headers' values become "<redacted>"
        // Bodies that need a file go to <bodyDirectory>/<bodyFilePrefix><id>.body; with no
        // directory such a body is an error.
        QString bodyDirectory;
        QString bodyFilePrefix;
        qsizetype inlineBodyLimit = 64 * 1024;
    };

    CurlExporter(QIODevice *output, Options options);

    bool begin() override;
    bool write(const ExportRecord &record) override;
    bool needsValidation() const override { return false; }
    void discard() override; // removes the body files written so far

    QStringList bodyFiles() const { return m_bodyFiles; } // written so far

    // The command for a delivery whose body is sent from bodyFileWord (a shell word naming the
    // file) or, when that is empty, from the command line.
    static QByteArray command(const Delivery &delivery, const Options &options,
                              const QByteArray &bodyFileWord = {});
    static bool needsBodyFile(const QByteArray &body, const Options &options);

private:
    bool writeBodyFile(const Delivery &delivery, QByteArray *word);

    Options m_options;
    QStringList m_bodyFiles;
};

} // namespace hookscope
