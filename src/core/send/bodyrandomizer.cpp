#include "bodyrandomizer.h"

#include "decode/jsontree.h"
#include "editvalue.h"
#include "jsoneditor.h"
#include "providers/providerdefinition.h"
#include "timetext.h"

#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

// What a field holds, as far as its name, schema and value tell.
enum class Role {
    Keep,
    Choice, // one of the schema's enum values
    Flag,
    Email,
    Uuid,
    Time,
    Date,
    BirthDate,
    UnixTime,
    FirstName,
    LastName,
    FullName,
    Company,
    SiteName,
    Phone,
    VatNumber,
    Street,
    StreetExtra,
    HouseNumber,
    City,
    Postcode,
    Region,
    Country,
    Language,
    PersonTitle,
    Occupation,
    Handle,
    Id,
    Reference,
    Amount,
    Quantity,
};

// "billing_postal_code" -> billing, postal, code; "phoneNumber" -> phone, number; "street1" ->
// street, 1.
QStringList tokensOf(const QString &key)
{
    QStringList tokens;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty())
            tokens.append(current.toLower());
        current.clear();
    };
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        const QChar before = i > 0 ? key.at(i - 1) : QChar();
        const bool boundary = (c.isUpper() && before.isLower()) || (c.isDigit() != before.isDigit() && !current.isEmpty());
        if (boundary)
            flush();
        current += c;
    }
    flush();
    return tokens;
}

bool hasAny(const QStringList &tokens, std::initializer_list<QStringView> words)
{
    return std::any_of(words.begin(), words.end(), [&](QStringView word) {
        return tokens.contains(word.toString());
    });
}

struct Field
{
    QString key; // the member's key, or for an array element the array's
    QStringList tokens;
    QStringList siblingTokens; // of every key of the object the field is in
    JsonNodeKind kind = JsonNodeKind::Null;
    QString text;
    SchemaField schema;
};

bool isAddressContext(const Field &field)
{
    return hasAny(field.siblingTokens, { u"street", u"city", u"zip", u"postcode", u"postal", u"line" });
}

bool looksLikePersonName(const QString &text)
{
    static const QRegularExpression pattern(u"^[\\p{L} .'&-]+$"_s);
    return pattern.match(text).hasMatch();
}

Role nameRole(const Field &field)
{
    if (isAddressContext(field))
        return Role::SiteName;
    if (hasAny(field.siblingTokens, { u"tax", u"vat", u"customers", u"organisation", u"organization", u"company" }))
        return Role::Company;
    if (hasAny(field.siblingTokens, { u"email", u"phone" }) && looksLikePersonName(field.text))
        return Role::FullName;
    return Role::Keep;
}

