#include "storediagnosis.h"

#include "deliverystore.h"
#include "storeschema.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

// https://www.sqlite.org/fileformat.html#the_database_header
constexpr int kHeaderSize = 100;
constexpr char kMagic[] = "SQLite format 3";

QAtomicInt probeCounter;

// What the first page says of the file; empty when it looks whole.
QString headerProblem(const QString &path, bool *suspectTruncated)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    const qint64 size = file.size();
    if (size == 0)
        return {}; // SQLite takes an empty file for an empty database
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < kHeaderSize)
        return u"only %1 bytes, shorter than a database's header"_s.arg(size);
    if (!header.startsWith(QByteArray(kMagic, sizeof kMagic)))
        return u"not an SQLite database (its first bytes are something else)"_s;
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const quint32 rawPageSize = qFromBigEndian<quint16>(bytes + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return u"the header names an impossible page size (%1)"_s.arg(pageSize);
    // The page count is only meaningful when SQLite wrote it with the current change counter.
    *suspectTruncated = pageCount > 0 && changeCounter == validFor && size < pageSize * pageCount;
    if (*suspectTruncated)
        return u"cut short: %1 bytes of the %2 its header names"_s.arg(size).arg(pageSize * pageCount);
    return {};
}

// Opens the file read-only under a connection of its own and runs check on it.
template<typename Check>
QString withReadOnlyConnection(const QString &path, Check check)
{
    const QString name = u"hookscope-diagnosis-%1"_s.arg(probeCounter.fetchAndAddRelaxed(1));
    QString problem;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        database.setDatabaseName(path);
        database.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!database.open())
            problem = database.lastError().databaseText();
        else
            problem = check(database);
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

QString quickCheck(QSqlDatabase &database)
{
    QSqlQuery query(database);
    if (!query.exec(u"PRAGMA quick_check(1)"_s) || !query.next())
        return query.lastError().databaseText();
    const QString verdict = query.value(0).toString();
    return verdict == u"ok"_s ? QString() : verdict;
}

} // namespace

StoreDiagnosis StoreDiagnosis::of(const QString &databasePath)
{
    StoreDiagnosis diagnosis;
    diagnosis.databasePath = databasePath;
    if (!QFileInfo::exists(databasePath))
        return diagnosis;

    bool suspectTruncated = false;
    QString problem = headerProblem(databasePath, &suspectTruncated);
    if (suspectTruncated) {
        // A checkpoint writes the first page before it extends the file: let SQLite decide.
        if (withReadOnlyConnection(databasePath, quickCheck).isEmpty())
            problem.clear();
    }
    if (problem.isEmpty()) {
        problem = withReadOnlyConnection(databasePath, [&diagnosis](QSqlDatabase &database) {
            QSqlQuery query(database);
            if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
                return query.lastError().databaseText();
            diagnosis.schemaVersion = query.value(0).toInt();
            // The schema is read in full; a damaged one fails here.
            if (!query.exec(u"SELECT count(*) FROM sqlite_schema"_s) || !query.next())
                return query.lastError().databaseText();
            return QString();
        });
    }
    if (!problem.isEmpty()) {
        diagnosis.state = State::Damaged;
        diagnosis.problem = problem;
    } else if (diagnosis.schemaVersion > StoreSchema::currentVersion()) {
        diagnosis.state = State::Newer;
        diagnosis.problem = u"written by a newer Hookscope (schema %1; this one knows up to %2)"_s
                                    .arg(diagnosis.schemaVersion)
                                    .arg(StoreSchema::currentVersion());
    } else {
        return diagnosis;
    }

    StoreOptions readOnly;
    readOnly.databasePath = databasePath;
    readOnly.readOnly = true;
    DeliveryStore store;
    diagnosis.readable = store.open(readOnly) && (store.count({}), store.lastError().isEmpty());
    return diagnosis;
}

QString StoreDiagnosis::message() const
{
    QString text = u"the delivery store %1 cannot be used: %2. Nothing was changed."_s.arg(databasePath, problem);
    if (state == State::Newer)
        text += u" Open it with that Hookscope, or use another --data-dir."_s;
    else
        text += u" Use another --data-dir, or move the file aside to start a new store there."_s;
    return text;
}

} // namespace hookscope
