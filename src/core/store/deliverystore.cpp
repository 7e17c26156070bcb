#include "deliverystore.h"

#include "deliverytext.h"
#include "rowbatchinsert.h"
#include "storedtext.h"
#include "storeschema.h"

#include "common/forwardedclient.h"

#include <QAtomicInt>
#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

QAtomicInt connectionCounter;

const QChar kEventTypeSeparator = QLatin1Char(',');

const QString kSummaryColumns =
        u"d.id, d.received_ns, d.method, d.target, d.peer_address, d.peer_port, d.body_size,"
        " d.content_type, d.response_status, d.endpoint, d.provider, d.event_types, d.signature,"
        " d.rejection, d.imported,"
        " (SELECT p.headers FROM delivery_payloads p WHERE p.delivery_id = d.id), d.node"_s;

// WHERE conditions and their bound values for a filter (table alias d).
struct FilterSql
{
    QStringList conditions;
    QVariantList values;

    FilterSql(const DeliveryFilter &filter, const StoreBackend &backend)
    {
        add(!filter.endpoint.isEmpty(), u"d.endpoint = ?"_s, filter.endpoint);
        add(!filter.provider.isEmpty(), u"d.provider = ?"_s, filter.provider);
        if (!filter.eventType.isEmpty()) {
            // Within the id range, else the subquery reads every event of the type (the timeline
            // asks every second for what arrived since it last looked).
            QString events = u"d.id IN (SELECT delivery_id FROM delivery_events WHERE event_type = ?"_s;
            values.append(filter.eventType);
            if (filter.afterId != 0) {
                events += u" AND delivery_id > ?"_s;
                values.append(filter.afterId);
            }
            if (filter.throughId != 0) {
                events += u" AND delivery_id <= ?"_s;
                values.append(filter.throughId);
            }
            conditions.append(events + u")"_s);
        }
        add(!filter.method.isEmpty(), u"d.method = ?"_s, filter.method);
        add(filter.responseStatus != 0, u"d.response_status = ?"_s, filter.responseStatus);
        add(!filter.signature.isEmpty(), u"d.signature = ?"_s, filter.signature);
        add(filter.fromNs != 0, u"d.received_ns >= ?"_s, filter.fromNs);
        add(filter.toNs != 0, u"d.received_ns < ?"_s, filter.toNs);
        add(filter.afterId != 0, u"d.id > ?"_s, filter.afterId);
        add(filter.throughId != 0, u"d.id <= ?"_s, filter.throughId);
        const QString query = backend.textQuery(filter.text);
        add(!query.isEmpty(), backend.textCondition(), query);
    }

    void add(bool active, const QString &condition, const QVariant &value)
    {
        if (!active)
            return;
        conditions.append(condition);
        values.append(value);
    }

    QString where(const QString &extra = {}) const
    {
        QStringList all = conditions;
        if (!extra.isEmpty())
            all.append(extra);
        return all.isEmpty() ? QString() : u" WHERE "_s + all.join(u" AND "_s);
    }
};


QString contentTypeOf(const Delivery &delivery)
{
    return QString::fromLatin1(headerValue(delivery.headers, "content-type"));
}

DeliverySummary summaryFromRow(const QSqlQuery &row)
{
    DeliverySummary summary;
    summary.id = row.value(0).toLongLong();
    summary.receivedAtNs = row.value(1).toLongLong();
    summary.method = row.value(2).toByteArray();
    summary.target = row.value(3).toByteArray();
    summary.peerAddress = row.value(4).toString();
    summary.peerPort = quint16(row.value(5).toUInt());
    summary.bodySize = row.value(6).toLongLong();
    summary.contentType = row.value(7).toString();
    summary.responseStatus = row.value(8).toInt();
    summary.endpoint = row.value(9).toString();
    summary.provider = row.value(10).toString();
    const QString eventTypes = row.value(11).toString();
    if (!eventTypes.isEmpty())
        summary.eventTypes = eventTypes.split(kEventTypeSeparator);
    summary.signature = row.value(12).toString();
    summary.rejection = row.value(13).toString();
    summary.imported = row.value(14).toBool();
    summary.forwardedClient = forwardedClient(parseSerializedHeaders(row.value(15).toByteArray())).address;
    summary.node = row.value(16).toString();
    return summary;
}

