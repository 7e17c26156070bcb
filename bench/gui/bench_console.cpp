// The console at scale: opens the window on a store (e.g. bench_store's million deliveries),
// times the first screen, then stores a 10 MB delivery, shows it and measures how long the
// GUI thread was ever blocked while it was decoded (the event loop's longest gap).
//   bench_console --data-dir DIR   (run offscreen: QT_QPA_PLATFORM=offscreen)
#include "gui/mainwindow.h"
#include "models/deliverylistmodel.h"
#include "providers/deliveryanalyzer.h"
#include "store/datadirectory.h"
#include "store/deliverystore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

using namespace hookscope;
using namespace Qt::StringLiterals;

namespace {

QByteArray tenMegabytesOfJson()
{
    QByteArray body = R"({"event_type":"orders.exported","payload":{"orders":[)";
    for (int i = 0; body.size() < 10 * 1024 * 1024; ++i)
        body += (i ? "," : "") + QByteArray(R"({"id":")") + QByteArray::number(i)
                + R"(","customer":{"name":"Nordisk Verktyg AB","email":"order@nordiskverktyg.se"},"lines":[{"sku":"TL-)"
                + QByteArray::number(i % 977) + R"(","qty":3,"price":"129.50"}],"total":388.5})";
    return body + "]}}";
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"hookscope-bench"_s);
    QCommandLineParser parser;
    const QCommandLineOption dataDir(u"data-dir"_s, u"Store to open."_s, u"DIR"_s, u"bench-store-data"_s);
    parser.addOption(dataDir);
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);
    const QString databasePath = DataDirectory::databasePath(parser.value(dataDir));
    auto analyzer = std::make_shared<const DeliveryAnalyzer>(ProviderCatalog::load({ ProviderCatalog::bundledDirectory() }),
                                                             QList<Endpoint>());
    QElapsedTimer clock;
    clock.start();
    MainWindow window(nullptr, StoreOptions::file(databasePath), analyzer, QString());
    window.show();
    QApplication::processEvents();
    const double firstScreenMs = clock.nsecsElapsed() / 1e6;
    out << "stored deliveries:           " << window.deliveryModel()->totalStored() << '\n';
    out << "first screen:                " << QString::number(firstScreenMs, 'f', 1) << " ms (target 1000)\n";

    // A 10 MB body, chosen in the list: the window must keep painting while it is decoded.
    {
        DeliveryStore writer;
        StoreOptions options;
        options.databasePath = databasePath;
        writer.open(options);
        Delivery big;
        big.receivedAtNs = QDateTime::currentMSecsSinceEpoch() * 1'000'000LL;
        big.method = "POST";
        big.target = "/enad/export";
        big.httpVersion = "HTTP/1.1";
        big.headers = { { "Content-Type", "application/json" } };
        big.body = tenMegabytesOfJson();
        big.peerAddress = u"127.0.0.1"_s;
        big.response.status = 200;
        QList<Delivery> batch = { big };
        writer.append(batch);
    }
    window.deliveryModel()->refreshNow();
    qint64 longestGapMs = 0;
    QElapsedTimer gap;
    gap.start();
    QTimer heartbeat;
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        longestGapMs = qMax(longestGapMs, gap.restart());
    });
    heartbeat.start(5);
    bool shown = false;
    QObject::connect(&window, &MainWindow::deliveryShown, [&] { shown = true; });
    QElapsedTimer decoding;
    decoding.start();
    gap.restart();
    window.deliveryView()->selectRow(0);
    while (!shown && decoding.elapsed() < 60000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    out << "10 MB delivery shown after:  " << decoding.elapsed() << " ms\n";
    out << "longest GUI stall meanwhile: " << longestGapMs << " ms (includes building the tree view)\n";
    return firstScreenMs < 1000 ? 0 : 1;
}
