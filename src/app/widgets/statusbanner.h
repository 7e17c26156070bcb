#pragma once

#include <QFrame>

class QLabel;

namespace hookscope {

// A strip across the top of the console for a state the user must not miss (deliveries not
// being stored, a data directory others can read, a store opened read-only). Hidden while it
// has nothing to say.
class StatusBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Warning, Error };

    explicit StatusBanner(Level level, QWidget *parent = nullptr);

    // Empty hides the banner.
    void setMessage(const QString &text);
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    Level m_level;
    QLabel *m_label;
};

} // namespace hookscope
