#pragma once

#include "deliveryexporter.h"
#include "eventtypekey.h"
#include "exportformat.h"
#include "store/deliveryfilter.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QIODevice;

namespace hookscope {

class DeliveryAnalyzer;
class DeliveryStore;
class ExportSink;

// What to export, where, and how.
struct ExportRequest
{
    ExportFormat format = ExportFormat::Ndjson;
    DeliveryFilter filter; // the deliveries (oldest first), unless ids are given
    QList<qint64> ids;     // these deliveries, in this order
    // The file; for csv and json without filter.eventType the directory that gets a file per
    // event type. Empty: the device handed to ExportJob::run().
    QString output;
    QByteArray baseUrl;           // curl: this base URL instead of each delivery's Host
    bool maskCredentials = false; // har, curl: credential headers written "<redacted>"
    bool excel = false;           // csv: a byte order mark and no formulas

    // csv or json without an event type: one file per event type in the output directory.
    bool eachEventType() const;
};

// Runs an export from request to files, the way both the command line and the console do it:
// the format's sink (or one per event type, after a survey of the columns for csv), each file
// written whole or not at all (a failed or cancelled export leaves none behind), progress over
// every pass with the chance to cancel.
class ExportJob
{
public:
    // Deliveries read so far over every pass, of total; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    ExportJob(DeliveryStore &store, const DeliveryAnalyzer &analyzer);
    ~ExportJob();

    void setProgress(Progress progress, int everyDeliveries = 100);

    // device: where a request without output goes (standard output for the command line).
    bool run(const ExportRequest &request, QIODevice *device = nullptr);

    qint64 deliveriesDone() const { return m_exporter.deliveriesDone(); }
    QStringList files() const { return m_files; }             // the files written
    QList<EventTypeKey> eventTypes() const { return m_types; } // csv, json: the event types written
    bool wasCancelled() const { return m_exporter.wasCancelled(); }
    QString errorString() const { return m_error; }

private:
    bool pass(ExportSink &sink);
    bool toOutput(const std::function<std::unique_ptr<ExportSink>(QIODevice *)> &makeSink,
                  QIODevice *device);
    bool oneEventType(QIODevice *device);
    bool eachEventType();
    bool writeEachEventType();
    bool failWith(const QString &message);

    DeliveryStore &m_store;
    const DeliveryAnalyzer &m_analyzer;
    DeliveryExporter m_exporter;
    Progress m_progress;
    int m_progressInterval = 100;
    const ExportRequest *m_request = nullptr;
    int m_passes = 1;
    int m_passesDone = 0;
    qint64 m_total = 0;
    QStringList m_files;
    QList<EventTypeKey> m_types;
    QString m_error;
};

} // namespace hookscope