Role stringRole(const Field &field)
{
    const QStringList &t = field.tokens;
    const QString &format = field.schema.format;
    if (format == u"email"_s || t.contains(u"email"_s))
        return Role::Email;
    if (format == u"uuid"_s || FakeValues::looksLikeUuid(field.text))
        return Role::Uuid;
    if (format == u"date-time"_s || TimeText::looksLikeTime(field.text))
        return Role::Time;
    if (format == u"date"_s || TimeText::looksLikeDate(field.text))
        return hasAny(t, { u"birth", u"birthday", u"dob" }) ? Role::BirthDate : Role::Date;
    if (t.contains(u"first"_s) && hasAny(t, { u"name", u"names" }))
        return Role::FirstName;
    if ((hasAny(t, { u"last", u"sur" }) && hasAny(t, { u"name", u"names" })) || t.contains(u"surname"_s))
        return Role::LastName;
    if (hasAny(t, { u"full", u"contact", u"customer" }) && hasAny(t, { u"name", u"names" }))
        return looksLikePersonName(field.text) ? Role::FullName : Role::Keep;
    if (t.contains(u"company"_s) || (hasAny(t, { u"account", u"organisation", u"organization", u"business" }) && t.contains(u"name"_s)))
        return Role::Company;
    if (field.key == u"name"_s)
        return nameRole(field);
    if (hasAny(t, { u"phone", u"tel", u"mobile", u"fax" }))
        return Role::Phone;
    if (t.contains(u"vat"_s) || (t.contains(u"tax"_s) && hasAny(t, { u"number", u"id" })))
        return Role::VatNumber;
    const bool second = hasAny(t, { u"2" }) || t.contains(u"co"_s);
    const bool lineLike = hasAny(t, { u"street", u"line", u"address" });
    if (lineLike && second)
        return Role::StreetExtra;
    if (lineLike && !hasAny(t, { u"3", u"4" }) && field.key != u"address"_s)
        return Role::Street;
    if (t.contains(u"house"_s) && t.contains(u"number"_s))
        return Role::HouseNumber;
    if (hasAny(t, { u"city", u"town" }))
        return Role::City;
    if (hasAny(t, { u"postcode", u"zip" }) || (t.contains(u"postal"_s) && t.contains(u"code"_s)))
        return Role::Postcode;
    if (hasAny(t, { u"state", u"province", u"county", u"region" }) && isAddressContext(field))
        return Role::Region;
    if (t.contains(u"country"_s) && field.text.size() == 2)
        return Role::Country;
    if (hasAny(t, { u"language", u"lang" }) && field.text.size() == 2)
        return Role::Language;
    if (field.key == u"title"_s && QStringList { u"Mr"_s, u"Mrs"_s, u"Ms"_s, u"Miss"_s, u"Dr"_s, u"Mx"_s }.contains(field.text))
        return Role::PersonTitle;
    if (t.contains(u"occupation"_s))
        return Role::Occupation;
    if (field.key == u"username"_s || field.key == u"login"_s)
        return Role::Handle;
    if (hasAny(t, { u"id", u"ids", u"sha" }) || field.key == u"idempotency_key"_s)
        return Role::Id;
    if (hasAny(t, { u"ref", u"reference", u"number" }))
        return Role::Reference;
    return Role::Keep;
}

Role numberRole(const Field &field)
{
    const QStringList &t = field.tokens;
    const double value = field.text.toDouble();
    const bool integer = !field.text.contains(u'.') && !field.text.contains(u'e', Qt::CaseInsensitive);
    if (integer && value >= 1e9 && value < 4e9
        && hasAny(t, { u"created", u"updated", u"timestamp", u"at", u"start", u"end", u"expires", u"time" }))
        return Role::UnixTime;
    if (integer && hasAny(t, { u"id", u"ids" }))
        return Role::Id;
    if (hasAny(t, { u"amount", u"total", u"subtotal", u"price", u"cost", u"balance", u"fee", u"tax" }))
        return Role::Amount;
    if (integer && hasAny(t, { u"quantity", u"qty" }))
        return Role::Quantity;
    return Role::Keep;
}

Role roleOf(const Field &field)
{
    if (field.schema.enumValues.size() > 1)
        return Role::Choice;
    if (field.schema.enumValues.size() == 1)
        return Role::Keep; // a constant
    switch (field.kind) {
    case JsonNodeKind::String:
        return stringRole(field);
    case JsonNodeKind::Number:
        return numberRole(field);
    case JsonNodeKind::Bool:
        return field.tokens.value(0) == u"is"_s || field.key == u"residential"_s ? Role::Flag : Role::Keep;
    default:
        return Role::Keep;
    }
}

// Keeps whatever an event shares: its country, company and clock.
struct EventScope
{
    QString country;
    std::optional<FakeValues::Company> company;
    QDateTime clock;
};

// Keeps whatever an object's fields share: one person, and one address per kind of address
// ("billing_..." and "delivery_..." fields of one record are two addresses).
struct ObjectScope
{
    std::optional<FakeValues::Person> person;
    std::map<QString, FakeValues::Address> addresses;
    QHash<QString, QString> countries; // known country codes of the object, by address kind
    QString country; // of the object's first known country field, else of its event
};

