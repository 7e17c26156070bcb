#pragma once

#include "store/deliveryfilter.h"

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class FilterBar;
}

namespace hookscope {

// Free text and facets (method, status, signature) above the delivery list; the sidebar and
// the timeline add endpoint, provider, event type and time range.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);
    ~FilterBar() override;

    // The facets chosen here merged into the sidebar's and timeline's part.
    DeliveryFilter apply(DeliveryFilter filter) const;
    void setTimeRange(qint64 fromNs, qint64 toNs); // 0, 0: none
    void setMatchCount(qint64 matches, qint64 total);
    void focusSearch();
    void clear();

Q_SIGNALS:
    void changed();
    void cleared();

private:
    std::unique_ptr<Ui::FilterBar> m_ui;
    QTimer m_typing;
    qint64 m_fromNs = 0;
    qint64 m_toNs = 0;
};

} // namespace hookscope
