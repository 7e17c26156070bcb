#include "charsetdecoder.h"

#include <QStringEncoder>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

constexpr qsizetype MaxCharsetNameLength = 64;

qsizetype lengthOfByteOrderMark(QStringConverter::Encoding encoding)
{
    switch (encoding) {
    case QStringConverter::Utf8:
        return 3;
    case QStringConverter::Utf16:
    case QStringConverter::Utf16LE:
    case QStringConverter::Utf16BE:
        return 2;
    case QStringConverter::Utf32:
    case QStringConverter::Utf32LE:
    case QStringConverter::Utf32BE:
        return 4;
    default:
        return 0;
    }
}

bool isPlausibleCharsetName(QByteArrayView name)
{
    if (name.isEmpty() || name.size() > MaxCharsetNameLength)
        return false;
    for (char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_' || c == '.' || c == ':' || c == '+';
        if (!ok)
            return false;
    }
    return true;
}

// Qt's name for a charset it can decode, or a null QByteArray. "System"/"locale" are refused: a
// header must not make the text depend on the machine that displays it.
QByteArray supportedCharsetName(QByteArrayView declared)
{
    if (!isPlausibleCharsetName(declared))
        return {};
    const QByteArray name = declared.toByteArray();
    if (QStringConverter::encodingForName(name.constData()) == QStringConverter::System)
        return {};
    const QStringDecoder decoder(name.constData());
    if (!decoder.isValid())
        return {};
    const QByteArray qtName(decoder.name());
    // RFC 2781: UTF-16 without a byte order mark is big-endian (Qt would assume the host order).
    if (qtName == "UTF-16")
        return "UTF-16BE";
    if (qtName == "UTF-32")
        return "UTF-32BE";
    return qtName;
}

// "UTF-16" for "UTF-16LE": a declared UTF-16 agrees with either byte order mark.
QByteArrayView withoutByteOrder(QByteArrayView name)
{
    return name.endsWith("LE") || name.endsWith("BE") ? name.chopped(2) : name;
}

} // namespace

CharsetDecoder::CharsetDecoder(QByteArrayView body, QByteArrayView declaredCharset,
                               BodyNoteList &notes)
{
    const QString declared = QString::fromLatin1(
        declaredCharset.first(qMin(declaredCharset.size(), MaxCharsetNameLength)));
    const QByteArray declaredName = supportedCharsetName(declaredCharset);
    if (const auto bom = QStringConverter::encodingForData(body)) {
        const QByteArray bomName(QStringConverter::nameForEncoding(*bom));
        if (!declaredCharset.isEmpty()
            && withoutByteOrder(declaredName) != withoutByteOrder(bomName)) {
            notes.add(BodyNote::Severity::Warning,
                      u"The body starts with a %1 byte order mark, which overrides the declared "
                      "charset \"%2\"."_s.arg(QString::fromLatin1(bomName), declared),
                      0);
        }
        m_bomLength = lengthOfByteOrderMark(*bom);
        choose(bomName);
        return;
    }
    if (declaredCharset.isEmpty()) {
        choose("UTF-8");
        return;
    }
    if (!declaredName.isNull()) {
        choose(declaredName);
        return;
    }
    choose(firstInvalidUtf8(body) < 0 ? "UTF-8" : "ISO-8859-1");
    notes.add(BodyNote::Severity::Warning,
              u"The charset \"%1\" is not supported; the text is shown as %2."_s.arg(
                  declared, QString::fromLatin1(m_name)));
}

void CharsetDecoder::choose(QByteArrayView name)
{
    m_name = name.toByteArray();
    if (m_name == "UTF-8") {
        m_kind = Kind::Utf8;
    } else if (m_name == "ISO-8859-1") {
        m_kind = Kind::Latin1;
    } else {
        m_kind = Kind::Other;
        m_decoder = QStringDecoder(m_name.constData(), QStringConverter::Flag::ConvertInitialBom);
    }
}

QString CharsetDecoder::decode(QByteArrayView bytes, bool *invalid) const
{
    switch (m_kind) {
    case Kind::Utf8:
        if (invalid)
            *invalid = !bytes.isValidUtf8();
        return QString::fromUtf8(bytes);
    case Kind::Latin1:
        if (invalid)
            *invalid = false;
        return QString::fromLatin1(bytes);
    case Kind::Other:
        break;
    }
    m_decoder.resetState();
    QString text = m_decoder.decode(bytes);
    if (invalid)
        *invalid = m_decoder.hasError();
    return text;
}

QString CharsetDecoder::decodeBody(QByteArrayView body, BodyNoteList &notes) const
{
    bool invalid = false;
    QString text = decode(body.sliced(qMin(m_bomLength, body.size())), &invalid);
    if (!invalid)
        return text;
    if (m_kind == Kind::Utf8) {
        const qsizetype offset = m_bomLength + firstInvalidUtf8(body.sliced(m_bomLength));
        notes.add(BodyNote::Severity::Warning,
                  u"The text is not valid UTF-8 from byte %1 on; invalid bytes are shown as "
                  "U+FFFD."_s.arg(offset),
                  offset);
    } else {
        notes.add(BodyNote::Severity::Warning,
                  u"The text has bytes that are not valid %1; they are shown as U+FFFD."_s.arg(
                      QString::fromLatin1(m_name)));
    }
    return text;
}

QByteArray CharsetDecoder::bodyToUtf8(const QByteArray &body) const
{
    if (m_kind == Kind::Utf8)
        return body;
    return decode(QByteArrayView(body).sliced(qMin(m_bomLength, body.size()))).toUtf8();
}

qint64 CharsetDecoder::byteOffsetOf(QByteArrayView body, QStringView text,
                                    qsizetype charOffset) const
{
    const QStringView prefix = text.first(qBound<qsizetype>(0, charOffset, text.size()));
    qint64 offset = prefix.size();
    switch (m_kind) {
    case Kind::Utf8:
        offset = m_bomLength + prefix.toUtf8().size();
        break;
    case Kind::Latin1:
        break;
    case Kind::Other: {
        QStringEncoder encoder(m_name.constData(), QStringConverter::Flag::Stateless);
        if (encoder.isValid())
            offset = m_bomLength + QByteArray(encoder.encode(prefix)).size();
        break;
    }
    }
    return qMin<qint64>(offset, body.size());
}

qsizetype CharsetDecoder::firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const uchar lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        uchar min = 0x80, max = 0xbf; // allowed range of the second byte (RFC 3629 table)
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            if (lead == 0xe0)
                min = 0xa0; // overlong
            else if (lead == 0xed)
                max = 0x9f; // surrogates
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            if (lead == 0xf0)
                min = 0x90; // overlong
            else if (lead == 0xf4)
                max = 0x8f; // beyond U+10FFFF
        } else {
            return i;
        }
        if (i + length > size || data[i + 1] < min || data[i + 1] > max)
            return i;
        for (qsizetype k = 2; k < length; ++k) {
            if (data[i + k] < 0x80 || data[i + k] > 0xbf)
                return i;
        }
        i += length;
    }
    return -1;
}

} // namespace hookscope
