#pragma once

#include "capture/captureservice.h"
#include "providers/providerdeliverypreparer.h"
#include "store/deliverystore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// An endpoint as --endpoint writes it; a spec the test got wrong stops it.
inline hookscope::Endpoint endpointFrom(const QString &spec)
{
    QString error;
    const std::optional<hookscope::Endpoint> parsed = hookscope::parseEndpointSpec(spec, &error);
    if (!parsed)
        qFatal("%s", qPrintable(error));
    return *parsed;
}

// An in-process capture server for the send tests: a free loopback port, its own store, the
// bundled providers and the given endpoints. Deliveries are read back from the store.
class SendCapture
{
public:
    explicit SendCapture(const QList<hookscope::Endpoint> &endpoints = {})
    {
        using namespace hookscope;
        const QString dataDirectory = m_dir.filePath(QStringLiteral("data"));
        QDir().mkpath(dataDirectory);
        CaptureOptions options;
        options.address = QHostAddress::LocalHost;
        options.port = 0;
        options.store.databasePath = dataDirectory + QStringLiteral("/deliveries.sqlite");
        m_databasePath = options.store.databasePath;
        auto analyzer = std::make_shared<DeliveryAnalyzer>(ProviderCatalog::loadDefault(), endpoints);
        m_service = std::make_unique<CaptureService>(
                options, std::make_shared<ProviderDeliveryPreparer>(analyzer));
        QObject::connect(m_service.get(), &CaptureService::storeFailed,
                         [](const QString &message) { qWarning() << "capture store failed:" << message; });
        m_error = m_service->start();
    }

    QString error() const { return m_error; }
    QString dataDirectory() const { return m_dir.filePath(QStringLiteral("data")); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_service->listenPort()).arg(path));
    }

    // A reading connection to this server's store.
    hookscope::DeliveryStore &reader()
    {
        using namespace hookscope;
        if (!m_reader) {
            m_reader = std::make_unique<DeliveryStore>();
            StoreOptions options;
            options.databasePath = m_databasePath;
            if (!m_reader->open(options))
                qWarning() << m_reader->lastError();
        }
        return *m_reader;
    }

    // The deliveries stored so far, oldest first, once there are at least `count`.
    QList<hookscope::Delivery> deliveries(qint64 count)
    {
        using namespace hookscope;
        reader();
        if (!QTest::qWaitFor([&] { return m_reader->count({}) >= count; }, 10000))
            qWarning() << "stored" << m_reader->count({}) << "of" << count << m_reader->lastError();
        QList<Delivery> stored;
        m_reader->forEach({}, [&](const Delivery &delivery) {
            stored.append(delivery);
            return true;
        });
        return stored;
    }

private:
    QTemporaryDir m_dir;
    QString m_databasePath;
    std::unique_ptr<hookscope::CaptureService> m_service;
    std::unique_ptr<hookscope::DeliveryStore> m_reader;
    QString m_error;
};