constexpr qint64 kNanosecondsPerMinute = 60LL * 1'000'000'000;

// The facet and per-minute totals a batch adds, summed before they are written.
class RunningTotals
{
public:
    void add(const Delivery &delivery)
    {
        const DeliveryClassification &c = delivery.classification;
        m_facets[{ c.endpoint, c.provider, QString() }] += 1;
        for (const QString &type : c.eventTypes)
            m_facets[{ c.endpoint, c.provider, type }] += 1;
        const qint64 minute = delivery.receivedAtNs / kNanosecondsPerMinute;
        const bool successful = delivery.response.status >= 200 && delivery.response.status <= 299;
        const bool invalid = c.signature == u"invalid"_s;
        MinuteCount &all = m_minutes[{ minute, QString() }];
        all.count += 1;
        all.notSuccessful += successful ? 0 : 1;
        all.invalidSignature += invalid ? 1 : 0;
        for (const QString &type : c.eventTypes)
            m_minutes[{ minute, type }].count += 1;
    }

    bool write(QSqlQuery &facets, QSqlQuery &minutes) const
    {
        for (auto it = m_facets.cbegin(); it != m_facets.cend(); ++it) {
            facets.bindValue(0, storedText(it.key().endpoint));
            facets.bindValue(1, storedText(it.key().provider));
            facets.bindValue(2, storedText(it.key().eventType));
            facets.bindValue(3, it.value());
            if (!facets.exec())
                return false;
        }
        for (auto it = m_minutes.cbegin(); it != m_minutes.cend(); ++it) {
            minutes.bindValue(0, it.key().first);
            minutes.bindValue(1, storedText(it.key().second));
            minutes.bindValue(2, it.value().count);
            minutes.bindValue(3, it.value().notSuccessful);
            minutes.bindValue(4, it.value().invalidSignature);
            if (!minutes.exec())
                return false;
        }
        return true;
    }

private:
    struct FacetKey
    {
        QString endpoint;
        QString provider;
        QString eventType;
        friend bool operator==(const FacetKey &a, const FacetKey &b)
        {
            return a.endpoint == b.endpoint && a.provider == b.provider && a.eventType == b.eventType;
        }
        friend size_t qHash(const FacetKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.endpoint, key.provider, key.eventType);
        }
    };
    struct MinuteCount
    {
        qint64 count = 0;
        qint64 notSuccessful = 0;
        qint64 invalidSignature = 0;
    };
    QHash<FacetKey, qint64> m_facets;
    QHash<QPair<qint64, QString>, MinuteCount> m_minutes;
};

} // namespace

// Rows of one delivery table per INSERT statement: few round trips to a server, and well within
// SQLite's 32,766 parameters (18 columns a delivery).
constexpr int kRowsPerStatement = 64;

struct DeliveryStore::Statements
{
    Statements(const QSqlDatabase &database, const StoreBackend &backend)
        : deliveryRows(u"INSERT INTO deliveries (id, received_ns, method, target, http_version,"
                       " peer_address, peer_port, body_size, declared_body_size, content_type,"
                       " response_status, endpoint, provider, event_types, signature, rejection,"
                       " imported, node) VALUES "_s,
                       u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s, kRowsPerStatement),
          payloadRows(u"INSERT INTO delivery_payloads (delivery_id, headers, body, response_headers,"
                      " response_body, decrypted_body) VALUES "_s,
                      u"(?, ?, ?, ?, ?, ?)"_s, kRowsPerStatement),
          eventRows(u"INSERT INTO delivery_events (delivery_id, event_index, event_type) VALUES "_s,
                    u"(?, ?, ?)"_s, 4 * kRowsPerStatement),
          textRows(backend.textIndexHead(), backend.textIndexRow(), kRowsPerStatement),
          addFacetCount(database),
          addMinuteCount(database),
          updateJournalState(database),
          insertForward(database),
          nextId(database)
    {
    }
    // In the order they must be written: the others refer to deliveries.
    QList<RowBatchInsert *> rowInserts() { return { &deliveryRows, &payloadRows, &eventRows, &textRows }; }

    RowBatchInsert deliveryRows;
    RowBatchInsert payloadRows;
    RowBatchInsert eventRows;
    RowBatchInsert textRows;
    QSqlQuery addFacetCount;
    QSqlQuery addMinuteCount;
    QSqlQuery updateJournalState;
    QSqlQuery insertForward;
    QSqlQuery nextId;
};

