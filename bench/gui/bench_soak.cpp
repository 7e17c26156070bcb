// Soak: the console open on its own capture server while a load thread posts the vendor samples
// at a steady rate for a bounded time. Every interval it prints the process's resident memory,
// the deliveries acknowledged and stored, and the GUI thread's longest stall (how late a 10 ms
// timer ran), then says whether memory stayed flat after warm-up and whether the console counted
// every stored delivery once.
//   bench_soak [--minutes N (1-120, default 10)] [--rate PER_SECOND (default 100)]
//              [--samples DIR (default the source tree's samples/)]   (QT_QPA_PLATFORM=offscreen)
#include "capture/capturehost.h"
#include "gui/mainwindow.h"
#include "models/deliverylistmodel.h"
#include "models/sidebarmodel.h"
#include "providers/deliveryanalyzer.h"
#include "providers/providerdeliverypreparer.h"
#include "store/datadirectory.h"
#include "store/deliverystore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

using namespace hookscope;
using namespace Qt::StringLiterals;

namespace {

struct Request
{
    QByteArray bytes;
};

QList<Request> sampleRequests(const QString &directory)
{
    QList<Request> requests;
    QDirIterator files(directory, { u"*.json"_s }, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray body = file.readAll();
        const QByteArray vendor = QFileInfo(file).dir().dirName().toUtf8();
        requests.append({ "POST /" + vendor + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                          "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body });
    }
    return requests;
}

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Posts requests over one kept-alive connection at a steady rate; counts 2xx answers.
class SteadyLoad
{
public:
    SteadyLoad(quint16 port, QList<Request> requests, int perSecond)
        : m_port(port), m_requests(std::move(requests)), m_perSecond(perSecond)
    {
    }
    ~SteadyLoad() { stop(); }

    void start() { m_thread = std::thread([this] { run(); }); }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    qint64 acknowledged() const { return m_acknowledged; }
    qint64 failed() const { return m_failed; }

private:
    int connectToServer() const
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(m_port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        timeval timeout { 10, 0 };
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
            ::close(fd);
            return -1;
        }
        return fd;
    }

    // Reads one response (Content-Length framed); its status, or 0 when the connection failed.
    static int readResponse(int fd, QByteArray &buffer)
    {
        for (;;) {
            const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
            if (headEnd >= 0) {
                qint64 length = 0;
                for (const QByteArray &line : buffer.first(headEnd).split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (buffer.size() >= headEnd + 4 + length) {
                    const int status = buffer.mid(9, 3).toInt();
                    buffer.remove(0, headEnd + 4 + length);
                    return status;
                }
            }
            char chunk[16384];
            const ssize_t got = ::recv(fd, chunk, sizeof chunk, 0);
            if (got <= 0)
                return 0;
            buffer.append(chunk, got);
        }
    }

    void run()
    {
        using Clock = std::chrono::steady_clock;
        const auto interval = std::chrono::microseconds(1'000'000 / std::max(1, m_perSecond));
        auto next = Clock::now();
        int fd = -1;
        QByteArray buffer;
        for (qint64 n = 0; !m_stop; ++n) {
            std::this_thread::sleep_until(next);
            next += interval;
            if (fd < 0 && (fd = connectToServer()) < 0) {
                ++m_failed;
                continue;
            }
            const QByteArray &request = m_requests.at(n % m_requests.size()).bytes;
            const int status = ::send(fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL)
                            == request.size() ? readResponse(fd, buffer) : 0;
            if (status >= 200 && status < 300) {
                ++m_acknowledged;
            } else {
                ++m_failed;
                ::close(fd);
                fd = -1;
                buffer.clear();
            }
        }
        if (fd >= 0)
            ::close(fd);
    }

    quint16 m_port;
    QList<Request> m_requests;
    int m_perSecond;
    std::thread m_thread;
    std::atomic<bool> m_stop { false };
    std::atomic<qint64> m_acknowledged { 0 };
    std::atomic<qint64> m_failed { 0 };
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"hookscope-bench"_s);
    QCommandLineParser parser;
    const QCommandLineOption minutesOption(u"minutes"_s, u"How long (1-120)."_s, u"N"_s, u"10"_s);
    const QCommandLineOption rateOption(u"rate"_s, u"Deliveries per second."_s, u"N"_s, u"100"_s);
    const QCommandLineOption samplesOption(u"samples"_s, u"Sample bodies."_s, u"DIR"_s,
                                           QStringLiteral(HOOKSCOPE_SOURCE_DIR "/samples"));
    parser.addOptions({ minutesOption, rateOption, samplesOption });
    parser.addHelpOption();
    parser.process(app);
    const int minutes = std::clamp(parser.value(minutesOption).toInt(), 1, 120);
    const int rate = std::clamp(parser.value(rateOption).toInt(), 1, 5000);
    QTextStream out(stdout);

    QTemporaryDir directory;
    QString error;
    DataDirectory::prepare(directory.path(), &error);
    CaptureOptions options;
    options.port = 0;
    options.store.databasePath = DataDirectory::databasePath(directory.path());
    auto analyzer = std::make_shared<const DeliveryAnalyzer>(ProviderCatalog::load({ ProviderCatalog::bundledDirectory() }),
                                                             QList<Endpoint>());
    CaptureHost host(options, std::make_shared<ProviderDeliveryPreparer>(analyzer));
    if (const QString problem = host.start(); !problem.isEmpty()) {
        out << "cannot capture: " << problem << '\n';
        return 1;
    }
    MainWindow window(&host, options.store, analyzer, QString());
    window.show();

    const QList<Request> requests = sampleRequests(parser.value(samplesOption));
    if (requests.isEmpty()) {
        out << "no samples in " << parser.value(samplesOption) << '\n';
        return 1;
    }
    SteadyLoad load(host.listenPort(), requests, rate);

    qint64 longestGapMs = 0;
    QElapsedTimer gap;
    gap.start();
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] { longestGapMs = std::max(longestGapMs, gap.restart()); });
    heartbeat.start(10);

