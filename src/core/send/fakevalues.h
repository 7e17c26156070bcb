#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace hookscope {

// Realistic values for made-up deliveries, drawn from a seeded source so that one seed always
// gives the same values: people, companies, addresses with real postcodes and regions per
// country, phone numbers, e-mail addresses, UUIDs, RFC 3339 times and ids shaped like a vendor's.
// The names, places and forms are data (resources/generator/values.json).
class FakeValues
{
public:
    struct Person
    {
        QString firstName;
        QString lastName;
        QString fullName() const { return firstName + u' ' + lastName; }
    };
    struct Address
    {
        QString country; // ISO 3166-1 alpha-2, upper case
        QString line1;
        QString line2;
        QString houseNumber; // the number in line1
        QString city;
        QString postcode;
        QString region;
    };
    struct Company
    {
        QString name;
        QString domain; // "kestrel-joinery.co.uk"
    };

    explicit FakeValues(quint32 seed);

    // The countries the data has places for, upper case.
    static QStringList countries();
    static bool knowsCountry(const QString &code);

    QString country(); // one of countries()
    QString language(const QString &country) const; // "en", "de", ...
    Person person(const QString &country);
    Company company(const QString &country);
    Address address(const QString &country);
    QString siteName();
    QString personTitle();
    QString occupation();
    QString phone(const QString &country);
    // first.last@domain, folded to ASCII; domain empty: a mail provider of the country.
    QString email(const Person &person, const QString &country, const QString &domain = {});
    QString vatNumber(const QString &country);
    QString uuidV4();

    static bool looksLikeUuid(const QString &text);

    // An id of the example's shape: a UUID stays a UUID (version 4); a type prefix is kept
    // ("evt_", "addr-", SmarterPay's two letters and two digits of "CA01G420EJ9D44P1VQWR"), and
    // every other character is drawn from the class the example's characters come from
    // (digits, hex, upper-case letters and digits, ...); punctuation stays where it is.
    QString idLike(const QString &example);
    // Only the digits of a reference drawn anew ("ORD-10452" -> "ORD-38271").
    QString digitsLike(const QString &example);
    // A whole number with as many digits as the example (at least one; no leading zero).
    qint64 integerLike(qint64 example);
    // An amount near the example, with as many decimals as its text has.
    QString amountLike(const QString &numberText);

    int bounded(int lowest, int highest); // inclusive
    bool chance(int percent);
    template<typename List>
    auto pick(const List &list) -> decltype(list.at(0))
    {
        return list.at(bounded(0, int(list.size()) - 1));
    }

private:
    QJsonObject countryData(const QString &country) const;
    QStringList strings(const QJsonObject &object, const QString &key) const;
    QString fillDigits(const QString &form);

    QRandomGenerator m_random;
};

} // namespace hookscope
