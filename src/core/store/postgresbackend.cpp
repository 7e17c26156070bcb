#include "postgresbackend.h"

#include "deliverytext.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

// pg_advisory_xact_lock key of every writing transaction: "hookscop" in ASCII.
constexpr qint64 kWriterLock = 7525356009647468400LL;
// PostgreSQL refuses lexemes over 2 KiB; a word this long is kept by its beginning, which a
// prefix search still finds.
constexpr qsizetype kMaxWordLength = 200;

QString searchForm(const QString &word)
{
    const QString decomposed = word.toCaseFolded().normalized(QString::NormalizationForm_D);
    QString plain;
    plain.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            plain.append(c);
    }
    return plain.left(kMaxWordLength);
}

QStringList searchForms(const QString &text)
{
    QStringList forms;
    QSet<QString> seen;
    for (const QString &word : deliverytext::wordsOf(text)) {
        QString form = searchForm(word);
        if (!form.isEmpty() && !seen.contains(form)) {
            seen.insert(form);
            forms.append(std::move(form));
        }
    }
    return forms;
}

bool execute(QSqlDatabase &database, const QString &statement, QString *error)
{
    QSqlQuery query(database);
    if (query.exec(statement))
        return true;
    *error = statement + u": "_s + query.lastError().text();
    return false;
}

} // namespace

bool PostgresBackend::isValidUrl(const QString &url, QString *error)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != u"postgres"_s && parsed.scheme() != u"postgresql"_s)) {
        *error = u"not a PostgreSQL URL (postgres://USER@HOST[:PORT]/DATABASE): %1"_s.arg(withoutPassword(url));
        return false;
    }
    const QUrlQuery query(parsed);
    if (parsed.path().size() <= 1 && !query.hasQueryItem(u"dbname"_s)) {
        *error = u"the URL names no database (postgres://USER@HOST[:PORT]/DATABASE): %1"_s.arg(withoutPassword(url));
        return false;
    }
    static const QRegularExpression keyword(u"^[a-z_]+$"_s);
    for (const auto &item : query.queryItems()) {
        if (!keyword.match(item.first).hasMatch()) {
            *error = u"not a connection parameter: %1"_s.arg(item.first);
            return false;
        }
    }
    return true;
}

QString PostgresBackend::withoutPassword(const QString &url)
{
    return QUrl(url).toDisplayString(QUrl::RemovePassword);
}

bool PostgresBackend::connect(const QString &connectionName, const QString &url, QString *error)
{
    if (!isValidUrl(url, error))
        return false;
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        *error = u"Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)"_s;
        return false;
    }
    const QUrl parsed(url);
    QSqlDatabase database = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    database.setHostName(parsed.host());
    if (parsed.port() > 0)
        database.setPort(parsed.port());
    database.setUserName(parsed.userName());
    database.setPassword(parsed.password());
    database.setDatabaseName(parsed.path().mid(1));
    // Other libpq parameters (sslmode, host for a socket directory, ...) pass through as given.
    QStringList parameters = { u"connect_timeout=10"_s, u"application_name=hookscope"_s };
    for (const auto &item : QUrlQuery(parsed).queryItems(QUrl::FullyDecoded)) {
        if (item.first == u"dbname"_s)
            database.setDatabaseName(item.second);
        else
            parameters.append(item.first + u"="_s + item.second);
    }
    database.setConnectOptions(parameters.join(u';'));
    if (database.open())
        return true;
    *error = u"cannot connect to %1: %2"_s.arg(withoutPassword(url), database.lastError().text().trimmed());
    return false;
}

bool PostgresBackend::open(const QString &connectionName, const StoreOptions &options, QString *error)
{
    if (!connect(connectionName, options.serverUrl, error))
        return false;
    QSqlDatabase database = QSqlDatabase::database(connectionName, false);
    // CREATE ... IF NOT EXISTS and the like would otherwise print notices on every start.
    if (!execute(database, u"SET client_min_messages = warning"_s, error))
        return false;
    if (options.readOnly
        && !execute(database, u"SET default_transaction_read_only = on"_s, error))
        return false;
    return true;
}

QString PostgresBackend::displayName(const StoreOptions &options) const
{
    return withoutPassword(options.serverUrl);
}

QString PostgresBackend::greatest() const
{
    return u"greatest"_s;
}

bool PostgresBackend::beginWriting(QSqlDatabase &database, QString *error)
{
    return execute(database, u"SELECT pg_advisory_xact_lock(%1)"_s.arg(kWriterLock), error);
}

bool PostgresBackend::beginSnapshot(QSqlDatabase &database)
{
    QString error;
    return execute(database, u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"_s, &error);
}

QString PostgresBackend::textIndexHead() const
{
    return u"INSERT INTO delivery_text (delivery_id, words) VALUES "_s;
}

QString PostgresBackend::textIndexRow() const
{
    return u"(?, array_to_tsvector(string_to_array(?, ' ')))"_s;
}

QVariant PostgresBackend::textIndexValue(const QString &searchableText) const
{
    const QString words = searchForms(searchableText).join(u' ');
    return words.isNull() ? QString(u""_s) : words; // a null QString would be bound as NULL
}

QString PostgresBackend::textCondition() const
{
    return u"d.id IN (SELECT delivery_id FROM delivery_text WHERE words @@ ?::tsquery)"_s;
}

QString PostgresBackend::textQuery(const QString &typed) const
{
    QStringList terms;
    for (const QString &form : searchForms(typed))
        terms.append(u"'"_s + form + u"':*"_s);
    return terms.join(u" & "_s);
}

bool PostgresBackend::unindexRemoving(QSqlDatabase &database, QString *error)
{
    return execute(database,
                   u"DELETE FROM delivery_text WHERE delivery_id IN (SELECT id FROM removing)"_s, error);
}

QString PostgresBackend::deliveriesByIdRange() const
{
    return u"deliveries"_s;
}

bool PostgresBackend::announce(QSqlDatabase &database, const QString &channel, qint64 value)
{
    QSqlQuery query(database);
    query.prepare(u"SELECT pg_notify(?, ?)"_s);
    query.addBindValue(channel);
    query.addBindValue(QString::number(value));
    return query.exec();
}

qint64 PostgresBackend::sizeOnDisk(QSqlDatabase &database)
{
    QSqlQuery query(database);
    if (!query.exec(u"SELECT pg_database_size(current_database())"_s) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace hookscope
