#pragma once

#include "store/deliverystore.h"

#include <QWidget>

namespace hookscope {

// A strip of bars, one per time bucket, stacked by event type, with answers other than 2xx
// (red) and invalid signatures (orange) marked above them. Dragging across it selects a time
// range; a double-click clears it. People read a burst, a gap or a retry storm from this
// faster than from rows.
class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    void setBuckets(const QList<TimeBucket> &buckets, qint64 fromNs, qint64 toNs, qint64 bucketNs);
    void clearSelection();
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    static QColor colorFor(const QString &eventType);
    // A readable bucket width for a range: 1 s, 5 s, ... 1 day, giving at most maxBuckets.
    static qint64 niceBucketWidth(qint64 rangeNs, int maxBuckets);

Q_SIGNALS:
    void rangeSelected(qint64 fromNs, qint64 toNs);
    void rangeCleared();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF plotArea() const;
    qint64 timeAt(double x) const;
    double xAt(qint64 ns) const;
    const TimeBucket *bucketAt(double x) const;

    QList<TimeBucket> m_buckets;
    qint64 m_fromNs = 0;
    qint64 m_toNs = 0;
    qint64 m_bucketNs = 1;
    qint64 m_largest = 1;
    double m_dragStart = -1;
    double m_dragEnd = -1;
    qint64 m_selectedFrom = 0;
    qint64 m_selectedTo = 0;
};

} // namespace hookscope
