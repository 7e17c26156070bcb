#include "captureservice.h"

#include "common/deliverypreparer.h"
#include "common/httpresponse.h"
#include "descriptorlimit.h"
#include "send/deliveryforwarder.h"
#include "store/datadirectory.h"
#include "store/deliveryindexer.h"

#include <QDir>
#include <QLockFile>
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
    const QString dataDirectory = DataDirectory::ofDatabase(m_options.store.databasePath);
    m_lock = std::make_unique<QLockFile>(QDir(dataDirectory).filePath(u"capture.lock"_s));
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString application;
        m_lock->getLockInfo(&pid, &host, &application);
        m_lock.reset();
        return u"the data directory %1 is in use by another Hookscope (pid %2); choose another "
               "with --data-dir"_s.arg(dataDirectory)
                .arg(pid);
    }

    const QString journalDirectory = DataDirectory::journalPath(dataDirectory);
    m_indexer = std::make_unique<DeliveryIndexer>();
    quint64 lastIndexed = 0;
    if (const QString error = m_indexer->open(m_options.store, journalDirectory, &lastIndexed);
        !error.isEmpty()) {
        closeStore();
        return error;
    }
    DeliveryJournal::Options journalOptions;
    journalOptions.directory = journalDirectory;
    journalOptions.syncEachBatch = m_options.store.durability == StoreOptions::Durability::PowerLoss;
    if (!m_journal.open(journalOptions, lastIndexed)) {
        const QString error = m_journal.lastError();
        closeStore();
        return error;
    }
    connect(m_indexer.get(), &DeliveryIndexer::indexed, this, &CaptureService::deliveriesStored);
    // While the store refuses deliveries (read-only, full), new ones are answered 503 rather
    // than piled up in the journal out of the user's sight; the indexer keeps retrying what it
    // holds and says when the store takes deliveries again.
    connect(m_indexer.get(), &DeliveryIndexer::indexingFailed, this, [this](const QString &message) {
        m_storeFailure = message;
        emit storeFailed(message);
    });
    connect(m_indexer.get(), &DeliveryIndexer::indexingRecovered, this, [this] {
        m_storeFailure.clear();
        emit storeRecovered();
    });
    connect(m_indexer.get(), &DeliveryIndexer::forwardRecorded, this,
            &CaptureService::forwardRecorded);
    connect(m_indexer.get(), &DeliveryIndexer::deliveriesRemoved, this,
            &CaptureService::deliveriesRemoved);
    connect(m_indexer.get(), &DeliveryIndexer::removalFinished, this,
            &CaptureService::removalFinished);
    m_indexer->setRetention(m_options.retention);

    if (const QString warning = ensureDescriptorsFor(m_options.limits.maxConnections); !warning.isEmpty())
        qCWarning(lcService).noquote() << warning;
    m_server = new CaptureHttpServer(m_options.limits, this);
    m_server->setSink(this);
    QString error;
    if (!m_server->listen(m_options.address, m_options.port, &error)) {
        delete m_server;
        m_server = nullptr;
        closeStore();
        return u"cannot listen on %1:%2: %3"_s.arg(m_options.address.toString())
                .arg(m_options.port)
                .arg(error);
    }
    m_forwarder = new DeliveryForwarder(this);
    return {};
}

void CaptureService::stop()
{
    if (!m_server)
        return;
    m_server->stopListening();
    // Deliveries waiting for their forward target's answer are answered 502 and stored.
    m_forwarder->abortAll(u"capture stopped"_s);
    flush();
    delete m_forwarder;
    m_forwarder = nullptr;
    delete m_server;
    m_server = nullptr;
    closeStore();
}

void CaptureService::closeStore()
{
    m_storeFailure.clear();
    m_indexer.reset(); // indexes everything journaled, then closes
    m_journal.close();
    m_lock.reset();
}

void CaptureService::setPreparer(std::shared_ptr<const DeliveryPreparer> preparer)
{
    m_preparer = std::move(preparer);
}

void CaptureService::setRetention(const RetentionPolicy &policy)
{
    m_options.retention = policy;
    if (m_indexer)
        m_indexer->setRetention(policy);
}

void CaptureService::removeDeliveries(const RemovalScope &scope)
{
    if (m_indexer)
        m_indexer->remove(scope);
    else
        emit removalFinished(-1, u"the capture server is not running"_s);
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
    if (delivery.answerWithForward && !delivery.forwardTo.isEmpty())
        forwardThenAnswer(std::move(delivery), std::move(answer));
    else
        enqueue(std::move(delivery), std::move(answer));
}

void CaptureService::requestRefused(const Delivery &delivery)
{
    Delivery refused = delivery;
    m_preparer->prepare(refused);
    refused.response = delivery.response; // what the guard already sent
    refused.forwardTo.clear();
    enqueue(std::move(refused), std::nullopt);
}

void CaptureService::enqueue(Delivery delivery, std::optional<PendingAnswer> answer)
{
    m_batch.append(std::move(delivery));
    m_answers.push_back(std::move(answer));
    scheduleFlush();
}

void CaptureService::forwardThenAnswer(Delivery delivery, PendingAnswer answer)
{
    auto waiting = std::make_shared<PendingAnswer>(std::move(answer));
    const Delivery forwarded = delivery;
    m_forwarder->forward(forwarded, [this, delivery = std::move(delivery),
                                     waiting](const ForwardOutcome &outcome) mutable {
        delivery.response = DeliveryForwarder::responseFrom(outcome, delivery.method);
        delivery.forwardOutcome = outcome;
        enqueue(std::move(delivery), std::move(*waiting));
    });
}

void CaptureService::scheduleFlush()
{
    // Everything QHttpServer hands over during this event-loop pass goes into one write.
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

    const bool storing = m_storeFailure.isEmpty();
    const bool journaled = storing && m_journal.append(batch);
    const DeliveryResponse notStored =
            journaled ? DeliveryResponse()
                      : makeJsonError(503, u"delivery not stored: "_s
                                              + (storing ? m_journal.lastError() : m_storeFailure));
    for (qsizetype i = 0; i < batch.size(); ++i) {
        std::optional<PendingAnswer> &answer = answers[size_t(i)];
        if (!answer)
            continue;
        const DeliveryResponse &response = journaled ? batch.at(i).response : notStored;
        if (response.delayMs > 0) {
            auto later = std::make_shared<PendingAnswer>(std::move(*answer));
            QTimer::singleShot(response.delayMs, this, [later, response] { later->answer(response); });
        } else {
            answer->answer(response);
        }
    }

    if (journaled) {
        for (const Delivery &delivery : std::as_const(batch)) {
            if (delivery.forwardTo.isEmpty() || delivery.forwardOutcome)
                continue;
            m_forwarder->forward(delivery, [this, sequence = delivery.journalSequence](
                                                   const ForwardOutcome &outcome) {
                if (m_indexer)
                    m_indexer->recordForward(sequence, outcome);
            });
        }
        m_indexer->index(std::move(batch));
        if (m_journalFailing) {
            m_journalFailing = false;
            qCInfo(lcService) << "storing deliveries again";
            emit storeRecovered();
        }
    } else if (storing && !m_journalFailing) {
        qCCritical(lcService).noquote() << "deliveries not stored, answered 503:" << m_journal.lastError();
        m_journalFailing = true;
        emit storeFailed(m_journal.lastError());
    }
}

} // namespace hookscope
