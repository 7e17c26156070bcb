#include "hexview.h"

#include <QFontDatabase>
#include <QPainter>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace hookscope {

HexView::HexView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
}

void HexView::setData(const QByteArray &data)
{
    m_data = data;
    m_highlightOffset = 0;
    m_highlightLength = 0;
    verticalScrollBar()->setValue(0);
    updateScrollBar();
    viewport()->update();
}

void HexView::setHighlight(qint64 offset, qint64 length)
{
    m_highlightOffset = qBound<qint64>(0, offset, m_data.size());
    m_highlightLength = qBound<qint64>(0, length, m_data.size() - m_highlightOffset);
    if (m_highlightLength > 0) {
        const qint64 row = m_highlightOffset / kBytesPerRow;
        const int visibleRows = viewport()->height() / lineHeight();
        QScrollBar *bar = verticalScrollBar();
        if (row < bar->value() || row >= bar->value() + visibleRows - 1)
            bar->setValue(int(qMax<qint64>(0, row - visibleRows / 3)));
    }
    viewport()->update();
}

qint64 HexView::rowCount() const
{
    return (m_data.size() + kBytesPerRow - 1) / kBytesPerRow;
}

int HexView::lineHeight() const
{
    return fontMetrics().height();
}

void HexView::updateScrollBar()
{
    const int visibleRows = qMax(1, viewport()->height() / lineHeight());
    verticalScrollBar()->setRange(0, int(qMax<qint64>(0, rowCount() - visibleRows + 1)));
    verticalScrollBar()->setPageStep(visibleRows);
}

void HexView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
}

void HexView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QFontMetrics metrics = fontMetrics();
    const int charWidth = metrics.horizontalAdvance(QLatin1Char('0'));
    const int height = lineHeight();
    const int offsetWidth = charWidth * 10;
    const int hexStart = offsetWidth + charWidth;
    const int asciiStart = hexStart + charWidth * (kBytesPerRow * 3 + 1);
    const QPalette &colors = palette();
    const QColor highlight = colors.color(QPalette::Highlight);
    const QColor highlightText = colors.color(QPalette::HighlightedText);
    const QColor dim = colors.color(QPalette::PlaceholderText);

    const qint64 firstRow = verticalScrollBar()->value();
    const qint64 lastRow = qMin(rowCount(), firstRow + viewport()->height() / height + 1);
    for (qint64 row = firstRow; row < lastRow; ++row) {
        const int y = int(row - firstRow) * height;
        const int baseline = y + metrics.ascent();
        painter.setPen(dim);
        painter.drawText(0, baseline, u"%1"_s.arg(row * kBytesPerRow, 8, 16, QLatin1Char('0')));
        for (int column = 0; column < kBytesPerRow; ++column) {
            const qint64 offset = row * kBytesPerRow + column;
            if (offset >= m_data.size())
                break;
            const uchar byte = uchar(m_data.at(offset));
            const bool selected = offset >= m_highlightOffset
                    && offset < m_highlightOffset + m_highlightLength;
            const int hexX = hexStart + charWidth * (column * 3 + (column >= 8 ? 1 : 0));
            const int asciiX = asciiStart + charWidth * column;
            if (selected) {
                painter.fillRect(hexX, y, charWidth * 3, height, highlight);
                painter.fillRect(asciiX, y, charWidth, height, highlight);
            }
            painter.setPen(selected ? highlightText : colors.color(QPalette::Text));
            painter.drawText(hexX, baseline, u"%1"_s.arg(byte, 2, 16, QLatin1Char('0')));
            const bool printable = byte >= 0x20 && byte < 0x7f;
            if (!printable && !selected)
                painter.setPen(dim);
            painter.drawText(asciiX, baseline, printable ? QString(QLatin1Char(char(byte))) : u"·"_s);
        }
    }
}

} // namespace hookscope
