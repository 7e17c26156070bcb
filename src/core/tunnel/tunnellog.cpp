#include "tunnellog.h"

namespace hookscope {

namespace {

QString lineText(QByteArrayView bytes)
{
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

} // namespace

QStringList TunnelLog::append(QByteArrayView output)
{
    QStringList completed;
    m_partial.append(output);
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = m_partial.indexOf('\n', start);
        const qsizetype end = newline >= 0 ? newline : m_partial.size();
        if (end - start > kMaxLineBytes) {
            completed.append(lineText(QByteArrayView(m_partial).sliced(start, kMaxLineBytes)));
            start += kMaxLineBytes;
            continue;
        }
        if (newline < 0)
            break;
        completed.append(lineText(QByteArrayView(m_partial).sliced(start, newline - start)));
        start = newline + 1;
    }
    m_partial.remove(0, start);
    for (const QString &line : std::as_const(completed))
        keep(line);
    return completed;
}

QStringList TunnelLog::flush()
{
    if (m_partial.isEmpty())
        return {};
    const QString line = lineText(m_partial);
    m_partial.clear();
    keep(line);
    return { line };
}

void TunnelLog::addNote(const QString &line)
{
    keep(line);
}

void TunnelLog::clear()
{
    m_partial.clear();
    m_lines.clear();
}

QStringList TunnelLog::lastLines(qsizetype count) const
{
    return m_lines.mid(qMax<qsizetype>(0, m_lines.size() - count));
}

void TunnelLog::keep(const QString &line)
{
    m_lines.append(line);
    if (m_lines.size() > kMaxLines)
        m_lines.remove(0, m_lines.size() - kMaxLines);
}

} // namespace hookscope
