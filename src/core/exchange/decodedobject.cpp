#include "decodedobject.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonArray violationsArray(const QList<SchemaViolation> &violations)
{
    QJsonArray array;
    for (const SchemaViolation &violation : violations)
        array.append(QJsonObject { { u"pointer"_s, violation.pointer }, { u"message"_s, violation.message } });
    return array;
}

} // namespace

QJsonObject decodedObject(const DeliveryAnalysis &analysis)
{
    QJsonArray events;
    for (const EventAnalysis &event : analysis.events) {
        events.append(QJsonObject {
                { u"event_type"_s, orNull(event.type) },
                { u"index"_s, event.index },
                { u"pointer"_s, event.pointer },
                { u"known_type"_s, event.knownType },
                { u"schema_errors"_s, violationsArray(event.violations) },
        });
    }
    QJsonValue parseError;
    if (analysis.parseError) {
        parseError = QJsonObject { { u"offset"_s, analysis.parseError->offset },
                                   { u"line"_s, analysis.parseError->line },
                                   { u"column"_s, analysis.parseError->column },
                                   { u"message"_s, analysis.parseError->message } };
    }
    QJsonObject decoded {
        { u"provider"_s, orNull(analysis.providerId) },
        { u"endpoint"_s, orNull(analysis.endpoint) },
        { u"events"_s, events },
        { u"signature"_s, signatureStatusName(analysis.signature.status) },
        { u"signature_reason"_s, orNull(analysis.signature.reason) },
        { u"parse_error"_s, parseError },
    };
    if (!analysis.envelopeViolations.isEmpty())
        decoded.insert(u"envelope_errors"_s, violationsArray(analysis.envelopeViolations));
    if (analysis.decrypted)
        decoded.insert(u"decrypted_body"_s, QString::fromUtf8(analysis.body));
    if (!analysis.decryptionError.isEmpty())
        decoded.insert(u"decryption_error"_s, analysis.decryptionError);
    return decoded;
}

} // namespace hookscope
