#include "jsonbody.h"

#include "decode/jsontree.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/pointer.h>

namespace hookscope {

struct JsonBody::Parsed
{
    rapidjson::Document document;
    bool ok = false;
    std::optional<BodyParseError> strictError;
};

JsonBody::JsonBody(QByteArray bytes) : m_bytes(std::move(bytes)) { }

JsonBody::~JsonBody() = default;

const JsonBody::Parsed &JsonBody::parsed() const
{
    if (m_parsed)
        return *m_parsed;
    m_parsed = std::make_unique<Parsed>();
    rapidjson::Document &document = m_parsed->document;
    document.Parse<rapidjson::kParseIterativeFlag>(m_bytes.constData(), size_t(m_bytes.size()));
    if (!document.HasParseError()) {
        m_parsed->ok = true;
        return *m_parsed;
    }
    BodyParseError error;
    error.offset = qint64(document.GetErrorOffset());
    error.message = QString::fromUtf8(GetParseError_En(document.GetParseError()));
    const JsonTextPosition position = JsonTree::textPosition(m_bytes, error.offset);
    error.line = position.line;
    error.column = position.column;
    m_parsed->strictError = error;
    document.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseTrailingCommasFlag
                   | rapidjson::kParseCommentsFlag>(m_bytes.constData(), size_t(m_bytes.size()));
    m_parsed->ok = !document.HasParseError();
    return *m_parsed;
}

namespace {
const rapidjson::Value *lookUp(const rapidjson::Document &document, const QString &pointer)
{
    const QByteArray utf8 = pointer.toUtf8();
    const rapidjson::Pointer parsedPointer(utf8.constData(), size_t(utf8.size()));
    return parsedPointer.IsValid() ? parsedPointer.Get(document) : nullptr;
}
} // namespace

bool JsonBody::isJson() const
{
    return parsed().ok;
}

bool JsonBody::exists(const QString &pointer) const
{
    return isJson() && lookUp(parsed().document, pointer) != nullptr;
}

std::optional<QJsonValue> JsonBody::scalar(const QString &pointer) const
{
    if (!isJson())
        return std::nullopt;
    const rapidjson::Value *value = lookUp(parsed().document, pointer);
    if (!value)
        return std::nullopt;
    if (value->IsString())
        return QJsonValue(QString::fromUtf8(value->GetString(), qsizetype(value->GetStringLength())));
    if (value->IsBool())
        return QJsonValue(value->GetBool());
    if (value->IsNull())
        return QJsonValue(QJsonValue::Null);
    if (value->IsInt64())
        return QJsonValue(qint64(value->GetInt64()));
    if (value->IsNumber())
        return QJsonValue(value->GetDouble());
    return std::nullopt;
}

std::optional<QString> JsonBody::string(const QString &pointer) const
{
    const std::optional<QJsonValue> value = scalar(pointer);
    if (!value || !value->isString())
        return std::nullopt;
    return value->toString();
}

int JsonBody::arraySize(const QString &pointer) const
{
    if (!isJson())
        return -1;
    const rapidjson::Value *value = lookUp(parsed().document, pointer);
    return value && value->IsArray() ? int(value->Size()) : -1;
}

std::optional<BodyParseError> JsonBody::strictError() const
{
    return parsed().strictError;
}

} // namespace hookscope
