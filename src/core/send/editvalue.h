#pragma once

#include "schematypelookup.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace hookscope {

// A JSON string token: quotes added, '"', '\\' and control characters escaped, the rest UTF-8.
QByteArray jsonStringLiteral(QStringView text);

// The JSON text of a --set value.
//   Typed (allowed is not kAnyJsonType): "null" where null is allowed; integers and numbers
//   as written (JSON number syntax); true/false; a JSON object or array literal where the schema
//   wants one; otherwise a string where strings are allowed. Nothing fits: nullopt and an error
//   saying what the schema wants ("an integer or null").
//   Inferred (kAnyJsonType): a JSON number as written, true, false, null, an object or array
//   literal that is strict JSON; anything else is a string.
std::optional<QByteArray> encodeEditValue(const QString &text, JsonTypes allowed, QString *error);

// "an integer or null": what a set of types asks for, in words.
QString describeJsonTypes(JsonTypes types);

} // namespace hookscope