DeliveryStore::DeliveryStore()
    : m_connectionName(u"hookscope-store-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

DeliveryStore::~DeliveryStore()
{
    close();
}

bool DeliveryStore::open(const StoreOptions &options)
{
    close();
    m_options = options;
    m_backend = StoreBackend::forOptions(options);
    QString error;
    if (!m_backend->open(m_connectionName, options, &error) || !configure(options)) {
        if (m_lastError.isEmpty() || !error.isEmpty())
            m_lastError = error.isEmpty() ? m_lastError : error;
        const QString message = m_lastError;
        close();
        m_lastError = message;
        return false;
    }
    m_lastError.clear();
    return true;
}

bool DeliveryStore::configure(const StoreOptions &options)
{
    QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    QString schemaError;
    if (options.readOnly) {
        const int version = StoreSchema::versionOf(database, m_backend->dialect());
        // A newer schema only added to what this build reads (migrations never change one
        // that shipped), so it can be looked at; an older one lacks tables until migrated.
        if (version < StoreSchema::currentVersion())
            return fail(u"cannot read the store"_s,
                        version < 0 ? database.lastError().text()
                                    : u"schema version %1, expected %2"_s.arg(version)
                                              .arg(StoreSchema::currentVersion()));
    } else if (!StoreSchema::migrate(database, *m_backend, &schemaError)) {
        return fail(u"cannot prepare the store"_s, schemaError);
    }

    m_statements = std::make_unique<Statements>(database, *m_backend);
    if (options.readOnly)
        return true;
    const QString greatest = m_backend->greatest();
    const bool prepared =
            m_statements->addFacetCount.prepare(
                    u"INSERT INTO facet_counts (endpoint, provider, event_type, count) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT (endpoint, provider, event_type)"
                    " DO UPDATE SET count = facet_counts.count + excluded.count"_s)
            && m_statements->addMinuteCount.prepare(
                    u"INSERT INTO minute_counts (minute, event_type, count, not_successful,"
                    " invalid_signature) VALUES (?, ?, ?, ?, ?) ON CONFLICT (minute, event_type) DO UPDATE"
                    " SET count = minute_counts.count + excluded.count,"
                    " not_successful = minute_counts.not_successful + excluded.not_successful,"
                    " invalid_signature = minute_counts.invalid_signature + excluded.invalid_signature"_s)
            && m_statements->updateJournalState.prepare(
                    u"INSERT INTO journal_positions (journal, indexed_through) VALUES (?, ?)"
                    " ON CONFLICT (journal) DO UPDATE SET indexed_through = %1("
                    "journal_positions.indexed_through, excluded.indexed_through)"_s.arg(greatest))
            && m_statements->insertForward.prepare(
                    u"INSERT INTO delivery_forwards (delivery_id, url, status, headers, body,"
                    " body_truncated, elapsed_ns, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (delivery_id) DO UPDATE SET url = excluded.url,"
                    " status = excluded.status, headers = excluded.headers, body = excluded.body,"
                    " body_truncated = excluded.body_truncated, elapsed_ns = excluded.elapsed_ns,"
                    " error = excluded.error"_s)
            // Ids of removed deliveries are not given again: a delivery's id names it for good.
            && m_statements->nextId.prepare(
                    u"SELECT %1(coalesce((SELECT max(id) FROM deliveries), 0),"
                    " (SELECT highest_removed FROM id_state)) + 1"_s.arg(greatest));
    if (!prepared)
        return fail(u"cannot prepare statements"_s, database.lastError().text());
    return true;
}

void DeliveryStore::close()
{
    m_statements.reset();
    m_backend.reset();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool DeliveryStore::isOpen() const
{
    return m_statements != nullptr;
}

bool DeliveryStore::reconnectIfLost()
{
    if (isReachable())
        return true;
    if (!m_options.isShared())
        return false;
    const StoreOptions options = m_options;
    return open(options);
}

bool DeliveryStore::isReachable()
{
    if (!isOpen())
        return false;
    return !m_options.isShared() || QSqlQuery(QSqlDatabase::database(m_connectionName, false)).exec(u"SELECT 1"_s);
}

QString DeliveryStore::displayName() const
{
    return m_backend ? m_backend->displayName(m_options)
                     : StoreBackend::forOptions(m_options)->displayName(m_options);
}

QString DeliveryStore::storedChannel()
{
    return u"hookscope_stored"_s;
}

QString DeliveryStore::removedChannel()
{
    return u"hookscope_removed"_s;
}

bool DeliveryStore::fail(const QString &context, const QString &error)
{
    m_lastError = context + u": "_s + error;
    return false;
}

bool DeliveryStore::append(QList<Delivery> &deliveries, quint64 journaledThrough)
{
    if (!isOpen())
        return fail(u"cannot store deliveries"_s, u"the store is not open"_s);
    QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    if (!database.transaction())
        return fail(u"cannot begin a transaction"_s, database.lastError().text());
    const auto failed = [&](const QString &context, const QString &error) {
        database.rollback();
        for (RowBatchInsert *rows : m_statements->rowInserts())
            rows->discard();
        return fail(context, error);
    };
    QString error;
    if (!m_backend->beginWriting(database, &error))
        return failed(u"cannot store deliveries"_s, error);

    QSqlQuery &nextId = m_statements->nextId;
    if (!nextId.exec() || !nextId.next())
        return failed(u"cannot number deliveries"_s, nextId.lastError().text());
    qint64 id = nextId.value(0).toLongLong();
    nextId.finish();
    QList<qint64> ids;
    ids.reserve(deliveries.size());
    QList<QPair<qint64, ForwardOutcome>> forwards;
    RunningTotals totals;
    // Rows go out table by table, deliveries first, whenever a statement's worth is gathered.
    const auto flushRows = [&] {
        for (RowBatchInsert *rows : m_statements->rowInserts()) {
            if (!rows->flush(database, &error))
                return false;
        }
        return true;
    };
    for (const Delivery &delivery : std::as_const(deliveries)) {
        const DeliveryClassification &classification = delivery.classification;
        m_statements->deliveryRows.add({
                QVariant(id), QVariant(delivery.receivedAtNs), storedText(QString::fromLatin1(delivery.method)),
                QVariant(delivery.target.isNull() ? QByteArray("") : delivery.target),
                storedText(QString::fromLatin1(delivery.httpVersion)), storedText(delivery.peerAddress),
                QVariant(delivery.peerPort), QVariant(qint64(delivery.body.size())),
                QVariant(delivery.declaredBodyBytes), storedText(contentTypeOf(delivery)),
                QVariant(delivery.response.status), storedText(classification.endpoint),
                storedText(classification.provider), storedText(classification.eventTypes.join(kEventTypeSeparator)),
                storedText(classification.signature), storedText(delivery.rejection),
                QVariant(delivery.origin == Delivery::Origin::Imported ? 1 : 0),
                storedText(delivery.node.isEmpty() ? m_options.node : delivery.node) });
        m_statements->payloadRows.add({
                QVariant(id), QVariant(serializeHeaders(delivery.headers)),
                QVariant(delivery.body.isNull() ? QByteArray("") : delivery.body),
                QVariant(serializeHeaders(delivery.response.headers)),
                QVariant(delivery.response.body.isNull() ? QByteArray("") : delivery.response.body),
                delivery.decryptedBody.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                                 : QVariant(delivery.decryptedBody) });
        for (qsizetype index = 0; index < classification.eventTypes.size(); ++index)
            m_statements->eventRows.add({ QVariant(id), QVariant(int(index)),
                                          storedText(classification.eventTypes.at(index)) });
        m_statements->textRows.add({ QVariant(id), m_backend->textIndexValue(deliverytext::searchable(delivery)) });
        if (delivery.forwardOutcome)
            forwards.append({ id, *delivery.forwardOutcome });
        ids.append(id++);
        totals.add(delivery);
        if (m_statements->deliveryRows.pendingRows() >= kRowsPerStatement && !flushRows())
            return failed(u"cannot store a delivery"_s, error);
    }
    if (!flushRows())
        return failed(u"cannot store a delivery"_s, error);
    for (const auto &[deliveryId, outcome] : std::as_const(forwards)) {
        if (!insertForward(deliveryId, outcome))
            return failed(u"cannot store a delivery"_s, m_statements->insertForward.lastError().text());
    }
    if (!totals.write(m_statements->addFacetCount, m_statements->addMinuteCount))
        return failed(u"cannot count deliveries"_s, m_statements->addFacetCount.lastError().text()
                              + m_statements->addMinuteCount.lastError().text());
    if (journaledThrough > 0) {
        m_statements->updateJournalState.bindValue(0, storedText(m_options.journalName));
        m_statements->updateJournalState.bindValue(1, qint64(journaledThrough));
        if (!m_statements->updateJournalState.exec())
            return failed(u"cannot record the journal position"_s,
                          m_statements->updateJournalState.lastError().text());
    }
    if (!ids.isEmpty() && !m_backend->announce(database, storedChannel(), ids.constLast()))
        return failed(u"cannot announce deliveries"_s, database.lastError().text());
    if (!database.commit())
        return failed(u"cannot commit deliveries"_s, database.lastError().text());
    for (qsizetype i = 0; i < deliveries.size(); ++i)
        deliveries[i].id = ids.at(i);
    return true;
}

bool DeliveryStore::insertForward(qint64 deliveryId, const ForwardOutcome &outcome)
{
    QSqlQuery &insert = m_statements->insertForward;
    int column = 0;
    for (const QVariant &value :
         { QVariant(deliveryId), storedText(outcome.url), QVariant(outcome.status),
           QVariant(serializeHeaders(outcome.headers)),
           QVariant(outcome.body.isNull() ? QByteArray("") : outcome.body),
           QVariant(outcome.bodyTruncated ? 1 : 0), QVariant(outcome.elapsedNs), storedText(outcome.error) })
        insert.bindValue(column++, value);
    return insert.exec();
}

bool DeliveryStore::recordForward(qint64 deliveryId, const ForwardOutcome &outcome)
{
    if (!isOpen())
        return fail(u"cannot record a forward"_s, u"the store is not open"_s);
    if (!insertForward(deliveryId, outcome))
        return fail(u"cannot record the forward of delivery %1"_s.arg(deliveryId),
                    m_statements->insertForward.lastError().text());
    return true;
}

std::optional<ForwardOutcome> DeliveryStore::forwardOf(qint64 deliveryId)
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT url, status, headers, body, body_truncated, elapsed_ns, error"
                  " FROM delivery_forwards WHERE delivery_id = ?"_s);
    query.addBindValue(deliveryId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    ForwardOutcome outcome;
    outcome.url = query.value(0).toString();
    outcome.status = query.value(1).toInt();
    outcome.headers = parseSerializedHeaders(query.value(2).toByteArray());
    outcome.body = query.value(3).toByteArray();
    outcome.bodyTruncated = query.value(4).toBool();
    outcome.elapsedNs = query.value(5).toLongLong();
    outcome.error = query.value(6).toString();
    return outcome;
}

std::optional<Delivery> DeliveryStore::load(qint64 id)
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT d.id, d.received_ns, d.method, d.target, d.http_version,"
                  " d.peer_address, d.peer_port, d.declared_body_size, d.response_status,"
                  " d.endpoint, d.provider, d.event_types, d.signature, d.rejection, d.imported,"
                  " p.headers, p.body, p.response_headers, p.response_body, p.decrypted_body, d.node"
                  " FROM deliveries d JOIN delivery_payloads p ON p.delivery_id = d.id"
                  " WHERE d.id = ?"_s);
    query.addBindValue(id);
    if (!query.exec()) {
        fail(u"cannot read delivery %1"_s.arg(id), query.lastError().text());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    Delivery delivery;
    delivery.id = query.value(0).toLongLong();
    delivery.receivedAtNs = query.value(1).toLongLong();
    delivery.method = query.value(2).toString().toLatin1();
    delivery.target = query.value(3).toByteArray();
    delivery.httpVersion = query.value(4).toString().toLatin1();
    delivery.peerAddress = query.value(5).toString();
    delivery.peerPort = quint16(query.value(6).toUInt());
    delivery.declaredBodyBytes = query.value(7).toLongLong();
    delivery.response.status = query.value(8).toInt();
    delivery.classification.endpoint = query.value(9).toString();
    delivery.classification.provider = query.value(10).toString();
    const QString eventTypes = query.value(11).toString();
    if (!eventTypes.isEmpty())
        delivery.classification.eventTypes = eventTypes.split(kEventTypeSeparator);
    delivery.classification.signature = query.value(12).toString();
    delivery.rejection = query.value(13).toString();
    delivery.origin = query.value(14).toBool() ? Delivery::Origin::Imported
                                               : Delivery::Origin::Captured;
    delivery.headers = parseSerializedHeaders(query.value(15).toByteArray());
    delivery.body = query.value(16).toByteArray();
    delivery.response.headers = parseSerializedHeaders(query.value(17).toByteArray());
    delivery.response.body = query.value(18).toByteArray();
    delivery.decryptedBody = query.value(19).toByteArray();
    delivery.node = query.value(20).toString();
    delivery.forwardOutcome = forwardOf(id);
    return delivery;
}

