#include "sendhistory.h"

#include <QDir>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

QString encoded(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.left(SendHistory::MaxKeptBody).toBase64());
}

QByteArray decoded(const QJsonValue &value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

QJsonObject entryToJson(const SentDelivery &entry)
{
    const HttpExchange &response = entry.response;
    return QJsonObject {
        { u"sent_at"_s, entry.sentAt.toString(Qt::ISODateWithMs) },
        { u"draft"_s, entry.draft.toJson() },
        { u"request"_s,
          QJsonObject { { u"method"_s, QString::fromLatin1(entry.request.method) },
                        { u"url"_s, entry.request.url.toString() },
                        { u"headers"_s, headersToJson(entry.request.headers) },
                        { u"body_base64"_s, encoded(entry.request.body) },
                        { u"body_size"_s, entry.request.body.size() } } },
        { u"response"_s,
          QJsonObject { { u"failure"_s, int(response.failure) },
                        { u"error"_s, response.error },
                        { u"http_version"_s, QString::fromLatin1(response.httpVersion) },
                        { u"status"_s, response.status },
                        { u"reason"_s, QString::fromUtf8(response.reasonPhrase) },
                        { u"headers"_s, headersToJson(response.headers) },
                        { u"body_base64"_s, encoded(response.body) },
                        { u"body_size"_s, response.body.size() },
                        { u"elapsed_ns"_s, double(response.elapsedNs) } } },
        { u"count"_s, entry.count },
        { u"summary"_s, QString::fromUtf8(entry.summary) },
        { u"cancelled"_s, entry.cancelled },
    };
}

std::optional<SentDelivery> entryFromJson(const QJsonObject &object)
{
    const std::optional<ComposerDraft> draft = ComposerDraft::fromJson(object.value(u"draft"_s).toObject());
    if (!draft)
        return std::nullopt;
    SentDelivery entry;
    entry.sentAt = QDateTime::fromString(object.value(u"sent_at"_s).toString(), Qt::ISODateWithMs);
    entry.draft = *draft;
    const QJsonObject request = object.value(u"request"_s).toObject();
    entry.request.method = request.value(u"method"_s).toString().toLatin1();
    entry.request.url = QUrl(request.value(u"url"_s).toString());
    entry.request.headers = headersFromJson(request.value(u"headers"_s).toArray());
    entry.request.body = decoded(request.value(u"body_base64"_s));
    const QJsonObject response = object.value(u"response"_s).toObject();
    HttpExchange &exchange = entry.response;
    const int failure = response.value(u"failure"_s).toInt();
    exchange.failure = failure >= 0 && failure <= int(HttpExchange::Failure::Other)
            ? HttpExchange::Failure(failure)
            : HttpExchange::Failure::Other;
    exchange.error = response.value(u"error"_s).toString();
    exchange.httpVersion = response.value(u"http_version"_s).toString(u"HTTP/1.1"_s).toLatin1();
    exchange.status = response.value(u"status"_s).toInt();
    exchange.reasonPhrase = response.value(u"reason"_s).toString().toUtf8();
    exchange.headers = headersFromJson(response.value(u"headers"_s).toArray());
    exchange.body = decoded(response.value(u"body_base64"_s));
    exchange.elapsedNs = qint64(response.value(u"elapsed_ns"_s).toDouble());
    entry.count = qMax(1, object.value(u"count"_s).toInt(1));
    entry.summary = object.value(u"summary"_s).toString().toUtf8();
    entry.cancelled = object.value(u"cancelled"_s).toBool();
    return entry;
}

} // namespace

SendHistory::SendHistory(const QString &dataDirectory, int limit)
    : m_file(QDir(dataDirectory).filePath(u"send-history.json"_s)), m_limit(qMax(1, limit))
{
}

bool SendHistory::load(QString *problem)
{
    m_entries.clear();
    QString unreadable;
    const QJsonObject root = m_file.read(&unreadable);
    for (const QJsonValue &value : root.value(u"sends"_s).toArray()) {
        if (m_entries.size() >= m_limit)
            break;
        if (const std::optional<SentDelivery> entry = entryFromJson(value.toObject()))
            m_entries.append(*entry);
    }
    if (!unreadable.isEmpty())
        *problem = unreadable;
    return unreadable.isEmpty();
}

bool SendHistory::add(const SentDelivery &entry, QString *error)
{
    m_entries.prepend(entry);
    while (m_entries.size() > m_limit)
        m_entries.removeLast();
    return write(error);
}

bool SendHistory::clear(QString *error)
{
    m_entries.clear();
    return write(error);
}

bool SendHistory::write(QString *error)
{
    QJsonArray array;
    for (const SentDelivery &entry : std::as_const(m_entries))
        array.append(entryToJson(entry));
    return m_file.write(QJsonObject { { u"format"_s, 1 }, { u"sends"_s, array } }, error);
}

} // namespace hookscope
