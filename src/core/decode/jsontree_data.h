#pragma once

#include "jsontree.h"

#include <QStringDecoder>

#include <cstring>
#include <vector>

namespace hookscope::detail {

// Offsets are 32-bit to keep nodes small; parse() refuses larger input.
constexpr quint32 NoKey = 0xFFFFFFFFu;
constexpr quint32 TextInSource = 0xFFFFFFFFu;
constexpr qint64 MaxSourceBytes = 0xFFFFFFF0;

struct JsonNode
{
    quint32 valueOffset = 0;
    quint32 valueLength = 0;
    quint32 keyOffset = NoKey;
    quint32 keyLength = 0;
    qint32 parent = -1;
    qint32 row = 0;
    qint32 childCount = 0;
    qint32 firstChild = 0; // into JsonTreeData::children
    qint32 depth = 0;
    // Arena offsets of decoded text for tokens with escapes. Text without escapes is the source
    // between the quotes: any escape makes the decoded text shorter than the raw token.
    quint32 keyText = TextInSource;
    quint32 valueText = TextInSource;
    JsonNodeKind kind = JsonNodeKind::Null;
};
static_assert(sizeof(JsonNode) == 48, "keep the per-node cost documented in jsontree.h");

struct JsonTreeData
{
    QByteArray source;
    JsonParseMode mode = JsonParseMode::Strict;
    bool valid = false;
    JsonParseError error;
    QList<JsonDiagnostic> leniencies;
    QList<JsonDiagnostic> notes;
    std::vector<JsonNode> nodes;
    std::vector<qint32> children;
    QByteArray arena; // entries: quint32 length (native order), then the UTF-8 bytes

    QByteArrayView arenaText(quint32 offset) const
    {
        quint32 length = 0;
        std::memcpy(&length, arena.constData() + offset, sizeof length);
        return QByteArrayView(arena.constData() + offset + sizeof length, length);
    }

    QByteArrayView keyUtf8(const JsonNode &node) const
    {
        if (node.keyOffset == NoKey)
            return {};
        if (node.keyText != TextInSource)
            return arenaText(node.keyText);
        return QByteArrayView(source.constData() + node.keyOffset + 1, node.keyLength - 2);
    }

    QByteArrayView scalarUtf8(const JsonNode &node) const
    {
        switch (node.kind) {
        case JsonNodeKind::Object:
        case JsonNodeKind::Array:
            return {};
        case JsonNodeKind::String:
            if (node.valueText != TextInSource)
                return arenaText(node.valueText);
            return QByteArrayView(source.constData() + node.valueOffset + 1, node.valueLength - 2);
        case JsonNodeKind::Number:
        case JsonNodeKind::Bool:
        case JsonNodeKind::Null:
            break;
        }
        return QByteArrayView(source.constData() + node.valueOffset, node.valueLength);
    }
};

// QString::fromUtf8() drops a leading U+FEFF, which would change a key or a string value.
inline QString textFromUtf8(QByteArrayView utf8)
{
    if (!utf8.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(utf8);
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless
                               | QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(utf8);
}

// Moves a position over source bytes [from, to); see JsonTextPosition.
inline void advanceTextPosition(QByteArrayView source, qint64 from, qint64 to, JsonTextPosition &at)
{
    for (qint64 i = from; i < to; ++i) {
        const char c = source[i];
        if (c == '\n') {
            ++at.line;
            at.column = 1;
        } else if ((uchar(c) & 0xC0) != 0x80) {
            ++at.column;
        }
    }
}

// Fills data from bytes; see JsonTree::parse().
void buildJsonTree(JsonTreeData &data, const QByteArray &bytes, JsonParseMode mode,
                   qsizetype maxNodes);

} // namespace hookscope::detail
