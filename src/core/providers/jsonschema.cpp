// valijson must see its RapidJSON adapter before any RapidJSON header.
#define VALIJSON_USE_EXCEPTIONS 1
#include <valijson/adapters/rapidjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "jsonschema.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/pointer.h>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

// valijson's schemas recurse into the document only as deep as the schema goes, but a
// hostile document can still be arbitrarily deep: RapidJSON's DOM parse is iterative, and we
// refuse deeper documents before validating.
constexpr int kMaxValidationDepth = 512;
constexpr unsigned kParseFlags = rapidjson::kParseIterativeFlag | rapidjson::kParseTrailingCommasFlag
        | rapidjson::kParseCommentsFlag;

int depthOf(const rapidjson::Value &root)
{
    struct Item
    {
        const rapidjson::Value *value;
        int depth;
    };
    std::vector<Item> stack { { &root, 1 } };
    int deepest = 0;
    while (!stack.empty()) {
        const Item item = stack.back();
        stack.pop_back();
        deepest = std::max(deepest, item.depth);
        if (deepest > kMaxValidationDepth)
            return deepest;
        if (item.value->IsObject()) {
            for (const auto &member : item.value->GetObject())
                stack.push_back({ &member.value, item.depth + 1 });
        } else if (item.value->IsArray()) {
            for (const auto &element : item.value->GetArray())
                stack.push_back({ &element, item.depth + 1 });
        }
    }
    return deepest;
}

// valijson context: ["<root>", "[customers]", "[0]", "[email]"] -> "/customers/0/email"
QString pointerFromContext(const std::vector<std::string> &context, const QString &base)
{
    QString pointer = base;
    for (size_t i = 1; i < context.size(); ++i) {
        QString part = QString::fromStdString(context[i]);
        if (part.startsWith(QLatin1Char('[')) && part.endsWith(QLatin1Char(']')))
            part = part.sliced(1, part.size() - 2);
        if (part.startsWith(QLatin1Char('"')) && part.endsWith(QLatin1Char('"')) && part.size() >= 2)
            part = part.sliced(1, part.size() - 2);
        part.replace(u"~"_s, u"~0"_s).replace(u"/"_s, u"~1"_s);
        pointer += QLatin1Char('/') + part;
    }
    return pointer;
}

const char *typeName(const rapidjson::Value &value)
{
    switch (value.GetType()) {
    case rapidjson::kNullType: return "null";
    case rapidjson::kFalseType:
    case rapidjson::kTrueType: return "boolean";
    case rapidjson::kObjectType: return "object";
    case rapidjson::kArrayType: return "array";
    case rapidjson::kStringType: return "string";
    case rapidjson::kNumberType: return "number";
    }
    return "value";
}

// valijson also reports every enclosing "Failed to validate against schema associated with
// property ...", "... child schema #n", "... item #n"; they only repeat a specific error at the
// same place or inside it, so they are dropped where one exists.
bool isSummary(const SchemaViolation &violation)
{
    return violation.message.startsWith(u"Failed to validate against"_s)
            || violation.message.startsWith(u"Failed to validate item #"_s);
}

bool isEnclosingSummary(const SchemaViolation &candidate, const QList<SchemaViolation> &all)
{
    if (!isSummary(candidate))
        return false;
    const QString inside = candidate.pointer + QLatin1Char('/');
    return std::any_of(all.cbegin(), all.cend(), [&](const SchemaViolation &other) {
        return !isSummary(other)
                && (other.pointer == candidate.pointer || other.pointer.startsWith(inside));
    });
}

// Strings certainly valid in a date/time format. valijson compiles its own format regex on every
// check (milliseconds in a debug build, for each date in each delivery); a "pattern" it compiles
// once. Days 29-31 are left to valijson, which knows month lengths.
const char *wellFormedPattern(const rapidjson::Value &format)
{
    if (format == "date")
        return R"(^[0-9]+-(0[1-9]|1[012])-(0[1-9]|1[0-9]|2[0-8])$)";
    if (format == "time")
        return R"(^([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$)";
    if (format == "date-time")
        return R"(^[0-9]+-(0[1-9]|1[012])-(0[1-9]|1[0-9]|2[0-8])[Tt])"
               R"(([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$)";
    return nullptr;
}

// JSON Schema applies "format" to strings only, but valijson 1.0 checks it against any value
// (a null date-time fails). Each {"format": F} becomes {"allOf": [{"if": {"type": "string",
// "not": {"pattern": WELL_FORMED}}, "then": {"format": F}}]}: only strings that are not plainly
// well formed reach valijson's format check, which then words the problem.
void applyFormatsToStringsOnly(rapidjson::Document &schema)
{
    // Find every subschema with a format first, then rewrite them deepest first: changing an
    // object only moves its own members, never those of objects found before it.
    std::vector<rapidjson::Value *> withFormat;
    std::vector<rapidjson::Value *> stack { &schema };
    while (!stack.empty()) {
        rapidjson::Value *value = stack.back();
        stack.pop_back();
        if (value->IsArray()) {
            for (auto &element : value->GetArray())
                stack.push_back(&element);
        } else if (value->IsObject()) {
            const auto format = value->FindMember("format");
            if (format != value->MemberEnd() && format->value.IsString())
                withFormat.push_back(value);
            for (auto &member : value->GetObject()) {
                if (member.name != "enum" && member.name != "const" && member.name != "examples"
                    && member.name != "default")
                    stack.push_back(&member.value);
            }
        }
    }
    auto &allocator = schema.GetAllocator();
    for (auto it = withFormat.rbegin(); it != withFormat.rend(); ++it) {
        rapidjson::Value *value = *it;
        const auto format = value->FindMember("format");
        rapidjson::Value formatValue(format->value, allocator);
        value->RemoveMember(format);
        rapidjson::Value condition(rapidjson::kObjectType);
        condition.AddMember("type", "string", allocator);
        if (const char *pattern = wellFormedPattern(formatValue)) {
            rapidjson::Value wellFormed(rapidjson::kObjectType);
            wellFormed.AddMember("pattern", rapidjson::StringRef(pattern), allocator);
            condition.AddMember("not", wellFormed, allocator);
        }
        rapidjson::Value consequence(rapidjson::kObjectType);
        consequence.AddMember("format", formatValue, allocator);
        rapidjson::Value conditional(rapidjson::kObjectType);
        conditional.AddMember("if", condition, allocator);
        conditional.AddMember("then", consequence, allocator);
        auto allOf = value->FindMember("allOf");
        if (allOf == value->MemberEnd() || !allOf->value.IsArray()) {
            value->AddMember("allOf", rapidjson::Value(rapidjson::kArrayType), allocator);
            allOf = value->FindMember("allOf");
        }
        allOf->value.PushBack(conditional, allocator);
    }
}

} // namespace

