#include "exchangecommands.h"

#include "captureoptionsparser.h"
#include "storeaccess.h"

#include "common/endpointsfile.h"
#include "exchange/deliveryimporter.h"
#include "exchange/exportjob.h"
#include "exchange/importreader.h"
#include "providers/deliveryanalyzer.h"
#include "store/datadirectory.h"
#include "store/deliverystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <memory>
#include <optional>

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

// Combinations that cannot work, said before anything is read.
QString combinationError(const ExportRequest &request, const QString &formatName,
                         bool outputIsDirectory)
{
    const ExportFormat format = request.format;
    const bool perEventType = exportformat::isPerEventType(format);
    if (format == ExportFormat::Raw && request.ids.size() != 1)
        return u"--format raw exports the body of one delivery: give it with --id ID"_s;
    if (perEventType && request.filter.eventType.isEmpty()
        && (request.output.isEmpty() || !outputIsDirectory))
        return u"--format %1 needs --event-type T, or -o DIR for one file per event type"_s.arg(
            formatName);
    if (!request.ids.isEmpty() && !perEventType
        && (!request.filter.eventType.isEmpty() || !request.filter.provider.isEmpty()))
        return u"--id chooses the deliveries; --event-type and --provider cannot narrow it for --format %1"_s
            .arg(formatName);
    if (!request.baseUrl.isEmpty() && format != ExportFormat::Curl)
        return u"--url applies to --format curl only"_s;
    if (request.maskCredentials && !exportformat::canMaskCredentials(format))
        return u"--mask-auth applies to --format curl and har only (ndjson stays lossless)"_s;
    if (request.excel && format != ExportFormat::Csv)
        return u"--excel applies to --format csv only"_s;
    if (!request.baseUrl.isEmpty() && !request.baseUrl.startsWith("http://")
        && !request.baseUrl.startsWith("https://"))
        return u"--url must start with http:// or https://"_s;
    return {};
}

// What an export that went well says on stderr (nothing when it went to stdout).
void reportExport(const ExportRequest &request, const ExportJob &job)
{
    if (request.output.isEmpty())
        return;
    QTextStream err(stderr);
    if (request.eachEventType()) {
        err << "exported " << job.files().size() << " event types of " << job.deliveriesDone()
            << " deliveries to " << request.output << '\n';
        return;
    }
    err << "exported ";
    if (exportformat::isPerEventType(request.format))
        err << "the " << request.filter.eventType << " events of ";
    err << job.deliveriesDone() << " deliveries to " << request.output << '\n';
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
    const QCommandLineOption store = storeOption();
    parser.addOptions({ dataDir, store, format, eventType, provider, id, url, maskAuth, excel, output });
    parser.process(arguments);

    ExportRequest request;
    const QString dataDirectory = dataDirectoryOf(parser, dataDir);
    const QString formatName = parser.value(format);
    const std::optional<ExportFormat> chosenFormat = exportformat::fromName(formatName);
    if (!chosenFormat) {
        QStringList names;
        for (const ExportFormat each : exportformat::all())
            names.append(exportformat::name(each));
        return fail(u"--format %1 is not supported; use one of %2"_s.arg(formatName,
                                                                          names.join(u", "_s)));
    }
    request.format = *chosenFormat;
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
    // -o DIR is made when missing, unless it looks like the file of a single event type.
    const QFileInfo outputPath(request.output);
    const bool looksLikeFile = request.output.endsWith(
        u'.' + exportformat::fileExtension(request.format), Qt::CaseInsensitive);
    const bool outputIsDirectory = outputPath.isDir() || (!outputPath.exists() && !looksLikeFile);
    const QString combination = combinationError(request, formatName, outputIsDirectory);
    if (!combination.isEmpty())
        return fail(combination);

    DeliveryStore deliveries;
    QString error;
    if (!StoreAccess::open(deliveries, dataDirectory, parser.value(store), StoreAccess::Mode::ExistingOnly, &error))
        return fail(error);
    const QList<Endpoint> endpoints = EndpointsFile::load(dataDirectory, &error);
    if (!error.isEmpty())
        return fail(error);
    const std::shared_ptr<const ProviderCatalog> catalog = ProviderCatalog::loadDefault();
    for (const QString &problem : catalog->problems())
        QTextStream(stderr) << "hookscope: provider skipped: " << problem << '\n';
    const DeliveryAnalyzer analyzer(catalog, endpoints);

    QFile standardOutput;
    if (request.output.isEmpty() && !standardOutput.open(stdout, QIODevice::WriteOnly))
        return fail(u"cannot write to standard output"_s);
    ExportJob job(deliveries, analyzer);
    if (!job.run(request, &standardOutput))
        return fail(job.errorString());
    reportExport(request, job);
    return 0;
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
    const QCommandLineOption store = storeOption();
    parser.addOptions({ dataDir, store });
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
    DeliveryStore deliveries;
    if (!StoreAccess::open(deliveries, dataDirectory, parser.value(store), StoreAccess::Mode::CreateIfMissing, &error))
        return fail(error);
    const QList<Endpoint> endpoints = EndpointsFile::load(dataDirectory, &error);
    if (!error.isEmpty())
        return fail(error);
    const DeliveryAnalyzer analyzer(ProviderCatalog::loadDefault(), endpoints);

    DeliveryImporter importer(deliveries, analyzer);
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
