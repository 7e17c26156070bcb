#include "deliveryjournal.h"

#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QtEndian>

#include <zlib.h>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcJournal, "hookscope.store.journal", QtInfoMsg)

namespace hookscope {

namespace {

constexpr char kMagic[4] = { 'H', 'S', 'J', '1' };
constexpr qsizetype kHeaderBytes = 4 + 4 + 4 + 8;
constexpr quint32 kMaxPayloadBytes = 1024u * 1024u * 1024u;
// 2 added the forward target's answer; records of version 1 are still read.
constexpr quint8 kEncodingVersion = 2;

struct Segment
{
    quint64 firstSequence;
    QString path;
};

QList<Segment> segmentsIn(const QString &directory)
{
    QList<Segment> segments;
    const QDir dir(directory);
    for (const QString &name : dir.entryList({ u"*.journal"_s }, QDir::Files, QDir::Name)) {
        bool ok = false;
        const quint64 first = name.chopped(8).toULongLong(&ok);
        if (ok)
            segments.append({ first, dir.filePath(name) });
    }
    std::sort(segments.begin(), segments.end(),
              [](const Segment &a, const Segment &b) { return a.firstSequence < b.firstSequence; });
    return segments;
}

quint32 crcOf(const QByteArray &payload)
{
    return quint32(crc32(crc32(0L, nullptr, 0), reinterpret_cast<const Bytef *>(payload.constData()),
                         uInt(payload.size())));
}

// Visits every intact record; returns the offset just past the last one.
qint64 scanSegment(QFile &file, const std::function<void(quint64, const QByteArray &)> &visit)
{
    qint64 validEnd = 0;
    for (;;) {
        const QByteArray header = file.read(kHeaderBytes);
        if (header.size() < kHeaderBytes || !header.startsWith(QByteArrayView(kMagic, 4)))
            break;
        const quint32 length = qFromBigEndian<quint32>(header.constData() + 4);
        const quint32 crc = qFromBigEndian<quint32>(header.constData() + 8);
        const quint64 sequence = qFromBigEndian<quint64>(header.constData() + 12);
        if (length > kMaxPayloadBytes)
            break;
        const QByteArray payload = file.read(length);
        if (payload.size() != qsizetype(length) || crcOf(payload) != crc)
            break;
        visit(sequence, payload);
        validEnd = file.pos();
    }
    return validEnd;
}

void writeHeaders(QDataStream &stream, const HttpHeaderList &headers)
{
    stream << quint32(headers.size());
    for (const HttpHeader &header : headers)
        stream << header.name << header.value;
}

bool readHeaders(QDataStream &stream, HttpHeaderList *headers)
{
    quint32 count = 0;
    stream >> count;
    if (stream.status() != QDataStream::Ok || count > 1'000'000)
        return false;
    headers->clear();
    headers->reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        HttpHeader header;
        stream >> header.name >> header.value;
        headers->append(header);
    }
    return stream.status() == QDataStream::Ok;
}

} // namespace

DeliveryJournal::~DeliveryJournal() = default;

