#pragma once

#include "storeoptions.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

namespace hookscope {

// Tells a console what other processes change in a shared store: it LISTENs, on a PostgreSQL
// connection of its own in the thread that starts it, to the channels DeliveryStore announces
// on, and reconnects when the connection is lost (then reports a change, since some may have
// been missed). The data directory's own SQLite store has nothing to watch: its one capture
// server runs in the console's process and says so itself.
class StoreWatcher : public QObject
{
    Q_OBJECT
public:
    explicit StoreWatcher(QObject *parent = nullptr);
    ~StoreWatcher() override;

    // False with a message when the shared store cannot be listened to; true at once for SQLite.
    bool start(const StoreOptions &options, QString *error);
    bool isWatching() const { return m_listening; }

Q_SIGNALS:
    void deliveriesStored(qint64 lastId);
    void deliveriesRemoved(qint64 count);
    void connectionLost(const QString &message);
    void connectionRestored();

private:
    bool listen(QString *error);
    void notified(const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload);
    void checkConnection();
    void disconnectDatabase();

    StoreOptions m_options;
    QString m_connectionName;
    bool m_listening = false;
    bool m_lost = false;
    QTimer m_healthCheck;
};

} // namespace hookscope
