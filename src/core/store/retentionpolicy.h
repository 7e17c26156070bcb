#pragma once

#include <QtGlobal>

#include <optional>

namespace hookscope {

// How many deliveries the store keeps: the newest keepLast, and those received in the last
// keepDays days (imported ones count by their original receive time). 0: no limit of that kind.
struct RetentionPolicy
{
    qint64 keepLast = 0;
    int keepDays = 0;

    bool keepsEverything() const { return keepLast <= 0 && keepDays <= 0; }
    friend bool operator==(const RetentionPolicy &a, const RetentionPolicy &b)
    {
        return a.keepLast == b.keepLast && a.keepDays == b.keepDays;
    }
    friend bool operator!=(const RetentionPolicy &a, const RetentionPolicy &b) { return !(a == b); }
};

} // namespace hookscope
