#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace hookscope {

// One way a JSON document fails its schema: where (RFC 6901 pointer) and why.
struct SchemaViolation
{
    QString pointer;
    QString message;

    friend bool operator==(const SchemaViolation &a, const SchemaViolation &b)
    {
        return a.pointer == b.pointer && a.message == b.message;
    }
};

// A compiled JSON Schema (draft 7), validated with valijson. Compile once, validate from any
// thread: the compiled schema is immutable.
class JsonSchema
{
public:
    JsonSchema();
    ~JsonSchema();
    JsonSchema(JsonSchema &&) noexcept;
    JsonSchema &operator=(JsonSchema &&) noexcept;

    // Null with a message when the schema itself is not valid JSON or not a usable schema.
    static std::shared_ptr<const JsonSchema> compile(const QByteArray &schemaJson, QString *errorMessage);

    // Violations of the JSON document (empty: valid). A document that is not JSON is one
    // violation at "" saying so. pointer selects a part of the document to validate.
    QList<SchemaViolation> validate(const QByteArray &documentJson, const QString &pointer = {}) const;

    class Document;
    // Parses once for several validations of its parts (events of a batch).
    static std::shared_ptr<const Document> parseDocument(const QByteArray &json, QString *errorMessage);
    QList<SchemaViolation> validate(const Document &document, const QString &pointer = {}) const;

private:
    struct Compiled;
    std::unique_ptr<Compiled> m_compiled;
};

} // namespace hookscope
