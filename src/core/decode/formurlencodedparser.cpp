#include "formurlencodedparser.h"

#include "common/textsyntax.h"

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

QString quotedForMessage(const QString &text)
{
    constexpr qsizetype MaxShown = 40;
    return text.size() > MaxShown ? u"\"%1...\""_s.arg(text.left(MaxShown)) : u"\"%1\""_s.arg(text);
}

} // namespace

FormUrlEncodedParser::PercentDecoded FormUrlEncodedParser::percentDecode(QByteArrayView text)
{
    PercentDecoded result;
    result.bytes.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            result.bytes.append(' ');
            continue;
        }
        if (c == '%') {
            const int high = i + 2 < text.size() ? hexDigitValue(text[i + 1]) : -1;
            const int low = i + 2 < text.size() ? hexDigitValue(text[i + 2]) : -1;
            if (high >= 0 && low >= 0) {
                result.bytes.append(char(high * 16 + low));
                i += 2;
                continue;
            }
            if (result.badEscapes++ == 0)
                result.firstBadEscape = i;
        }
        result.bytes.append(c);
    }
    return result;
}

QList<FormField> FormUrlEncodedParser::parse(const QByteArray &body, const CharsetDecoder &charset,
                                             BodyNoteList &notes, int maxFields)
{
    QList<FormField> fields;
    const QByteArrayView view(body);
    qsizetype start = 0;
    while (start <= view.size()) {
        qsizetype end = view.indexOf('&', start);
        if (end < 0)
            end = view.size();
        const QByteArrayView pair = view.sliced(start, end - start);
        const qsizetype pairStart = start;
        start = end + 1;
        if (pair.isEmpty())
            continue;
        if (fields.size() >= maxFields) {
            notes.add(
                BodyNote::Severity::Warning,
                u"The form has more than %1 fields; only the first %1 are listed."_s.arg(maxFields),
                pairStart);
            break;
        }

        FormField field;
        field.span = { pairStart, pair.size() };
        const qsizetype equals = pair.indexOf('=');
        field.rawName = (equals < 0 ? pair : pair.first(equals)).toByteArray();
        if (equals >= 0) {
            // Not null even when empty: "a=" has a value, "a" has none.
            field.rawValue = QByteArray(pair.sliced(equals + 1).data(), pair.size() - equals - 1);
        }
        const PercentDecoded name = percentDecode(field.rawName);
        const PercentDecoded value = percentDecode(field.rawValue);
        bool nameInvalid = false;
        bool valueInvalid = false;
        field.name = charset.decode(name.bytes, &nameInvalid);
        field.value = charset.decode(value.bytes, &valueInvalid);

        const int number = int(fields.size()) + 1;
        const PercentDecoded &bad = name.badEscapes > 0 ? name : value;
        if (bad.badEscapes > 0) {
            const qsizetype offset
                = pairStart + bad.firstBadEscape + (&bad == &value ? equals + 1 : 0);
            notes.addLazily(BodyNote::Severity::Warning, offset, [&] {
                const qsizetype total = name.badEscapes + value.badEscapes;
                return u"Field %1 (%2) has a bad percent-escape \"%3\" at byte %4%5; it is kept "
                       "as written."_s.arg(number)
                           .arg(quotedForMessage(field.name),
                                QString::fromLatin1(
                                    view.sliced(offset, qMin<qsizetype>(3, end - offset))))
                           .arg(offset)
                           .arg(total > 1 ? u" (and %1 more in this field)"_s.arg(total - 1)
                                          : QString());
            });
        }
        if (nameInvalid || valueInvalid) {
            notes.addLazily(BodyNote::Severity::Warning, pairStart, [&] {
                return u"Field %1 (%2) is not valid %3; invalid bytes are shown as U+FFFD."_s
                    .arg(number)
                    .arg(quotedForMessage(field.name), QString::fromLatin1(charset.name()));
            });
        }
        fields.append(std::move(field));
    }
    return fields;
}

} // namespace hookscope