// "billing" of billing_city, "" of city: which of an object's addresses a field is part of.
QString addressKind(const QStringList &tokens)
{
    static const QStringList kinds = { u"billing"_s, u"delivery"_s, u"shipping"_s, u"postal"_s, u"home"_s, u"work"_s };
    const QString first = tokens.value(0);
    return tokens.size() > 1 && kinds.contains(first) && !(first == u"postal"_s && tokens.value(1) == u"code"_s)
            ? first
            : QString();
}

class Run
{
public:
    Run(const BodyComposer &composer, FakeValues &values, const QDateTime &now,
        const JsonTree &tree, const QSet<QString> &pinned)
        : m_composer(composer), m_values(values), m_now(now), m_tree(tree), m_pinned(pinned)
    {
    }

    BodyRandomizer::Result run()
    {
        findEventTypeFields();
        findKeptValues();
        std::map<qint64, std::pair<qint64, QByteArray>> replacements; // offset -> (length, text)
        for (int node = 0; node < m_tree.nodeCount(); ++node) {
            const JsonNodeKind kind = m_tree.kind(node);
            if (kind == JsonNodeKind::Object || kind == JsonNodeKind::Array || kind == JsonNodeKind::Null)
                continue;
            const QString pointer = m_tree.jsonPointer(node);
            if (isPinned(pointer) || m_eventTypeFields.contains(pointer))
                continue;
            const std::optional<QByteArray> value = generate(node);
            const JsonSpan span = m_tree.valueSpan(node);
            if (value && *value != m_tree.source().mid(span.offset, span.length))
                replacements[span.offset] = { span.length, *value };
        }
        BodyRandomizer::Result result;
        result.body = m_tree.source();
        for (auto it = replacements.rbegin(); it != replacements.rend(); ++it)
            result.body.replace(it->first, it->second.first, it->second.second);
        result.changed = int(replacements.size());
        return result;
    }

private:
    bool isPinned(const QString &pointer) const
    {
        for (const QString &pin : m_pinned) {
            if (pointer == pin || pin.isEmpty() || pointer.startsWith(pin + u'/'))
                return true;
        }
        return false;
    }

    // What pinned fields hold: an id that is also in a kept part of the body refers to it
    // (a new event's client.id to the envelope's), so it stays.
    void findKeptValues()
    {
        for (int node = 0; node < m_tree.nodeCount(); ++node) {
            const JsonNodeKind kind = m_tree.kind(node);
            if ((kind == JsonNodeKind::String || kind == JsonNodeKind::Number) && isPinned(m_tree.jsonPointer(node)))
                m_keptValues.insert(m_tree.source().mid(m_tree.valueSpan(node).offset, m_tree.valueSpan(node).length));
        }
    }

    void findEventTypeFields()
    {
        const ProviderDefinition *provider = m_composer.provider();
        if (!provider || provider->events.typePointer.isEmpty())
            return;
        const int batch = batchNode();
        if (batch < 0) {
            m_eventTypeFields.insert(provider->events.typePointer);
            return;
        }
        for (int row = 0; row < m_tree.childCount(batch); ++row)
            m_eventTypeFields.insert(m_tree.jsonPointer(m_tree.child(batch, row))
                                     + provider->events.typePointer);
    }

    int batchNode() const
    {
        if (m_composer.batchPath().isEmpty())
            return -1;
        const int node = JsonEditor::nodeAt(m_tree, m_composer.batchPath());
        return node >= 0 && m_tree.kind(node) == JsonNodeKind::Array ? node : -1;
    }

    // The node that starts the field's event: a batch element, else the root.
    int eventNodeOf(int node) const
    {
        const int batch = batchNode();
        for (int at = node; at >= 0; at = m_tree.parent(at)) {
            if (m_tree.parent(at) == batch && batch >= 0)
                return at;
        }
        return JsonTree::RootNode;
    }

    EventScope &eventScope(int eventNode)
    {
        auto found = m_events.find(eventNode);
        if (found != m_events.end())
            return found->second;
        EventScope scope;
        scope.country = knownCountryBelow(eventNode);
        if (scope.country.isEmpty())
            scope.country = m_values.country();
        scope.clock = m_now.addDays(-m_values.bounded(1, 60)).addSecs(-m_values.bounded(0, 86399));
        return m_events.emplace(eventNode, scope).first->second;
    }