    const int intervalSeconds = 30;
    const int intervals = minutes * 60 / intervalSeconds;
    QList<qint64> rss;
    int done = 0;
    out << "soak: " << minutes << " min at " << rate << "/s, " << requests.size() << " sample bodies\n";
    out << "  time   RSS MiB   acknowledged   failed   stored (list)   longest GUI stall\n";
    out.flush();
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        ++done;
        rss.append(residentKiB());
        out << QString::asprintf("%4d s   %7.1f   %12lld   %6lld   %13lld   %5lld ms\n", done * intervalSeconds,
                                 rss.last() / 1024.0, qint64(load.acknowledged()), qint64(load.failed()),
                                 qint64(window.deliveryModel()->totalStored()), longestGapMs);
        out.flush();
        longestGapMs = 0;
        if (done >= intervals)
            app.quit();
    });
    sampler.start(intervalSeconds * 1000);
    load.start();
    app.exec();
    load.stop();
    sampler.stop();

    // Once the console has caught up, its counts against the store's: every delivery once.
    DeliveryStore stored;
    StoreOptions storedOptions;
    storedOptions.databasePath = options.store.databasePath;
    stored.open(storedOptions);
    qint64 inStore = -1;
    const auto countedRight = [&] {
        return window.sidebarModel()->total() == inStore && window.deliveryModel()->totalStored() == inStore;
    };
    for (int wait = 0; wait < 100 && (inStore < load.acknowledged() || !countedRight()); ++wait) {
        QTimer::singleShot(100, &app, &QCoreApplication::quit);
        app.exec();
        inStore = stored.count({});
    }
    out << "stored " << inStore << ", counted by the sidebar " << window.sidebarModel()->total()
        << " and the list " << window.deliveryModel()->totalStored() << '\n';

    // Warm-up is the first third; flat means the last sample is within 10 % of the warm sample.
    const qint64 warm = rss.value(rss.size() / 3);
    const qint64 last = rss.isEmpty() ? 0 : rss.last();
    const bool flat = warm > 0 && last <= warm + warm / 10;
    out << "memory after warm-up " << warm / 1024 << " MiB, at the end " << last / 1024 << " MiB: "
        << (flat ? "flat" : "GROWING") << '\n';
    return flat && load.failed() == 0 && countedRight() ? 0 : 1;
}
