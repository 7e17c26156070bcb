#include "statusbanner.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace hookscope {

StatusBanner::StatusBanner(Level level, QWidget *parent)
    : QFrame(parent), m_level(level), m_label(new QLabel(this))
{
    setObjectName(level == Level::Error ? QStringLiteral("errorBanner") : QStringLiteral("warningBanner"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::NoFrame);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_label, 1);
    applyColours();
    hide();
}

void StatusBanner::setMessage(const QString &text)
{
    m_label->setText(text);
    setVisible(!text.isEmpty());
}

QString StatusBanner::message() const
{
    return isVisible() ? m_label->text() : QString();
}

void StatusBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyColours();
}

void StatusBanner::applyColours()
{
    // Tinted from the theme's own window colour, so the strip reads in light and dark themes.
    const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
    const QColor tint = m_level == Level::Error ? QColor(0xc0, 0x39, 0x2b) : QColor(0xd4, 0x8a, 0x0b);
    const QColor background = dark ? tint.darker(260) : tint.lighter(185);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, background);
    colours.setColor(QPalette::WindowText, dark ? QColor(0xf2, 0xf2, 0xf2) : QColor(0x20, 0x20, 0x20));
    setPalette(colours);
}

} // namespace hookscope
