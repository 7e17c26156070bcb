#pragma once

#include "decode/decodedbody.h"

#include <QList>
#include <QString>

namespace hookscope {

// Notes in the order they were found, up to a fixed number; the rest are only counted, so that
// hostile input cannot grow the list (or the time spent formatting messages) without bound.
class BodyNoteList
{
public:
    static constexpr int DefaultMaxNotes = 100;

    explicit BodyNoteList(int maxNotes = DefaultMaxNotes);

    void add(BodyNote::Severity severity, const QString &message, qint64 byteOffset = -1);
    // For notes found in a loop: the message is only built while there is room for it.
    template<typename MakeMessage>
    void addLazily(BodyNote::Severity severity, qint64 byteOffset, MakeMessage makeMessage)
    {
        if (isFull())
            ++m_dropped;
        else
            add(severity, makeMessage(), byteOffset);
    }

    bool isFull() const { return m_notes.size() >= m_maxNotes; }
    // The notes, followed by one saying how many were left out, if any.
    QList<BodyNote> take();

private:
    QList<BodyNote> m_notes;
    int m_maxNotes;
    qint64 m_dropped = 0;
};

} // namespace hookscope
