// DeliveryStore: removing deliveries (retention, clearing) with everything derived from them.
#include "deliverystore.h"
#include "storedtext.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

constexpr qint64 kNanosecondsPerDay = 86'400LL * 1'000'000'000;


// The running totals that the deliveries in removing had added, taken back. Rows that
// reach zero go, so the totals look as if those deliveries had never come.
const QStringList kTakeBackTotals = {
    u"UPDATE facet_counts AS f SET count = f.count - r.n FROM ("
    " SELECT endpoint, provider, '' AS event_type, count(*) AS n FROM deliveries"
    " WHERE id IN (SELECT id FROM removing) GROUP BY 1, 2"
    " UNION ALL"
    " SELECT d.endpoint, d.provider, e.event_type, count(*) FROM delivery_events e"
    " JOIN deliveries d ON d.id = e.delivery_id"
    " WHERE e.delivery_id IN (SELECT id FROM removing) GROUP BY 1, 2, 3) AS r"
    " WHERE f.endpoint = r.endpoint AND f.provider = r.provider AND f.event_type = r.event_type"_s,
    u"DELETE FROM facet_counts WHERE count <= 0"_s,
    u"UPDATE minute_counts AS m SET count = m.count - r.n,"
    " not_successful = m.not_successful - r.not_successful,"
    " invalid_signature = m.invalid_signature - r.invalid_signature FROM ("
    " SELECT received_ns / 60000000000 AS minute, '' AS event_type, count(*) AS n,"
    " sum(CASE WHEN response_status < 200 OR response_status > 299 THEN 1 ELSE 0 END) AS not_successful,"
    " sum(CASE WHEN signature = 'invalid' THEN 1 ELSE 0 END) AS invalid_signature FROM deliveries"
    " WHERE id IN (SELECT id FROM removing) GROUP BY 1"
    " UNION ALL"
    " SELECT d.received_ns / 60000000000, e.event_type, count(*), 0, 0 FROM delivery_events e"
    " JOIN deliveries d ON d.id = e.delivery_id"
    " WHERE e.delivery_id IN (SELECT id FROM removing) GROUP BY 1, 2) AS r"
    " WHERE m.minute = r.minute AND m.event_type = r.event_type"_s,
    u"DELETE FROM minute_counts WHERE count <= 0"_s,
};

const QStringList kRemoveRows = {
    u"DELETE FROM delivery_events WHERE delivery_id IN (SELECT id FROM removing)"_s,
    u"DELETE FROM delivery_payloads WHERE delivery_id IN (SELECT id FROM removing)"_s,
    u"DELETE FROM delivery_forwards WHERE delivery_id IN (SELECT id FROM removing)"_s,
    u"DELETE FROM deliveries WHERE id IN (SELECT id FROM removing)"_s,
};

// %1: the function giving the larger of two values.
const QString kRememberHighestRemoved =
        u"UPDATE id_state SET highest_removed = %1(highest_removed, (SELECT max(id) FROM removing))"_s;

} // namespace

qint64 DeliveryStore::remove(const RemovalScope &scope, int limit)
{
    QStringList conditions;
    QVariantList values;
    if (scope.throughId > 0) {
        conditions.append(u"id <= ?"_s);
        values.append(scope.throughId);
    }
    if (scope.receivedBeforeNs != 0) {
        conditions.append(u"received_ns < ?"_s);
        values.append(scope.receivedBeforeNs);
    }
    if (scope.endpoint) {
        conditions.append(u"endpoint = ?"_s);
        values.append(storedText(*scope.endpoint));
    }
    if (scope.provider) {
        conditions.append(u"provider = ?"_s);
        values.append(storedText(*scope.provider));
    }
    values.append(limit);
    return removeIdsIn(u"SELECT id FROM deliveries"_s
                           + (conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s))
                           // The oldest first, along an index: the time index for an age limit.
                           + (scope.receivedBeforeNs != 0 ? u" ORDER BY received_ns LIMIT ?"_s
                                                          : u" ORDER BY id LIMIT ?"_s),
                       values);
}

qint64 DeliveryStore::prune(const RetentionPolicy &policy, qint64 nowNs, int limit)
{
    if (!isOpen())
        return -1;
    qint64 removed = 0;
    if (policy.keepLast > 0) {
        QSqlQuery total(QSqlDatabase::database(m_connectionName, false));
        if (!total.exec(u"SELECT coalesce(sum(count), 0) FROM facet_counts WHERE event_type = ''"_s)
            || !total.next()) {
            fail(u"cannot count deliveries"_s, total.lastError().text());
            return -1;
        }
        const qint64 excess = total.value(0).toLongLong() - policy.keepLast;
        if (excess > 0) {
            removed = removeIdsIn(u"SELECT id FROM deliveries ORDER BY id LIMIT ?"_s,
                                  { qMin<qint64>(excess, limit) });
            if (removed < 0)
                return -1;
        }
    }
    if (policy.keepDays > 0 && removed < limit) {
        RemovalScope old;
        old.receivedBeforeNs = nowNs - policy.keepDays * kNanosecondsPerDay;
        const qint64 expired = remove(old, int(limit - removed));
        if (expired < 0)
            return -1;
        removed += expired;
    }
    return removed;
}

qint64 DeliveryStore::removeIdsIn(const QString &selection, const QVariantList &values)
{
    if (!isOpen()) {
        fail(u"cannot remove deliveries"_s, u"the store is not open"_s);
        return -1;
    }
    QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(database);
    bool inTransaction = false;
    auto failed = [&](const QString &error) {
        if (inTransaction)
            database.rollback();
        fail(u"cannot remove deliveries"_s, error);
        return qint64(-1);
    };
    if (!query.exec(u"CREATE TEMP TABLE IF NOT EXISTS removing (id BIGINT PRIMARY KEY)"_s))
        return failed(query.lastError().text());
    if (!database.transaction())
        return failed(database.lastError().text());
    inTransaction = true;
    QString error;
    if (!m_backend->beginWriting(database, &error))
        return failed(error);
    if (!query.exec(u"DELETE FROM removing"_s))
        return failed(query.lastError().text());
    query.prepare(u"INSERT INTO removing (id) "_s + selection);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return failed(query.lastError().text());
    const qint64 count = query.numRowsAffected();
    if (count <= 0) {
        database.rollback();
        return 0;
    }
    for (const QString &statement : kTakeBackTotals) {
        if (!query.exec(statement))
            return failed(query.lastError().text());
    }

    if (!m_backend->unindexRemoving(database, &error))
        return failed(error);
    for (const QString &statement : kRemoveRows) {
        if (!query.exec(statement))
            return failed(query.lastError().text());
    }
    if (!query.exec(kRememberHighestRemoved.arg(m_backend->greatest())))
        return failed(query.lastError().text());
    if (!m_backend->announce(database, removedChannel(), count))
        return failed(database.lastError().text());
    if (!database.commit())
        return failed(database.lastError().text());
    return count;
}

FacetSnapshot DeliveryStore::facetSnapshot()
{
    FacetSnapshot snapshot;
    if (!isOpen())
        return snapshot;
    QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    // One read transaction: both reads see the same commit.
    const bool reading = database.transaction();
    if (reading)
        m_backend->beginSnapshot(database);
    snapshot.counts = facetCounts();
    snapshot.lastId = lastId();
    if (reading)
        database.commit();
    return snapshot;
}

} // namespace hookscope
