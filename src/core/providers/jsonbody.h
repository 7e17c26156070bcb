#pragma once

#include "deliveryanalysis.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <memory>
#include <optional>

namespace hookscope {

// A delivery body as a JSON document for pointer lookups (RFC 6901), parsed on first use.
// Trailing commas and comments are forgiven here; strictError() says whether they were needed.
class JsonBody
{
public:
    explicit JsonBody(QByteArray bytes);
    ~JsonBody();

    bool isJson() const;
    bool exists(const QString &pointer) const;
    // Scalars only (string, number, boolean, null); nullopt for containers or nothing there.
    std::optional<QJsonValue> scalar(const QString &pointer) const;
    std::optional<QString> string(const QString &pointer) const;
    int arraySize(const QString &pointer) const; // -1 when not an array
    // Where and why the body is not strict JSON; nullopt when it is.
    std::optional<BodyParseError> strictError() const;

private:
    struct Parsed;
    const Parsed &parsed() const;

    QByteArray m_bytes;
    mutable std::unique_ptr<Parsed> m_parsed;
};

} // namespace hookscope
