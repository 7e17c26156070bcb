#pragma once

#include "common/privatefile.h"
#include "composerdraft.h"
#include "httpexchange.h"
#include "outgoingrequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace hookscope {

// One send of the composer: what it was made from, what went on the wire and what came back.
struct SentDelivery
{
    QDateTime sentAt; // UTC
    ComposerDraft draft;
    OutgoingRequest request; // as sent: encrypted and signed
    HttpExchange response; // the first answer, or why there was none
    int count = 1; // copies sent
    QByteArray summary; // RepeatSummary::formatted() when more than one was sent
    bool cancelled = false;
};

// The composer's sends, newest first, in <data dir>/send-history.json: at most `limit` of them,
// bodies beyond MaxKeptBody cut short (the composer's own body, in the draft, is always whole).
class SendHistory
{
public:
    static constexpr int DefaultLimit = 200;
    static constexpr qsizetype MaxKeptBody = 256 * 1024;

    explicit SendHistory(const QString &dataDirectory, int limit = DefaultLimit);

    bool load(QString *problem);
    const QList<SentDelivery> &entries() const { return m_entries; }
    bool add(const SentDelivery &entry, QString *error);
    bool clear(QString *error);

private:
    bool write(QString *error);

    PrivateJsonFile m_file;
    int m_limit;
    QList<SentDelivery> m_entries;
};

} // namespace hookscope
