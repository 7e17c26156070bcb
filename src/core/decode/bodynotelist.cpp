#include "bodynotelist.h"

using namespace Qt::StringLiterals;

namespace hookscope {

BodyNoteList::BodyNoteList(int maxNotes) : m_maxNotes(qMax(1, maxNotes)) { }

void BodyNoteList::add(BodyNote::Severity severity, const QString &message, qint64 byteOffset)
{
    if (isFull()) {
        ++m_dropped;
        return;
    }
    m_notes.append({ severity, message, byteOffset });
}

QList<BodyNote> BodyNoteList::take()
{
    QList<BodyNote> notes = std::move(m_notes);
    if (m_dropped > 0) {
        notes.append({ BodyNote::Severity::Info,
                       u"%1 more notes like these were left out."_s.arg(m_dropped), -1 });
    }
    m_notes.clear();
    m_dropped = 0;
    return notes;
}

} // namespace hookscope
