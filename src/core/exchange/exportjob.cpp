#include "exportjob.h"

#include "csveventexporter.h"
#include "curlexporter.h"
#include "eventfieldssurvey.h"
#include "eventtypesplitter.h"
#include "harexporter.h"
#include "jsoneventexporter.h"
#include "ndjsonexporter.h"
#include "providers/deliveryanalyzer.h"
#include "rawbodyexporter.h"
#include "store/deliverystore.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace hookscope {

bool ExportRequest::eachEventType() const
{
    return exportformat::isPerEventType(format) && filter.eventType.isEmpty();
}

namespace {

QString cannotWrite(const QSaveFile &file)
{
    return u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString());
}

std::unique_ptr<ExportSink> deliverySink(const ExportRequest &request, QIODevice *device)
{
    switch (request.format) {
    case ExportFormat::Har:
        return std::make_unique<HarExporter>(device, request.maskCredentials);
    case ExportFormat::Raw:
        return std::make_unique<RawBodyExporter>(device);
    case ExportFormat::Curl: {
        CurlExporter::Options options;
        options.baseUrl = request.baseUrl;
        options.maskCredentials = request.maskCredentials;
        if (!request.output.isEmpty()) {
            const QFileInfo script(request.output);
            options.bodyDirectory = script.absolutePath();
            options.bodyFilePrefix = script.fileName() + u'.';
        }
        return std::make_unique<CurlExporter>(device, options);
    }
    case ExportFormat::Ndjson:
    case ExportFormat::Csv:
    case ExportFormat::Json:
        break;
    }
    return std::make_unique<NdjsonExporter>(device);
}

std::unique_ptr<ExportSink> eventTypeSink(const ExportRequest &request, QIODevice *device,
                                          const EventTypeKey &key, const EventFields &fields)
{
    if (request.format == ExportFormat::Json)
        return std::make_unique<JsonEventExporter>(device, key);
    return std::make_unique<CsvEventExporter>(device, key, fields,
                                              CsvEventExporter::Options { request.excel });
}

} // namespace

ExportJob::ExportJob(DeliveryStore &store, const DeliveryAnalyzer &analyzer)
    : m_store(store), m_analyzer(analyzer), m_exporter(store, analyzer)
{ }

ExportJob::~ExportJob() = default;

void ExportJob::setProgress(Progress progress, int everyDeliveries)
{
    m_progress = std::move(progress);
    m_progressInterval = qMax(1, everyDeliveries);
}

bool ExportJob::failWith(const QString &message)
{
    m_error = message;
    return false;
}

bool ExportJob::pass(ExportSink &sink)
{
    const qint64 before = qint64(m_passesDone) * (m_total / qMax(1, m_passes));
    if (m_progress)
        m_exporter.setProgress([this, before](qint64 done) { return m_progress(before + done, m_total); },
                               m_progressInterval);
    const bool done = m_request->ids.isEmpty() ? m_exporter.run(m_request->filter, sink)
                                               : m_exporter.run(m_request->ids, sink);
    ++m_passesDone;
    if (!done) {
        sink.discard();
        return failWith(m_exporter.errorString());
    }
    return true;
}

bool ExportJob::run(const ExportRequest &request, QIODevice *device)
{
    m_request = &request;
    m_files.clear();
    m_types.clear();
    m_error.clear();
    m_passesDone = 0;
    // A csv export reads everything twice: first the columns of each event type, then the rows.
    m_passes = request.format == ExportFormat::Csv ? 2 : 1;
    const qint64 deliveries = request.ids.isEmpty() ? m_store.count(request.filter) : request.ids.size();
    m_total = deliveries * m_passes;
    if (request.output.isEmpty() && (!device || request.eachEventType()))
        return failWith(u"no output: an export of one file per event type needs a directory"_s);
    if (request.eachEventType())
        return eachEventType();
    if (exportformat::isPerEventType(request.format))
        return oneEventType(device);
    return toOutput([&](QIODevice *output) { return deliverySink(request, output); }, device);
}

