#pragma once

#include "common/delivery.h"

#include <QFile>
#include <QList>
#include <QString>

#include <functional>

namespace hookscope {

// An append-only log of captured deliveries: the fast durable step between receiving a
// delivery and answering it. One write() per batch, no pages rewritten, no indices; the
// store indexes journaled deliveries in large transactions afterwards, and on start-up
// re-indexes whatever a crash left unindexed.
//
// Files: <dir>/<first sequence, 20 digits>.journal, each a run of records
//   magic "HSJ1" | u32 payload length | u32 CRC-32 of payload | u64 sequence | payload
// where payload is the delivery in QDataStream form. A torn record at the end of the last
// file (a crash mid-write) is cut off when the journal is opened.
class DeliveryJournal
{
public:
    struct Options
    {
        QString directory;
        bool syncEachBatch = false; // fdatasync after each batch: survives power loss too
        qint64 segmentBytes = 64 * 1024 * 1024;
    };

    DeliveryJournal() = default;
    ~DeliveryJournal();
    DeliveryJournal(const DeliveryJournal &) = delete;
    DeliveryJournal &operator=(const DeliveryJournal &) = delete;

    // Sequence numbers continue after max(what the files hold, lastIndexed).
    bool open(const Options &options, quint64 lastIndexed);
    void close() { m_segment.close(); }
    QString lastError() const { return m_lastError; }

    // Appends the batch and sets each delivery's journalSequence; all or nothing.
    bool append(QList<Delivery> &batch);

    quint64 lastSequence() const { return m_nextSequence - 1; }

    // Visits journaled deliveries with sequence > after, in order (crash recovery).
    static bool replay(const QString &directory, quint64 after,
                       const std::function<void(Delivery &&)> &visit, QString *errorMessage);
    // The sequence of the newest intact record on disk, 0 if none.
    static quint64 lastSequenceIn(const QString &directory);
    // Deletes files all of whose records are <= indexedThrough, except the newest file.
    static void discardIndexed(const QString &directory, quint64 indexedThrough);

    static QByteArray encode(const Delivery &delivery);
    static bool decode(const QByteArray &payload, Delivery *delivery);

private:
    bool openSegment(quint64 firstSequence);
    bool fail(const QString &message);

    Options m_options;
    QFile m_segment;
    qint64 m_segmentSize = 0;
    quint64 m_nextSequence = 1;
    QString m_lastError;
};

} // namespace hookscope