    QString knownCountryBelow(int container) const
    {
        const JsonSpan span = m_tree.valueSpan(container);
        for (int node = container; node < m_tree.nodeCount(); ++node) {
            if (!span.contains(m_tree.valueSpan(node).offset))
                break;
            if (m_tree.kind(node) == JsonNodeKind::String && tokensOf(m_tree.key(node)).contains(u"country"_s)
                && FakeValues::knowsCountry(m_tree.scalarText(node)))
                return m_tree.scalarText(node).toUpper();
        }
        return {};
    }

    ObjectScope &objectScope(int object, const EventScope &event)
    {
        auto found = m_objects.find(object);
        if (found != m_objects.end())
            return found->second;
        ObjectScope scope;
        for (int row = 0; row < m_tree.childCount(object); ++row) {
            const int child = m_tree.child(object, row);
            const QStringList tokens = tokensOf(m_tree.key(child));
            if (m_tree.kind(child) != JsonNodeKind::String || !tokens.contains(u"country"_s)
                || !FakeValues::knowsCountry(m_tree.scalarText(child)))
                continue;
            const QString code = m_tree.scalarText(child).toUpper();
            if (!scope.countries.contains(addressKind(tokens)))
                scope.countries.insert(addressKind(tokens), code);
            if (scope.country.isEmpty())
                scope.country = code;
        }
        if (scope.country.isEmpty())
            scope.country = event.country;
        return m_objects.emplace(object, scope).first->second;
    }

    Field fieldOf(int node) const
    {
        Field field;
        const int parent = m_tree.parent(node);
        field.key = m_tree.key(node);
        int object = parent;
        if (parent >= 0 && m_tree.kind(parent) == JsonNodeKind::Array) {
            field.key = m_tree.key(parent);
            object = m_tree.parent(parent);
        }
        field.tokens = tokensOf(field.key);
        if (object >= 0 && m_tree.kind(object) == JsonNodeKind::Object) {
            for (int row = 0; row < m_tree.childCount(object); ++row)
                field.siblingTokens += tokensOf(m_tree.key(m_tree.child(object, row)));
        }
        field.kind = m_tree.kind(node);
        field.text = m_tree.scalarText(node);
        field.schema = m_composer.fieldAt(m_tree.source(), JsonEditor::pathOf(m_tree, node));
        return field;
    }

    std::optional<QByteArray> generate(int node)
    {
        const Field field = fieldOf(node);
        const Role role = roleOf(field);
        if (role == Role::Keep)
            return std::nullopt;
        const int parent = m_tree.parent(node);
        const int object = parent >= 0 && m_tree.kind(parent) == JsonNodeKind::Array ? m_tree.parent(parent) : parent;
        const int eventNode = eventNodeOf(node);
        EventScope &event = eventScope(eventNode);
        ObjectScope &scope = objectScope(object < 0 ? JsonTree::RootNode : object, event);
        // A value the schema refuses is drawn again a few times, then the field is kept.
        for (int attempt = 0; attempt < 8; ++attempt) {
            const std::optional<QByteArray> json = valueFor(role, field, node, eventNode, event, scope);
            if (!json)
                return std::nullopt;
            if (fits(*json, field.schema))
                return json;
        }
        return std::nullopt;
    }

    static bool fits(const QByteArray &json, const SchemaField &schema)
    {
        const JsonTree value = JsonTree::parse(json, JsonParseMode::Strict);
        if (!value.isValid())
            return false;
        const JsonNodeKind kind = value.kind(JsonTree::RootNode);
        const JsonTypes types = schema.types;
        const bool typeFits = (kind == JsonNodeKind::String && (types & JsonType::String))
                || (kind == JsonNodeKind::Bool && (types & JsonType::Boolean))
                || (kind == JsonNodeKind::Number && (types & (JsonType::Number | JsonType::Integer)));
        if (!typeFits)
            return false;
        if (kind == JsonNodeKind::String && !schema.pattern.isEmpty()) {
            const QRegularExpression pattern(schema.pattern);
            if (pattern.isValid() && !pattern.match(value.scalarText(JsonTree::RootNode)).hasMatch())
                return false;
        }
        return true;
    }

