#pragma once

#include "bodyedit.h"
#include "schematypelookup.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace hookscope {

struct ProviderDefinition;

// Builds a delivery body from a sample (or any JSON) and --set edits, typing each value by the
// JSON Schema at its place: the event type's schema for the body, or for each element of a
// batch (SmarterPay's /events/N, typed by that element's own event type when it names a known
// one), and the provider's envelope schema elsewhere in a batch. See JsonEditor for how the
// bytes are kept.
class BodyComposer
{
public:
    // provider may be null and eventType empty: values are then inferred, not typed.
    BodyComposer(const ProviderDefinition *provider, QString eventType);

    // The edits applied in order. Without edits the body is returned unchanged, whatever it is.
    // Errors are sentences starting with "--set PATH:".
    std::optional<QByteArray> compose(const QByteArray &body, const QList<BodyEdit> &edits,
                                      QString *error) const;

    // What the schemas allow at a place in this body (kAnyJsonType where nothing is known).
    JsonTypes typesAt(const QByteArray &body, const JsonPath &location) const;

private:
    QString batchEventType(const QByteArray &body, qint64 index) const;

    const ProviderDefinition *m_provider;
    QString m_eventType;
    JsonPath m_batchPath;
};

} // namespace hookscope
