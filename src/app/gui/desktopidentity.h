#pragma once

#include <QIcon>

namespace hookscope {

// What the desktop knows Hookscope by: its icon at every rendered size (so HiDPI screens and the
// window switcher get a sharp one) and the id of its desktop entry (Wayland matches windows to
// the entry, and so to its name and icon, by it).
class DesktopIdentity
{
public:
    static QIcon icon();
    static QString applicationId();
    // Sets the application's window icon and desktop entry id.
    static void apply();
};

} // namespace hookscope
