#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

namespace hookscope {

// The last lines a tunnel program printed. Output arrives in pieces; a line is complete at its
// newline (or, cut, at kMaxLineBytes), so a program printing without end cannot fill memory.
class TunnelLog
{
public:
    static constexpr qsizetype kMaxLines = 500;
    static constexpr qsizetype kMaxLineBytes = 4096;

    // The lines this piece completed, also kept.
    QStringList append(QByteArrayView output);
    // The unterminated rest as a line, when the program ended.
    QStringList flush();
    // A line of Hookscope's own ("$ ssh -N ...", "stopped").
    void addNote(const QString &line);
    void clear();

    const QStringList &lines() const { return m_lines; }
    QStringList lastLines(qsizetype count) const;

private:
    void keep(const QString &line);

    QByteArray m_partial;
    QStringList m_lines;
};

} // namespace hookscope