class JsonSchema::Document
{
public:
    rapidjson::Document json;
    bool tooDeep = false;
};

struct JsonSchema::Compiled
{
    rapidjson::Document source;
    valijson::Schema schema;
};

JsonSchema::JsonSchema() = default;
JsonSchema::~JsonSchema() = default;
JsonSchema::JsonSchema(JsonSchema &&) noexcept = default;
JsonSchema &JsonSchema::operator=(JsonSchema &&) noexcept = default;

std::shared_ptr<const JsonSchema> JsonSchema::compile(const QByteArray &schemaJson, QString *errorMessage)
{
    auto schema = std::make_shared<JsonSchema>();
    schema->m_compiled = std::make_unique<Compiled>();
    Compiled &compiled = *schema->m_compiled;
    compiled.source.Parse<kParseFlags>(schemaJson.constData(), size_t(schemaJson.size()));
    if (compiled.source.HasParseError()) {
        *errorMessage = u"schema is not JSON at byte %1: %2"_s.arg(compiled.source.GetErrorOffset())
                                .arg(QString::fromUtf8(GetParseError_En(compiled.source.GetParseError())));
        return nullptr;
    }
    applyFormatsToStringsOnly(compiled.source);
    try {
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        valijson::adapters::RapidJsonAdapter adapter(compiled.source);
        parser.populateSchema(adapter, compiled.schema);
    } catch (const std::exception &exception) {
        *errorMessage = u"schema cannot be used: %1"_s.arg(QString::fromUtf8(exception.what()));
        return nullptr;
    }
    return schema;
}

std::shared_ptr<const JsonSchema::Document> JsonSchema::parseDocument(const QByteArray &json,
                                                                      QString *errorMessage)
{
    auto document = std::make_shared<Document>();
    document->json.Parse<kParseFlags>(json.constData(), size_t(json.size()));
    if (document->json.HasParseError()) {
        *errorMessage = u"not JSON at byte %1: %2"_s.arg(document->json.GetErrorOffset())
                                .arg(QString::fromUtf8(GetParseError_En(document->json.GetParseError())));
        return nullptr;
    }
    document->tooDeep = depthOf(document->json) > kMaxValidationDepth;
    return document;
}

QList<SchemaViolation> JsonSchema::validate(const QByteArray &documentJson, const QString &pointer) const
{
    QString error;
    const std::shared_ptr<const Document> document = parseDocument(documentJson, &error);
    if (!document)
        return { { QString(), error } };
    return validate(*document, pointer);
}

QList<SchemaViolation> JsonSchema::validate(const Document &document, const QString &pointer) const
{
    if (document.tooDeep)
        return { { QString(), u"nested deeper than %1 levels; not validated"_s.arg(kMaxValidationDepth) } };
    const rapidjson::Value *target = &document.json;
    if (!pointer.isEmpty()) {
        const QByteArray pointerUtf8 = pointer.toUtf8();
        const rapidjson::Pointer rapidPointer(pointerUtf8.constData(), size_t(pointerUtf8.size()));
        target = rapidPointer.IsValid() ? rapidPointer.Get(document.json) : nullptr;
        if (!target)
            return { { pointer, u"no value at %1"_s.arg(pointer) } };
    }
    valijson::ValidationResults results;
    try {
        // valijson compiles each "pattern" regex on first use and keeps it in its validator, which is
        // worth keeping: compiling dominates validation. One per thread, as it is not thread-safe.
        thread_local valijson::Validator validator(valijson::Validator::kStrongTypes);
        valijson::adapters::RapidJsonAdapter adapter(*target);
        validator.validate(m_compiled->schema, adapter, &results);
    } catch (const std::exception &exception) {
        return { { pointer, u"cannot validate: %1"_s.arg(QString::fromUtf8(exception.what())) } };
    }
    QList<SchemaViolation> all;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        SchemaViolation violation { pointerFromContext(error.context, pointer),
                                    QString::fromStdString(error.description) };
        if (violation.message.startsWith(u"Value type not permitted"_s)) {
            const QByteArray at = violation.pointer.toUtf8();
            const rapidjson::Pointer valuePointer(at.constData(), size_t(at.size()));
            if (const rapidjson::Value *value = valuePointer.IsValid() ? valuePointer.Get(document.json) : nullptr)
                violation.message = u"%1 is not of a type the schema allows"_s.arg(QLatin1StringView(typeName(*value)));
        }
        if (!all.contains(violation))
            all.append(violation);
    }
    QList<SchemaViolation> violations;
    for (const SchemaViolation &violation : std::as_const(all)) {
        if (!isEnclosingSummary(violation, all))
            violations.append(violation);
    }
    return violations;
}

} // namespace hookscope
