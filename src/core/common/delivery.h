#pragma once

#include "httpheaders.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace hookscope {

struct DeliveryResponse
{
    int status = 0;
    HttpHeaderList headers;
    QByteArray body;
    int delayMs = 0; // answer this much later (an endpoint simulating a slow receiver)
};

// What Hookscope derived from a delivery when it was stored (provider detection, event split,
// signature check). A cache: it can be recomputed from the raw request at any time.
struct DeliveryClassification
{
    QString endpoint;
    QString provider;
    QStringList eventTypes; // one per event, in body order (a batch has several)
    QString signature = QStringLiteral("unchecked"); // valid | invalid | missing | unchecked
};

// What the app under development answered when a delivery was forwarded to it.
struct ForwardOutcome
{
    QString url;
    int status = 0; // 0: no answer, see error
    HttpHeaderList headers;
    QByteArray body; // at most kMaxBodyBytes; bodyTruncated says when more came
    bool bodyTruncated = false;
    qint64 elapsedNs = 0;
    QString error; // why there was no answer, empty when there was one

    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;
    bool answered() const { return error.isEmpty(); }
};

// One captured HTTP request, kept exactly as received, and the response Hookscope sent.
struct Delivery
{
    enum class Origin { Captured, Imported };

    qint64 id = 0;
    qint64 receivedAtNs = 0; // UTC nanoseconds since the Unix epoch
    QByteArray method;
    QByteArray target; // path and query as on the request line
    QByteArray httpVersion;
    HttpHeaderList headers;
    QByteArray body;
    QString peerAddress;
    quint16 peerPort = 0;
    DeliveryResponse response;
    // Set when the capture server refused the request (413, 431, 408, ...): body is not kept.
    QString rejection;
    qint64 declaredBodyBytes = -1;
    Origin origin = Origin::Captured;
    DeliveryClassification classification;
    quint64 journalSequence = 0; // position in the capture journal, 0 when never journaled
    // Cache of what decrypting the body gave when it was captured (Phasio), so that it can be
    // shown and exported without the key; the raw body stays the record.
    QByteArray decryptedBody;
    // Where the delivery goes on to (an endpoint's forward target), decided at capture; and
    // whether the vendor gets the target's answer instead of the provider's response rule.
    QUrl forwardTo;
    bool answerWithForward = false;
    std::optional<ForwardOutcome> forwardOutcome;
    // The capture node that took it, when a store is shared; the store fills it in from its
    // options when empty, so the journal does not carry it.
    QString node;
};

} // namespace hookscope

#include <QMetaType>
Q_DECLARE_METATYPE(hookscope::Delivery)
