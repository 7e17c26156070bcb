#pragma once

#include <QStringList>

namespace hookscope {

// `hookscope samples`: one provider/event_type per line, with the provider's name and the
// event type's title, for --sample of `hookscope send`.
int runSamplesCommand(const QStringList &arguments);

} // namespace hookscope
