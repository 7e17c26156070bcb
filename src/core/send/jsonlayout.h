#pragma once

#include "bodyedit.h"

#include <QByteArray>
#include <QByteArrayView>

namespace hookscope {

class JsonTree;

// How a document is laid out (indent step, the text between a key and its value), so that what
// the composer inserts looks like what is already there.
class JsonLayout
{
public:
    // From the first member, the first line-indented child of the root and the first entries
    // written on one line; a document on one line has no indent step.
    static JsonLayout of(const JsonTree &tree);

    bool isMultiline() const { return !m_indentStep.isEmpty(); }
    QByteArray indentStep() const { return m_indentStep.isEmpty() ? QByteArray("  ") : m_indentStep; }
    QByteArray colon() const { return m_colon; }
    // What follows the comma between entries written on one line (", " or ",").
    QByteArray inlineSeparator() const { return m_inlineSeparator; }

    // A new container holding one entry: an object member when entry is a Key segment, an array
    // element when it is an Index. Its bracket opens on a line indented by lineIndent.
    QByteArray container(const JsonPathSegment &entry, const QByteArray &entryValue,
                         const QByteArray &lineIndent, bool multiline) const;

    // The spaces and tabs that start the line the offset is on.
    static QByteArray lineIndent(QByteArrayView source, qint64 offset);
    // The spaces, tabs and line breaks just before the offset.
    static QByteArrayView spaceBefore(QByteArrayView source, qint64 offset);

private:
    QByteArray m_indentStep;
    QByteArray m_colon = QByteArrayLiteral(": ");
    QByteArray m_inlineSeparator = QByteArrayLiteral(" ");
};

} // namespace hookscope
