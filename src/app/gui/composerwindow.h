#pragma once

#include "common/endpoint.h"
#include "decode/jsontree.h"
#include "providers/jsonschema.h"
#include "send/bodycomposer.h"
#include "send/composerdraft.h"
#include "send/httpexchange.h"
#include "send/outgoingrequest.h"
#include "send/sendhistory.h"
#include "send/templatestore.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class QTreeView;

namespace Ui {
class ComposerWindow;
}

namespace hookscope {

class AppSettings;
class ComposerFormModel;
class JsonTextEditor;
class ProviderCatalog;
class RepeatSender;
class ResponseView;
class SendHistoryModel;
class TemplateListModel;

// What the composer is told by the console it belongs to.
struct ComposerEnvironment
{
    std::shared_ptr<const ProviderCatalog> catalog;
    QList<Endpoint> endpoints; // for the default URL path and secret of a provider
    QString captureUrl; // this Hookscope's capture server, "http://127.0.0.1:8787"; may be empty
    QString dataDirectory; // templates and the send history are kept here
};

// Composes a delivery and sends it: a provider's event type (its sample to start from), the body
// as a form generated from the event's JSON Schema and as JSON text, kept in step (key order,
// number text and layout kept: edits are spliced into the text), validated as it changes; the
// request (URL, method, headers, signing) and the answer; a history of sends and templates.
class ComposerWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit ComposerWindow(ComposerEnvironment environment, QWidget *parent = nullptr);
    ~ComposerWindow() override;

    // Endpoints or the capture address changed in the console.
    void setEnvironment(ComposerEnvironment environment);

    // Loads an event type's sample (provider "" is a body of one's own).
    void choose(const QString &provider, const QString &eventType);
    void openDraft(const ComposerDraft &draft);
    ComposerDraft draft() const;
    QByteArray body() const { return m_body; }
    void setBodyText(const QByteArray &body); // as if typed into the JSON text
    void setSecret(const QByteArray &secret);
    // Fills the unpinned fields with realistic values from this seed.
    void randomize(quint32 seed);
    void send();
    void cancelSending();
    bool isSending() const;
    // The schema problems listed under the editors, "pointer: message".
    QStringList problems() const;

    ComposerFormModel *formModel() const { return m_form; }
    QTreeView *formView() const;
    JsonTextEditor *textEditor() const;
    ResponseView *responseView() const;
    SendHistoryModel *historyModel() const { return m_historyModel; }
    TemplateListModel *templateModel() const { return m_templateModel; }
    TemplateStore &templates() { return m_templates; }
    SendHistory &history() { return m_history; }
    // Opens the history entry in the composer, its answer in the response view.
    void reopen(int historyRow);
    void openTemplate(const QString &name);
    bool saveTemplate(const QString &name, QString *error);

Q_SIGNALS:
    // A send is over (answered, failed or cancelled) and in the history.
    void sendFinished();
    // The body was validated; problems() has the result.
    void validated();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Origin { Text, Form, Load };

    void fillProviders();
    void providerChosen();
    void eventTypeChosen();
    void loadSample();
    void setBody(const QByteArray &body, Origin origin);
    void validate();
    void showProblemsInForm(const QList<SchemaViolation> &violations);
    void formValueEdited(int node, const QByteArray &json);
    bool putAt(const JsonPath &path, const QByteArray &json, int *node = nullptr);
    void formSelectionChanged();
    void textCursorMoved(qint64 byteOffset);
    void updateFormActions();
    void addItem();
    void removeItem();
    bool removeElement(int node);
    void toggleNull();
    void addEvent(const QString &eventType);
    void removeEvent();
    void randomizeBelow(int node);
    QByteArray exampleValueFor(const JsonPath &path) const;
    void remapPinsAfterRemoval(const QString &arrayPointer, int removedRow);
    void selectPointer(const QString &pointer);
    void rememberExpansion();
    void restoreExpansion();

    const ProviderDefinition *provider() const;
    QString eventType() const;
    const Endpoint *endpointForProvider() const;
    QString defaultUrl() const;
    void applyRequestDefaults(bool providerChanged);
    void setHeaderRows(const HttpHeaderList &headers);
    HttpHeaderList headerRows() const;
    void fillSchemes();
    void updateSigningView();
    std::optional<OutgoingRequest> buildRequest(QString *error, QStringList *warnings) const;
    void exchanged(const HttpExchange &exchange);
    void finished(bool cancelled);
    void showStatus(const QString &message, bool problem = false);

    void saveTemplateAs();
    void renameTemplate();
    void deleteTemplate();
    void clearHistory();
    void restoreLayout();
    void fitFormColumns();
    void applyColors();

    std::unique_ptr<Ui::ComposerWindow> m_ui;
    ComposerEnvironment m_environment;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<BodyComposer> m_composer;
    ComposerFormModel *m_form;
    QByteArray m_body;
    JsonTree m_tree; // the last version of m_body that parsed
    bool m_bodyValid = false;
    QString m_loadedSample; // "provider/event" whose sample is in the editors, for Reset
    QTimer m_textTimer; // typing settles before the text is parsed
    QTimer m_validateTimer;
    bool m_syncingSelection = false;
    QStringList m_expanded; // pointers, across model resets
    QString m_currentPointer;
    bool m_urlEdited = false;
    QStringList m_problems;

    TemplateStore m_templates;
    TemplateListModel *m_templateModel;
    SendHistory m_history;
    SendHistoryModel *m_historyModel;

    QPointer<RepeatSender> m_sender;
    OutgoingRequest m_sentRequest;
    ComposerDraft m_sentDraft;
    std::optional<HttpExchange> m_firstExchange;
};

} // namespace hookscope