QList<DeliverySummary> DeliveryStore::summaries(const DeliveryFilter &filter,
                                                const QString &idCondition, qint64 id,
                                                bool newestFirst, int limit)
{
    QList<DeliverySummary> rows;
    if (!isOpen())
        return rows;
    const FilterSql sql(filter, *m_backend);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + kSummaryColumns + u" FROM deliveries d"_s
                  + sql.where(idCondition) + u" ORDER BY d.id "_s
                  + (newestFirst ? u"DESC"_s : u"ASC"_s) + u" LIMIT ?"_s);
    for (const QVariant &value : sql.values)
        query.addBindValue(value);
    if (!idCondition.isEmpty())
        query.addBindValue(id);
    query.addBindValue(limit);
    if (!query.exec()) {
        fail(u"cannot list deliveries"_s, query.lastError().text());
        return rows;
    }
    while (query.next())
        rows.append(summaryFromRow(query));
    return rows;
}

QList<DeliverySummary> DeliveryStore::page(const DeliveryFilter &filter, qint64 beforeId, int limit)
{
    return summaries(filter, beforeId > 0 ? u"d.id < ?"_s : QString(), beforeId, true, limit);
}

QList<DeliverySummary> DeliveryStore::summariesAfter(const DeliveryFilter &filter, qint64 afterId,
                                                     int limit)
{
    return summaries(filter, u"d.id > ?"_s, afterId, false, limit);
}

