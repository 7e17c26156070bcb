#pragma once

#include "decode/charsetdecoder.h"
#include "decode/decodedbody.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace hookscope {

// Checks that XML text is well-formed (and namespace-well-formed) with QXmlStreamReader, which
// reads without recursion, fetches nothing and limits entity expansion.
class XmlChecker
{
public:
    // text is the body decoded with charset; errorOffset is mapped back to the body's bytes.
    static XmlCheck check(QByteArrayView body, const QString &text, const CharsetDecoder &charset);

    // The encoding an XML declaration at the very start of the bytes names, e.g. "ISO-8859-1";
    // null when there is no declaration or it names none.
    static QByteArray declaredEncoding(QByteArrayView bytes);
};

} // namespace hookscope
