#include "headlessrunner.h"

#include "capture/capturehost.h"
#include "providers/providerdeliverypreparer.h"
#include "common/timestamp.h"
#include "store/datadirectory.h"
#include "store/deliverystore.h"
#include "store/storediagnosis.h"
#include "unixsignalwatcher.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

// One line per stored delivery, read back from the store like any other viewer would.
class DeliveryPrinter : public QObject
{
public:
    DeliveryPrinter(const StoreOptions &options, QObject *parent) : QObject(parent)
    {
        StoreOptions readOnly = options;
        readOnly.readOnly = true;
        m_store.open(readOnly);
        m_lastId = m_store.lastId();
    }

    void printNew()
    {
        QTextStream out(stdout);
        for (;;) {
            const QList<DeliverySummary> rows = m_store.summariesAfter({}, m_lastId, 500);
            if (rows.isEmpty())
                break;
            for (const DeliverySummary &row : rows) {
                out << formatRfc3339Nanoseconds(row.receivedAtNs) << ' '
                    << QString::fromLatin1(row.method) << ' ' << QString::fromUtf8(row.target)
                    << ' ' << row.responseStatus << ' ' << row.bodySize << " B";
                if (!row.provider.isEmpty())
                    out << ' ' << row.provider;
                if (!row.eventTypes.isEmpty())
                    out << ' ' << row.eventTypes.join(u","_s);
                if (!row.rejection.isEmpty())
                    out << " (refused: " << row.rejection << ')';
                out << '\n';
                m_lastId = row.id;
            }
        }
        out.flush();
    }

private:
    DeliveryStore m_store;
    qint64 m_lastId = 0;
};

} // namespace

int runHeadless(const CaptureCommandLine &commandLine, bool printDeliveries)
{
    QTextStream err(stderr);
    QStringList problems;
    auto preparer = ProviderDeliveryPreparer::withDefaultCatalog(commandLine.endpoints, &problems);
    for (const QString &problem : std::as_const(problems))
        err << "hookscope: provider skipped: " << problem << '\n';
    if (const StoreDiagnosis diagnosis = StoreDiagnosis::of(commandLine.capture.store.databasePath);
        !commandLine.capture.store.isShared() && !diagnosis.isUsable()) {
        err << "hookscope: " << diagnosis.message() << '\n';
        return 1;
    }
    for (const QString &warning : DataDirectory::exposure(commandLine.dataDirectory))
        err << "hookscope: warning: " << warning << '\n';
    CaptureHost host(commandLine.capture, preparer);
    const QString error = host.start();
    if (!error.isEmpty()) {
        err << "hookscope: " << error << '\n';
        return 1;
    }
    if (!host.listenAddress().isLoopback())
        err << "hookscope: warning: listening on " << host.listenAddress().toString()
            << ", reachable from other machines; anyone who can reach it can send deliveries\n";
    err.flush();

    UnixSignalWatcher signalWatcher({ SIGTERM, SIGINT });
    QObject::connect(&signalWatcher, &UnixSignalWatcher::signalReceived, &host, [&host] {
        host.stop();
        QCoreApplication::quit();
    });
    QObject::connect(&host, &CaptureHost::storeFailed, &host, [](const QString &message) {
        QTextStream(stderr) << "hookscope: deliveries are not being stored (answered 503): "
                            << message << '\n';
    });
    QObject::connect(&host, &CaptureHost::storeRecovered, &host, [] {
        QTextStream(stderr) << "hookscope: storing deliveries again\n";
    });
    if (printDeliveries) {
        auto *printer = new DeliveryPrinter(commandLine.capture.store, &host);
        QObject::connect(&host, &CaptureHost::deliveriesStored, printer, &DeliveryPrinter::printNew);
    }

    QTextStream out(stdout);
    out << "listening on " << listenUrl(host.listenAddress(), host.listenPort()) << '\n';
    out.flush();
    std::fflush(stdout);
    return QCoreApplication::exec();
}

} // namespace hookscope