QList<EventReference> DeliveryStore::events(const DeliveryFilter &filter, const EventReference &after,
                                            int limit)
{
    QList<EventReference> events;
    if (!isOpen() || filter.eventType.isEmpty())
        return events;
    DeliveryFilter rest = filter;
    rest.eventType.clear();
    const FilterSql sql(rest, *m_backend);
    QStringList conditions = sql.conditions;
    conditions.prepend(u"e.event_type = ?"_s);
    if (after.deliveryId > 0)
        conditions.append(u"(e.delivery_id < ? OR (e.delivery_id = ? AND e.event_index > ?))"_s);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT e.delivery_id, e.event_index FROM delivery_events e"
                  " JOIN deliveries d ON d.id = e.delivery_id WHERE "_s
                  + conditions.join(u" AND "_s)
                  + u" ORDER BY e.delivery_id DESC, e.event_index ASC LIMIT ?"_s);
    query.addBindValue(filter.eventType);
    for (const QVariant &value : sql.values)
        query.addBindValue(value);
    if (after.deliveryId > 0) {
        query.addBindValue(after.deliveryId);
        query.addBindValue(after.deliveryId);
        query.addBindValue(after.index);
    }
    query.addBindValue(limit);
    if (!query.exec()) {
        fail(u"cannot list events"_s, query.lastError().text());
        return events;
    }
    while (query.next())
        events.append({ query.value(0).toLongLong(), query.value(1).toInt() });
    return events;
}

