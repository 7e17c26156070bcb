#pragma once

#include "common/httpheaders.h"
#include "jsonschema.h"
#include "signing/phasiocipher.h"
#include "signing/signatureschemefactory.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace hookscope {

// One condition of a detection rule (docs/provider-format.md).
struct DetectionCondition
{
    enum class Kind { Header, HeaderEquals, PathPrefix, ContentType, JsonExists, JsonEquals };
    Kind kind = Kind::Header;
    QString name;               // header name, or JSON pointer
    QJsonValue value;           // expected value (HeaderEquals: string)
    QRegularExpression pattern; // instead of value when valid
};

struct DetectionRule
{
    QList<DetectionCondition> conditions;
};

struct EventsLayout
{
    QString batchPointer;
    QString typePointer;
    QString typeHeader;
    bool typeFromEndpoint = false;
};

struct EncryptionSettings
{
    QString scheme; // "phasio-aes-256-gcm"
    int nonceLength = 12;
    int tagLength = 16;
    QString order = QStringLiteral("nonce|ciphertext|tag");
    bool paddedBase64 = true;

    PhasioLayout phasioLayout() const;
};

struct EventTypeDefinition
{
    QString id;
    QString title;
    QString description;
    QByteArray schemaJson;
    std::shared_ptr<const JsonSchema> schema;
};

struct SignatureSettings
{
    QString scheme = QStringLiteral("none");
    QJsonObject options; // scheme-specific fields as written in the file

    // The options the file's fields set (header, prefix, algorithm, encoding, ...).
    SignatureSchemeOptions schemeOptions() const;
};

struct ResponseSettings
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body = "{\"received\":true}\n";
    HttpHeaderList headers;
    int onInvalidSignature = 0; // 0: answer as usual
    int onUnknownEventType = 0;
};

struct RetryPolicy
{
    int attempts = 0;
    int timeoutSeconds = 0;
    QString notes;
};

struct RequestTemplate
{
    QByteArray method = "POST";
    QByteArray contentType = "application/json";
    HttpHeaderList headers;
};

// A vendor as described by its provider file.
struct ProviderDefinition
{
    QString id;
    QString name;
    QString description;
    QString docsUrl;
    QList<DetectionRule> detection;
    std::optional<EncryptionSettings> encryption;
    EventsLayout events;
    QByteArray envelopeSchemaJson;
    std::shared_ptr<const JsonSchema> envelopeSchema;
    QList<EventTypeDefinition> eventTypes;
    SignatureSettings signature;
    ResponseSettings response;
    RetryPolicy retry;
    RequestTemplate request;
    QStringList notes;
    QString origin; // file it came from

    const EventTypeDefinition *eventType(const QString &typeId) const;

    // Reads a provider file that already passed provider.schema.json; compiles its schemas.
    static std::optional<ProviderDefinition> fromJson(const QJsonObject &object, QString *errorMessage);
};

} // namespace hookscope
