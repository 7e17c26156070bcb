#pragma once

#include "common/delivery.h"
#include "decode/decodedbody.h"
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
    // What the wire body is: Content-Encoding undone, media type, charset, form fields, ...
    DecodedBody decoded;
    // The JSON events were read from: the decoded body's JSON (the whole body, a form field
    // or a multipart part), or what decryption gave.
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
    // Stores what is kept of the analysis with the delivery: its classification and, for an
    // encrypted body, the decrypted one.
    void recordIn(Delivery &delivery) const;
};

} // namespace hookscope