bool ExportJob::toOutput(const std::function<std::unique_ptr<ExportSink>(QIODevice *)> &makeSink,
                         QIODevice *device)
{
    const QString &path = m_request->output;
    std::optional<QSaveFile> file;
    if (!path.isEmpty()) {
        file.emplace(path);
        if (!file->open(QIODevice::WriteOnly))
            return failWith(cannotWrite(*file));
        device = &*file;
    }
    const std::unique_ptr<ExportSink> sink = makeSink(device);
    if (!pass(*sink))
        return false; // the QSaveFile is dropped unwritten
    if (file && !file->commit()) {
        sink->discard();
        return failWith(cannotWrite(*file));
    }
    if (file)
        m_files.append(path);
    return true;
}

// csv, json of one event type: for csv its columns are what the survey saw, or the schema alone
// when no event of the type was found.
bool ExportJob::oneEventType(QIODevice *device)
{
    EventTypeKey key { m_request->filter.provider, m_request->filter.eventType };
    EventFields fields;
    if (m_request->format == ExportFormat::Csv) {
        EventFieldsSurvey survey(key);
        if (!pass(survey))
            return false;
        const QList<EventTypeKey> found = survey.eventTypes();
        if (found.size() > 1) {
            QStringList providers;
            for (const EventTypeKey &each : found)
                providers.append(each.provider.isEmpty() ? u"(none)"_s : each.provider);
            return failWith(u"event type %1 comes from several providers (%2); choose one provider"_s
                                    .arg(key.eventType, providers.join(u", "_s)));
        }
        if (found.size() == 1) {
            key = found.first();
            fields = survey.fields(key);
        } else {
            fields = EventFields::forEventType(m_analyzer.catalog().provider(key.provider), key.eventType);
        }
    }
    m_types = { key };
    return toOutput([&](QIODevice *output) { return eventTypeSink(*m_request, output, key, fields); },
                    device);
}

// csv, json without an event type: a file per event type in the output directory.
bool ExportJob::eachEventType()
{
    const QString &output = m_request->output;
    const bool madeDirectory = !QFileInfo::exists(output);
    if (!QDir().mkpath(output))
        return failWith(u"cannot make the directory %1"_s.arg(output));
    if (!writeEachEventType()) {
        if (madeDirectory)
            QDir().rmdir(output); // only when empty: what was there stays
        return false;
    }
    return true;
}

bool ExportJob::writeEachEventType()
{
    EventFieldsSurvey survey;
    if (m_request->format == ExportFormat::Csv && !pass(survey))
        return false;
    std::vector<std::unique_ptr<QSaveFile>> files;
    QSet<QString> names;
    const QDir directory(m_request->output);
    const QString extension = exportformat::fileExtension(m_request->format);
    EventTypeSplitter splitter([&](const EventTypeKey &key, QString *error) -> std::unique_ptr<ExportSink> {
        QString name = key.fileBaseName();
        for (int n = 2; names.contains(name); ++n)
            name = key.fileBaseName() + u'-' + QString::number(n);
        names.insert(name);
        auto file = std::make_unique<QSaveFile>(directory.filePath(name + u'.' + extension));
        if (!file->open(QIODevice::WriteOnly)) {
            *error = cannotWrite(*file);
            return nullptr;
        }
        files.push_back(std::move(file));
        return eventTypeSink(*m_request, files.back().get(), key, survey.fields(key));
    });
    if (!pass(splitter))
        return false;
    // All or nothing as far as it goes: a file that cannot be committed removes those before it.
    for (const std::unique_ptr<QSaveFile> &file : files) {
        if (!file->commit()) {
            for (const QString &written : std::as_const(m_files))
                QFile::remove(written);
            m_files.clear();
            return failWith(cannotWrite(*file));
        }
        m_files.append(file->fileName());
    }
    m_types = splitter.eventTypes();
    return true;
}

} // namespace hookscope
