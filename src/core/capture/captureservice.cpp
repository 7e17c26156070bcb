#include "captureservice.h"

#include "deliverypreparer.h"
#include "httpresponse.h"
#include "store/deliverystore.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcService, "hookscope.capture.service", QtInfoMsg)

namespace hookscope {

CaptureService::CaptureService(const CaptureOptions &options,
                               std::shared_ptr<const DeliveryPreparer> preparer)
    : m_options(options), m_preparer(std::move(preparer)), m_flushTimer(this)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &CaptureService::flush);
}

CaptureService::~CaptureService()
{
    stop();
}

QString CaptureService::start()
{
    m_store = std::make_unique<DeliveryStore>();
    if (!m_store->open(m_options.store)) {
        const QString error = m_store->lastError();
        m_store.reset();
        return error;
    }
    m_server = new CaptureHttpServer(m_options.limits, this);
    m_server->setSink(this);
    QString error;
    if (!m_server->listen(m_options.address, m_options.port, &error)) {
        delete m_server;
        m_server = nullptr;
        m_store.reset();
        return u"cannot listen on %1:%2: %3"_s.arg(m_options.address.toString())
                .arg(m_options.port)
                .arg(error);
    }
    return {};
}

void CaptureService::stop()
{
    if (m_server)
        m_server->stopListening();
    flush();
    delete m_server;
    m_server = nullptr;
    m_store.reset();
}

void CaptureService::setPreparer(std::shared_ptr<const DeliveryPreparer> preparer)
{
    m_preparer = std::move(preparer);
}

QHostAddress CaptureService::listenAddress() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

quint16 CaptureService::listenPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

void CaptureService::requestCaptured(Delivery delivery, PendingAnswer answer)
{
    m_preparer->prepare(delivery);
    m_batch.append(std::move(delivery));
    m_answers.emplace_back(std::move(answer));
    scheduleFlush();
}

void CaptureService::requestRefused(const Delivery &delivery)
{
    Delivery refused = delivery;
    m_preparer->prepare(refused);
    refused.response = delivery.response; // what the guard already sent
    m_batch.append(std::move(refused));
    m_answers.emplace_back(std::nullopt);
    scheduleFlush();
}

void CaptureService::scheduleFlush()
{
    // Everything QHttpServer hands over during this event-loop pass goes into one commit.
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void CaptureService::flush()
{
    m_flushTimer.stop();
    if (m_batch.isEmpty())
        return;
    QList<Delivery> batch = std::exchange(m_batch, {});
    std::vector<std::optional<PendingAnswer>> answers = std::exchange(m_answers, {});

    const bool stored = m_store && m_store->append(batch);
    const QString error = m_store ? m_store->lastError() : u"the store is closed"_s;
    const DeliveryResponse notStored =
            stored ? DeliveryResponse() : makeJsonError(503, u"delivery not stored: "_s + error);
    for (qsizetype i = 0; i < batch.size(); ++i) {
        if (answers[size_t(i)])
            answers[size_t(i)]->answer(stored ? batch.at(i).response : notStored);
    }

    if (stored) {
        if (m_storeFailing) {
            m_storeFailing = false;
            qCInfo(lcService) << "storing deliveries again";
            emit storeRecovered();
        }
        emit deliveriesStored(batch.constLast().id, int(batch.size()));
    } else {
        qCCritical(lcService).noquote() << "deliveries not stored, answered 503:" << error;
        m_storeFailing = true;
        emit storeFailed(error);
    }
}

} // namespace hookscope
