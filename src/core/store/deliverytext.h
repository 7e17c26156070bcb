#pragma once

#include "common/delivery.h"

#include <QString>
#include <QStringList>

class QSqlQuery;

namespace hookscope {

// What free-text search sees of a delivery: its target, headers and the first bytes of its
// (decrypted) body when that is text. The store indexes exactly this and, to remove a delivery
// from its contentless index, must hand back exactly this again.
namespace deliverytext {

constexpr qsizetype kMaxIndexedBodyBytes = 64 * 1024;

QString searchable(const Delivery &delivery);
// The words of a text as search sees them: runs of letters and digits, everything else
// separates ("james.hetfield@email.com" is four words).
QStringList wordsOf(const QString &text);

// What a query over "deliveries d JOIN delivery_payloads p" selects to compute searchable() of
// stored deliveries: the id first, then only the bytes the text is made of.
QString storedColumns();
// searchable() of a row selected with storedColumns().
QString searchableRow(const QSqlQuery &row);

} // namespace deliverytext

} // namespace hookscope
