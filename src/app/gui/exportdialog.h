#pragma once

#include "exchange/exportjob.h"
#include "store/deliveryfilter.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExportDialog;
}

namespace hookscope {

// File > Export: which deliveries (the selection, what the list shows, or all), the format,
// the format's options and the file (or, for a file per event type, the folder). The dialog
// only asks; request() is the export to run.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Scope { Selected, Shown, All };

    // What the console can offer.
    struct Choices
    {
        QList<qint64> selectedIds; // oldest first
        // The event type of the table the selection was made in (empty: the delivery list).
        QString selectedProvider;
        QString selectedEventType;
        DeliveryFilter shown;
        qint64 shownCount = 0;
        qint64 allCount = 0;
        QString directory; // where the file goes unless the user says otherwise
    };

    ExportDialog(const Choices &choices, Scope scope, QWidget *parent = nullptr);
    ~ExportDialog() override;

    ExportRequest request() const;
    Scope scope() const;
    ExportFormat format() const;
    void setFormat(ExportFormat format);
    // Whether the format writes a folder (a file per event type) for the chosen deliveries.
    bool writesFolder() const;

    void accept() override;

private:
    void update();
    void browse();
    QString suggestedTarget() const;

    std::unique_ptr<Ui::ExportDialog> m_ui;
    Choices m_choices;
    QString m_suggested; // the last suggested target, replaced while the user has not typed one
};

} // namespace hookscope
