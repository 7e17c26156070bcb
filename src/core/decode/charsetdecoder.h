#pragma once

#include "decode/bodynotelist.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>
#include <QStringView>

namespace hookscope {

// The charset a body's text is in, and the conversion of its bytes to text. The charset is chosen
// once per body: a byte order mark wins, then the declared charset, then UTF-8. A declared
// charset that Qt cannot decode falls back to UTF-8 when the bytes are valid UTF-8 and to
// ISO-8859-1 (which maps every byte) otherwise, with a note.
class CharsetDecoder
{
public:
    CharsetDecoder(QByteArrayView body, QByteArrayView declaredCharset, BodyNoteList &notes);

    QByteArray name() const { return m_name; } // as Qt names it: "UTF-8", "ISO-8859-1"
    bool isUtf8() const { return m_kind == Kind::Utf8; }

    // The whole body as text, without its byte order mark. Bytes that are invalid in the charset
    // become U+FFFD, with a note (and the offset of the first one, for UTF-8).
    QString decodeBody(QByteArrayView body, BodyNoteList &notes) const;
    // A piece of the body (a form field, a part name); *invalid tells whether any byte was bad.
    QString decode(QByteArrayView bytes, bool *invalid = nullptr) const;
    // The body as UTF-8 without a byte order mark other than a UTF-8 one: the bytes themselves
    // when they are in UTF-8 already.
    QByteArray bodyToUtf8(const QByteArray &body) const;
    // Where character charOffset of decodeBody(body)'s text starts in the body. Exact when the
    // body decoded without errors; otherwise close, and never beyond the end of the body.
    qint64 byteOffsetOf(QByteArrayView body, QStringView text, qsizetype charOffset) const;

    // Offset of the first byte that is not part of well-formed UTF-8, or -1.
    static qsizetype firstInvalidUtf8(QByteArrayView bytes);

private:
    enum class Kind { Utf8, Latin1, Other };

    void choose(QByteArrayView name);

    QByteArray m_name;
    Kind m_kind = Kind::Utf8;
    qsizetype m_bomLength = 0;
    mutable QStringDecoder m_decoder; // Kind::Other only
};

} // namespace hookscope
