#pragma once

#include <QString>

namespace hookscope {

// What a signature scheme id ("stripe", "phasio", ...) is called in the user's language.
QString signatureSchemeTitle(const QString &id);

} // namespace hookscope
