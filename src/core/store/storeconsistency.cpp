#include "storeconsistency.h"

#include "deliverytext.h"
#include "storebackend.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

QAtomicInt connectionCounter;

// Rows one query has that the other has not, both ways.
struct Comparison
{
    QString what;
    QString stored;
    QString recounted;
};

const QList<Comparison> &comparisons()
{
    static const QList<Comparison> all {
        { u"facet_counts"_s, u"SELECT endpoint, provider, event_type, count FROM facet_counts"_s,
          u"SELECT endpoint, provider, '', count(*) FROM deliveries GROUP BY 1, 2"
          " UNION ALL SELECT d.endpoint, d.provider, e.event_type, count(*) FROM delivery_events e"
          " JOIN deliveries d ON d.id = e.delivery_id GROUP BY 1, 2, 3"_s },
        { u"minute_counts"_s,
          u"SELECT minute, event_type, count, not_successful, invalid_signature FROM minute_counts"_s,
          u"SELECT received_ns / 60000000000, '', count(*),"
          " sum(CASE WHEN response_status < 200 OR response_status > 299 THEN 1 ELSE 0 END),"
          " sum(CASE WHEN signature = 'invalid' THEN 1 ELSE 0 END)"
          " FROM deliveries GROUP BY 1"
          " UNION ALL SELECT d.received_ns / 60000000000, e.event_type, count(*), 0, 0"
          " FROM delivery_events e JOIN deliveries d ON d.id = e.delivery_id GROUP BY 1, 2"_s },
    };
    return all;
}

// The text index against one built afresh from the deliveries as they are now.
QList<Comparison> textComparisons(SqlDialect dialect)
{
    if (dialect == SqlDialect::Sqlite)
        return { { u"delivery_text documents"_s, u"SELECT id FROM delivery_text_docsize"_s,
                   u"SELECT id FROM deliveries"_s },
                 { u"delivery_text words"_s, u"SELECT term, doc, offset FROM temp.stored_words"_s,
                   u"SELECT term, doc, offset FROM temp.recounted_words"_s } };
    return { { u"delivery_text documents"_s, u"SELECT delivery_id FROM delivery_text"_s,
               u"SELECT id FROM deliveries"_s },
             { u"delivery_text words"_s, u"SELECT delivery_id, words::text FROM delivery_text"_s,
               u"SELECT delivery_id, words::text FROM recounted_text"_s } };
}

class Connection
{
public:
    Connection(StoreBackend &backend, const StoreOptions &options)
        : m_name(u"hookscope-consistency-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1)))
    {
        m_opened = backend.open(m_name, options, &m_error);
    }
    bool isOpen() const { return m_opened; }
    QString error() const { return m_error; }
    ~Connection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    QString m_error;
    bool m_opened = false;
};

// A fresh text index of the deliveries as they are now, to compare word by word.
bool recountWords(QSqlDatabase &database, const StoreBackend &backend, QString *error)
{
    QSqlQuery query(database);
    const QStringList setup = backend.dialect() == SqlDialect::Sqlite
            ? QStringList {
                u"CREATE VIRTUAL TABLE temp.recounted_text USING fts5(text, content='',"
                " tokenize='unicode61 remove_diacritics 2')"_s,
                u"CREATE VIRTUAL TABLE temp.recounted_words USING fts5vocab(temp, recounted_text, instance)"_s,
                u"CREATE VIRTUAL TABLE temp.stored_words USING fts5vocab(main, delivery_text, instance)"_s,
              }
            : QStringList { u"CREATE TEMP TABLE recounted_text (delivery_id BIGINT, words TSVECTOR)"_s };
    for (const QString &statement : setup) {
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            return false;
        }
    }
    // Not forward-only: QPSQL reads such a result row by row and loses it when the inserts below
    // use the connection meanwhile.
    QSqlQuery rows(database);
    if (!rows.exec(u"SELECT "_s + deliverytext::storedColumns()
                   + u" FROM deliveries d JOIN delivery_payloads p ON p.delivery_id = d.id"_s)) {
        *error = rows.lastError().text();
        return false;
    }
    query.prepare(QString(backend.textIndexHead()).replace(u"delivery_text"_s, u"recounted_text"_s)
                  + backend.textIndexRow());
    while (rows.next()) {
        query.bindValue(0, rows.value(0).toLongLong());
        query.bindValue(1, backend.textIndexValue(deliverytext::searchableRow(rows)));
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

QStringList differences(QSqlDatabase &database, const Comparison &comparison)
{
    QStringList found;
    const QList<QPair<QString, QString>> directions {
        { comparison.stored, comparison.recounted },
        { comparison.recounted, comparison.stored },
    };
    for (const auto &[from, other] : directions) {
        QSqlQuery query(database);
        if (!query.exec(u"SELECT * FROM (%1) AS one EXCEPT SELECT * FROM (%2) AS other"_s.arg(from, other))) {
            found.append(u"%1: %2"_s.arg(comparison.what, query.lastError().text()));
            return found;
        }
        const bool storedOnly = from == comparison.stored;
        while (query.next() && found.size() < 20) {
            QStringList values;
            for (int column = 0; column < query.record().count(); ++column)
                values.append(query.value(column).toString());
            found.append(u"%1: (%2) %3"_s.arg(comparison.what, values.join(u", "_s),
                                              storedOnly ? u"stored but not in a recount"_s
                                                         : u"in a recount but not stored"_s));
        }
    }
    return found;
}

} // namespace

QStringList StoreConsistency::problems(const StoreOptions &options)
{
    const std::unique_ptr<StoreBackend> backend = StoreBackend::forOptions(options);
    Connection connection(*backend, options);
    if (!connection.isOpen())
        return { connection.error() };
    QSqlDatabase database = connection.database();
    QStringList found;
    const QList<QPair<QString, QString>> orphans {
        { u"payloads without a delivery"_s,
          u"SELECT count(*) FROM delivery_payloads WHERE delivery_id NOT IN (SELECT id FROM deliveries)"_s },
        { u"deliveries without a payload"_s,
          u"SELECT count(*) FROM deliveries WHERE id NOT IN (SELECT delivery_id FROM delivery_payloads)"_s },
        { u"forward answers without a delivery"_s,
          u"SELECT count(*) FROM delivery_forwards WHERE delivery_id NOT IN (SELECT id FROM deliveries)"_s },
        { u"events without a delivery"_s,
          u"SELECT count(*) FROM delivery_events WHERE delivery_id NOT IN (SELECT id FROM deliveries)"_s },
    };
    QSqlQuery query(database);
    for (const auto &[what, sql] : orphans) {
        if (query.exec(sql) && query.next() && query.value(0).toLongLong() != 0)
            found.append(u"%1: %2"_s.arg(what).arg(query.value(0).toLongLong()));
    }
    QString error;
    if (!recountWords(database, *backend, &error))
        return found << u"cannot recount the text index: %1"_s.arg(error);
    for (const Comparison &comparison : comparisons() + textComparisons(backend->dialect()))
        found.append(differences(database, comparison));
    return found;
}

} // namespace hookscope