qint64 DeliveryStore::eventCount(const DeliveryFilter &filter)
{
    if (!isOpen() || filter.eventType.isEmpty())
        return 0;
    DeliveryFilter rest = filter;
    rest.eventType.clear();
    const FilterSql sql(rest, *m_backend);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT count(*) FROM delivery_events e JOIN deliveries d ON d.id = e.delivery_id"
                  " WHERE e.event_type = ?"_s
                  + (sql.conditions.isEmpty() ? QString() : u" AND "_s + sql.conditions.join(u" AND "_s)));
    query.addBindValue(filter.eventType);
    for (const QVariant &value : sql.values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

qint64 DeliveryStore::count(const DeliveryFilter &filter)
{
    if (!isOpen())
        return 0;
    const FilterSql sql(filter, *m_backend);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT count(*) FROM deliveries d"_s + sql.where());
    for (const QVariant &value : sql.values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        fail(u"cannot count deliveries"_s, query.lastError().text());
        return 0;
    }
    return query.value(0).toLongLong();
}

quint64 DeliveryStore::journalIndexedThrough()
{
    if (!isOpen())
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT indexed_through FROM journal_positions WHERE journal = ?"_s);
    query.addBindValue(storedText(m_options.journalName));
    if (!query.exec() || !query.next())
        return 0;
    return quint64(query.value(0).toLongLong());
}

qint64 DeliveryStore::lastId()
{
    if (!isOpen())
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(u"SELECT max(id) FROM deliveries"_s) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

bool DeliveryStore::forEach(const DeliveryFilter &filter,
                            const std::function<bool(const Delivery &)> &visit)
{
    constexpr int kBatch = 256;
    qint64 after = 0;
    m_lastError.clear();
    for (;;) {
        const QList<DeliverySummary> batch = summariesAfter(filter, after, kBatch);
        if (batch.isEmpty())
            return m_lastError.isEmpty();
        for (const DeliverySummary &summary : batch) {
            std::optional<Delivery> delivery = load(summary.id);
            if (!delivery)
                return false;
            if (!visit(*delivery))
                return true;
            after = summary.id;
        }
    }
}

QList<FacetCount> DeliveryStore::facetCounts(qint64 afterId, qint64 throughId)
{
    QList<FacetCount> counts;
    if (!isOpen())
        return counts;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (afterId == 0) {
        if (!query.exec(u"SELECT endpoint, provider, event_type, count FROM facet_counts"_s)) {
            fail(u"cannot count deliveries"_s, query.lastError().text());
            return counts;
        }
        while (query.next())
            counts.append({ query.value(0).toString(), query.value(1).toString(),
                            query.value(2).toString(), query.value(3).toLongLong() });
        return counts;
    }
    query.prepare(u"SELECT endpoint, provider, '', count(*) FROM "_s + m_backend->deliveriesByIdRange()
                  + u" WHERE id > ? AND id <= ? GROUP BY endpoint, provider"
                  " UNION ALL"
                  " SELECT d.endpoint, d.provider, e.event_type, count(*) FROM delivery_events e"
                  " JOIN deliveries d ON d.id = e.delivery_id WHERE e.delivery_id > ? AND e.delivery_id <= ?"
                  " GROUP BY d.endpoint, d.provider, e.event_type"_s);
    const qint64 through = throughId > 0 ? throughId : std::numeric_limits<qint64>::max();
    for (int part = 0; part < 2; ++part) {
        query.addBindValue(afterId);
        query.addBindValue(through);
    }
    if (!query.exec()) {
        fail(u"cannot count deliveries"_s, query.lastError().text());
        return counts;
    }
    while (query.next()) {
        counts.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toLongLong() });
    }
    return counts;
}

