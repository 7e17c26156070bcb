#pragma once

#include <QCoreApplication>

namespace hookscope {

// The translation context of the command-line texts ("cli"), named so that lupdate files a
// Cli::tr() text under the context it is looked up in at run time.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

} // namespace hookscope
