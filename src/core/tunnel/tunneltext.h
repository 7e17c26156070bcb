#pragma once

#include <QCoreApplication>

namespace hookscope {

// The translation context of the tunnel texts ("tunnel"), named so that lupdate files a
// TunnelText::tr() text under the context it is looked up in at run time.
struct TunnelText
{
    Q_DECLARE_TR_FUNCTIONS(tunnel)
};

} // namespace hookscope