QList<TimeBucket> DeliveryStore::histogram(const DeliveryFilter &filter, qint64 fromNs, qint64 toNs,
                                           qint64 bucketNs)
{
    QList<TimeBucket> buckets;
    if (!isOpen() || bucketNs <= 0 || toNs <= fromNs)
        return buckets;
    DeliveryFilter ranged = filter;
    ranged.fromNs = qMax(filter.fromNs, fromNs);
    ranged.toNs = filter.toNs == 0 ? toNs : qMin(filter.toNs, toNs);
    DeliveryFilter withoutTime = filter;
    withoutTime.fromNs = withoutTime.toNs = 0;
    if (withoutTime.isEmpty() && bucketNs % kNanosecondsPerMinute == 0)
        return histogramFromMinutes(ranged.fromNs, ranged.toNs, fromNs, bucketNs);
    const FilterSql sql(ranged, *m_backend);
    QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery totals(database);
    totals.setForwardOnly(true);
    totals.prepare(u"SELECT (d.received_ns - ?) / ?, count(*),"
                   " sum(CASE WHEN d.response_status < 200 OR d.response_status > 299 THEN 1 ELSE 0 END),"
                   " sum(CASE WHEN d.signature = 'invalid' THEN 1 ELSE 0 END) FROM deliveries d"_s
                   + sql.where() + u" GROUP BY 1 ORDER BY 1"_s);
    totals.addBindValue(fromNs);
    totals.addBindValue(bucketNs);
    for (const QVariant &value : sql.values)
        totals.addBindValue(value);
    if (!totals.exec()) {
        fail(u"cannot count deliveries over time"_s, totals.lastError().text());
        return buckets;
    }
    QHash<qint64, qsizetype> indexOf;
    while (totals.next()) {
        const qint64 bucket = totals.value(0).toLongLong();
        indexOf.insert(bucket, buckets.size());
        buckets.append({ fromNs + bucket * bucketNs, totals.value(1).toLongLong(),
                         totals.value(2).toLongLong(), totals.value(3).toLongLong(), {} });
    }
    QSqlQuery types(database);
    types.setForwardOnly(true);
    types.prepare(u"SELECT (d.received_ns - ?) / ?, e.event_type, count(*) FROM delivery_events e"
                  " JOIN deliveries d ON d.id = e.delivery_id"_s
                  + sql.where() + u" GROUP BY 1, 2"_s);
    types.addBindValue(fromNs);
    types.addBindValue(bucketNs);
    for (const QVariant &value : sql.values)
        types.addBindValue(value);
    if (types.exec()) {
        while (types.next()) {
            const auto at = indexOf.constFind(types.value(0).toLongLong());
            if (at != indexOf.constEnd())
                buckets[*at].eventTypes.append({ types.value(1).toString(), types.value(2).toLongLong() });
        }
    }
    return buckets;
}

