#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace hookscope {

struct StoreDiagnosis;

// At the console's start, a delivery store that cannot be used (damaged, or written by a newer
// Hookscope) is said plainly with the ways out: look at it read-only with capture off, start
// again in another data directory (the old one left as it is), or quit.
class StoreProblemPrompt
{
    Q_DECLARE_TR_FUNCTIONS(StoreProblemPrompt)

public:
    enum class Outcome { Capture, ReadOnly, Quit };

    struct Choice
    {
        Outcome outcome = Outcome::Capture;
        QString dataDirectory;
        QString problem; // with ReadOnly: why the store is read-only, for the console to say
    };

    // Capture at once when the store in dataDirectory is usable; otherwise asks, as often as
    // the user picks a directory whose store cannot be used either.
    static Choice resolve(const QString &dataDirectory, QWidget *parent = nullptr);

private:
    enum class Answer { ReadOnly, NewDirectory, Quit };
    static Answer ask(const StoreDiagnosis &diagnosis, QWidget *parent);
    // A directory other than current, created owner-only; empty when none was chosen.
    static QString chooseDirectory(const QString &current, QWidget *parent);
};

} // namespace hookscope
