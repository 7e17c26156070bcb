#include "fakevalues.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

const QJsonObject &data()
{
    static const QJsonObject loaded = [] {
        QFile file(u":/resources/generator/values.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("resources/generator/values.json is not compiled in");
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return loaded;
}

// Lower-case ASCII letters and digits of a name, for the local part of an address or a domain.
QString asciiWord(const QString &text)
{
    QString folded;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c == u'ß')
            folded += u"ss"_s;
        else if (c.isLetterOrNumber() && c.unicode() < 0x80)
            folded += c.toLower();
    }
    return folded;
}

const QString kDigits = u"0123456789"_s;
const QString kUpper = u"ABCDEFGHIJKLMNOPQRSTUVWXYZ"_s;
const QString kLower = u"abcdefghijklmnopqrstuvwxyz"_s;
const QString kHex = u"0123456789abcdef"_s;

} // namespace

FakeValues::FakeValues(quint32 seed) : m_random(seed) { }

QStringList FakeValues::countries()
{
    return data().value(u"countries"_s).toObject().keys();
}

bool FakeValues::knowsCountry(const QString &code)
{
    return data().value(u"countries"_s).toObject().contains(code.toUpper());
}

QJsonObject FakeValues::countryData(const QString &country) const
{
    const QJsonObject all = data().value(u"countries"_s).toObject();
    return all.value(all.contains(country.toUpper()) ? country.toUpper() : u"GB"_s).toObject();
}

QStringList FakeValues::strings(const QJsonObject &object, const QString &key) const
{
    QStringList list;
    for (const QJsonValue &value : object.value(key).toArray())
        list.append(value.toString());
    return list.isEmpty() ? QStringList { QString() } : list;
}

int FakeValues::bounded(int lowest, int highest)
{
    return highest <= lowest ? lowest : int(m_random.bounded(lowest, highest + 1));
}

bool FakeValues::chance(int percent)
{
    return bounded(1, 100) <= percent;
}

QString FakeValues::country()
{
    return pick(countries());
}

QString FakeValues::language(const QString &country) const
{
    return countryData(country).value(u"language"_s).toString(u"en"_s);
}

FakeValues::Person FakeValues::person(const QString &country)
{
    const QJsonObject place = countryData(country);
    Person person;
    person.firstName = pick(strings(place, u"first_names"_s));
    person.lastName = pick(strings(place, u"last_names"_s));
    return person;
}

FakeValues::Company FakeValues::company(const QString &country)
{
    const QJsonObject place = countryData(country);
    const QString word = pick(strings(data(), u"company_words"_s));
    const QString trade = pick(strings(data(), u"company_trades"_s));
    Company company;
    company.name = u"%1 %2 %3"_s.arg(word, trade, pick(strings(place, u"company_suffixes"_s)));
    company.domain = asciiWord(word) + u'-' + asciiWord(trade)
            + place.value(u"web_suffix"_s).toString(u".com"_s);
    return company;
}

FakeValues::Address FakeValues::address(const QString &country)
{
    const QJsonObject place = countryData(country);
    const QJsonArray places = place.value(u"places"_s).toArray();
    const QJsonObject where = places.at(bounded(0, int(places.size()) - 1)).toObject();
    Address address;
    address.country = FakeValues::knowsCountry(country) ? country.toUpper() : u"GB"_s;
    address.houseNumber = QString::number(bounded(1, 240));
    address.line1 = place.value(u"street_form"_s).toString(u"{number} {street}"_s)
                            .replace(u"{number}"_s, address.houseNumber)
                            .replace(u"{street}"_s, pick(strings(place, u"streets"_s)));
    address.line2 = pick(strings(place, u"secondary"_s));
    address.city = where.value(u"city"_s).toString();
    address.postcode = where.value(u"postcode"_s).toString();
    address.region = where.value(u"region"_s).toString();
    return address;
}

QString FakeValues::siteName()
{
    return pick(strings(data(), u"site_names"_s));
}

QString FakeValues::personTitle()
{
    return pick(strings(data(), u"titles"_s));
}

QString FakeValues::occupation()
{
    return pick(strings(data(), u"occupations"_s));
}

QString FakeValues::fillDigits(const QString &form)
{
    QString out = form;
    for (QChar &c : out) {
        if (c == u'#')
            c = kDigits.at(bounded(0, 9));
    }
    return out;
}

