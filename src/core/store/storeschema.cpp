#include "storeschema.h"

#include "storebackend.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

struct Migration
{
    int version;
    QStringList sqlite;
    // PostgreSQL stores begin at version 4, whose statements make the whole schema of that
    // version; later migrations change both dialects alike.
    QStringList postgres;

    const QStringList &statements(SqlDialect dialect) const
    {
        return dialect == SqlDialect::Sqlite ? sqlite : postgres;
    }
};

// The indices the list's filters and keyset paging walk; the same in both dialects.
const QStringList kListIndexes = {
    u"CREATE INDEX deliveries_by_time ON deliveries(received_ns)"_s,
    u"CREATE INDEX deliveries_by_endpoint ON deliveries(endpoint, id)"_s,
    u"CREATE INDEX deliveries_by_provider ON deliveries(provider, id)"_s,
    u"CREATE INDEX delivery_events_by_type ON delivery_events(event_type, delivery_id)"_s,
    u"CREATE INDEX deliveries_by_status ON deliveries(response_status, id)"_s,
    u"CREATE INDEX deliveries_by_signature ON deliveries(signature, id)"_s,
    u"CREATE INDEX deliveries_by_method ON deliveries(method, id)"_s,
};

// Append new migrations at the end; never edit one that has shipped (what they execute).
const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        { 1,
          QStringList {
                  u"CREATE TABLE deliveries ("
                  " id INTEGER PRIMARY KEY,"
                  " received_ns INTEGER NOT NULL,"
                  " method TEXT NOT NULL,"
                  " target BLOB NOT NULL,"
                  " http_version TEXT NOT NULL,"
                  " peer_address TEXT NOT NULL,"
                  " peer_port INTEGER NOT NULL,"
                  " body_size INTEGER NOT NULL,"
                  " declared_body_size INTEGER NOT NULL,"
                  " content_type TEXT NOT NULL,"
                  " response_status INTEGER NOT NULL,"
                  " endpoint TEXT NOT NULL DEFAULT '',"
                  " provider TEXT NOT NULL DEFAULT '',"
                  " event_types TEXT NOT NULL DEFAULT '',"
                  " signature TEXT NOT NULL DEFAULT 'unchecked',"
                  " rejection TEXT NOT NULL DEFAULT '',"
                  " imported INTEGER NOT NULL DEFAULT 0)"_s,
                  // Bodies live apart so that list queries never walk large rows.
                  u"CREATE TABLE delivery_payloads ("
                  " delivery_id INTEGER PRIMARY KEY REFERENCES deliveries(id) ON DELETE CASCADE,"
                  " headers BLOB NOT NULL,"
                  " body BLOB NOT NULL,"
                  " response_headers BLOB NOT NULL,"
                  " response_body BLOB NOT NULL,"
                  " decrypted_body BLOB)"_s,
                  u"CREATE TABLE delivery_events ("
                  " delivery_id INTEGER NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,"
                  " event_index INTEGER NOT NULL,"
                  " event_type TEXT NOT NULL,"
                  " PRIMARY KEY (delivery_id, event_index)) WITHOUT ROWID"_s,
                  // How far the capture journal has been indexed into this store.
                  u"CREATE TABLE journal_state ("
                  " id INTEGER PRIMARY KEY CHECK (id = 1),"
                  " indexed_through INTEGER NOT NULL)"_s,
                  u"INSERT INTO journal_state (id, indexed_through) VALUES (1, 0)"_s,
          } + kListIndexes + QStringList {
                  // Running totals kept by every append, so the console's sidebar and timeline
                  // never have to count a million rows.
                  u"CREATE TABLE facet_counts ("
                  " endpoint TEXT NOT NULL, provider TEXT NOT NULL, event_type TEXT NOT NULL,"
                  " count INTEGER NOT NULL,"
                  " PRIMARY KEY (endpoint, provider, event_type)) WITHOUT ROWID"_s,
                  u"CREATE TABLE minute_counts ("
                  " minute INTEGER NOT NULL, event_type TEXT NOT NULL, count INTEGER NOT NULL,"
                  " not_successful INTEGER NOT NULL, invalid_signature INTEGER NOT NULL,"
                  " PRIMARY KEY (minute, event_type)) WITHOUT ROWID"_s,
                  // Words of the target, headers and text bodies, for free-text search; rowid is
                  // the delivery id. Contentless: the text is in delivery_payloads already.
                  u"CREATE VIRTUAL TABLE delivery_text USING fts5(text, content='',"
                  " tokenize='unicode61 remove_diacritics 2')"_s,
          },
          {} },
        { 2,
          {
                  // What the app under development answered to a forwarded delivery.
                  u"CREATE TABLE delivery_forwards ("
                  " delivery_id INTEGER PRIMARY KEY REFERENCES deliveries(id) ON DELETE CASCADE,"
                  " url TEXT NOT NULL,"
                  " status INTEGER NOT NULL,"
                  " headers BLOB NOT NULL,"
                  " body BLOB NOT NULL,"
                  " body_truncated INTEGER NOT NULL,"
                  " elapsed_ns INTEGER NOT NULL,"
                  " error TEXT NOT NULL)"_s,
          },
          {} },
        { 3,
          {
                  // The highest id of a removed delivery (retention, clearing), so that an id
                  // is never given to another delivery.
                  u"CREATE TABLE id_state ("
                  " id INTEGER PRIMARY KEY CHECK (id = 1),"
                  " highest_removed INTEGER NOT NULL)"_s,
                  u"INSERT INTO id_state (id, highest_removed) VALUES (1, 0)"_s,
          },
          {} },
        { 4,
          {
                  // The capture node that took a delivery, for stores that several share.
                  u"ALTER TABLE deliveries ADD COLUMN node TEXT NOT NULL DEFAULT ''"_s,
                  // How far each capture journal is indexed; journal_state stays for older
                  // builds that open this store read-only.
                  u"CREATE TABLE journal_positions ("
                  " journal TEXT PRIMARY KEY,"
                  " indexed_through INTEGER NOT NULL)"_s,
                  u"INSERT INTO journal_positions (journal, indexed_through)"
                  " SELECT '', indexed_through FROM journal_state"_s,
          },
          QStringList {
                  u"CREATE TABLE deliveries ("
                  " id BIGINT PRIMARY KEY,"
                  " received_ns BIGINT NOT NULL,"
                  " method TEXT NOT NULL,"
                  " target BYTEA NOT NULL,"
                  " http_version TEXT NOT NULL,"
                  " peer_address TEXT NOT NULL,"
                  " peer_port INTEGER NOT NULL,"
                  " body_size BIGINT NOT NULL,"
                  " declared_body_size BIGINT NOT NULL,"
                  " content_type TEXT NOT NULL,"
                  " response_status INTEGER NOT NULL,"
                  " endpoint TEXT NOT NULL DEFAULT '',"
                  " provider TEXT NOT NULL DEFAULT '',"
                  " event_types TEXT NOT NULL DEFAULT '',"
                  " signature TEXT NOT NULL DEFAULT 'unchecked',"
                  " rejection TEXT NOT NULL DEFAULT '',"
                  " imported INTEGER NOT NULL DEFAULT 0,"
                  " node TEXT NOT NULL DEFAULT '')"_s,
                  u"CREATE TABLE delivery_payloads ("
                  " delivery_id BIGINT PRIMARY KEY REFERENCES deliveries(id) ON DELETE CASCADE,"
                  " headers BYTEA NOT NULL,"
                  " body BYTEA NOT NULL,"
                  " response_headers BYTEA NOT NULL,"
                  " response_body BYTEA NOT NULL,"
                  " decrypted_body BYTEA)"_s,
                  u"CREATE TABLE delivery_events ("
                  " delivery_id BIGINT NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,"
                  " event_index INTEGER NOT NULL,"
                  " event_type TEXT NOT NULL,"
                  " PRIMARY KEY (delivery_id, event_index))"_s,
                  u"CREATE TABLE journal_positions ("
                  " journal TEXT PRIMARY KEY,"
                  " indexed_through BIGINT NOT NULL)"_s,
          } + kListIndexes + QStringList {
                  u"CREATE TABLE facet_counts ("
                  " endpoint TEXT NOT NULL, provider TEXT NOT NULL, event_type TEXT NOT NULL,"
                  " count BIGINT NOT NULL,"
                  " PRIMARY KEY (endpoint, provider, event_type))"_s,
                  u"CREATE TABLE minute_counts ("
                  " minute BIGINT NOT NULL, event_type TEXT NOT NULL, count BIGINT NOT NULL,"
                  " not_successful BIGINT NOT NULL, invalid_signature BIGINT NOT NULL,"
                  " PRIMARY KEY (minute, event_type))"_s,
                  // The words of each delivery as PostgresBackend normalises them (see there),
                  // searched by prefix through the GIN index.
                  u"CREATE TABLE delivery_text ("
                  " delivery_id BIGINT PRIMARY KEY REFERENCES deliveries(id) ON DELETE CASCADE,"
                  " words TSVECTOR NOT NULL)"_s,
                  u"CREATE INDEX delivery_text_words ON delivery_text USING gin (words)"_s,
                  u"CREATE TABLE delivery_forwards ("
                  " delivery_id BIGINT PRIMARY KEY REFERENCES deliveries(id) ON DELETE CASCADE,"
                  " url TEXT NOT NULL,"
                  " status INTEGER NOT NULL,"
                  " headers BYTEA NOT NULL,"
                  " body BYTEA NOT NULL,"
                  " body_truncated INTEGER NOT NULL,"
                  " elapsed_ns BIGINT NOT NULL,"
                  " error TEXT NOT NULL)"_s,
                  u"CREATE TABLE id_state ("
                  " id INTEGER PRIMARY KEY CHECK (id = 1),"
                  " highest_removed BIGINT NOT NULL)"_s,
                  u"INSERT INTO id_state (id, highest_removed) VALUES (1, 0)"_s,
          } },
    };
    return all;
}

