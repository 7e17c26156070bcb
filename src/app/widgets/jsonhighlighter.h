#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace hookscope {

// Colours JSON text (keys, strings, numbers, literals, punctuation) line by line with a small
// lexer: fast on large bodies, and forgiving, since it also colours what does not parse.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument *document);
    void updateColors(bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QTextCharFormat m_punctuation;
};

} // namespace hookscope