QString FakeValues::phone(const QString &country)
{
    return fillDigits(pick(strings(countryData(country), u"phone"_s)));
}

QString FakeValues::email(const Person &person, const QString &country, const QString &domain)
{
    const QString host = domain.isEmpty() ? pick(strings(countryData(country), u"mail_domains"_s))
                                          : domain;
    const QString first = asciiWord(person.firstName);
    const QString last = asciiWord(person.lastName);
    QString local;
    switch (bounded(0, 2)) {
    case 0:
        local = first + u'.' + last;
        break;
    case 1:
        local = first.left(1) + u'.' + last;
        break;
    default:
        local = first + last.left(1) + QString::number(bounded(1, 99));
        break;
    }
    return local + u'@' + host;
}

QString FakeValues::vatNumber(const QString &country)
{
    return countryData(country).value(u"vat_prefix"_s).toString(u"GB"_s)
            + fillDigits(u"#########"_s);
}

QString FakeValues::uuidV4()
{
    QString text;
    for (int i = 0; i < 32; ++i) {
        int digit = bounded(0, 15);
        if (i == 12)
            digit = 4; // version
        else if (i == 16)
            digit = 8 + (digit & 3); // variant 10xx
        text += kHex.at(digit);
        if (i == 7 || i == 11 || i == 15 || i == 19)
            text += u'-';
    }
    return text;
}

bool FakeValues::looksLikeUuid(const QString &text)
{
    static const QRegularExpression pattern(
            u"^[0-9a-zA-Z]{8}-[0-9a-zA-Z]{4}-[0-9a-zA-Z]{4}-[0-9a-zA-Z]{4}-[0-9a-zA-Z]{12}$"_s);
    return pattern.match(text).hasMatch();
}

QString FakeValues::idLike(const QString &example)
{
    if (looksLikeUuid(example)) {
        const QString id = uuidV4();
        return example == example.toUpper() ? id.toUpper() : id;
    }
    // A type prefix: letters up to the last '_' or '-' that is followed by the id proper, or
    // SmarterPay's two letters and two digits before an id of upper-case letters and digits.
    static const QRegularExpression separated(u"^([A-Za-z]+[_-])+"_s);
    static const QRegularExpression vendorCode(u"^[A-Z]{2}[0-9]{2}(?=[0-9A-Z]{8,}$)"_s);
    qsizetype keep = separated.match(example).capturedLength();
    if (keep == 0)
        keep = vendorCode.match(example).capturedLength();
    const QString body = example.mid(keep);
    bool digits = false, upper = false, lower = false, nonHex = false;
    for (const QChar c : body) {
        digits |= c.isDigit();
        upper |= c.isUpper();
        lower |= c.isLower();
        nonHex |= c.isLetter() && !kHex.contains(c.toLower());
    }
    QString alphabet;
    if (lower && !upper && !nonHex)
        alphabet = kHex;
    else
        alphabet = (digits ? kDigits : QString()) + (upper ? kUpper : QString())
                + (lower ? kLower : QString());
    QString id = example.left(keep);
    for (const QChar c : body)
        id += c.isLetterOrNumber() && !alphabet.isEmpty() ? alphabet.at(bounded(0, int(alphabet.size()) - 1)) : c;
    return id;
}

QString FakeValues::digitsLike(const QString &example)
{
    QString out = example;
    for (QChar &c : out) {
        if (c.isDigit())
            c = kDigits.at(bounded(0, 9));
    }
    return out;
}

qint64 FakeValues::integerLike(qint64 example)
{
    const int digits = int(QString::number(std::abs(example)).size());
    qint64 value = bounded(1, 9);
    for (int i = 1; i < digits; ++i)
        value = value * 10 + bounded(0, 9);
    return example < 0 ? -value : value;
}

QString FakeValues::amountLike(const QString &numberText)
{
    const qsizetype dot = numberText.indexOf(u'.');
    const int decimals = dot < 0 ? 0 : int(numberText.size() - dot - 1);
    const double example = std::abs(numberText.toDouble());
    const double low = std::max(1.0, example / 4);
    const double high = std::max(low + 1, example * 4);
    const double drawn = low + (high - low) * m_random.generateDouble();
    if (decimals == 0) {
        // Whole amounts such as cents: rounded to tens like most prices.
        const qint64 whole = qint64(drawn);
        return QString::number(whole >= 100 ? whole - whole % 10 : whole);
    }
    return QString::number(drawn, 'f', decimals);
}

} // namespace hookscope
