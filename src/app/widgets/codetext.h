#pragma once

#include <QByteArray>
#include <QString>

class QPlainTextEdit;

namespace hookscope {

// A read-only, unwrapped, fixed-width text view for bodies and headers.
QPlainTextEdit *makeCodeView();

// Byte offsets of UTF-8 sources (JsonTree spans, parse errors) and positions in the QString
// text a text widget shows of them (UTF-16 code units), both ways.
int textPosition(const QByteArray &utf8, qint64 byteOffset);
qint64 byteOffset(const QString &text, int textPosition);

} // namespace hookscope
