#pragma once

// Data directories whose delivery store cannot be used, as a crash, a bad disk, a copy or a
// newer Hookscope leave them: for the tests that every way in says so and changes nothing.
#include "store/datadirectory.h"
#include "store/deliverystore.h"
#include "store/storeschema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace damagedstores {

enum class Damage { Garbage, Truncated, Newer };

inline QByteArray bodyOf(int index)
{
    return "{\"delivery\":" + QByteArray::number(index) + ",\"padding\":\"" + QByteArray(1500, 'p') + "\"}";
}

// A store of count deliveries in directory (created), closed.
inline bool writeStore(const QString &directory, int count)
{
    QString error;
    if (!hookscope::DataDirectory::prepare(directory, &error))
        return false;
    hookscope::DeliveryStore store;
    hookscope::StoreOptions options;
    options.databasePath = hookscope::DataDirectory::databasePath(directory);
    if (!store.open(options))
        return false;
    QList<hookscope::Delivery> batch;
    for (int i = 0; i < count; ++i) {
        hookscope::Delivery delivery;
        delivery.receivedAtNs = 1'700'000'000'000'000'000LL + i;
        delivery.method = "POST";
        delivery.target = "/damaged/" + QByteArray::number(i);
        delivery.httpVersion = "1.1";
        delivery.peerAddress = QStringLiteral("127.0.0.1");
        delivery.body = bodyOf(i);
        delivery.response.status = 200;
        batch.append(delivery);
    }
    return store.append(batch);
}

// A data directory holding a store of 40 deliveries, then damaged; its database path.
inline QString makeDamaged(const QString &directory, Damage damage)
{
    if (!writeStore(directory, 40))
        return {};
    const QString path = hookscope::DataDirectory::databasePath(directory);
    QFile file(path);
    switch (damage) {
    case Damage::Garbage: {
        if (!file.open(QIODevice::ReadWrite))
            return {};
        QByteArray garbage(int(file.size()), '\0');
        for (qsizetype i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 131 + 7) % 251);
        file.write(garbage);
        break;
    }
    case Damage::Truncated:
        if (!file.resize(file.size() / 2))
            return {};
        break;
    case Damage::Newer: {
        const QString connection = QStringLiteral("damagedstores-newer");
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            database.setDatabaseName(path);
            if (!database.open())
                return {};
            QSqlQuery query(database);
            // A newer Hookscope added a table and said so in the version.
            query.exec(QStringLiteral("CREATE TABLE from_the_future (x INTEGER)"));
            query.exec(QStringLiteral("PRAGMA user_version = %1").arg(hookscope::StoreSchema::currentVersion() + 1));
            database.close();
        }
        QSqlDatabase::removeDatabase(connection);
        break;
    }
    }
    return path;
}

inline QByteArray digestOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace damagedstores
