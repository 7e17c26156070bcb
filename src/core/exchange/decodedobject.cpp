#include "decodedobject.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace hookscope {

QJsonObject decodedObject(const Delivery &delivery)
{
    const DeliveryClassification &classification = delivery.classification;
    QJsonArray events;
    for (qsizetype index = 0; index < classification.eventTypes.size(); ++index) {
        events.append(QJsonObject {
                { u"event_type"_s, classification.eventTypes.at(index) },
                { u"index"_s, index },
                { u"schema_errors"_s, QJsonArray() },
        });
    }
    auto orNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    return QJsonObject {
        { u"provider"_s, orNull(classification.provider) },
        { u"endpoint"_s, orNull(classification.endpoint) },
        { u"events"_s, events },
        { u"signature"_s, classification.signature },
        { u"parse_error"_s, QJsonValue() },
    };
}

} // namespace hookscope
