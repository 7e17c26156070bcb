#pragma once

#include <QPlainTextEdit>

namespace hookscope {

class JsonHighlighter;

// The composer's JSON text: syntax colouring, line numbers, the parse error underlined at its
// byte, the form's chosen field shaded. Text put in from outside (setBytes) replaces only the
// part that differs, so the scroll position, the cursor elsewhere and undo stay.
class JsonTextEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit JsonTextEditor(QWidget *parent = nullptr);

    QByteArray bytes() const; // the text as UTF-8
    void setBytes(const QByteArray &utf8);

    // An error at a byte of bytes(); an offset < 0 clears it.
    void markError(qint64 byteOffset, const QString &message);
    // Shades [offset, offset + length) and scrolls to it; length 0 clears the shade.
    void showSpan(qint64 byteOffset, qint64 length);
    void setDarkColors(bool dark);

    int lineNumberWidth() const;

Q_SIGNALS:
    // The user changed the text (not setBytes()).
    void edited();
    // The user moved the cursor to this byte of bytes().
    void cursorMovedTo(qint64 byteOffset);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class LineNumberArea;
    void paintLineNumbers(QPaintEvent *event);
    void updateMarks();

    QWidget *m_lineNumbers;
    JsonHighlighter *m_highlighter;
    bool m_applying = false;
    qint64 m_errorOffset = -1;
    qint64 m_spanOffset = -1;
    qint64 m_spanLength = 0;
};

} // namespace hookscope
