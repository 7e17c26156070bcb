#include "capturehost.h"

#include "common/deliverypreparer.h"

namespace hookscope {

CaptureHost::CaptureHost(const CaptureOptions &options,
                         std::shared_ptr<const DeliveryPreparer> preparer, QObject *parent)
    : QObject(parent), m_options(options)
{
    m_thread.setObjectName(QStringLiteral("capture"));
    m_service = new CaptureService(options, std::move(preparer));
    m_service->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_service, &QObject::deleteLater);
    connect(m_service, &CaptureService::deliveriesStored, this, &CaptureHost::deliveriesStored);
    connect(m_service, &CaptureService::storeFailed, this, &CaptureHost::storeFailed);
    connect(m_service, &CaptureService::storeRecovered, this, &CaptureHost::storeRecovered);
    connect(m_service, &CaptureService::forwardRecorded, this, &CaptureHost::forwardRecorded);
    connect(m_service, &CaptureService::deliveriesRemoved, this, &CaptureHost::deliveriesRemoved);
    connect(m_service, &CaptureService::removalFinished, this, &CaptureHost::removalFinished);
    m_thread.start();
}

CaptureHost::~CaptureHost()
{
    stop();
    m_thread.quit();
    m_thread.wait();
}

QString CaptureHost::start()
{
    QString error;
    QMetaObject::invokeMethod(
            m_service,
            [this, &error] {
                error = m_service->start();
                m_address = m_service->listenAddress();
                m_port = m_service->listenPort();
            },
            Qt::BlockingQueuedConnection);
    m_running = error.isEmpty();
    return error;
}

void CaptureHost::stop()
{
    if (!m_running)
        return;
    QMetaObject::invokeMethod(m_service, &CaptureService::stop, Qt::BlockingQueuedConnection);
    m_running = false;
}

QString CaptureHost::restart(const CaptureOptions &options)
{
    stop();
    m_options = options;
    QMetaObject::invokeMethod(m_service, [service = m_service, options] { service->setOptions(options); },
                              Qt::BlockingQueuedConnection);
    return start();
}

void CaptureHost::setPreparer(std::shared_ptr<const DeliveryPreparer> preparer)
{
    QMetaObject::invokeMethod(m_service, [service = m_service, preparer = std::move(preparer)] {
        service->setPreparer(preparer);
    });
}

void CaptureHost::setRetention(const RetentionPolicy &policy)
{
    m_options.retention = policy;
    QMetaObject::invokeMethod(m_service, [service = m_service, policy] { service->setRetention(policy); });
}

void CaptureHost::removeDeliveries(const RemovalScope &scope)
{
    QMetaObject::invokeMethod(m_service, [service = m_service, scope] { service->removeDeliveries(scope); });
}

} // namespace hookscope