QByteArray DeliveryJournal::encode(const Delivery &delivery)
{
    QByteArray payload;
    payload.reserve(256 + delivery.body.size() + delivery.response.body.size());
    QDataStream stream(&payload, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << kEncodingVersion << delivery.receivedAtNs << delivery.method << delivery.target
           << delivery.httpVersion;
    writeHeaders(stream, delivery.headers);
    stream << delivery.body << delivery.peerAddress << delivery.peerPort
           << qint32(delivery.response.status);
    writeHeaders(stream, delivery.response.headers);
    stream << delivery.response.body << delivery.rejection << delivery.declaredBodyBytes
           << quint8(delivery.origin) << delivery.classification.endpoint
           << delivery.classification.provider << delivery.classification.eventTypes
           << delivery.classification.signature << delivery.decryptedBody;
    const std::optional<ForwardOutcome> &forward = delivery.forwardOutcome;
    stream << quint8(forward.has_value());
    if (forward) {
        stream << forward->url << qint32(forward->status);
        writeHeaders(stream, forward->headers);
        stream << forward->body << forward->bodyTruncated << forward->elapsedNs << forward->error;
    }
    return payload;
}

bool DeliveryJournal::decode(const QByteArray &payload, Delivery *delivery)
{
    QDataStream stream(payload);
    stream.setVersion(QDataStream::Qt_6_4);
    quint8 version = 0;
    qint32 status = 0;
    quint8 origin = 0;
    stream >> version;
    if (version < 1 || version > kEncodingVersion)
        return false;
    stream >> delivery->receivedAtNs >> delivery->method >> delivery->target
            >> delivery->httpVersion;
    if (!readHeaders(stream, &delivery->headers))
        return false;
    stream >> delivery->body >> delivery->peerAddress >> delivery->peerPort >> status;
    if (!readHeaders(stream, &delivery->response.headers))
        return false;
    stream >> delivery->response.body >> delivery->rejection >> delivery->declaredBodyBytes >> origin
            >> delivery->classification.endpoint >> delivery->classification.provider
            >> delivery->classification.eventTypes >> delivery->classification.signature
            >> delivery->decryptedBody;
    delivery->response.status = status;
    delivery->origin = origin == quint8(Delivery::Origin::Imported) ? Delivery::Origin::Imported
                                                                     : Delivery::Origin::Captured;
    quint8 hasForward = 0;
    delivery->forwardOutcome.reset();
    if (version >= 2)
        stream >> hasForward;
    if (hasForward) {
        ForwardOutcome forward;
        qint32 forwardStatus = 0;
        stream >> forward.url >> forwardStatus;
        if (!readHeaders(stream, &forward.headers))
            return false;
        stream >> forward.body >> forward.bodyTruncated >> forward.elapsedNs >> forward.error;
        forward.status = forwardStatus;
        delivery->forwardOutcome = std::move(forward);
    }
    return stream.status() == QDataStream::Ok;
}

bool DeliveryJournal::fail(const QString &message)
{
    m_lastError = message;
    return false;
}

bool DeliveryJournal::open(const Options &options, quint64 lastIndexed)
{
    m_options = options;
    const bool created = !QFileInfo::exists(options.directory);
    if (!QDir().mkpath(options.directory))
        return fail(u"cannot create the journal directory %1"_s.arg(options.directory));
    if (created) // what it holds is deliveries: its owner's only, like the data directory
        QFile::setPermissions(options.directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QList<Segment> segments = segmentsIn(options.directory);
    quint64 lastJournaled = 0;
    if (!segments.isEmpty()) {
        QFile last(segments.constLast().path);
        if (!last.open(QIODevice::ReadWrite))
            return fail(u"cannot open %1: %2"_s.arg(last.fileName(), last.errorString()));
        const qint64 validEnd =
                scanSegment(last, [&](quint64 sequence, const QByteArray &) { lastJournaled = sequence; });
        if (validEnd < last.size()) {
            qCWarning(lcJournal) << "cutting a torn record off" << last.fileName() << "at" << validEnd;
            last.resize(validEnd);
        }
        if (lastJournaled == 0)
            lastJournaled = segments.constLast().firstSequence - 1;
    }
    m_nextSequence = qMax(lastJournaled, lastIndexed) + 1;
    // Keep appending to the newest file only while it still holds unindexed records; otherwise
    // start a new one so the old can go.
    if (!segments.isEmpty() && lastJournaled > lastIndexed
        && QFileInfo(segments.constLast().path).size() < options.segmentBytes) {
        m_segment.setFileName(segments.constLast().path);
        if (!m_segment.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return fail(u"cannot open %1: %2"_s.arg(m_segment.fileName(), m_segment.errorString()));
        m_segmentSize = QFileInfo(m_segment.fileName()).size();
        return true;
    }
    if (!openSegment(m_nextSequence))
        return false;
    discardIndexed(options.directory, lastIndexed);
    return true;
}

bool DeliveryJournal::openSegment(quint64 firstSequence)
{
    m_segment.close();
    m_segment.setFileName(QDir(m_options.directory)
                                  .filePath(u"%1.journal"_s.arg(firstSequence, 20, 10, QLatin1Char('0'))));
    if (!m_segment.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return fail(u"cannot create %1: %2"_s.arg(m_segment.fileName(), m_segment.errorString()));
    m_segmentSize = 0;
    return true;
}

bool DeliveryJournal::append(QList<Delivery> &batch)
{
    if (!m_segment.isOpen())
        return fail(u"the journal is not open"_s);
    QByteArray buffer;
    quint64 sequence = m_nextSequence;
    for (Delivery &delivery : batch) {
        const QByteArray payload = encode(delivery);
        char header[kHeaderBytes];
        std::memcpy(header, kMagic, 4);
        qToBigEndian<quint32>(quint32(payload.size()), header + 4);
        qToBigEndian<quint32>(crcOf(payload), header + 8);
        qToBigEndian<quint64>(sequence, header + 12);
        buffer.append(header, kHeaderBytes);
        buffer.append(payload);
        delivery.journalSequence = sequence++;
    }

    if (m_segment.write(buffer) != buffer.size()) {
        const QString error = m_segment.errorString();
        m_segment.resize(m_segmentSize); // no torn record stays behind
        for (Delivery &delivery : batch)
            delivery.journalSequence = 0;
        return fail(u"cannot write the journal: %1"_s.arg(error));
    }
#if defined(Q_OS_UNIX)
    if (m_options.syncEachBatch && ::fdatasync(m_segment.handle()) != 0)
        return fail(u"cannot sync the journal"_s);
#endif
    m_nextSequence = sequence;
    m_segmentSize += buffer.size();
    if (m_segmentSize >= m_options.segmentBytes)
        openSegment(m_nextSequence);
    return true;
}

bool DeliveryJournal::replay(const QString &directory, quint64 after,
                             const std::function<void(Delivery &&)> &visit, QString *errorMessage)
{
    const QList<Segment> segments = segmentsIn(directory);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const bool hasNewer = i + 1 < segments.size();
        if (hasNewer && segments.at(i + 1).firstSequence <= after + 1)
            continue; // every record of this file is older
        QFile file(segments.at(i).path);
        if (!file.open(QIODevice::ReadOnly)) {
            *errorMessage = u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString());
            return false;
        }
        bool undecodable = false;
        scanSegment(file, [&](quint64 sequence, const QByteArray &payload) {
            if (sequence <= after)
                return;
            Delivery delivery;
            if (!decode(payload, &delivery)) {
                undecodable = true;
                return;
            }
            delivery.journalSequence = sequence;
            visit(std::move(delivery));
        });
        if (undecodable)
            qCWarning(lcJournal) << "skipped records of" << file.fileName() << "that could not be read";
    }
    return true;
}

quint64 DeliveryJournal::lastSequenceIn(const QString &directory)
{
    const QList<Segment> segments = segmentsIn(directory);
    if (segments.isEmpty())
        return 0;
    QFile file(segments.constLast().path);
    quint64 last = segments.constLast().firstSequence - 1;
    if (file.open(QIODevice::ReadOnly))
        scanSegment(file, [&](quint64 sequence, const QByteArray &) { last = sequence; });
    return last;
}

void DeliveryJournal::discardIndexed(const QString &directory, quint64 indexedThrough)
{
    const QList<Segment> segments = segmentsIn(directory);
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        if (segments.at(i + 1).firstSequence - 1 <= indexedThrough)
            QFile::remove(segments.at(i).path);
    }
}

} // namespace hookscope
