#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

namespace hookscope {

// Turns SIGTERM/SIGINT into a Qt signal on the main thread (self-pipe: the handler only writes).
class UnixSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignalWatcher(const QList<int> &signalNumbers, QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

Q_SIGNALS:
    void signalReceived(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
    QList<int> m_signals;
};

} // namespace hookscope
