#include "exchangecommands.h"

#include "storeaccess.h"

#include "common/endpointsfile.h"
#include "exchange/csveventexporter.h"
#include "exchange/curlexporter.h"
#include "exchange/deliveryexporter.h"
#include "exchange/deliveryimporter.h"
#include "exchange/eventfieldssurvey.h"
#include "exchange/eventtypesplitter.h"
#include "exchange/harexporter.h"
#include "exchange/importreader.h"
#include "exchange/jsoneventexporter.h"
#include "exchange/ndjsonexporter.h"
#include "exchange/rawbodyexporter.h"
#include "providers/deliveryanalyzer.h"
#include "store/datadirectory.h"
#include "store/deliverystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>

#include <functional>
#include <memory>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "hookscope: " << message << '\n';
    return 1;
}

QString dataDirectoryOf(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    return parser.isSet(option) ? parser.value(option) : DataDirectory::defaultPath();
}

// Everything `hookscope export` was asked for.
struct ExportRequest
{
    QString dataDirectory;
    QString format;
    DeliveryFilter filter;
    QList<qint64> ids;
    QString output;
    QByteArray baseUrl;
    bool maskCredentials = false;
    bool excel = false;
};

bool isEventTypeFormat(const QString &format)
{
    return format == u"csv"_s || format == u"json"_s;
}

// Combinations that cannot work, said before anything is read.
QString combinationError(const ExportRequest &request, bool outputIsDirectory)
{
    static const QStringList formats { u"ndjson"_s, u"har"_s,  u"csv"_s,
                                       u"json"_s,   u"curl"_s, u"raw"_s };
    const QString &format = request.format;
    if (!formats.contains(format))
        return u"--format %1 is not supported; use one of %2"_s.arg(format, formats.join(u", "_s));
    if (format == u"raw"_s && request.ids.size() != 1)
        return u"--format raw exports the body of one delivery: give it with --id ID"_s;
    if (isEventTypeFormat(format) && request.filter.eventType.isEmpty()
        && (request.output.isEmpty() || !outputIsDirectory))
        return u"--format %1 needs --event-type T, or -o DIR for one file per event type"_s.arg(
            format);
    if (!request.ids.isEmpty() && !isEventTypeFormat(format)
        && (!request.filter.eventType.isEmpty() || !request.filter.provider.isEmpty()))
        return u"--id chooses the deliveries; --event-type and --provider cannot narrow it for --format %1"_s
            .arg(format);
    if (!request.baseUrl.isEmpty() && format != u"curl"_s)
        return u"--url applies to --format curl only"_s;
    if (request.maskCredentials && format != u"curl"_s && format != u"har"_s)
        return u"--mask-auth applies to --format curl and har only (ndjson stays lossless)"_s;
    if (request.excel && format != u"csv"_s)
        return u"--excel applies to --format csv only"_s;
    if (!request.baseUrl.isEmpty() && !request.baseUrl.startsWith("http://")
        && !request.baseUrl.startsWith("https://"))
        return u"--url must start with http:// or https://"_s;
    return {};
}

// -o FILE, written whole or not at all, or standard output.
class ExportOutput
{
public:
    bool open(const QString &path, QString *error)
    {
        if (path.isEmpty())
            return m_standardOutput.open(stdout, QIODevice::WriteOnly);
        m_file.setFileName(path);
        if (m_file.open(QIODevice::WriteOnly))
            return true;
        *error = u"cannot write %1: %2"_s.arg(path, m_file.errorString());
        return false;
    }
    QIODevice *device()
    {
        return m_file.fileName().isEmpty() ? static_cast<QIODevice *>(&m_standardOutput) : &m_file;
    }
    bool commit(QString *error)
    {
        if (m_file.fileName().isEmpty() || m_file.commit())
            return true;
        *error = u"cannot write %1: %2"_s.arg(m_file.fileName(), m_file.errorString());
        return false;
    }

private:
    QSaveFile m_file;
    QFile m_standardOutput;
};

