#pragma once

#include "store/storeoptions.h"
#include "backgroundexport.h"
#include "exportdialog.h"

#include <QObject>

#include <memory>

class QProgressDialog;
class QWidget;

namespace hookscope {

class AppSettings;
class DeliveryAnalyzer;

// The console's side of an export: the dialog, the export run in the background with a
// progress dialog that can cancel it, and what came of it, said to the user.
class ExportController : public QObject
{
    Q_OBJECT
public:
    ExportController(QWidget *window, const StoreOptions &store,
                     std::shared_ptr<const DeliveryAnalyzer> analyzer, AppSettings *settings);
    ~ExportController() override;

    void setAnalyzer(std::shared_ptr<const DeliveryAnalyzer> analyzer);
    // Opens the dialog (window-modal, returns at once); accepting it starts the export.
    ExportDialog *open(ExportDialog::Choices choices, ExportDialog::Scope scope);
    void start(const ExportRequest &request);
    bool isRunning() const;

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    void finished(const hookscope::ExportOutcome &outcome);
    void message(const QString &text); // for the status bar

private:
    void showProgress(qint64 done, qint64 total);
    void ended(const ExportOutcome &outcome, const ExportRequest &request);

    QWidget *m_window;
    StoreOptions m_store;
    std::shared_ptr<const DeliveryAnalyzer> m_analyzer;
    AppSettings *m_settings;
    std::unique_ptr<BackgroundExport> m_export;
    QProgressDialog *m_progress = nullptr;
};

} // namespace hookscope
