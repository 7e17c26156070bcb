#include "exportcontroller.h"

#include "appsettings.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {
constexpr int kProgressShownAfterMs = 400;
}

ExportController::ExportController(QWidget *window, const StoreOptions &store,
                                   std::shared_ptr<const DeliveryAnalyzer> analyzer, AppSettings *settings)
    : QObject(window), m_window(window), m_store(store), m_analyzer(std::move(analyzer)),
      m_settings(settings)
{ }

ExportController::~ExportController() = default;

void ExportController::setAnalyzer(std::shared_ptr<const DeliveryAnalyzer> analyzer)
{
    m_analyzer = std::move(analyzer);
}

bool ExportController::isRunning() const
{
    return m_export && m_export->isRunning();
}

ExportDialog *ExportController::open(ExportDialog::Choices choices, ExportDialog::Scope scope)
{
    if (choices.directory.isEmpty())
        choices.directory = m_settings->exportDirectory();
    auto *dialog = new ExportDialog(choices, scope, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { start(dialog->request()); });
    dialog->open();
    return dialog;
}

void ExportController::start(const ExportRequest &request)
{
    if (isRunning()) {
        emit message(tr("An export is running; wait for it or cancel it first."));
        return;
    }
    const QFileInfo target(request.output);
    m_settings->setExportDirectory(request.eachEventType() ? target.absoluteFilePath()
                                                           : target.absolutePath());
    m_export = std::make_unique<BackgroundExport>(m_store, m_analyzer);
    m_progress = new QProgressDialog(tr("Exporting to %1…").arg(target.fileName()), tr("Cancel"), 0, 0,
                                     m_window);
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(kProgressShownAfterMs);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, m_export.get(), &BackgroundExport::cancel);
    connect(m_export.get(), &BackgroundExport::progressed, this, &ExportController::showProgress);
    connect(m_export.get(), &BackgroundExport::progressed, this, &ExportController::progressed);
    connect(m_export.get(), &BackgroundExport::finished, this,
            [this, request](const ExportOutcome &outcome) { ended(outcome, request); });
    m_export->start(request);
}

void ExportController::showProgress(qint64 done, qint64 total)
{
    if (!m_progress)
        return;
    // QProgressDialog counts in int; a fraction of a thousand is fine enough.
    m_progress->setMaximum(1000);
    m_progress->setValue(total > 0 ? int(qMin<qint64>(done, total) * 1000 / total) : 0);
    m_progress->setLabelText(tr("Exporting: %1 of %Ln deliveries read…", nullptr, int(total))
                                     .arg(QLocale().toString(done)));
}

void ExportController::ended(const ExportOutcome &outcome, const ExportRequest &request)
{
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->close();
        m_progress = nullptr;
    }
    m_export.release()->deleteLater(); // its finished() is what called this
    if (outcome.cancelled) {
        emit message(tr("Export cancelled; nothing was written."));
    } else if (!outcome.succeeded) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export"),
                                    tr("Nothing was exported: %1").arg(outcome.error), QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    } else {
        const QString where = QDir::toNativeSeparators(request.output);
        const QString text = request.eachEventType()
                ? tr("Exported %1 to %2 (one per event type) in %3.")
                          .arg(tr("%Ln deliveries", nullptr, int(outcome.deliveries)),
                               tr("%Ln files", nullptr, int(outcome.files.size())), where)
                : tr("Exported %Ln deliveries to %1.", nullptr, int(outcome.deliveries)).arg(where);
        emit message(text);
        auto *box = new QMessageBox(QMessageBox::Information, tr("Export"), text, QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *show = box->addButton(tr("Show in folder"), QMessageBox::ActionRole);
        const QString folder = request.eachEventType() ? request.output : QFileInfo(request.output).absolutePath();
        connect(show, &QPushButton::clicked, this,
                [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
        box->open();
    }
    emit finished(outcome);
}

} // namespace hookscope
