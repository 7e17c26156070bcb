#pragma once

#include "bodycomposer.h"
#include "fakevalues.h"

#include <QByteArray>
#include <QDateTime>
#include <QSet>
#include <QString>

#include <optional>

namespace hookscope {

// "Randomize" of the composer: gives the fields of a body realistic new values, chosen by each
// field's schema (enum, format, pattern, type) and name (first_name, billing_postal_code,
// phoneNumber, ...), coherent within an object (one person's name and e-mail address, one
// address's street, city, postcode and region of one country) and within an event (times in
// document order, one company). Pinned fields, the event type and constants keep their values;
// so do nulls and fields it cannot place. Values are spliced into the body, so key order, number
// spelling and layout stay. One seed and one `now` always give the same body.
class BodyRandomizer
{
public:
    struct Result
    {
        QByteArray body;
        int changed = 0; // fields given a new value
    };

    BodyRandomizer(const BodyComposer &composer, quint32 seed,
                   QDateTime now = QDateTime::currentDateTimeUtc());

    // pinned: JSON pointers whose values (and everything below them) are kept. nullopt with a
    // sentence when the body is not strict JSON.
    std::optional<Result> randomize(const QByteArray &body, const QSet<QString> &pinned,
                                    QString *error);

private:
    const BodyComposer &m_composer;
    FakeValues m_values;
    QDateTime m_now;
};

} // namespace hookscope
