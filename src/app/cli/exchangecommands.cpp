#include "exchangecommands.h"

#include "common/endpointsfile.h"
#include "exchange/decodedobject.h"
#include "exchange/ndjsonreader.h"
#include "exchange/ndjsonwriter.h"
#include "providers/deliveryanalyzer.h"
#include "store/datadirectory.h"
#include "store/deliveryindexer.h"
#include "store/deliveryjournal.h"
#include "store/deliverystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QDir>
#include <QElapsedTimer>
#include <QThread>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "hookscope: " << message << '\n';
    return 1;
}

// What a running capture has journaled reaches the store within moments; wait for it, so an
// export right after a delivery was answered includes it.
void waitForRunningCapture(const QString &dataDirectory, DeliveryStore &store)
{
    const quint64 journaled = DeliveryJournal::lastSequenceIn(DataDirectory::journalPath(dataDirectory));
    QElapsedTimer clock;
    clock.start();
    while (store.journalIndexedThrough() < journaled && clock.elapsed() < 10'000)
        QThread::msleep(10);
}

// Deliveries journaled by a capture that stopped before indexing them (a crash) are indexed
// now, unless a capture is running: then it does so itself.
bool indexJournalIfIdle(const QString &dataDirectory, const StoreOptions &options, bool *captureRunning,
                        QString *error)
{
    QLockFile lock(QDir(dataDirectory).filePath(u"capture.lock"_s));
    *captureRunning = !lock.tryLock(0);
    if (*captureRunning)
        return true;
    DeliveryIndexer indexer;
    quint64 lastIndexed = 0;
    *error = indexer.open(options, DataDirectory::journalPath(dataDirectory), &lastIndexed);
    return error->isEmpty();
}

bool openStore(DeliveryStore &store, const QString &dataDirectory, bool readOnly, QString *error)
{
    const QString path = DataDirectory::databasePath(dataDirectory);
    if (readOnly && !QFileInfo::exists(path)) {
        *error = u"no delivery store in %1"_s.arg(dataDirectory);
        return false;
    }
    if (!readOnly && !DataDirectory::prepare(dataDirectory, error))
        return false;
    StoreOptions options;
    options.databasePath = path;
    bool captureRunning = false;
    if (!indexJournalIfIdle(dataDirectory, options, &captureRunning, error))
        return false;
    if (!store.open(options)) {
        *error = store.lastError();
        return false;
    }
    if (captureRunning)
        waitForRunningCapture(dataDirectory, store);
    return true;
}

QString dataDirectoryOf(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    return parser.isSet(option) ? parser.value(option) : DataDirectory::defaultPath();
}

} // namespace

int runExportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QCoreApplication::translate("cli", "Export stored deliveries."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"export"_s, QString(), u"export"_s);
    const QCommandLineOption dataDir(u"data-dir"_s,
                                     QCoreApplication::translate("cli", "Store directory."),
                                     u"DIR"_s);
    const QCommandLineOption format(u"format"_s,
                                    QCoreApplication::translate("cli", "ndjson (lossless)."),
                                    u"FORMAT"_s, u"ndjson"_s);
    const QCommandLineOption eventType(u"event-type"_s,
                                       QCoreApplication::translate("cli", "Only this event type."),
                                       u"T"_s);
    const QCommandLineOption provider(u"provider"_s,
                                      QCoreApplication::translate("cli", "Only this provider."),
                                      u"P"_s);
    const QCommandLineOption output(QStringList { u"o"_s, u"output"_s },
                                    QCoreApplication::translate("cli", "Write to FILE, not stdout."),
                                    u"FILE"_s);
    parser.addOptions({ dataDir, format, eventType, provider, output });
    parser.process(arguments);

    if (parser.value(format) != u"ndjson"_s)
        return fail(u"--format %1 is not supported; use ndjson"_s.arg(parser.value(format)));

    DeliveryStore store;
    QString error;
    const QString dataDirectory = dataDirectoryOf(parser, dataDir);
    if (!openStore(store, dataDirectory, true, &error))
        return fail(error);
    const QList<Endpoint> endpoints = EndpointsFile::load(dataDirectory, &error);
    if (!error.isEmpty())
        return fail(error);
    const std::shared_ptr<const ProviderCatalog> catalog = ProviderCatalog::loadDefault();
    for (const QString &problem : catalog->problems())
        QTextStream(stderr) << "hookscope: provider skipped: " << problem << '\n';
    const DeliveryAnalyzer analyzer(catalog, endpoints);

    QSaveFile file;
    QFile standardOutput;
    QIODevice *device = nullptr;
    if (parser.isSet(output)) {
        file.setFileName(parser.value(output));
        if (!file.open(QIODevice::WriteOnly))
            return fail(u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString()));
        device = &file;
    } else {
        standardOutput.open(stdout, QIODevice::WriteOnly);
        device = &standardOutput;
    }

    DeliveryFilter filter;
    filter.eventType = parser.value(eventType);
    filter.provider = parser.value(provider);
    NdjsonWriter writer(device);
    qint64 written = 0;
    bool writeFailed = false;
    const bool read = store.forEach(filter, [&](const Delivery &delivery) {
        DeliveryAnalysis analysis = analyzer.analyze(delivery);
        analyzer.validate(analysis);
        if (!writer.write(delivery, decodedObject(analysis))) {
            writeFailed = true;
            return false;
        }
        ++written;
        return true;
    });
    if (writeFailed)
        return fail(u"cannot write the export: %1"_s.arg(writer.errorString()));
    if (!read)
        return fail(store.lastError());
    if (parser.isSet(output)) {
        if (!file.commit())
            return fail(u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString()));
        QTextStream(stderr) << "exported " << written << " deliveries to " << file.fileName()
                            << '\n';
    }
    return 0;
}

int runImportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "cli", "Import deliveries from an NDJSON export into the store."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"import"_s, QString(), u"import"_s);
    parser.addPositionalArgument(u"FILE"_s, QCoreApplication::translate("cli", "NDJSON file."));
    const QCommandLineOption dataDir(u"data-dir"_s,
                                     QCoreApplication::translate("cli", "Store directory."),
                                     u"DIR"_s);
    parser.addOption(dataDir);
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(u"usage: hookscope import --data-dir DIR FILE"_s);

    QFile input(positional.at(1));
    if (!input.open(QIODevice::ReadOnly))
        return fail(u"cannot read %1: %2"_s.arg(input.fileName(), input.errorString()));
    DeliveryStore store;
    QString error;
    if (!openStore(store, dataDirectoryOf(parser, dataDir), false, &error))
        return fail(error);

    constexpr int kBatch = 500;
    NdjsonReader reader(&input);
    QList<Delivery> batch;
    qint64 imported = 0;
    qint64 rejectedLines = 0;
    auto flush = [&]() {
        if (batch.isEmpty())
            return true;
        if (!store.append(batch))
            return false;
        imported += batch.size();
        batch.clear();
        return true;
    };
    while (!reader.atEnd()) {
        std::optional<Delivery> delivery = reader.next();
        if (!delivery) {
            if (!reader.errorString().isEmpty()) {
                ++rejectedLines;
                QTextStream(stderr) << "hookscope: " << input.fileName() << ": "
                                    << reader.errorString() << '\n';
            }
            continue;
        }
        batch.append(*delivery);
        if (batch.size() >= kBatch && !flush())
            return fail(store.lastError());
    }
    if (!flush())
        return fail(store.lastError());
    QTextStream(stderr) << "imported " << imported << " deliveries from " << input.fileName();
    if (rejectedLines > 0)
        QTextStream(stderr) << "; " << rejectedLines << " lines could not be read";
    QTextStream(stderr) << '\n';
    return rejectedLines > 0 ? 1 : 0;
}

} // namespace hookscope
