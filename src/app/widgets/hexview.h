#pragma once

#include <QAbstractScrollArea>
#include <QByteArray>

namespace hookscope {

// Offset, hex and ASCII columns of a byte array, 16 bytes a row, with one highlighted range
// (the bytes of the JSON node chosen in the tree). Paints only the visible rows, so a 25 MiB
// body scrolls as smoothly as a small one.
class HexView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit HexView(QWidget *parent = nullptr);

    void setData(const QByteArray &data);
    const QByteArray &data() const { return m_data; }
    // Highlights [offset, offset + length) and scrolls it into view; length 0 clears.
    void setHighlight(qint64 offset, qint64 length);
    qint64 highlightOffset() const { return m_highlightOffset; }
    qint64 highlightLength() const { return m_highlightLength; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    static constexpr int kBytesPerRow = 16;
    qint64 rowCount() const;
    int lineHeight() const;
    void updateScrollBar();

    QByteArray m_data;
    qint64 m_highlightOffset = 0;
    qint64 m_highlightLength = 0;
};

} // namespace hookscope
