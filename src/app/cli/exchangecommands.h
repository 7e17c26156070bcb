#pragma once

#include <QStringList>

namespace hookscope {

// `hookscope export ...` and `hookscope import ...`; arguments include the program name.
int runExportCommand(const QStringList &arguments);
int runImportCommand(const QStringList &arguments);

} // namespace hookscope
