#pragma once

#include "jsontree.h"

#include <QByteArrayView>

namespace hookscope::detail {

// RapidJSON input stream over [begin, end) of a buffer; offsets count from the buffer start.
// No local-copy optimisation (StreamTraits default): the tree builder reads Tell() inside
// callbacks. Past the end it reads NUL, as RapidJSON expects.
class ByteStream
{
public:
    using Ch = char;

    ByteStream(const char *base, qint64 begin, qint64 end)
        : m_base(base), m_current(base + begin), m_end(base + end)
    { }

    Ch Peek() const { return m_current != m_end ? *m_current : '\0'; }
    Ch Take() { return m_current != m_end ? *m_current++ : '\0'; }
    size_t Tell() const { return size_t(m_current - m_base); }

    // Output side, unused by a non-insitu reader.
    Ch *PutBegin() { return nullptr; }
    void Put(Ch) { }
    void Flush() { }
    size_t PutEnd(Ch *) { return 0; }

private:
    const char *m_base;
    const char *m_current;
    const char *m_end;
};

// UTF-8 check of base[begin, end) with RapidJSON's own validator, so that lenient mode flags
// exactly what strict mode rejects. On failure *invalidAt is the first bad sequence.
bool isUtf8Valid(const char *base, qint64 begin, qint64 end, qint64 *invalidAt);

// Offset of the first \uDC00-\uDFFF escape in s[begin, end) not preceded by a high surrogate
// escape, or -1. RapidJSON rejects lone high surrogates but encodes lone low ones as (invalid)
// UTF-8.
qint64 findLoneSurrogateEscape(const char *s, qint64 begin, qint64 end);

// Whether decoded UTF-8 contains an encoded UTF-16 surrogate (ED A0..BF).
bool hasEncodedSurrogate(const char *text, qsizetype length);

// A template placeholder such as {VALUE}, {{value}}, ${value} or <value> around offset.
JsonSpan placeholderAt(QByteArrayView s, qint64 offset);

// Rewrites numbers beyond double range in place; see the definition.
bool neutraliseHugeNumbers(char *s, qint64 begin, qint64 size, bool comments);

} // namespace hookscope::detail