    QByteArray text(const QString &value) const { return jsonStringLiteral(value); }

    // Ids and references map one old value to one new value, so that what refers to a record
    // (a client id in the envelope and in each event) keeps referring to it. An event's own
    // top-level id is new per event, so a duplicated event becomes an event of its own.
    QByteArray mapped(const QString &key, const QByteArray &original, const std::function<QByteArray()> &draw)
    {
        auto found = m_mapped.constFind(key + u'\n' + QString::fromUtf8(original));
        if (found != m_mapped.cend())
            return *found;
        const QByteArray drawn = draw();
        m_mapped.insert(key + u'\n' + QString::fromUtf8(original), drawn);
        return drawn;
    }

    FakeValues::Person &person(ObjectScope &scope)
    {
        if (!scope.person)
            scope.person = m_values.person(scope.country);
        return *scope.person;
    }

    FakeValues::Address &address(ObjectScope &scope, const Field &field)
    {
        const QString kind = addressKind(field.tokens);
        auto found = scope.addresses.find(kind);
        if (found == scope.addresses.end())
            found = scope.addresses.emplace(kind, m_values.address(scope.countries.value(kind, scope.country))).first;
        return found->second;
    }

    FakeValues::Company &company(EventScope &event)
    {
        if (!event.company)
            event.company = m_values.company(event.country);
        return *event.company;
    }

    QString emailFor(const Field &field, ObjectScope &scope, EventScope &event)
    {
        if (hasAny(field.tokens, { u"invoice", u"billing", u"accounts" }))
            return u"%1@%2"_s.arg(m_values.pick(QStringList { u"billing"_s, u"accounts"_s, u"invoices"_s }), company(event).domain);
        const bool personal = hasAny(field.siblingTokens, { u"first", u"last", u"full", u"surname" })
                || hasAny(field.tokens, { u"customer", u"receipt", u"user" })
                || (field.siblingTokens.contains(u"name"_s) && !isAddressContext(field));
        if (personal)
            return m_values.email(person(scope), scope.country,
                                  m_values.chance(50) ? company(event).domain : QString());
        return u"%1@%2"_s.arg(m_values.pick(QStringList { u"info"_s, u"contact"_s, u"hello"_s, u"office"_s }), company(event).domain);
    }

