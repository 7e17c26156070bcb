#pragma once

#include "jsonschema.h"
#include "signing/signatureverdict.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace hookscope {

struct ProviderDefinition;

struct EventAnalysis
{
    int index = 0;
    QString pointer; // the event inside the analyzed body: "" (the whole body) or "/events/2"
    QString type;    // empty when the delivery does not tell
    bool knownType = false;
    QList<SchemaViolation> violations; // filled by DeliveryAnalyzer::validate()
};

struct BodyParseError
{
    qint64 offset = -1;
    int line = 0;
    int column = 0;
    QString message;
};

// What Hookscope makes of one delivery: who sent it, what it says, whether it is genuine.
struct DeliveryAnalysis
{
    QString endpoint;
    QString providerId;
    const ProviderDefinition *provider = nullptr; // valid while the analyzer's catalog lives
    // The body events were read from: the wire body, or what decryption gave.
    QByteArray body;
    bool decrypted = false;
    QString decryptionError;
    std::optional<BodyParseError> parseError; // the body is not (strict) JSON
    QList<EventAnalysis> events;
    SignatureVerdict signature;
    QList<SchemaViolation> envelopeViolations;
    bool validated = false;

    QStringList eventTypes() const;
    bool hasUnknownEventType() const;
};

} // namespace hookscope
