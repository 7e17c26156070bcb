#include "storeschema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

struct Migration
{
    int version;
    QStringList statements;
};

// Append new migrations at the end; never edit one that has shipped.
const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        { 1,
          {
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
                  u"CREATE INDEX deliveries_by_time ON deliveries(received_ns)"_s,
                  u"CREATE INDEX deliveries_by_endpoint ON deliveries(endpoint, id)"_s,
                  u"CREATE INDEX deliveries_by_provider ON deliveries(provider, id)"_s,
                  u"CREATE INDEX delivery_events_by_type ON delivery_events(event_type, delivery_id)"_s,
                  u"CREATE INDEX deliveries_by_status ON deliveries(response_status, id)"_s,
                  u"CREATE INDEX deliveries_by_signature ON deliveries(signature, id)"_s,
                  u"CREATE INDEX deliveries_by_method ON deliveries(method, id)"_s,
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
          } },
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
          } },
        { 3,
          {
                  // The highest id of a removed delivery (retention, clearing), so that an id
                  // is never given to another delivery.
                  u"CREATE TABLE id_state ("
                  " id INTEGER PRIMARY KEY CHECK (id = 1),"
                  " highest_removed INTEGER NOT NULL)"_s,
                  u"INSERT INTO id_state (id, highest_removed) VALUES (1, 0)"_s,
          } },
    };
    return all;
}

int userVersion(QSqlDatabase &database)
{
    QSqlQuery query(database);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

int StoreSchema::currentVersion()
{
    return migrations().constLast().version;
}

bool StoreSchema::migrate(QSqlDatabase &database, QString *errorMessage)
{
    const int found = userVersion(database);
    if (found < 0) {
        *errorMessage = u"cannot read the schema version: %1"_s.arg(database.lastError().text());
        return false;
    }
    if (found > currentVersion()) {
        *errorMessage = u"the store was written by a newer Hookscope (schema %1; this build knows "
                        "up to %2). Open it with that version, or choose another data directory."_s
                                .arg(found)
                                .arg(currentVersion());
        return false;
    }
    for (const Migration &migration : migrations()) {
        if (migration.version <= found)
            continue;
        if (!database.transaction()) {
            *errorMessage = database.lastError().text();
            return false;
        }
        QSqlQuery query(database);
        for (const QString &statement : migration.statements) {
            if (!query.exec(statement)) {
                *errorMessage = u"schema migration to version %1 failed: %2"_s.arg(migration.version)
                                        .arg(query.lastError().text());
                database.rollback();
                return false;
            }
        }
        if (!query.exec(u"PRAGMA user_version = %1"_s.arg(migration.version)) || !database.commit()) {
            *errorMessage = database.lastError().text();
            database.rollback();
            return false;
        }
    }
    return true;
}

} // namespace hookscope
