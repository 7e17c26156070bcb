#include "exportdialog.h"

#include "ui_exportdialog.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

struct FormatChoice
{
    ExportFormat format;
    const char *title;
    const char *note;
};

// In the order the combo box shows them.
const FormatChoice kFormats[] = {
    { ExportFormat::Ndjson, QT_TRANSLATE_NOOP("ExportDialog", "NDJSON (lossless, imports back)"),
      QT_TRANSLATE_NOOP("ExportDialog",
                        "A line per delivery with everything: headers in wire order, the body byte for "
                        "byte, the response. Hookscope imports it back unchanged.") },
    { ExportFormat::Har, QT_TRANSLATE_NOOP("ExportDialog", "HAR 1.2"),
      QT_TRANSLATE_NOOP("ExportDialog",
                        "For browser dev tools and HAR viewers: an entry per delivery, bodies that are "
                        "not text in base64. Hookscope imports it back too.") },
    { ExportFormat::Csv, QT_TRANSLATE_NOOP("ExportDialog", "CSV, per event type"),
      QT_TRANSLATE_NOOP("ExportDialog",
                        "A row per event and a column per field of the event type (RFC 4180, UTF-8); "
                        "headers and arrays are left out.") },
    { ExportFormat::Json, QT_TRANSLATE_NOOP("ExportDialog", "JSON array, per event type"),
      QT_TRANSLATE_NOOP("ExportDialog",
                        "Each event exactly as it was in the body, with its delivery, time and schema "
                        "errors.") },
    { ExportFormat::Curl, QT_TRANSLATE_NOOP("ExportDialog", "curl commands (bash script)"),
      QT_TRANSLATE_NOOP("ExportDialog",
                        "A curl command per delivery that sends it again: method, headers and the exact "
                        "body. Binary bodies go to files beside the script.") },
    { ExportFormat::Raw, QT_TRANSLATE_NOOP("ExportDialog", "Raw body of the delivery"),
      QT_TRANSLATE_NOOP("ExportDialog",
                        "The body's bytes as they arrived, still compressed or encrypted if they "
                        "were.") },
};

} // namespace

ExportDialog::ExportDialog(const Choices &choices, Scope scope, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportDialog>()), m_choices(choices)
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    const qint64 selected = choices.selectedIds.size();
    m_ui->scopeSelected->setText(selected == 1 ? tr("The selected delivery (#%1)").arg(choices.selectedIds.first())
                                               : tr("The %Ln selected deliveries", nullptr, int(selected)));
    m_ui->scopeShown->setText(tr("What the list shows: %Ln deliveries", nullptr, int(choices.shownCount)));
    m_ui->scopeAll->setText(tr("All %Ln deliveries", nullptr, int(choices.allCount)));
    m_ui->scopeSelected->setEnabled(selected > 0);
    QRadioButton *initial = scope == Scope::Selected && selected > 0 ? m_ui->scopeSelected
            : scope == Scope::All                                      ? m_ui->scopeAll
                                                                       : m_ui->scopeShown;
    initial->setChecked(true);

    for (const FormatChoice &choice : kFormats)
        m_ui->format->addItem(tr(choice.title), int(choice.format));
    for (QRadioButton *button : { m_ui->scopeSelected, m_ui->scopeShown, m_ui->scopeAll })
        connect(button, &QRadioButton::toggled, this, &ExportDialog::update);
    connect(m_ui->format, &QComboBox::currentIndexChanged, this, &ExportDialog::update);
    connect(m_ui->browse, &QPushButton::clicked, this, &ExportDialog::browse);
    m_ui->formatNote->setForegroundRole(QPalette::PlaceholderText);
    m_ui->targetNote->setForegroundRole(QPalette::PlaceholderText);
    m_ui->noOptions->setForegroundRole(QPalette::PlaceholderText);
    update();
    resize(sizeHint().expandedTo(QSize(640, 0)));
}

ExportDialog::~ExportDialog() = default;

ExportDialog::Scope ExportDialog::scope() const
{
    if (m_ui->scopeSelected->isChecked())
        return Scope::Selected;
    return m_ui->scopeAll->isChecked() ? Scope::All : Scope::Shown;
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_ui->format->currentData().toInt());
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_ui->format->setCurrentIndex(m_ui->format->findData(int(format)));
}

ExportRequest ExportDialog::request() const
{
    ExportRequest request;
    request.format = format();
    switch (scope()) {
    case Scope::Selected:
        request.ids = m_choices.selectedIds;
        if (exportformat::isPerEventType(request.format)) {
            request.filter.provider = m_choices.selectedProvider;
            request.filter.eventType = m_choices.selectedEventType;
        }
        break;
    case Scope::Shown:
        request.filter = m_choices.shown;
        break;
    case Scope::All:
        break;
    }
    request.output = QDir::cleanPath(m_ui->target->text().trimmed());
    request.maskCredentials = m_ui->maskCredentials->isEnabled() && m_ui->maskCredentials->isChecked();
    request.excel = m_ui->excel->isEnabled() && m_ui->excel->isChecked();
    if (request.format == ExportFormat::Curl)
        request.baseUrl = m_ui->baseUrl->text().trimmed().toUtf8();
    return request;
}

bool ExportDialog::writesFolder() const
{
    ExportRequest chosen = request();
    chosen.output.clear();
    return chosen.eachEventType();
}

