#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace hookscope {

// One bash word that expands to exactly these bytes: the bytes themselves when bash would not
// touch them (letters, digits, -_./:,+@%; not starting with '-'), '...' for other printable text (a
// quote as
// '\''), else $'...' with \n, \r, \t, \\, \' and \xHH for other control bytes and bytes that
// are not UTF-8. A NUL byte cannot be passed in a word; it is dropped, so callers keep bodies
// with NUL in files.
QByteArray shellQuoted(QByteArrayView bytes);

} // namespace hookscope
