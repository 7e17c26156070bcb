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
    // Everything the schemas say about a place in this body (SchemaField() where nothing).
    SchemaField fieldAt(const QByteArray &body, const JsonPath &location) const;

    const ProviderDefinition *provider() const { return m_provider; }
    const QString &eventType() const { return m_eventType; }
    // The smallest value the schemas take at a place: an object of its required members (each
    // such a value), an empty array, the first enum value, "", 0 or false; null when that is
    // all that is allowed. For a field given a value where it had none.
    QByteArray skeletonAt(const QByteArray &body, const JsonPath &location) const;

    // Where the events of a batch are (SmarterPay's /events); empty for one event per body.
    const JsonPath &batchPath() const { return m_batchPath; }
    // The event type a body's batch element names, or the composer's own.
    QString eventTypeAt(const QByteArray &body, qint64 batchIndex) const;

private:
    // The schema that covers a place and the place relative to that schema's document.
    struct Placement
    {
        const QByteArray *schemaJson = nullptr;
        JsonPath path;
    };
    std::optional<Placement> placementOf(const QByteArray &body, const JsonPath &location) const;
    QString batchEventType(const QByteArray &body, qint64 index) const;
    QByteArray skeleton(const QByteArray &body, const JsonPath &location, int depth) const;

    const ProviderDefinition *m_provider;
    QString m_eventType;
    JsonPath m_batchPath;
};

} // namespace hookscope
