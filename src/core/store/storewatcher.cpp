#include "storewatcher.h"

#include "deliverystore.h"
#include "postgresbackend.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {
QAtomicInt watcherCounter;
constexpr int kHealthCheckIntervalMs = 5000;
} // namespace

StoreWatcher::StoreWatcher(QObject *parent)
    : QObject(parent),
      m_connectionName(u"hookscope-watcher-%1"_s.arg(watcherCounter.fetchAndAddRelaxed(1)))
{
    m_healthCheck.setInterval(kHealthCheckIntervalMs);
    connect(&m_healthCheck, &QTimer::timeout, this, &StoreWatcher::checkConnection);
}

StoreWatcher::~StoreWatcher()
{
    disconnectDatabase();
}

bool StoreWatcher::start(const StoreOptions &options, QString *error)
{
    m_options = options;
    if (!options.isShared())
        return true;
    if (!listen(error))
        return false;
    m_healthCheck.start();
    return true;
}

bool StoreWatcher::listen(QString *error)
{
    disconnectDatabase();
    if (!PostgresBackend::connect(m_connectionName, m_options.serverUrl, error))
        return false;
    QSqlDriver *driver = QSqlDatabase::database(m_connectionName, false).driver();
    for (const QString &channel : { DeliveryStore::storedChannel(), DeliveryStore::removedChannel() }) {
        if (!driver->subscribeToNotification(channel)) {
            *error = u"cannot listen to %1: %2"_s.arg(channel, driver->lastError().text());
            disconnectDatabase();
            return false;
        }
    }
    connect(driver, &QSqlDriver::notification, this, &StoreWatcher::notified);
    m_listening = true;
    return true;
}

void StoreWatcher::notified(const QString &channel, QSqlDriver::NotificationSource,
                            const QVariant &payload)
{
    if (channel == DeliveryStore::storedChannel())
        emit deliveriesStored(payload.toLongLong());
    else if (channel == DeliveryStore::removedChannel())
        emit deliveriesRemoved(payload.toLongLong());
}

// A dropped connection says nothing by itself: ask it something now and then.
void StoreWatcher::checkConnection()
{
    if (m_listening) {
        QSqlQuery probe(QSqlDatabase::database(m_connectionName, false));
        if (probe.exec(u"SELECT 1"_s))
            return;
        m_listening = false;
        m_lost = true;
        emit connectionLost(probe.lastError().text().trimmed());
    }
    QString error;
    if (!listen(&error))
        return;
    if (m_lost) {
        m_lost = false;
        emit connectionRestored();
    }
    emit deliveriesStored(0);
}

void StoreWatcher::disconnectDatabase()
{
    m_listening = false;
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        if (database.isOpen() && database.driver())
            database.driver()->disconnect(this);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

} // namespace hookscope
