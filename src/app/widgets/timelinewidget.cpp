#include "timelinewidget.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

constexpr qint64 kSecond = 1'000'000'000;

QString timeText(qint64 ns, bool withDate)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ns / 1'000'000).toLocalTime();
    return time.toString(withDate ? u"yyyy-MM-dd HH:mm:ss"_s : u"HH:mm:ss"_s);
}

} // namespace

TimelineWidget::TimelineWidget(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setToolTip(tr("Deliveries over time. Drag to filter by a time range; double-click to clear."));
}

QSize TimelineWidget::sizeHint() const
{
    return { 600, 72 };
}

QSize TimelineWidget::minimumSizeHint() const
{
    return { 120, 48 };
}

QColor TimelineWidget::colorFor(const QString &eventType)
{
    // A stable colour per event type, spread around the hue circle, readable in both themes.
    const uint hash = qHash(eventType);
    return QColor::fromHsv(int(hash % 360), 140 + int(hash / 360 % 60), 200);
}

qint64 TimelineWidget::niceBucketWidth(qint64 rangeNs, int maxBuckets)
{
    static const qint64 widths[] = { 1, 5, 10, 30, 60, 300, 900, 1800, 3600, 6 * 3600, 24 * 3600,
                                     7 * 24 * 3600 };
    for (qint64 seconds : widths) {
        if (rangeNs / (seconds * kSecond) <= maxBuckets)
            return seconds * kSecond;
    }
    return widths[std::size(widths) - 1] * kSecond;
}

void TimelineWidget::setBuckets(const QList<TimeBucket> &buckets, qint64 fromNs, qint64 toNs,
                                qint64 bucketNs)
{
    m_buckets = buckets;
    m_fromNs = fromNs;
    m_toNs = qMax(toNs, fromNs + 1);
    m_bucketNs = qMax<qint64>(bucketNs, 1);
    m_largest = 1;
    for (const TimeBucket &bucket : buckets) {
        qint64 events = 0;
        for (const auto &type : bucket.eventTypes)
            events += type.second;
        m_largest = qMax(m_largest, qMax(bucket.deliveries, events));
    }
    update();
}

void TimelineWidget::clearSelection()
{
    m_selectedFrom = m_selectedTo = 0;
    m_dragStart = m_dragEnd = -1;
    update();
}

QRectF TimelineWidget::plotArea() const
{
    return QRectF(rect()).adjusted(4, 8, -4, -16);
}

qint64 TimelineWidget::timeAt(double x) const
{
    const QRectF area = plotArea();
    const double fraction = qBound(0.0, (x - area.left()) / area.width(), 1.0);
    return m_fromNs + qint64(fraction * double(m_toNs - m_fromNs));
}

double TimelineWidget::xAt(qint64 ns) const
{
    const QRectF area = plotArea();
    return area.left() + area.width() * double(ns - m_fromNs) / double(m_toNs - m_fromNs);
}

const TimeBucket *TimelineWidget::bucketAt(double x) const
{
    const qint64 ns = timeAt(x);
    for (const TimeBucket &bucket : m_buckets) {
        if (ns >= bucket.startNs && ns < bucket.startNs + m_bucketNs)
            return &bucket;
    }
    return nullptr;
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QRectF area = plotArea();
    const QColor text = palette().color(QPalette::PlaceholderText);
    painter.setPen(text);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    const bool longRange = m_toNs - m_fromNs > 24LL * 3600 * kSecond;
    painter.drawText(QRectF(area.left(), area.bottom() + 2, area.width(), 14), Qt::AlignLeft,
                     timeText(m_fromNs, longRange));
    painter.drawText(QRectF(area.left(), area.bottom() + 2, area.width(), 14), Qt::AlignRight,
                     timeText(m_toNs, longRange));
    if (m_buckets.isEmpty()) {
        painter.drawText(area, Qt::AlignCenter, tr("No deliveries in this time range"));
        return;
    }
    const double barWidth = qMax(1.0, area.width() * double(m_bucketNs) / double(m_toNs - m_fromNs) - 1);
    for (const TimeBucket &bucket : m_buckets) {
        const double x = xAt(bucket.startNs);
        double top = area.bottom();
        qint64 stacked = 0;
        for (const auto &type : bucket.eventTypes) {
            const double height = area.height() * double(type.second) / double(m_largest);
            painter.fillRect(QRectF(x, top - height, barWidth, height), colorFor(type.first));
            top -= height;
            stacked += type.second;
        }
        if (bucket.deliveries > stacked) {
            const double height = area.height() * double(bucket.deliveries - stacked) / double(m_largest);
            painter.fillRect(QRectF(x, top - height, barWidth, height), QColor(0x95, 0xa5, 0xa6));
            top -= height;
        }
        if (bucket.notSuccessful > 0)
            painter.fillRect(QRectF(x, area.top() - 6, barWidth, 3), QColor(0xc0, 0x39, 0x2b));
        if (bucket.invalidSignature > 0)
            painter.fillRect(QRectF(x, area.top() - 2, barWidth, 2), QColor(0xe6, 0x7e, 0x22));
    }
    const bool dragging = m_dragStart >= 0 && m_dragEnd >= 0;
    if (dragging || m_selectedTo > m_selectedFrom) {
        const double left = dragging ? qMin(m_dragStart, m_dragEnd) : xAt(m_selectedFrom);
        const double right = dragging ? qMax(m_dragStart, m_dragEnd) : xAt(m_selectedTo);
        QColor shade = palette().color(QPalette::Highlight);
        shade.setAlpha(60);
        painter.fillRect(QRectF(left, area.top(), right - left, area.height()), shade);
    }
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragStart = m_dragEnd = event->position().x();
        update();
    }
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragStart >= 0 && (event->buttons() & Qt::LeftButton)) {
        m_dragEnd = event->position().x();
        update();
    }
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragStart < 0 || event->button() != Qt::LeftButton)
        return;
    const double left = qMin(m_dragStart, event->position().x());
    const double right = qMax(m_dragStart, event->position().x());
    m_dragStart = m_dragEnd = -1;
    if (right - left < 3) {
        update();
        return;
    }
    m_selectedFrom = timeAt(left);
    m_selectedTo = timeAt(right);
    update();
    emit rangeSelected(m_selectedFrom, m_selectedTo);
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *)
{
    clearSelection();
    emit rangeCleared();
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (const TimeBucket *bucket = bucketAt(help->pos().x())) {
            QString tip = tr("%1: %n deliveries", nullptr, int(bucket->deliveries))
                                  .arg(timeText(bucket->startNs, true));
            for (const auto &type : bucket->eventTypes)
                tip += u"\n  %1: %2"_s.arg(type.first).arg(type.second);
            if (bucket->notSuccessful > 0)
                tip += tr("\n%n not answered 2xx", nullptr, int(bucket->notSuccessful));
            if (bucket->invalidSignature > 0)
                tip += tr("\n%n with an invalid signature", nullptr, int(bucket->invalidSignature));
            QToolTip::showText(help->globalPos(), tip, this);
            return true;
        }
    }
    return QWidget::event(event);
}

} // namespace hookscope
