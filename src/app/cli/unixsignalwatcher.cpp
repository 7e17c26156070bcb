#include "unixsignalwatcher.h"

#include <QSocketNotifier>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace hookscope {

#if defined(Q_OS_UNIX)
namespace {
int signalSocketPair[2] = { -1, -1 };

void forwardSignal(int signalNumber)
{
    const char byte = char(signalNumber);
    [[maybe_unused]] const auto written = ::write(signalSocketPair[0], &byte, 1);
}
} // namespace
#endif

UnixSignalWatcher::UnixSignalWatcher(const QList<int> &signalNumbers, QObject *parent)
    : QObject(parent), m_signals(signalNumbers)
{
#if defined(Q_OS_UNIX)
    if (signalSocketPair[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, signalSocketPair) != 0)
        return;
    m_notifier = new QSocketNotifier(signalSocketPair[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &UnixSignalWatcher::readSignal);
    for (int signalNumber : signalNumbers) {
        struct sigaction action = {};
        action.sa_handler = forwardSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(signalNumber, &action, nullptr);
    }
#endif
}

UnixSignalWatcher::~UnixSignalWatcher()
{
#if defined(Q_OS_UNIX)
    for (int signalNumber : std::as_const(m_signals))
        ::signal(signalNumber, SIG_DFL);
#endif
}

void UnixSignalWatcher::readSignal()
{
#if defined(Q_OS_UNIX)
    char byte = 0;
    if (::read(signalSocketPair[1], &byte, 1) == 1)
        emit signalReceived(int(byte));
#endif
}

} // namespace hookscope