    std::optional<QByteArray> valueFor(Role role, const Field &field, int node, int eventNode,
                                       EventScope &event, ObjectScope &scope)
    {
        switch (role) {
        case Role::Keep:
            return std::nullopt;
        case Role::Choice:
            return QJsonDocument(QJsonArray { m_values.pick(field.schema.enumValues) })
                    .toJson(QJsonDocument::Compact).chopped(1).mid(1);
        case Role::Flag:
            return m_values.chance(50) ? QByteArray("true") : QByteArray("false");
        case Role::Email:
            return text(emailFor(field, scope, event));
        case Role::Uuid:
            return mappedId(field, node, eventNode, [&] {
                return text(FakeValues::looksLikeUuid(field.text) ? m_values.idLike(field.text)
                                                                  : m_values.uuidV4());
            });
        case Role::Time:
            event.clock = event.clock.addSecs(m_values.bounded(20, 5400));
            return text(TimeText::format(event.clock, field.text));
        case Role::Date:
            return text(event.clock.date().toString(Qt::ISODate));
        case Role::BirthDate:
            return text(m_now.date().addYears(-m_values.bounded(18, 80)).addDays(-m_values.bounded(0, 364)).toString(Qt::ISODate));
        case Role::UnixTime:
            event.clock = event.clock.addSecs(m_values.bounded(1, 300));
            return QByteArray::number(event.clock.toSecsSinceEpoch());
        case Role::FirstName:
            return text(person(scope).firstName);
        case Role::LastName:
            return text(person(scope).lastName);
        case Role::FullName:
            return text(person(scope).fullName());
        case Role::Company:
            return text(company(event).name);
        case Role::SiteName:
            return text(m_values.siteName());
        case Role::Phone:
            return text(m_values.phone(scope.country));
        case Role::VatNumber:
            return text(m_values.vatNumber(scope.country));
        case Role::Street:
            return text(address(scope, field).line1);
        case Role::StreetExtra:
            return text(address(scope, field).line2);
        case Role::HouseNumber:
            return text(address(scope, field).houseNumber);
        case Role::City:
            return text(address(scope, field).city);
        case Role::Postcode:
            return text(address(scope, field).postcode);
        case Role::Region:
            return text(address(scope, field).region);
        case Role::Country: {
            const QString code = address(scope, field).country;
            return text(field.text == field.text.toLower() ? code.toLower() : code);
        }
        case Role::Language:
            return text(m_values.language(scope.country));
        case Role::PersonTitle:
            return text(m_values.personTitle());
        case Role::Occupation:
            return text(m_values.occupation());
        case Role::Handle: {
            const FakeValues::Person &who = person(scope);
            return text(m_values.email(who, scope.country, u"x"_s).section(u'@', 0, 0).replace(u'.', u'-'));
        }
        case Role::Id:
            if (field.kind == JsonNodeKind::Number)
                return mappedId(field, node, eventNode, [&] { return QByteArray::number(m_values.integerLike(field.text.toLongLong())); });
            return mappedId(field, node, eventNode, [&] { return text(m_values.idLike(field.text)); });
        case Role::Reference:
            return mappedId(field, node, eventNode, [&] { return text(m_values.digitsLike(field.text)); });
        case Role::Amount:
            return m_values.amountLike(field.text).toUtf8();
        case Role::Quantity:
            return QByteArray::number(m_values.bounded(1, std::max(10, int(field.text.toLongLong()) * 3)));
        }
        return std::nullopt;
    }

    QByteArray mappedId(const Field &field, int node, int eventNode, const std::function<QByteArray()> &draw)
    {
        const JsonSpan span = m_tree.valueSpan(node);
        const QByteArray original = m_tree.source().mid(span.offset, span.length);
        const bool ownId = m_tree.parent(node) == eventNode && eventNode != JsonTree::RootNode;
        if (!ownId && m_keptValues.contains(original))
            return original;
        const QString scope = ownId ? u"event %1 %2"_s.arg(eventNode).arg(field.key) : QString();
        // A redraw after the schema refused a value must not get the refused one back.
        if (m_redrawn.contains(node))
            return draw();
        m_redrawn.insert(node);
        return mapped(scope, original, draw);
    }

    const BodyComposer &m_composer;
    FakeValues &m_values;
    const QDateTime m_now;
    const JsonTree &m_tree;
    const QSet<QString> &m_pinned;
    QSet<QString> m_eventTypeFields;
    QSet<QByteArray> m_keptValues;
    std::map<int, EventScope> m_events;
    std::map<int, ObjectScope> m_objects;
    QHash<QString, QByteArray> m_mapped;
    QSet<int> m_redrawn;
};

} // namespace

BodyRandomizer::BodyRandomizer(const BodyComposer &composer, quint32 seed, QDateTime now)
    : m_composer(composer), m_values(seed), m_now(std::move(now))
{
}

std::optional<BodyRandomizer::Result> BodyRandomizer::randomize(const QByteArray &body,
                                                                const QSet<QString> &pinned,
                                                                QString *error)
{
    const JsonTree tree = JsonTree::parse(body, JsonParseMode::Strict);
    if (!tree.isValid()) {
        const JsonParseError problem = tree.error();
        *error = u"the body is not JSON (line %1, column %2: %3)"_s.arg(problem.line)
                         .arg(problem.column)
                         .arg(problem.message);
        return std::nullopt;
    }
    return Run(m_composer, m_values, m_now, tree, pinned).run();
}

} // namespace hookscope
