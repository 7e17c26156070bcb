#pragma once

#include "importreader.h"

#include <QString>

#include <functional>

namespace hookscope {

class DeliveryAnalyzer;
class DeliveryStore;

// Runs an import: reads every delivery from a reader, classifies it as a capture would
// (endpoint, provider, event types, signature judged at its receive time, decrypted body when
// the key is known) and stores it, in batches. An item the reader cannot read is reported and
// skipped; the rest is imported.
class DeliveryImporter
{
public:
    using Progress = std::function<bool(qint64 imported)>; // false cancels
    using BadItem = std::function<void(const QString &error)>;

    DeliveryImporter(DeliveryStore &store, const DeliveryAnalyzer &analyzer);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // False when the store fails (errorString()) or the import is cancelled; deliveries stored
    // before then stay.
    bool run(ImportReader &reader, const BadItem &badItem = {});

    void classify(Delivery &delivery) const;

    qint64 imported() const { return m_imported; }
    qint64 skipped() const { return m_skipped; }
    QString errorString() const { return m_error; }

private:
    bool store(QList<Delivery> &batch);

    DeliveryStore &m_store;
    const DeliveryAnalyzer &m_analyzer;
    Progress m_progress;
    qint64 m_imported = 0;
    qint64 m_skipped = 0;
    QString m_error;
};

} // namespace hookscope
