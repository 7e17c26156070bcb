#pragma once

#include "decode/jsontree.h"

#include <QByteArray>
#include <QString>

// The JSON text of the value a pointer names in a document, exactly as written, or "<missing>".
inline QString valueAt(const QByteArray &json, const QString &pointer)
{
    const hookscope::JsonTree tree = hookscope::JsonTree::parse(json, hookscope::JsonParseMode::Strict);
    const int node = tree.findPointer(pointer);
    if (node < 0)
        return QStringLiteral("<missing>");
    const hookscope::JsonSpan span = tree.valueSpan(node);
    return QString::fromUtf8(json.mid(span.offset, span.length));
}

// The document with the value at pointer replaced by json; every other byte as it was.
inline QByteArray withValueAt(const QByteArray &json, const QString &pointer, const QByteArray &value)
{
    const hookscope::JsonTree tree = hookscope::JsonTree::parse(json, hookscope::JsonParseMode::Strict);
    const hookscope::JsonSpan span = tree.valueSpan(tree.findPointer(pointer));
    return QByteArray(json).replace(span.offset, span.length, value);
}