QList<TimeBucket> DeliveryStore::histogramFromMinutes(qint64 fromNs, qint64 toNs, qint64 originNs,
                                                      qint64 bucketNs)
{
    QList<TimeBucket> buckets;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT minute, event_type, count, not_successful, invalid_signature"
                  " FROM minute_counts WHERE minute >= ? AND minute <= ? ORDER BY minute"_s);
    query.addBindValue(fromNs / kNanosecondsPerMinute);
    query.addBindValue((toNs - 1) / kNanosecondsPerMinute);
    if (!query.exec()) {
        fail(u"cannot count deliveries over time"_s, query.lastError().text());
        return buckets;
    }
    QMap<qint64, TimeBucket> byBucket;
    while (query.next()) {
        const qint64 bucket = (query.value(0).toLongLong() * kNanosecondsPerMinute - originNs) / bucketNs;
        TimeBucket &entry = byBucket[bucket];
        entry.startNs = originNs + bucket * bucketNs;
        const QString type = query.value(1).toString();
        if (type.isEmpty()) {
            entry.deliveries += query.value(2).toLongLong();
            entry.notSuccessful += query.value(3).toLongLong();
            entry.invalidSignature += query.value(4).toLongLong();
            continue;
        }
        auto existing = std::find_if(entry.eventTypes.begin(), entry.eventTypes.end(),
                                     [&](const QPair<QString, qint64> &pair) { return pair.first == type; });
        if (existing != entry.eventTypes.end())
            existing->second += query.value(2).toLongLong();
        else
            entry.eventTypes.append({ type, query.value(2).toLongLong() });
    }
    return byBucket.values();
}

QPair<qint64, qint64> DeliveryStore::timeRange()
{
    if (!isOpen())
        return {};
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // Two subqueries: SQLite reads min() or max() alone from the index's ends, but both in one
    // SELECT scan the whole index (this runs every second for the timeline).
    if (!query.exec(u"SELECT (SELECT min(received_ns) FROM deliveries),"
                    " (SELECT max(received_ns) FROM deliveries)"_s)
        || !query.next())
        return {};
    return { query.value(0).toLongLong(), query.value(1).toLongLong() };
}

bool DeliveryStore::checkpoint()
{
    if (!isOpen())
        return false;
    QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    QString error;
    if (!m_backend->checkpoint(database, &error))
        return fail(u"cannot checkpoint"_s, error);
    return true;
}

qint64 DeliveryStore::sizeOnDisk()
{
    if (!isOpen())
        return 0;
    QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    return m_backend->sizeOnDisk(database);
}

} // namespace hookscope
