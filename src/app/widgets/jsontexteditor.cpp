#include "jsontexteditor.h"

#include "jsonhighlighter.h"
#include "codetext.h"

#include <QFontDatabase>
#include <QPainter>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace hookscope {

class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(JsonTextEditor *editor) : QWidget(editor), m_editor(editor) { }
    QSize sizeHint() const override { return { m_editor->lineNumberWidth(), 0 }; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    JsonTextEditor *m_editor;
};

JsonTextEditor::JsonTextEditor(QWidget *parent)
    : QPlainTextEdit(parent), m_lineNumbers(new LineNumberArea(this)), m_highlighter(new JsonHighlighter(document()))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 2);
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] {
        setViewportMargins(lineNumberWidth(), 0, 0, 0);
    });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_lineNumbers->scroll(0, dy);
        else
            m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    });
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_applying)
            emit edited();
    });
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (!m_applying && hasFocus())
            emit cursorMovedTo(byteOffset(toPlainText(), textCursor().position()));
    });
    setViewportMargins(lineNumberWidth(), 0, 0, 0);
}

QByteArray JsonTextEditor::bytes() const
{
    return toPlainText().toUtf8();
}

void JsonTextEditor::setBytes(const QByteArray &utf8)
{
    const QString now = toPlainText();
    const QString wanted = QString::fromUtf8(utf8);
    if (now == wanted)
        return;
    qsizetype prefix = 0;
    const qsizetype shorter = qMin(now.size(), wanted.size());
    while (prefix < shorter && now.at(prefix) == wanted.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && now.at(now.size() - 1 - suffix) == wanted.at(wanted.size() - 1 - suffix))
        ++suffix;
    // Never split a surrogate pair between the kept and the replaced text.
    if (prefix > 0 && now.at(prefix - 1).isHighSurrogate())
        --prefix;
    if (suffix > 0 && now.at(now.size() - suffix).isLowSurrogate())
        --suffix;
    m_applying = true;
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(now.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(wanted.mid(prefix, wanted.size() - suffix - prefix));
    cursor.endEditBlock();
    m_applying = false;
    updateMarks();
}

void JsonTextEditor::markError(qint64 byteOffset, const QString &message)
{
    m_errorOffset = byteOffset;
    setToolTip(byteOffset >= 0 ? message : QString());
    updateMarks();
}

void JsonTextEditor::showSpan(qint64 byteOffset, qint64 length)
{
    m_spanOffset = byteOffset;
    m_spanLength = length;
    updateMarks();
    if (length <= 0 || byteOffset < 0)
        return;
    const QByteArray source = bytes();
    QTextCursor cursor(document());
    cursor.setPosition(textPosition(source, byteOffset + length));
    cursor.setPosition(textPosition(source, byteOffset), QTextCursor::KeepAnchor);
    m_applying = true;
    setTextCursor(cursor);
    ensureCursorVisible();
    m_applying = false;
}

void JsonTextEditor::setDarkColors(bool dark)
{
    m_highlighter->updateColors(dark);
}

void JsonTextEditor::updateMarks()
{
    QList<QTextEdit::ExtraSelection> marks;
    const QByteArray source = bytes();
    const auto mark = [&](qint64 offset, qint64 length, const std::function<void(QTextCharFormat &)> &style) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        const int start = textPosition(source, qMin<qint64>(offset, source.size()));
        selection.cursor.setPosition(start);
        selection.cursor.setPosition(qMin(textPosition(source, offset + length), int(toPlainText().size())),
                                     QTextCursor::KeepAnchor);
        if (!selection.cursor.hasSelection()) { // at the end: mark the character before
            selection.cursor.setPosition(qMax(0, start - 1));
            selection.cursor.setPosition(start, QTextCursor::KeepAnchor);
        }
        style(selection.format);
        marks.append(selection);
    };
    if (m_spanOffset >= 0 && m_spanLength > 0) {
        const QColor shade = palette().color(QPalette::Highlight);
        mark(m_spanOffset, m_spanLength, [&](QTextCharFormat &format) {
            format.setBackground(QColor(shade.red(), shade.green(), shade.blue(), 45));
        });
    }
    if (m_errorOffset >= 0) {
        mark(m_errorOffset, 1, [](QTextCharFormat &format) {
            format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            format.setUnderlineColor(QColor(0xc0, 0x39, 0x2b));
            format.setBackground(QColor(0xc0, 0x39, 0x2b, 60));
        });
    }
    setExtraSelections(marks);
}

int JsonTextEditor::lineNumberWidth() const
{
    int digits = 1;
    for (int lines = qMax(1, blockCount()); lines >= 10; lines /= 10)
        ++digits;
    return 12 + fontMetrics().horizontalAdvance(u'9') * qMax(3, digits);
}

void JsonTextEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_lineNumbers->setGeometry(QRect(area.left(), area.top(), lineNumberWidth(), area.height()));
}

void JsonTextEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
    const QByteArray source = m_errorOffset >= 0 ? bytes() : QByteArray();
    const int errorBlock = m_errorOffset >= 0
            ? document()->findBlock(textPosition(source, m_errorOffset)).blockNumber()
            : -1;
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            if (block.blockNumber() == errorBlock) {
                painter.fillRect(0, top, m_lineNumbers->width(), height, QColor(0xc0, 0x39, 0x2b, 70));
            }
            painter.drawText(0, top, m_lineNumbers->width() - 6, height, Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top += height;
    }
}

} // namespace hookscope
