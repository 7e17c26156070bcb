#include "deliveryimporter.h"

#include "providers/deliveryanalyzer.h"
#include "store/deliverystore.h"

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {
constexpr qsizetype kBatchSize = 500;
}

DeliveryImporter::DeliveryImporter(DeliveryStore &store, const DeliveryAnalyzer &analyzer)
    : m_store(store), m_analyzer(analyzer)
{ }

void DeliveryImporter::classify(Delivery &delivery) const
{
    m_analyzer.analyze(delivery).recordIn(delivery);
}

bool DeliveryImporter::store(QList<Delivery> &batch)
{
    if (batch.isEmpty())
        return true;
    if (!m_store.append(batch)) {
        m_error = m_store.lastError();
        return false;
    }
    m_imported += batch.size();
    batch.clear();
    if (m_progress && !m_progress(m_imported)) {
        m_error = u"import cancelled"_s;
        return false;
    }
    return true;
}

bool DeliveryImporter::run(ImportReader &reader, const BadItem &badItem)
{
    m_imported = 0;
    m_skipped = 0;
    m_error.clear();
    QList<Delivery> batch;
    while (!reader.atEnd()) {
        std::optional<Delivery> delivery = reader.next();
        if (!delivery) {
            if (!reader.errorString().isEmpty()) {
                ++m_skipped;
                if (badItem)
                    badItem(reader.errorString());
            }
            continue;
        }
        delivery->origin = Delivery::Origin::Imported;
        classify(*delivery);
        batch.append(std::move(*delivery));
        if (batch.size() >= kBatchSize && !store(batch))
            return false;
    }
    return store(batch);
}

} // namespace hookscope