// PostgreSQL has no user_version; a one-row table keeps it.
const QString kPostgresVersionTable =
        u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s;

bool writeVersion(QSqlQuery &query, SqlDialect dialect, int version)
{
    if (dialect == SqlDialect::Sqlite)
        return query.exec(u"PRAGMA user_version = %1"_s.arg(version));
    return query.exec(u"DELETE FROM schema_version"_s)
            && query.exec(u"INSERT INTO schema_version (version) VALUES (%1)"_s.arg(version));
}

} // namespace

int StoreSchema::currentVersion()
{
    return migrations().constLast().version;
}

int StoreSchema::versionOf(QSqlDatabase &database, SqlDialect dialect)
{
    QSqlQuery query(database);
    if (dialect == SqlDialect::Sqlite) {
        if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
            return -1;
        return query.value(0).toInt();
    }
    // Asked first so that reading an empty database is not an error (which would end the
    // transaction it may be part of).
    if (!query.exec(u"SELECT to_regclass('schema_version') IS NOT NULL"_s) || !query.next())
        return -1;
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(u"SELECT coalesce(max(version), 0) FROM schema_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool StoreSchema::migrate(QSqlDatabase &database, StoreBackend &backend, QString *errorMessage)
{
    const SqlDialect dialect = backend.dialect();
    if (!database.transaction()) {
        *errorMessage = database.lastError().text();
        return false;
    }
    QSqlQuery query(database);
    const auto failed = [&](const QString &message) {
        *errorMessage = message;
        database.rollback();
        return false;
    };
    // Capture nodes starting at once against one database take turns here too.
    QString error;
    if (!backend.beginWriting(database, &error))
        return failed(error);
    if (dialect == SqlDialect::Postgres && !query.exec(kPostgresVersionTable))
        return failed(query.lastError().text());
    const int found = versionOf(database, dialect);
    if (found < 0)
        return failed(u"cannot read the schema version: %1"_s.arg(database.lastError().text()));
    if (found > currentVersion()) {
        return failed(u"the store was written by a newer Hookscope (schema %1; this build knows "
                      "up to %2). Open it with that version, or choose another data directory."_s
                              .arg(found)
                              .arg(currentVersion()));
    }
    for (const Migration &migration : migrations()) {
        if (migration.version <= found)
            continue;
        for (const QString &statement : migration.statements(dialect)) {
            if (!query.exec(statement))
                return failed(u"schema migration to version %1 failed: %2"_s.arg(migration.version)
                                      .arg(query.lastError().text()));
        }
    }
    if (found < currentVersion() && !writeVersion(query, dialect, currentVersion()))
        return failed(query.lastError().text());
    if (!database.commit())
        return failed(database.lastError().text());
    return true;
}

} // namespace hookscope
