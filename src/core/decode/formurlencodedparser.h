#pragma once

#include "decode/bodynotelist.h"
#include "decode/charsetdecoder.h"
#include "decode/decodedbody.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace hookscope {

// application/x-www-form-urlencoded (WHATWG URL, "application/x-www-form-urlencoded parsing"):
// pairs separated by '&', '+' as space, percent-escapes undone, then the charset applied. A bad
// escape is kept as written and noted with its offset.
class FormUrlEncodedParser
{
public:
    static constexpr int DefaultMaxFields = 100'000;

    static QList<FormField> parse(const QByteArray &body, const CharsetDecoder &charset,
                                  BodyNoteList &notes, int maxFields = DefaultMaxFields);

    struct PercentDecoded
    {
        QByteArray bytes;
        qsizetype firstBadEscape = -1; // offset in the input
        qsizetype badEscapes = 0;
    };
    // '+' becomes a space and "%XX" the byte XX; a '%' not followed by two hex digits stays.
    static PercentDecoded percentDecode(QByteArrayView text);
};

} // namespace hookscope
