#include "xmlchecker.h"

#include <QXmlStreamReader>

#include <limits>

namespace hookscope {

XmlCheck XmlChecker::check(QByteArrayView body, const QString &text, const CharsetDecoder &charset)
{
    XmlCheck result;
    QXmlStreamReader reader(text);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && result.rootElement.isEmpty())
            result.rootElement = reader.qualifiedName().toString();
    }
    result.wellFormed = !reader.hasError();
    if (!result.wellFormed) {
        result.errorMessage = reader.errorString();
        result.errorLine = int(qMin<qint64>(reader.lineNumber(), std::numeric_limits<int>::max()));
        result.errorColumn
            = int(qMin<qint64>(reader.columnNumber() + 1, std::numeric_limits<int>::max()));
        result.errorOffset = charset.byteOffsetOf(body, text, reader.characterOffset());
    }
    return result;
}

QByteArray XmlChecker::declaredEncoding(QByteArrayView bytes)
{
    constexpr qsizetype MaxDeclarationLength = 256;
    if (!bytes.startsWith("<?xml"))
        return {};
    const qsizetype end = bytes.first(qMin(bytes.size(), MaxDeclarationLength)).indexOf("?>");
    if (end < 0)
        return {};
    const QByteArrayView declaration = bytes.first(end);
    const qsizetype name = declaration.indexOf("encoding");
    if (name < 0)
        return {};
    qsizetype i = name + 8;
    while (i < declaration.size() && (declaration[i] == ' ' || declaration[i] == '='))
        ++i;
    if (i >= declaration.size() || (declaration[i] != '"' && declaration[i] != '\''))
        return {};
    const char quote = declaration[i];
    const qsizetype close = declaration.indexOf(quote, i + 1);
    if (close < 0)
        return {};
    return declaration.sliced(i + 1, close - i - 1).toByteArray();
}

} // namespace hookscope
