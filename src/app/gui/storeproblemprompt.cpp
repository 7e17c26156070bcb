#include "storeproblemprompt.h"

#include "store/datadirectory.h"
#include "store/storediagnosis.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace hookscope {

StoreProblemPrompt::Choice StoreProblemPrompt::resolve(const QString &dataDirectory, QWidget *parent)
{
    Choice choice;
    choice.dataDirectory = dataDirectory;
    for (;;) {
        const StoreDiagnosis diagnosis = StoreDiagnosis::of(DataDirectory::databasePath(choice.dataDirectory));
        if (diagnosis.isUsable())
            return choice;
        switch (ask(diagnosis, parent)) {
        case Answer::ReadOnly:
            choice.outcome = Outcome::ReadOnly;
            choice.problem = diagnosis.problem;
            return choice;
        case Answer::Quit:
            choice.outcome = Outcome::Quit;
            return choice;
        case Answer::NewDirectory:
            if (const QString chosen = chooseDirectory(choice.dataDirectory, parent); !chosen.isEmpty())
                choice.dataDirectory = chosen;
            break; // asked again when nothing usable was chosen
        }
    }
}

StoreProblemPrompt::Answer StoreProblemPrompt::ask(const StoreDiagnosis &diagnosis, QWidget *parent)
{
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("storeProblem"));
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Delivery store cannot be used"));
    box.setText(diagnosis.state == StoreDiagnosis::State::Newer
                        ? tr("The delivery store was written by a newer version of Hookscope.")
                        : tr("The delivery store is damaged."));
    QString details = tr("%1\n\nProblem: %2.\n\nNothing has been changed in it.").arg(diagnosis.databasePath, diagnosis.problem);
    details += u' ';
    details += diagnosis.readable ? tr("You can look at what it holds read-only, with capture off, start a new data "
                                       "directory (this one is left as it is), or quit.")
                                  : tr("It cannot be opened even to read it. You can start a new data directory (this "
                                       "one is left as it is), or quit.");
    box.setInformativeText(details);
    QPushButton *readOnly = nullptr;
    if (diagnosis.readable) {
        readOnly = box.addButton(tr("Open read-only"), QMessageBox::AcceptRole);
        readOnly->setObjectName(QStringLiteral("openReadOnly"));
    }
    QPushButton *newDirectory = box.addButton(tr("Start a new data directory…"), QMessageBox::ActionRole);
    newDirectory->setObjectName(QStringLiteral("newDataDirectory"));
    QPushButton *quit = box.addButton(tr("Quit"), QMessageBox::RejectRole);
    quit->setObjectName(QStringLiteral("quit"));
    box.setDefaultButton(readOnly ? readOnly : newDirectory);
    box.setEscapeButton(quit);
    box.exec();
    if (box.clickedButton() == newDirectory)
        return Answer::NewDirectory;
    if (readOnly && box.clickedButton() == readOnly)
        return Answer::ReadOnly;
    return Answer::Quit;
}

QString StoreProblemPrompt::chooseDirectory(const QString &current, QWidget *parent)
{
    const QString currentPath = QFileInfo(current).absoluteFilePath();
    QFileDialog dialog(parent, tr("Choose or create an empty data directory"),
                       QFileInfo(currentPath).absolutePath());
    dialog.setObjectName(QStringLiteral("newDataDirectoryDialog"));
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    // Qt's own dialog everywhere, so it looks and is driven alike on every desktop and in tests.
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString chosen = QFileInfo(dialog.selectedFiles().constFirst()).absoluteFilePath();
    QString error;
    if (chosen == currentPath)
        error = tr("That is the data directory whose store cannot be used; choose another.");
    else
        DataDirectory::prepare(chosen, &error);
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, tr("Data directory"), error);
        return {};
    }
    return chosen;
}

} // namespace hookscope
