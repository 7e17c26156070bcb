#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace hookscope {

struct SampleReference
{
    QString provider;
    QString eventType;

    QString name() const { return provider + QLatin1Char('/') + eventType; }
};

// The realistic sample bodies shipped with Hookscope: samples/<provider>/<event type>.json,
// compiled in at :/samples.
class SampleLibrary
{
public:
    static QList<SampleReference> bundled(); // sorted by provider, then event type
    // Empty when there is no such sample.
    static QByteArray body(const QString &provider, const QString &eventType);
};

} // namespace hookscope