bool runExport(DeliveryExporter &exporter, const ExportRequest &request, ExportSink &sink)
{
    return request.ids.isEmpty() ? exporter.run(request.filter, sink)
                                 : exporter.run(request.ids, sink);
}

std::unique_ptr<ExportSink> deliverySink(const ExportRequest &request, QIODevice *device)
{
    if (request.format == u"har"_s)
        return std::make_unique<HarExporter>(device, request.maskCredentials);
    if (request.format == u"raw"_s)
        return std::make_unique<RawBodyExporter>(device);
    if (request.format == u"curl"_s) {
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
    return std::make_unique<NdjsonExporter>(device);
}

// Runs the sink made for -o FILE (written whole or not at all) or stdout; says what it wrote.
int exportToOutput(DeliveryExporter &exporter, const ExportRequest &request,
                   const std::function<std::unique_ptr<ExportSink>(QIODevice *)> &makeSink,
                   const QString &what)
{
    ExportOutput output;
    QString error;
    if (!output.open(request.output, &error))
        return fail(error);
    const std::unique_ptr<ExportSink> sink = makeSink(output.device());
    if (!runExport(exporter, request, *sink))
        return fail(exporter.errorString());
    if (!output.commit(&error))
        return fail(error);
    if (!request.output.isEmpty())
        QTextStream(stderr) << "exported " << what << exporter.deliveriesDone() << " deliveries to "
                            << request.output << '\n';
    return 0;
}

// The columns of one event type's CSV: what the survey saw, or the schema alone when no event
// of the type was found.
std::optional<std::pair<EventTypeKey, EventFields>>
surveyedEventType(DeliveryExporter &exporter, const ExportRequest &request,
                  const ProviderCatalog &catalog, QString *error)
{
    const EventTypeKey selection { request.filter.provider, request.filter.eventType };
    EventFieldsSurvey survey(selection);
    if (!runExport(exporter, request, survey)) {
        *error = exporter.errorString();
        return std::nullopt;
    }
    const QList<EventTypeKey> found = survey.eventTypes();
    if (found.size() > 1) {
        QStringList providers;
        for (const EventTypeKey &key : found)
            providers.append(key.provider.isEmpty() ? u"(none)"_s : key.provider);
        *error
            = u"event type %1 comes from several providers (%2); choose one with --provider"_s.arg(
                selection.eventType, providers.join(u", "_s));
        return std::nullopt;
    }
    if (found.size() == 1)
        return std::pair { found.first(), survey.fields(found.first()) };
    return std::pair { selection,
                       EventFields::forEventType(catalog.provider(selection.provider),
                                                 selection.eventType) };
}

std::unique_ptr<ExportSink> eventTypeSink(const ExportRequest &request, QIODevice *device,
                                          const EventTypeKey &key, const EventFields &fields)
{
    if (request.format == u"json"_s)
        return std::make_unique<JsonEventExporter>(device, key);
    return std::make_unique<CsvEventExporter>(device, key, fields,
                                              CsvEventExporter::Options { request.excel });
}

// csv, json with --event-type: one output.
int exportOneEventType(DeliveryExporter &exporter, const ExportRequest &request,
                       const ProviderCatalog &catalog)
{
    EventTypeKey key { request.filter.provider, request.filter.eventType };
    EventFields fields;
    if (request.format == u"csv"_s) {
        QString error;
        const auto surveyed = surveyedEventType(exporter, request, catalog, &error);
        if (!surveyed)
            return fail(error);
        std::tie(key, fields) = *surveyed;
    }
    return exportToOutput(
        exporter, request,
        [&](QIODevice *device) { return eventTypeSink(request, device, key, fields); },
        u"the %1 events of "_s.arg(key.eventType));
}

// csv, json without --event-type: one file per event type in the -o directory.
int exportEachEventType(DeliveryExporter &exporter, const ExportRequest &request)
{
    EventFieldsSurvey survey;
    if (request.format == u"csv"_s && !runExport(exporter, request, survey))
        return fail(exporter.errorString());
    std::vector<std::unique_ptr<QSaveFile>> files;
    QSet<QString> names;
    const QDir directory(request.output);
    EventTypeSplitter splitter([&](const EventTypeKey &key,
                                   QString *error) -> std::unique_ptr<ExportSink> {
        QString name = key.fileBaseName();
        for (int n = 2; names.contains(name); ++n)
            name = key.fileBaseName() + u'-' + QString::number(n);
        names.insert(name);
        auto file = std::make_unique<QSaveFile>(directory.filePath(name + u'.' + request.format));
        if (!file->open(QIODevice::WriteOnly)) {
            *error = u"cannot write %1: %2"_s.arg(file->fileName(), file->errorString());
            return nullptr;
        }
        files.push_back(std::move(file));
        return eventTypeSink(request, files.back().get(), key, survey.fields(key));
    });
    if (!runExport(exporter, request, splitter))
        return fail(exporter.errorString());
    for (const std::unique_ptr<QSaveFile> &file : files) {
        if (!file->commit())
            return fail(u"cannot write %1: %2"_s.arg(file->fileName(), file->errorString()));
    }
    QTextStream(stderr) << "exported " << files.size() << " event types of "
                        << exporter.deliveriesDone() << " deliveries to " << request.output << '\n';
    return 0;
}

} // namespace

int runExportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Export stored deliveries.\n"
        "  ndjson  every delivery, lossless (import gives the same bytes back)\n"
        "  har     HAR 1.2 for browser dev tools and HAR viewers\n"
        "  csv     one event type's table, a row per event (--event-type, or -o DIR)\n"
        "  json    one event type's events as a JSON array (--event-type, or -o DIR)\n"
        "  curl    a bash script, one curl command per delivery\n"
        "  raw     the body of one delivery (--id)"));
    parser.addHelpOption();
    parser.addPositionalArgument(u"export"_s, QString(), u"export"_s);
    const QCommandLineOption dataDir(
        u"data-dir"_s, QCoreApplication::translate("cli", "Store directory."), u"DIR"_s);
    const QCommandLineOption format(
        u"format"_s,
        QCoreApplication::translate("cli", "ndjson (default), har, csv, json, curl or raw."),
        u"FORMAT"_s, u"ndjson"_s);
    const QCommandLineOption eventType(
        u"event-type"_s, QCoreApplication::translate("cli", "Only this event type."), u"T"_s);
    const QCommandLineOption provider(
        u"provider"_s, QCoreApplication::translate("cli", "Only this provider."), u"P"_s);
    const QCommandLineOption id(
        u"id"_s, QCoreApplication::translate("cli", "Only this delivery (repeat for more)."),
        u"ID"_s);
    const QCommandLineOption url(
        u"url"_s,
        QCoreApplication::translate("cli",
                                    "curl: send to this base URL instead of the "
                                    "delivery's Host (the target is appended)."),
        u"BASE"_s);
    const QCommandLineOption maskAuth(
        u"mask-auth"_s,
        QCoreApplication::translate("cli",
                                    "curl, har: write Authorization, signature "
                                    "and token headers as <redacted>."));
    const QCommandLineOption excel(
        u"excel"_s,
        QCoreApplication::translate("cli",
                                    "csv: byte order mark, and no formulas, for "
                                    "Excel."));
    const QCommandLineOption output(
        QStringList { u"o"_s, u"output"_s },
        QCoreApplication::translate("cli",
                                    "Write to FILE (a directory for csv/json "
                                    "without --event-type), not stdout."),
        u"FILE"_s);
    parser.addOptions({ dataDir, format, eventType, provider, id, url, maskAuth, excel, output });
    parser.process(arguments);

    ExportRequest request;
    request.dataDirectory = dataDirectoryOf(parser, dataDir);
    request.format = parser.value(format);
    request.filter.eventType = parser.value(eventType);
    request.filter.provider = parser.value(provider);
    request.output = parser.value(output);
    request.baseUrl = parser.value(url).toUtf8();
    request.maskCredentials = parser.isSet(maskAuth);
    request.excel = parser.isSet(excel);
    for (const QString &value : parser.values(id)) {
        bool valid = false;
        request.ids.append(value.toLongLong(&valid));
        if (!valid)
            return fail(u"--id %1 is not a delivery id"_s.arg(value));
    }
    const bool eachEventType
        = isEventTypeFormat(request.format) && request.filter.eventType.isEmpty();
    // -o DIR is made when missing, unless it looks like the file of a single event type.
    const QFileInfo outputPath(request.output);
    const bool looksLikeFile = request.output.endsWith(u'.' + request.format, Qt::CaseInsensitive);
    const bool outputIsDirectory = outputPath.isDir() || (!outputPath.exists() && !looksLikeFile);
    const QString combination = combinationError(request, outputIsDirectory);
    if (!combination.isEmpty())
        return fail(combination);
    if (eachEventType && !QDir().mkpath(request.output))
        return fail(u"cannot make the directory %1"_s.arg(request.output));

    DeliveryStore store;
    QString error;
    if (!StoreAccess::open(store, request.dataDirectory, StoreAccess::Mode::ExistingOnly, &error))
        return fail(error);
    const QList<Endpoint> endpoints = EndpointsFile::load(request.dataDirectory, &error);
    if (!error.isEmpty())
        return fail(error);
    const std::shared_ptr<const ProviderCatalog> catalog = ProviderCatalog::loadDefault();
    for (const QString &problem : catalog->problems())
        QTextStream(stderr) << "hookscope: provider skipped: " << problem << '\n';
    const DeliveryAnalyzer analyzer(catalog, endpoints);
    DeliveryExporter exporter(store, analyzer);

    if (!isEventTypeFormat(request.format))
        return exportToOutput(
            exporter, request, [&](QIODevice *device) { return deliverySink(request, device); },
            QString());
    if (eachEventType)
        return exportEachEventType(exporter, request);
    return exportOneEventType(exporter, request, *catalog);
}

int runImportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Import deliveries from an NDJSON export or a HAR file into the store."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"import"_s, QString(), u"import"_s);
    parser.addPositionalArgument(u"FILE"_s,
                                 QCoreApplication::translate("cli",
                                                             "NDJSON or HAR file (detected from "
                                                             "its content)."));
    const QCommandLineOption dataDir(
        u"data-dir"_s, QCoreApplication::translate("cli", "Store directory."), u"DIR"_s);
    parser.addOption(dataDir);
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(u"usage: hookscope import --data-dir DIR FILE"_s);

    QFile input(positional.at(1));
    if (!input.open(QIODevice::ReadOnly))
        return fail(u"cannot read %1: %2"_s.arg(input.fileName(), input.errorString()));
    QString error;
    const std::unique_ptr<ImportReader> reader = ImportReader::open(&input, &error);
    if (!reader)
        return fail(u"%1: %2"_s.arg(input.fileName(), error));
    const QString dataDirectory = dataDirectoryOf(parser, dataDir);
    DeliveryStore store;
    if (!StoreAccess::open(store, dataDirectory, StoreAccess::Mode::CreateIfMissing, &error))
        return fail(error);
    const QList<Endpoint> endpoints = EndpointsFile::load(dataDirectory, &error);
    if (!error.isEmpty())
        return fail(error);
    const DeliveryAnalyzer analyzer(ProviderCatalog::loadDefault(), endpoints);

    DeliveryImporter importer(store, analyzer);
    const bool stored = importer.run(*reader, [&](const QString &problem) {
        QTextStream(stderr) << "hookscope: " << input.fileName() << ": " << problem << '\n';
    });
    if (!stored)
        return fail(importer.errorString());
    const bool har = reader->format() == ImportReader::Format::Har;
    QTextStream(stderr) << "imported " << importer.imported() << " deliveries from "
                        << input.fileName() << (har ? " (HAR)" : " (NDJSON)");
    if (importer.skipped() > 0)
        QTextStream(stderr) << "; " << importer.skipped() << (har ? " entries" : " lines")
                            << " could not be read";
    QTextStream(stderr) << '\n';
    return importer.skipped() > 0 ? 1 : 0;
}

} // namespace hookscope
