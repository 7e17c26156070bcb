#pragma once

#include <QString>

namespace hookscope {

// The state of a data directory's delivery store, found before anything writes to it: usable,
// written by a newer Hookscope, or damaged (not a database, cut short, unreadable schema).
// Cheap: it reads the header and the schema, not every page; a file whose header says it is
// longer than it is gets SQLite's quick_check before it is called damaged.
struct StoreDiagnosis
{
    enum class State { Usable, Newer, Damaged };

    static StoreDiagnosis of(const QString &databasePath);

    bool isUsable() const { return state == State::Usable; }
    // One paragraph for the command line: the path, what is wrong, that nothing was changed and
    // what the user can do.
    QString message() const;

    State state = State::Usable;
    QString databasePath;
    QString problem;       // what is wrong, in a few words ("file is not a database")
    bool readable = false; // can be opened read-only to look at what it holds
    int schemaVersion = 0; // of a newer store
};

} // namespace hookscope