QString ExportDialog::suggestedTarget() const
{
    const QString directory = m_choices.directory.isEmpty() ? QDir::homePath() : m_choices.directory;
    const ExportFormat chosen = format();
    QString name;
    if (chosen == ExportFormat::Raw && !m_choices.selectedIds.isEmpty())
        name = u"delivery-%1"_s.arg(m_choices.selectedIds.first());
    else
        name = u"hookscope-%1"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s));
    const bool oneType = scope() == Scope::Selected ? !m_choices.selectedEventType.isEmpty()
            : scope() == Scope::Shown               ? !m_choices.shown.eventType.isEmpty()
                                                    : false;
    if (exportformat::isPerEventType(chosen) && oneType) {
        const QString type = scope() == Scope::Selected ? m_choices.selectedEventType : m_choices.shown.eventType;
        name = EventTypeKey { {}, type }.fileBaseName() + u'-' + name;
    }
    if (writesFolder())
        return QDir(directory).filePath(name + u'-' + exportformat::name(chosen));
    return QDir(directory).filePath(name + u'.' + exportformat::fileExtension(chosen));
}

void ExportDialog::update()
{
    const ExportFormat chosen = format();
    // A raw body is one delivery's: only when exactly one is selected.
    const int rawIndex = m_ui->format->findData(int(ExportFormat::Raw));
    const bool oneSelected = m_choices.selectedIds.size() == 1;
    if (auto *model = qobject_cast<QStandardItemModel *>(m_ui->format->model()))
        model->item(rawIndex)->setEnabled(oneSelected);
    if (chosen == ExportFormat::Raw && !oneSelected) {
        setFormat(ExportFormat::Ndjson);
        return;
    }
    if (chosen == ExportFormat::Raw)
        m_ui->scopeSelected->setChecked(true);
    m_ui->scopeShown->setEnabled(chosen != ExportFormat::Raw);
    m_ui->scopeAll->setEnabled(chosen != ExportFormat::Raw);

    for (const FormatChoice &choice : kFormats) {
        if (choice.format == chosen)
            m_ui->formatNote->setText(tr(choice.note));
    }
    const bool mask = exportformat::canMaskCredentials(chosen);
    const bool excel = chosen == ExportFormat::Csv;
    const bool curl = chosen == ExportFormat::Curl;
    m_ui->maskCredentials->setVisible(mask);
    m_ui->maskCredentials->setEnabled(mask);
    m_ui->excel->setVisible(excel);
    m_ui->excel->setEnabled(excel);
    m_ui->baseUrlLabel->setVisible(curl);
    m_ui->baseUrl->setVisible(curl);
    m_ui->noOptions->setVisible(!mask && !excel && !curl);

    const QString current = QDir::cleanPath(m_ui->target->text().trimmed());
    if (current.isEmpty() || current == QDir::cleanPath(m_suggested)) {
        m_suggested = suggestedTarget();
        m_ui->target->setText(QDir::toNativeSeparators(m_suggested));
    }
    m_ui->targetNote->setText(writesFolder()
                                      ? tr("A folder: one file per event type in it "
                                           "(<provider>.<event type>.%1), made if it is missing.")
                                                .arg(exportformat::fileExtension(chosen))
                                      : chosen == ExportFormat::Curl
                                      ? tr("Bodies that are not text are written beside the script.")
                                      : QString());
    m_ui->targetNote->setVisible(!m_ui->targetNote->text().isEmpty());
}

void ExportDialog::browse()
{
    const QString current = m_ui->target->text().trimmed();
    QString chosen;
    if (writesFolder()) {
        chosen = QFileDialog::getExistingDirectory(this, tr("Export to folder"), current);
    } else {
        const QString extension = exportformat::fileExtension(format());
        chosen = QFileDialog::getSaveFileName(this, tr("Export to file"), current,
                                              tr("%1 files (*.%2);;All files (*)")
                                                      .arg(m_ui->format->currentText(), extension));
    }
    if (!chosen.isEmpty())
        m_ui->target->setText(QDir::toNativeSeparators(chosen));
}

void ExportDialog::accept()
{
    const ExportRequest chosen = request();
    QString problem;
    const QFileInfo target(chosen.output);
    if (m_ui->target->text().trimmed().isEmpty())
        problem = tr("Choose where to save the export.");
    else if (writesFolder() && target.exists() && !target.isDir())
        problem = tr("%1 is a file; a file per event type needs a folder.").arg(chosen.output);
    else if (!writesFolder() && target.isDir())
        problem = tr("%1 is a folder; choose a file name.").arg(chosen.output);
    else if (!writesFolder() && !target.absoluteDir().exists())
        problem = tr("The folder %1 does not exist.").arg(target.absolutePath());
    else if (!chosen.baseUrl.isEmpty() && !chosen.baseUrl.startsWith("http://")
             && !chosen.baseUrl.startsWith("https://"))
        problem = tr("The address to send to must start with http:// or https://.");
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), problem);
        return;
    }
    if (!writesFolder() && target.exists()
        && QMessageBox::question(this, windowTitle(), tr("%1 exists. Replace it?").arg(chosen.output))
                != QMessageBox::Yes)
        return;
    QDialog::accept();
}

} // namespace hookscope
