#include "composerwindow.h"

#include "appsettings.h"
#include "models/composerformmodel.h"
#include "models/sendhistorymodel.h"
#include "models/templatelistmodel.h"
#include "providers/providercatalog.h"
#include "providers/samplelibrary.h"
#include "send/bodyrandomizer.h"
#include "send/jsoneditor.h"
#include "send/repeatsender.h"
#include "send/requestsigner.h"
#include "send/sendrequestbuilder.h"
#include "ui_composerwindow.h"
#include "widgets/composerfielddelegate.h"
#include "widgets/signatureschemetitles.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QScreen>
#include <QShortcut>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

constexpr int kTextSettleMs = 250;
constexpr int kValidateMs = 120;
constexpr int kExpandAllBelowNodes = 400;
constexpr std::chrono::seconds kSendTimeout { 30 };

QString joinBase(const QString &base, const QString &path)
{
    QString joined = base;
    while (joined.endsWith(u'/'))
        joined.chop(1);
    return joined + (path.startsWith(u'/') ? path : u'/' + path);
}

// The pointer of the array that holds a node and the node's row, if its parent is an array.
bool isArrayElement(const JsonTree &tree, int node)
{
    return node > JsonTree::RootNode && tree.kind(tree.parent(node)) == JsonNodeKind::Array;
}

QString valueJson(const JsonTree &tree, int node)
{
    const JsonSpan span = tree.valueSpan(node);
    return QString::fromUtf8(tree.source().mid(span.offset, span.length));
}

} // namespace

ComposerWindow::ComposerWindow(ComposerEnvironment environment, QWidget *parent)
    : QMainWindow(parent),
      m_ui(std::make_unique<Ui::ComposerWindow>()),
      m_environment(std::move(environment)),
      m_settings(std::make_unique<AppSettings>()),
      m_form(new ComposerFormModel(this)),
      m_templates(m_environment.dataDirectory),
      m_history(m_environment.dataDirectory)
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_ui->method->addItems({ u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"GET"_s });
    m_ui->progress->hide();
    m_ui->response->clear(tr("Send the delivery to see the answer here.\n\nBy default it goes to "
                             "this Hookscope's own capture server, so it shows up in the console "
                             "like a vendor's would."));

    // The form: the body's tree with typed editors and pins.
    m_ui->form->setModel(m_form);
    m_ui->form->setItemDelegate(new ComposerFieldDelegate(m_ui->form));
    m_ui->form->header()->setStretchLastSection(false);
    m_ui->form->header()->setSectionResizeMode(ComposerFormModel::Field, QHeaderView::Interactive);
    m_ui->form->header()->setSectionResizeMode(ComposerFormModel::FieldValue, QHeaderView::Stretch);
    m_ui->form->header()->setSectionResizeMode(ComposerFormModel::FieldType, QHeaderView::Interactive);
    m_ui->form->header()->setSectionResizeMode(ComposerFormModel::Pinned, QHeaderView::Fixed);
    const int charWidth = fontMetrics().averageCharWidth();
    m_ui->form->header()->resizeSection(ComposerFormModel::Field, charWidth * 30);
    m_ui->form->header()->resizeSection(ComposerFormModel::FieldType, charWidth * 24);
    // Room for the check box and for its title in any language ("Anheften", "Épingler").
    m_ui->form->header()->resizeSection(ComposerFormModel::Pinned,
                                        qMax(charWidth * 6, m_ui->form->header()->sectionSizeHint(ComposerFormModel::Pinned)));
    m_ui->form->viewport()->installEventFilter(this); // columns fitted to its width
    m_ui->form->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_form->setFieldLookup([this](int node) {
        return m_composer ? m_composer->fieldAt(m_body, JsonEditor::pathOf(m_tree, node)) : SchemaField();
    });
    connect(m_form, &ComposerFormModel::valueEdited, this, &ComposerWindow::formValueEdited);
    connect(m_form, &ComposerFormModel::editRefused, this, [this](const QString &message) { showStatus(message, true); });
    connect(m_form, &QAbstractItemModel::modelAboutToBeReset, this, &ComposerWindow::rememberExpansion);
    connect(m_form, &QAbstractItemModel::modelReset, this, &ComposerWindow::restoreExpansion);
    connect(m_ui->form->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ComposerWindow::formSelectionChanged);
    connect(m_ui->addItem, &QToolButton::clicked, this, &ComposerWindow::addItem);
    connect(m_ui->removeItem, &QToolButton::clicked, this, &ComposerWindow::removeItem);
    connect(m_ui->toggleNull, &QToolButton::clicked, this, &ComposerWindow::toggleNull);
    connect(m_ui->expandAll, &QToolButton::clicked, m_ui->form, &QTreeView::expandAll);
    for (QToolButton *button : { m_ui->addItem, m_ui->removeItem, m_ui->toggleNull }) {
        auto *action = new QAction(button->text(), m_ui->form);
        connect(action, &QAction::triggered, button, &QToolButton::click);
        m_ui->form->addAction(action);
    }

    // The JSON text.
    m_textTimer.setSingleShot(true);
    m_textTimer.setInterval(kTextSettleMs);
    connect(m_ui->jsonText, &JsonTextEditor::edited, &m_textTimer, qOverload<>(&QTimer::start));
    connect(&m_textTimer, &QTimer::timeout, this, [this] { setBody(m_ui->jsonText->bytes(), Origin::Text); });
    connect(m_ui->jsonText, &JsonTextEditor::cursorMovedTo, this, &ComposerWindow::textCursorMoved);
    m_validateTimer.setSingleShot(true);
    m_validateTimer.setInterval(kValidateMs);
    connect(&m_validateTimer, &QTimer::timeout, this, &ComposerWindow::validate);
    connect(m_ui->problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        selectPointer(item->data(Qt::UserRole).toString());
    });
    connect(m_ui->problems, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        selectPointer(item->data(Qt::UserRole).toString());
    });

    // Provider, event type and what goes with them.
    fillProviders();
    connect(m_ui->provider, &QComboBox::currentIndexChanged, this, &ComposerWindow::providerChosen);
    connect(m_ui->eventType, &QComboBox::currentIndexChanged, this, &ComposerWindow::eventTypeChosen);
    connect(m_ui->resetSample, &QPushButton::clicked, this, &ComposerWindow::loadSample);
    connect(m_ui->randomize, &QPushButton::clicked, this, [this] { randomize(QRandomGenerator::global()->generate()); });
    auto *randomizeShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    connect(randomizeShortcut, &QShortcut::activated, m_ui->randomize, &QPushButton::click);
    m_ui->addEvent->setMenu(new QMenu(m_ui->addEvent));
    // The style draws the menu arrow in the button's corner without making room for it.
    m_ui->addEvent->setMinimumWidth(m_ui->addEvent->sizeHint().width()
                                    + style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, m_ui->addEvent));
    connect(m_ui->removeEvent, &QToolButton::clicked, this, &ComposerWindow::removeEvent);

    // The request.
    connect(m_ui->url, &QLineEdit::textEdited, this, [this] { m_urlEdited = true; });
    connect(m_ui->addHeader, &QPushButton::clicked, this, [this] {
        const int row = m_ui->headers->rowCount();
        m_ui->headers->insertRow(row);
        m_ui->headers->setItem(row, 0, new QTableWidgetItem);
        m_ui->headers->setItem(row, 1, new QTableWidgetItem);
        m_ui->headers->editItem(m_ui->headers->item(row, 0));
    });
    connect(m_ui->removeHeader, &QPushButton::clicked, this, [this] {
        if (m_ui->headers->currentRow() >= 0)
            m_ui->headers->removeRow(m_ui->headers->currentRow());
    });
    connect(m_ui->resetHeaders, &QPushButton::clicked, this, [this] {
        setHeaderRows(SendRequestBuilder::defaultHeaders(provider(), eventType(), m_body));
    });
    m_ui->headers->horizontalHeader()->resizeSection(0, charWidth * 28);
    fillSchemes();
    m_ui->hmacAlgorithm->addItems({ u"sha256"_s, u"sha1"_s, u"sha512"_s });
    m_ui->hmacEncoding->addItems({ u"hex"_s, u"base64"_s });
    connect(m_ui->scheme, &QComboBox::currentIndexChanged, this, &ComposerWindow::updateSigningView);
    connect(m_ui->secret, &QLineEdit::textChanged, this, &ComposerWindow::updateSigningView);
    connect(m_ui->showSecret, &QCheckBox::toggled, this, [this](bool show) {
        m_ui->secret->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->generateSecret, &QPushButton::clicked, this, [this] {
        const QString scheme = m_ui->scheme->currentData().toString();
        const QString effective = scheme.isEmpty() && provider() ? provider()->signature.scheme : scheme;
        m_ui->secret->setText(QString::fromUtf8(SigningSetup::newSecret(effective)));
        m_ui->showSecret->setChecked(true);
    });

    // Sending.
    connect(m_ui->sendButton, &QPushButton::clicked, this, &ComposerWindow::send);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ComposerWindow::cancelSending);
    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(sendShortcut, &QShortcut::activated, this, &ComposerWindow::send);

    // History and templates.
    QString problem;
    m_history.load(&problem);
    if (!problem.isEmpty())
        showStatus(problem, true);
    m_historyModel = new SendHistoryModel(&m_history, this);
    m_ui->historyView->setModel(m_historyModel);
    m_ui->historyView->horizontalHeader()->setStretchLastSection(false);
    m_ui->historyView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_ui->historyView->horizontalHeader()->setSectionResizeMode(SendHistoryModel::Event, QHeaderView::Stretch);
    m_ui->historyView->horizontalHeader()->setSectionResizeMode(SendHistoryModel::Time, QHeaderView::ResizeToContents);
    m_ui->historyView->horizontalHeader()->setSectionResizeMode(SendHistoryModel::Status, QHeaderView::ResizeToContents);
    m_ui->historyView->setColumnHidden(SendHistoryModel::Target, true); // in the tooltip
    connect(m_ui->historyView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { reopen(index.row()); });
    connect(m_ui->reopenHistory, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_ui->historyView->currentIndex();
        if (current.isValid())
            reopen(current.row());
    });
    connect(m_ui->clearHistory, &QPushButton::clicked, this, &ComposerWindow::clearHistory);

    problem.clear();
    m_templates.load(&problem);
    if (!problem.isEmpty())
        showStatus(problem, true);
    m_templateModel = new TemplateListModel(&m_templates, this);
    m_ui->templateView->setModel(m_templateModel);
    connect(m_templateModel, &TemplateListModel::renameRefused, this,
            [this](const QString &message) { showStatus(tr("Not renamed: %1").arg(message), true); });
    connect(m_ui->templateView, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        openTemplate(index.data().toString());
    });
    connect(m_ui->loadTemplate, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_ui->templateView->currentIndex();
        if (current.isValid())
            openTemplate(current.data().toString());
    });
    connect(m_ui->saveTemplate, &QPushButton::clicked, this, &ComposerWindow::saveTemplateAs);
    connect(m_ui->renameTemplate, &QPushButton::clicked, this, &ComposerWindow::renameTemplate);
    connect(m_ui->deleteTemplate, &QPushButton::clicked, this, &ComposerWindow::deleteTemplate);

    restoreLayout();
    applyColors();
    providerChosen();
    updateFormActions();
}

ComposerWindow::~ComposerWindow()
{
    // A send in flight is cancelled; its last signals still find the window whole.
    delete m_sender;
    // The views ask the models (over m_history, m_templates, m_body) and signal the window as
    // they are hidden and deleted: they go now, while the members they reach are still here.
    delete centralWidget();
}

void ComposerWindow::setEnvironment(ComposerEnvironment environment)
{
    m_environment.endpoints = environment.endpoints;
    m_environment.captureUrl = environment.captureUrl;
    if (!m_urlEdited)
        m_ui->url->setText(defaultUrl());
}

QTreeView *ComposerWindow::formView() const
{
    return m_ui->form;
}

JsonTextEditor *ComposerWindow::textEditor() const
{
    return m_ui->jsonText;
}

ResponseView *ComposerWindow::responseView() const
{
    return m_ui->response;
}

// ---------------------------------------------------------------- provider and event type

void ComposerWindow::fillProviders()
{
    const QSignalBlocker blocker(m_ui->provider);
    m_ui->provider->clear();
    QList<const ProviderDefinition *> providers;
    for (const ProviderDefinition &provider : m_environment.catalog->providers())
        providers.append(&provider);
    std::sort(providers.begin(), providers.end(), [](const auto *a, const auto *b) {
        return a->name.compare(b->name, Qt::CaseInsensitive) < 0;
    });
    for (const ProviderDefinition *provider : std::as_const(providers))
        m_ui->provider->addItem(provider->name, provider->id);
    m_ui->provider->addItem(tr("None (a body of your own)"), QString());
}

const ProviderDefinition *ComposerWindow::provider() const
{
    return m_environment.catalog->provider(m_ui->provider->currentData().toString());
}

QString ComposerWindow::eventType() const
{
    return m_ui->eventType->currentData().toString();
}

void ComposerWindow::providerChosen()
{
    const ProviderDefinition *chosen = provider();
    {
        const QSignalBlocker blocker(m_ui->eventType);
        m_ui->eventType->clear();
        if (chosen) {
            for (const EventTypeDefinition &type : chosen->eventTypes)
                m_ui->eventType->addItem(type.title.isEmpty() ? type.id : u"%1 — %2"_s.arg(type.id, type.title), type.id);
        }
        m_ui->eventType->setEnabled(chosen);
    }
    QMenu *events = m_ui->addEvent->menu();
    events->clear();
    const bool batch = chosen && chosen->events.batchPointer.startsWith(u'/');
    if (batch) {
        for (const EventTypeDefinition &type : chosen->eventTypes)
            events->addAction(type.id, this, [this, id = type.id] { addEvent(id); });
    }
    m_ui->addEvent->setVisible(batch);
    m_ui->removeEvent->setVisible(batch);
    // The provider's secret for this Hookscope's endpoint, so its signature checks out.
    const Endpoint *endpoint = endpointForProvider();
    m_ui->secret->setText(endpoint ? QString::fromUtf8(endpoint->secret) : QString());
    m_ui->scheme->setCurrentIndex(0);
    m_ui->scheme->setItemText(0, chosen ? tr("The provider's (%1)").arg(chosen->signature.scheme) : tr("None"));
    eventTypeChosen();
    applyRequestDefaults(true);
}

void ComposerWindow::eventTypeChosen()
{
    m_composer = std::make_unique<BodyComposer>(provider(), eventType());
    loadSample();
    applyRequestDefaults(false);
}

void ComposerWindow::loadSample()
{
    const ProviderDefinition *chosen = provider();
    QByteArray sample = chosen ? SampleLibrary::body(chosen->id, eventType()) : QByteArray();
    if (sample.isEmpty())
        sample = "{\n  \n}\n";
    m_loadedSample = chosen ? chosen->id + u'/' + eventType() : QString();
    m_form->setPinned({});
    setBody(sample, Origin::Load);
}

void ComposerWindow::choose(const QString &providerId, const QString &type)
{
    const int providerRow = m_ui->provider->findData(providerId);
    if (providerRow >= 0 && providerRow != m_ui->provider->currentIndex())
        m_ui->provider->setCurrentIndex(providerRow);
    const int typeRow = m_ui->eventType->findData(type);
    if (typeRow >= 0 && typeRow != m_ui->eventType->currentIndex())
        m_ui->eventType->setCurrentIndex(typeRow);
}

// ---------------------------------------------------------------- the body in two editors

void ComposerWindow::setBodyText(const QByteArray &body)
{
    m_ui->jsonText->setBytes(body);
    m_textTimer.stop();
    setBody(body, Origin::Text);
}

void ComposerWindow::setBody(const QByteArray &body, Origin origin)
{
    m_body = body;
    if (origin != Origin::Text)
        m_ui->jsonText->setBytes(body);
    const JsonTree tree = JsonTree::parse(body, JsonParseMode::Strict);
    m_bodyValid = tree.isValid() && tree.nodeCount() > 0;
    if (m_bodyValid) {
        m_tree = tree;
        m_form->invalidateFields();
        if (origin == Origin::Load) {
            m_expanded.clear();
            m_form->setTree(tree);
            if (tree.nodeCount() < kExpandAllBelowNodes)
                m_ui->form->expandAll();
            else
                m_ui->form->expandToDepth(0);
            // Room for the longest key shown, within reason.
            m_ui->form->resizeColumnToContents(ComposerFormModel::Field);
            fitFormColumns();
        } else {
            m_form->replaceTree(tree);
        }
        m_ui->jsonText->markError(-1, QString());
        m_ui->parseStatus->setStyleSheet(QString());
        m_ui->formNote->clear();
        m_ui->form->setEnabled(true);
    } else {
        const JsonParseError error = tree.error();
        const QString message = tree.nodeCount() == 0 && body.trimmed().isEmpty()
                ? tr("The body is empty.")
                : tr("Not JSON at line %1, column %2: %3").arg(error.line).arg(error.column).arg(error.message);
        m_ui->jsonText->markError(qMax<qint64>(0, error.byteOffset), message);
        m_ui->parseStatus->setText(message);
        m_ui->parseStatus->setStyleSheet(u"color: #c0392b;"_s);
        m_ui->formNote->setText(tr("The form shows the last version that was JSON; fix the text to edit here again."));
        m_ui->form->setEnabled(false);
    }
    updateFormActions();
    m_validateTimer.start();
}

void ComposerWindow::validate()
{
    m_ui->problems->clear();
    m_problems.clear();
    QList<SchemaViolation> violations;
    const ProviderDefinition *chosen = provider();
    if (m_bodyValid && chosen)
        violations = SendRequestBuilder(m_environment.catalog).violations(m_body, *chosen, eventType());
    for (const SchemaViolation &violation : std::as_const(violations)) {
        const QString where = violation.pointer.isEmpty() ? tr("(the body)") : violation.pointer;
        auto *item = new QListWidgetItem(u"%1 — %2"_s.arg(where, violation.message));
        item->setData(Qt::UserRole, violation.pointer);
        item->setForeground(QColor(0xc0, 0x39, 0x2b));
        m_ui->problems->addItem(item);
        m_problems.append(u"%1: %2"_s.arg(violation.pointer, violation.message));
    }
    m_ui->problems->setVisible(!violations.isEmpty());
    if (m_bodyValid) {
        QString verdict;
        if (!chosen)
            verdict = tr("no provider, so no schema to check");
        else if (violations.isEmpty())
            verdict = tr("<span style=\"color:#27ae60\">matches the %1 schema</span>").arg(
                    (eventType().isEmpty() ? chosen->name : eventType()).toHtmlEscaped());
        else
            verdict = u"<span style=\"color:#c0392b\">%1</span>"_s.arg(
                    tr("%n schema problems, listed below", nullptr, int(violations.size())));
        m_ui->parseStatus->setText(tr("Valid JSON · %1 · %2").arg(QLocale().formattedDataSize(m_body.size()), verdict));
    }
    showProblemsInForm(violations);
    emit validated();
}

void ComposerWindow::showProblemsInForm(const QList<SchemaViolation> &violations)
{
    QHash<QString, QStringList> byPointer;
    for (const SchemaViolation &violation : violations)
        byPointer[violation.pointer].append(violation.message);
    m_form->setViolations(byPointer);
}

QStringList ComposerWindow::problems() const
{
    return m_problems;
}

void ComposerWindow::formValueEdited(int node, const QByteArray &json)
{
    if (!m_bodyValid)
        return;
    const QString pointer = m_tree.jsonPointer(node);
    if (putAt(JsonEditor::pathOf(m_tree, node), json))
        showStatus(tr("%1 changed.").arg(pointer));
}

bool ComposerWindow::putAt(const JsonPath &path, const QByteArray &json, int *node)
{
    QString error;
    const std::optional<JsonEditor::Result> result = JsonEditor::put(m_body, path, json, &error);
    if (!result) {
        showStatus(error, true);
        return false;
    }
    setBody(result->document, Origin::Form);
    if (node)
        *node = JsonEditor::nodeAt(m_tree, result->location);
    return true;
}

void ComposerWindow::rememberExpansion()
{
    m_expanded.clear();
    const JsonTree &shown = m_form->tree();
    for (int node = 0; node < shown.nodeCount(); ++node) {
        const QModelIndex index = m_form->indexOfNode(node);
        if (index.isValid() && m_ui->form->isExpanded(index))
            m_expanded.append(shown.jsonPointer(node));
    }
    const QModelIndex current = m_ui->form->currentIndex();
    m_currentPointer = current.isValid() ? current.data(JsonTreeModel::PointerRole).toString() : QString();
}

void ComposerWindow::restoreExpansion()
{
    for (const QString &pointer : std::as_const(m_expanded)) {
        const QModelIndex index = m_form->indexOfPointer(pointer);
        if (index.isValid())
            m_ui->form->expand(index);
    }
    if (!m_currentPointer.isEmpty())
        selectPointer(m_currentPointer);
}

void ComposerWindow::selectPointer(const QString &pointer)
{
    QModelIndex index = m_form->indexOfPointer(pointer);
    if (!index.isValid())
        return;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_ui->form->expand(parent);
    m_ui->form->setCurrentIndex(index.siblingAtColumn(ComposerFormModel::FieldValue));
    m_ui->form->scrollTo(index);
}

void ComposerWindow::formSelectionChanged()
{
    updateFormActions();
    const QModelIndex current = m_ui->form->currentIndex();
    if (m_syncingSelection || !current.isValid() || !m_bodyValid)
        return;
    m_syncingSelection = true;
    m_ui->jsonText->showSpan(current.data(JsonTreeModel::ValueOffsetRole).toLongLong(),
                             current.data(JsonTreeModel::ValueLengthRole).toLongLong());
    m_syncingSelection = false;
}

void ComposerWindow::textCursorMoved(qint64 byteOffset)
{
    if (m_syncingSelection || !m_bodyValid || m_textTimer.isActive())
        return;
    const int node = m_tree.nodeAtOffset(byteOffset);
    const QModelIndex index = m_form->indexOfNode(node, ComposerFormModel::FieldValue);
    if (!index.isValid())
        return;
    m_syncingSelection = true;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_ui->form->expand(parent);
    m_ui->form->setCurrentIndex(index);
    m_ui->form->scrollTo(index);
    m_ui->jsonText->showSpan(-1, 0);
    m_syncingSelection = false;
}

void ComposerWindow::updateFormActions()
{
    const QModelIndex current = m_ui->form->currentIndex();
    const int node = current.isValid() ? current.data(JsonTreeModel::NodeRole).toInt() : -1;
    const bool usable = m_bodyValid && node > JsonTree::RootNode;
    const JsonNodeKind kind = usable ? m_tree.kind(node) : JsonNodeKind::Null;
    m_ui->addItem->setEnabled(usable && (kind == JsonNodeKind::Array || isArrayElement(m_tree, node)));
    m_ui->removeItem->setEnabled(usable && isArrayElement(m_tree, node));
    const bool nullable = usable && current.data(ComposerFormModel::NullableRole).toBool();
    m_ui->toggleNull->setEnabled(nullable);
    m_ui->toggleNull->setText(usable && kind == JsonNodeKind::Null ? tr("Give a value") : tr("Set null"));
    const bool batch = m_composer && !m_composer->batchPath().isEmpty();
    m_ui->removeEvent->setEnabled(batch && m_bodyValid);
    m_ui->addEvent->setEnabled(batch && m_bodyValid);
    m_ui->randomize->setEnabled(m_bodyValid);
}

// ---------------------------------------------------------------- structural edits

void ComposerWindow::addItem()
{
    const QModelIndex current = m_ui->form->currentIndex();
    if (!m_bodyValid || !current.isValid())
        return;
    int array = current.data(JsonTreeModel::NodeRole).toInt();
    if (m_tree.kind(array) != JsonNodeKind::Array)
        array = m_tree.parent(array);
    const int count = m_tree.childCount(array);
    const JsonPath arrayPath = JsonEditor::pathOf(m_tree, array);
    JsonPath itemPath = arrayPath;
    itemPath.append(JsonPathSegment::element(count));
    // A copy of the last item keeps the shape the vendor sends; an empty list gets what the
    // schema asks for.
    const QByteArray json = count > 0 ? valueJson(m_tree, m_tree.child(array, count - 1)).toUtf8()
                                      : m_composer->skeletonAt(m_body, itemPath);
    int added = -1;
    if (!putAt(itemPath, json, &added))
        return;
    if (count == 0)
        randomizeBelow(added);
    selectPointer(m_tree.jsonPointer(JsonEditor::nodeAt(m_tree, itemPath)));
    showStatus(tr("Item %1 added to %2.").arg(count).arg(m_tree.jsonPointer(JsonEditor::nodeAt(m_tree, arrayPath))));
}

void ComposerWindow::removeItem()
{
    const QModelIndex current = m_ui->form->currentIndex();
    const int node = current.isValid() ? current.data(JsonTreeModel::NodeRole).toInt() : -1;
    if (!m_bodyValid || !isArrayElement(m_tree, node))
        return;
    const QString arrayPointer = m_tree.jsonPointer(m_tree.parent(node));
    const int row = m_tree.row(node);
    if (!removeElement(node))
        return;
    selectPointer(arrayPointer);
    showStatus(tr("Item %1 removed from %2.").arg(row).arg(arrayPointer));
}

// Removes an array element; pins on the elements after it move up with them.
bool ComposerWindow::removeElement(int node)
{
    const QString arrayPointer = m_tree.jsonPointer(m_tree.parent(node));
    const int row = m_tree.row(node);
    QString error;
    const std::optional<QByteArray> edited = JsonEditor::remove(m_body, JsonEditor::pathOf(m_tree, node), &error);
    if (!edited) {
        showStatus(error, true);
        return false;
    }
    remapPinsAfterRemoval(arrayPointer, row);
    setBody(*edited, Origin::Form);
    return true;
}

void ComposerWindow::remapPinsAfterRemoval(const QString &arrayPointer, int removedRow)
{
    QSet<QString> pins;
    const QString prefix = arrayPointer + u'/';
    for (const QString &pin : m_form->pinned()) {
        if (!pin.startsWith(prefix)) {
            pins.insert(pin);
            continue;
        }
        const QString rest = pin.mid(prefix.size());
        const int row = rest.section(u'/', 0, 0).toInt();
        if (row < removedRow)
            pins.insert(pin);
        else if (row > removedRow)
            pins.insert(prefix + QString::number(row - 1) + rest.mid(rest.section(u'/', 0, 0).size()));
    }
    m_form->setPinned(pins);
}

void ComposerWindow::toggleNull()
{
    const QModelIndex current = m_ui->form->currentIndex();
    const int node = current.isValid() ? current.data(JsonTreeModel::NodeRole).toInt() : -1;
    if (!m_bodyValid || node <= JsonTree::RootNode)
        return;
    const JsonPath path = JsonEditor::pathOf(m_tree, node);
    const QString pointer = m_tree.jsonPointer(node);
    if (m_tree.kind(node) != JsonNodeKind::Null) {
        if (putAt(path, "null"))
            selectPointer(pointer);
        return;
    }
    const QByteArray example = exampleValueFor(path);
    int changed = -1;
    if (!putAt(path, example.isEmpty() ? m_composer->skeletonAt(m_body, path) : example, &changed))
        return;
    randomizeBelow(changed);
    selectPointer(pointer);
}

// The value the sample of the event type has at the same place (in any event of a batch),
// when it is not null there: a realistic start for a field that was null.
QByteArray ComposerWindow::exampleValueFor(const JsonPath &path) const
{
    const ProviderDefinition *chosen = provider();
    if (!chosen || !m_composer)
        return {};
    const JsonPath &batch = m_composer->batchPath();
    const bool inBatch = !batch.isEmpty() && path.size() > batch.size() && path.first(batch.size()) == batch;
    const QString type = inBatch ? m_composer->eventTypeAt(m_body, path.at(batch.size()).index) : eventType();
    const JsonTree sample = JsonTree::parse(SampleLibrary::body(chosen->id, type), JsonParseMode::Strict);
    QList<JsonPath> candidates;
    if (inBatch) {
        const int events = JsonEditor::nodeAt(sample, batch);
        for (int row = 0; row < sample.childCount(events); ++row) {
            JsonPath candidate = batch;
            candidate.append(JsonPathSegment::element(row));
            candidate.append(path.sliced(batch.size() + 1));
            candidates.append(candidate);
        }
    } else {
        candidates.append(path);
    }
    for (const JsonPath &candidate : std::as_const(candidates)) {
        const int node = JsonEditor::nodeAt(sample, candidate);
        if (node >= 0 && sample.kind(node) != JsonNodeKind::Null)
            return valueJson(sample, node).toUtf8();
    }
    return {};
}

// Realistic values for one field or object that was just made, the rest left as it is.
void ComposerWindow::randomizeBelow(int node)
{
    if (node < 0 || !m_composer)
        return;
    QSet<QString> keep = m_form->pinned();
    for (int at = node; at > JsonTree::RootNode; at = m_tree.parent(at)) {
        const int parent = m_tree.parent(at);
        for (int row = 0; row < m_tree.childCount(parent); ++row) {
            if (m_tree.child(parent, row) != at)
                keep.insert(m_tree.jsonPointer(m_tree.child(parent, row)));
        }
    }
    QString error;
    const std::optional<BodyRandomizer::Result> result =
            BodyRandomizer(*m_composer, QRandomGenerator::global()->generate()).randomize(m_body, keep, &error);
    if (result)
        setBody(result->body, Origin::Form);
}

void ComposerWindow::addEvent(const QString &type)
{
    const ProviderDefinition *chosen = provider();
    if (!chosen || !m_composer || !m_bodyValid)
        return;
    const JsonPath &batch = m_composer->batchPath();
    const JsonTree sample = JsonTree::parse(SampleLibrary::body(chosen->id, type), JsonParseMode::Strict);
    const int sampleEvents = JsonEditor::nodeAt(sample, batch);
    const int batchNode = JsonEditor::nodeAt(m_tree, batch);
    if (sampleEvents < 0 || sample.childCount(sampleEvents) == 0 || batchNode < 0) {
        showStatus(tr("There is no sample event of type %1 to add.").arg(type), true);
        return;
    }
    const int count = m_tree.childCount(batchNode);
    JsonPath path = batch;
    path.append(JsonPathSegment::element(count));
    int added = -1;
    if (!putAt(path, valueJson(sample, sample.child(sampleEvents, 0)).toUtf8(), &added))
        return;
    // A new event of its own: new ids, another customer; the envelope's references stay.
    randomizeBelow(added);
    const QString pointer = m_tree.jsonPointer(JsonEditor::nodeAt(m_tree, path));
    selectPointer(pointer);
    m_ui->form->expand(m_form->indexOfPointer(pointer));
    showStatus(tr("Event %1 (%2) added to the batch.").arg(count).arg(type));
}

void ComposerWindow::removeEvent()
{
    if (!m_bodyValid || !m_composer)
        return;
    const int batchNode = JsonEditor::nodeAt(m_tree, m_composer->batchPath());
    if (batchNode < 0)
        return;
    if (m_tree.childCount(batchNode) <= 1) {
        showStatus(tr("A batch delivery carries at least one event."), true);
        return;
    }
    // The event the chosen field is in, else the last one.
    int event = m_tree.child(batchNode, m_tree.childCount(batchNode) - 1);
    const QModelIndex current = m_ui->form->currentIndex();
    for (int at = current.isValid() ? current.data(JsonTreeModel::NodeRole).toInt() : -1; at > 0; at = m_tree.parent(at)) {
        if (m_tree.parent(at) == batchNode)
            event = at;
    }
    const int row = m_tree.row(event);
    if (removeElement(event))
        showStatus(tr("Event %1 removed from the batch.").arg(row));
}

void ComposerWindow::randomize(quint32 seed)
{
    if (!m_bodyValid || !m_composer)
        return;
    QString error;
    const std::optional<BodyRandomizer::Result> result =
            BodyRandomizer(*m_composer, seed).randomize(m_body, m_form->pinned(), &error);
    if (!result) {
        showStatus(error, true);
        return;
    }
    setBody(result->body, Origin::Form);
    showStatus(m_form->pinned().isEmpty()
                       ? tr("Randomized %n fields.", nullptr, result->changed)
                       : tr("Randomized %n fields; pinned ones kept.", nullptr, result->changed));
}

// ---------------------------------------------------------------- the request

const Endpoint *ComposerWindow::endpointForProvider() const
{
    const ProviderDefinition *chosen = provider();
    if (!chosen)
        return nullptr;
    // One for this event type, else one for the whole provider, else any of the provider's.
    const Endpoint *found = nullptr;
    for (const Endpoint &endpoint : m_environment.endpoints) {
        if (endpoint.provider != chosen->id)
            continue;
        if (endpoint.eventType == eventType())
            return &endpoint;
        if (!found || (endpoint.eventType.isEmpty() && !found->eventType.isEmpty()))
            found = &endpoint;
    }
    return found;
}

QString ComposerWindow::defaultUrl() const
{
    const QString base = m_environment.captureUrl.isEmpty() ? u"http://127.0.0.1:8787"_s : m_environment.captureUrl;
    const ProviderDefinition *chosen = provider();
    const Endpoint *endpoint = endpointForProvider();
    return joinBase(base, endpoint ? endpoint->path : chosen ? u"/"_s + chosen->id : u"/composed"_s);
}

void ComposerWindow::applyRequestDefaults(bool providerChanged)
{
    if (!m_urlEdited)
        m_ui->url->setText(defaultUrl());
    const ProviderDefinition *chosen = provider();
    if (providerChanged) {
        m_ui->method->setCurrentText(QString::fromLatin1(chosen ? chosen->request.method : QByteArray("POST")));
        setHeaderRows(SendRequestBuilder::defaultHeaders(chosen, eventType(), m_body));
    } else if (chosen && !chosen->events.typeHeader.isEmpty()) {
        // The event type header follows the event type; the user's other headers stay.
        HttpHeaderList headers = headerRows();
        setHeader(headers, chosen->events.typeHeader.toUtf8(), eventType().toUtf8());
        setHeaderRows(headers);
    }
    updateSigningView();
}

void ComposerWindow::setHeaderRows(const HttpHeaderList &headers)
{
    m_ui->headers->setRowCount(0);
    for (const HttpHeader &header : headers) {
        const int row = m_ui->headers->rowCount();
        m_ui->headers->insertRow(row);
        m_ui->headers->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(header.name)));
        m_ui->headers->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(header.value)));
    }
}

HttpHeaderList ComposerWindow::headerRows() const
{
    HttpHeaderList headers;
    for (int row = 0; row < m_ui->headers->rowCount(); ++row) {
        const QTableWidgetItem *name = m_ui->headers->item(row, 0);
        const QTableWidgetItem *value = m_ui->headers->item(row, 1);
        if (name && !name->text().trimmed().isEmpty())
            headers.append({ name->text().trimmed().toLatin1(), value ? value->text().trimmed().toUtf8() : QByteArray() });
    }
    return headers;
}

void ComposerWindow::fillSchemes()
{
    m_ui->scheme->addItem(tr("The provider's"), QString());
    m_ui->scheme->addItem(tr("None: send unsigned"), u"none"_s);
    for (const QString &id : signatureSchemeIds())
        m_ui->scheme->addItem(signatureSchemeTitle(id), id);
}

void ComposerWindow::updateSigningView()
{
    const ProviderDefinition *chosen = provider();
    const QString scheme = m_ui->scheme->currentData().toString();
    const QString effective = scheme.isEmpty() ? (chosen ? chosen->signature.scheme : u"none"_s) : scheme;
    m_ui->hmacOptions->setVisible(effective == u"hmac"_s);
    const bool signs = effective != u"none"_s;
    m_ui->secret->setEnabled(signs);
    m_ui->generateSecret->setEnabled(signs);

    QString note;
    if (!signs) {
        note = chosen && scheme.isEmpty() ? tr("%1 does not sign its deliveries: they go out as composed.").arg(chosen->name)
                                          : tr("Sent unsigned, as composed.");
    } else if (m_ui->secret->text().isEmpty()) {
        note = scheme.isEmpty() && chosen && chosen->encryption
                ? tr("Without a secret the body goes out as plain JSON, neither encrypted nor signed.")
                : tr("Enter the secret to sign with; without one the delivery goes out unsigned.");
    } else {
        // Which headers signing sets, from a dry run over the current body.
        QString error;
        QStringList warnings;
        const std::optional<OutgoingRequest> request = buildRequest(&error, &warnings);
        if (!request) {
            note = error;
        } else {
            QStringList names;
            const HttpHeaderList user = headerRows();
            for (const HttpHeader &header : request->headers) {
                if (!user.contains(header))
                    names.append(QString::fromLatin1(header.name));
            }
            note = tr("Added when sending: %1.").arg(names.join(u", "_s));
            if (effective == u"phasio"_s)
                note += u' ' + tr("The body is encrypted with the secret first (AES-256-GCM, as the provider file lays it out) and the encrypted text is signed.");
        }
    }
    m_ui->signingNote->setText(note);
    m_ui->signedHeadersNote->setText(note);
}

std::optional<OutgoingRequest> ComposerWindow::buildRequest(QString *error, QStringList *warnings) const
{
    const std::optional<QUrl> url = parseTargetUrl(m_ui->url->text().trimmed(), error);
    if (!url)
        return std::nullopt;
    OutgoingRequest request;
    request.url = *url;
    request.method = m_ui->method->currentText().trimmed().toUpper().toLatin1();
    if (request.method.isEmpty())
        request.method = "POST";
    for (const HttpHeader &header : headerRows()) {
        const std::optional<HttpHeader> parsed =
                parseHeaderArgument(QString::fromLatin1(header.name) + u": "_s + QString::fromUtf8(header.value), error);
        if (!parsed) {
            *error = tr("Header \"%1\" is not a valid header name.").arg(QString::fromLatin1(header.name));
            return std::nullopt;
        }
        request.headers.append(*parsed);
    }
    request.body = m_body;

    SigningArguments signing;
    signing.schemeOption = tr("Signing");
    signing.scheme = m_ui->scheme->currentData().toString();
    signing.secret = m_ui->secret->text().toUtf8();
    const bool hmac = signing.scheme == u"hmac"_s
            || (signing.scheme.isEmpty() && provider() && provider()->signature.scheme == u"hmac"_s);
    if (hmac) {
        signing.hmacHeader = m_ui->hmacHeader->text().trimmed();
        signing.hmacAlgorithm = m_ui->hmacAlgorithm->currentText();
        signing.hmacEncoding = m_ui->hmacEncoding->currentText();
        signing.hmacPrefix = m_ui->hmacPrefix->text();
    }
    if (!signing.scheme.isEmpty() && signing.scheme != u"none"_s && signing.secret.isEmpty()) {
        *error = tr("Enter the secret to sign with (Signing tab), or choose not to sign.");
        return std::nullopt;
    }
    if (signing.scheme.isEmpty() && signing.secret.isEmpty())
        signing.scheme = u"none"_s;
    error->clear();
    const std::optional<SigningSetup> setup =
            SendRequestBuilder(m_environment.catalog).signingFor(signing, provider(), error, warnings);
    if (!error->isEmpty())
        return std::nullopt;
    if (setup && !RequestSigner(*setup).sign(request, error))
        return std::nullopt;
    return request;
}

// ---------------------------------------------------------------- sending

bool ComposerWindow::isSending() const
{
    return m_sender && m_sender->isRunning();
}

void ComposerWindow::send()
{
    if (isSending())
        return;
    if (m_textTimer.isActive()) { // what is typed is what goes out
        m_textTimer.stop();
        setBody(m_ui->jsonText->bytes(), Origin::Text);
    }
    QString error;
    QStringList warnings;
    const std::optional<OutgoingRequest> request = buildRequest(&error, &warnings);
    if (!request) {
        showStatus(error, true);
        return;
    }
    if (!m_bodyValid)
        warnings.prepend(tr("the body is not JSON"));
    const int count = m_ui->count->value();
    m_sentRequest = *request;
    m_sentDraft = draft();
    m_firstExchange.reset();
    delete m_sender;
    m_sender = new RepeatSender(qMin(m_ui->concurrency->value(), count), kSendTimeout, this);
    connect(m_sender, &RepeatSender::exchanged, this, &ComposerWindow::exchanged);
    connect(m_sender, &RepeatSender::progressed, this, [this](int done, int total) {
        m_ui->progress->setMaximum(total);
        m_ui->progress->setValue(done);
    });
    connect(m_sender, &RepeatSender::finished, this,
            [this](const RepeatSummary &, bool cancelled) { finished(cancelled); });
    m_ui->progress->setMaximum(count);
    m_ui->progress->setValue(0);
    m_ui->progress->setVisible(count > 1);
    m_ui->sendButton->setEnabled(false);
    m_ui->cancelButton->setEnabled(true);
    m_ui->response->clear(tr("Sending to %1…").arg(request->url.toString()));
    m_ui->response->showSummary(QString());
    showStatus(warnings.isEmpty() ? tr("Sending…") : tr("Sending, although %1.").arg(warnings.join(u"; "_s)),
               !warnings.isEmpty());
    m_sender->start(*request, count);
}

void ComposerWindow::cancelSending()
{
    if (isSending())
        m_sender->cancel();
}

void ComposerWindow::exchanged(const HttpExchange &exchange)
{
    if (m_firstExchange)
        return;
    m_firstExchange = exchange;
    m_ui->response->showExchange(exchange, m_sentRequest);
}

void ComposerWindow::finished(bool cancelled)
{
    m_ui->sendButton->setEnabled(true);
    m_ui->cancelButton->setEnabled(false);
    const RepeatSummary summary = m_sender->summary();
    const int count = m_ui->progress->maximum();
    QString summaryText;
    if (count > 1 || cancelled)
        summaryText = QString::fromUtf8(summary.formatted(m_sender->wallClockNs(), m_sender->concurrency()));
    m_ui->response->showSummary(summaryText);
    if (!m_firstExchange) {
        HttpExchange none;
        none.failure = HttpExchange::Failure::Cancelled;
        none.error = tr("Cancelled before an answer came.");
        m_firstExchange = none;
        m_ui->response->showExchange(none, m_sentRequest);
    }
    SentDelivery sent;
    sent.sentAt = QDateTime::currentDateTimeUtc();
    sent.draft = m_sentDraft;
    sent.request = m_sentRequest;
    sent.response = *m_firstExchange;
    sent.count = summary.total();
    sent.summary = summaryText.toUtf8();
    sent.cancelled = cancelled;
    QString error;
    if (!m_history.add(sent, &error))
        showStatus(tr("The send was not kept in the history: %1").arg(error), true);
    m_historyModel->refresh();
    const HttpExchange &first = *m_firstExchange;
    if (cancelled)
        showStatus(tr("Cancelled after %n answers.", nullptr, summary.total()), true);
    else if (summary.total() > 1)
        showStatus(summary.allSucceeded() ? tr("%n sent; all answered 2xx.", nullptr, summary.total())
                                           : tr("%n sent; not all answered 2xx.", nullptr, summary.total()),
                   !summary.allSucceeded());
    else if (first.answered())
        showStatus(tr("Answered %1.").arg(QString::fromUtf8(first.statusLine())), !first.isSuccess());
    else
        showStatus(first.error, true);
    emit sendFinished();
}

// ---------------------------------------------------------------- drafts, history, templates

ComposerDraft ComposerWindow::draft() const
{
    ComposerDraft draft;
    draft.provider = m_ui->provider->currentData().toString();
    draft.eventType = eventType();
    draft.body = m_textTimer.isActive() ? m_ui->jsonText->bytes() : m_body;
    draft.method = m_ui->method->currentText().trimmed().toUpper().toLatin1();
    draft.url = m_ui->url->text().trimmed();
    draft.headers = headerRows();
    draft.signingScheme = m_ui->scheme->currentData().toString();
    draft.hmacHeader = m_ui->hmacHeader->text().trimmed();
    draft.hmacAlgorithm = m_ui->hmacAlgorithm->currentText();
    draft.hmacEncoding = m_ui->hmacEncoding->currentText();
    draft.hmacPrefix = m_ui->hmacPrefix->text();
    draft.count = m_ui->count->value();
    draft.concurrency = m_ui->concurrency->value();
    return draft;
}

void ComposerWindow::openDraft(const ComposerDraft &draft)
{
    const QString secret = m_ui->secret->text();
    const bool sameProvider = draft.provider == m_ui->provider->currentData().toString();
    choose(draft.provider, draft.eventType);
    if (sameProvider)
        m_ui->secret->setText(secret);
    m_form->setPinned({});
    setBody(draft.body, Origin::Load);
    m_ui->method->setCurrentText(QString::fromLatin1(draft.method));
    m_ui->url->setText(draft.url);
    m_urlEdited = draft.url != defaultUrl();
    setHeaderRows(draft.headers);
    m_ui->scheme->setCurrentIndex(qMax(0, m_ui->scheme->findData(draft.signingScheme)));
    m_ui->hmacHeader->setText(draft.hmacHeader);
    m_ui->hmacAlgorithm->setCurrentText(draft.hmacAlgorithm.isEmpty() ? u"sha256"_s : draft.hmacAlgorithm);
    m_ui->hmacEncoding->setCurrentText(draft.hmacEncoding.isEmpty() ? u"hex"_s : draft.hmacEncoding);
    m_ui->hmacPrefix->setText(draft.hmacPrefix);
    m_ui->count->setValue(draft.count);
    m_ui->concurrency->setValue(draft.concurrency);
    updateSigningView();
}

void ComposerWindow::setSecret(const QByteArray &secret)
{
    m_ui->secret->setText(QString::fromUtf8(secret));
}

void ComposerWindow::reopen(int historyRow)
{
    if (historyRow < 0 || historyRow >= m_history.entries().size())
        return;
    const SentDelivery entry = m_history.entries().at(historyRow);
    openDraft(entry.draft);
    m_ui->response->showExchange(entry.response, entry.request);
    m_ui->response->showSummary(QString::fromUtf8(entry.summary));
    showStatus(tr("Opened the send of %1.").arg(QLocale().toString(entry.sentAt.toLocalTime(), QLocale::ShortFormat)));
}

void ComposerWindow::openTemplate(const QString &name)
{
    const TemplateStore::Template *found = m_templates.find(name);
    if (!found)
        return;
    openDraft(found->draft);
    showStatus(tr("Opened the template \"%1\".").arg(found->name));
}

bool ComposerWindow::saveTemplate(const QString &name, QString *error)
{
    if (!m_templates.save(name, draft(), error))
        return false;
    m_templateModel->refresh();
    m_ui->templateView->setCurrentIndex(m_templateModel->indexOf(name));
    return true;
}

void ComposerWindow::saveTemplateAs()
{
    const QModelIndex current = m_ui->templateView->currentIndex();
    const QString suggestion = current.isValid() ? current.data().toString()
                                                 : (eventType().isEmpty() ? tr("My delivery") : eventType());
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as template"), tr("Name:"), QLineEdit::Normal, suggestion, &ok);
    if (!ok)
        return;
    if (m_templates.find(name)
        && QMessageBox::question(this, tr("Save as template"), tr("Replace the template \"%1\"?").arg(name.trimmed()))
                != QMessageBox::Yes)
        return;
    QString error;
    if (saveTemplate(name, &error))
        showStatus(tr("Saved the template \"%1\".").arg(name.trimmed()));
    else
        QMessageBox::warning(this, tr("Save as template"), error);
    m_ui->sidebar->setCurrentWidget(m_ui->templatesTab);
}

void ComposerWindow::renameTemplate()
{
    const QModelIndex current = m_ui->templateView->currentIndex();
    if (current.isValid())
        m_ui->templateView->edit(current);
}

void ComposerWindow::deleteTemplate()
{
    const QModelIndex current = m_ui->templateView->currentIndex();
    if (!current.isValid())
        return;
    const QString name = current.data().toString();
    if (QMessageBox::question(this, tr("Delete template"), tr("Delete the template \"%1\"?").arg(name)) != QMessageBox::Yes)
        return;
    QString error;
    if (!m_templates.remove(name, &error))
        QMessageBox::warning(this, tr("Delete template"), error);
    m_templateModel->refresh();
}

void ComposerWindow::clearHistory()
{
    if (m_history.entries().isEmpty()
        || QMessageBox::question(this, tr("Clear history"), tr("Forget all %n sends?", nullptr, int(m_history.entries().size())))
                != QMessageBox::Yes)
        return;
    QString error;
    if (!m_history.clear(&error))
        showStatus(error, true);
    m_historyModel->refresh();
}

// ---------------------------------------------------------------- window

void ComposerWindow::showStatus(const QString &message, bool problem)
{
    statusBar()->setStyleSheet(problem ? u"color: #c0392b;"_s : QString());
    statusBar()->showMessage(message, problem ? 0 : 6000);
}

void ComposerWindow::restoreLayout()
{
    QSize size(1480, 940);
    if (const QScreen *shown = screen())
        size = size.boundedTo(shown->availableSize() * 0.9);
    resize(size);
    m_ui->mainSplitter->setSizes({ 270, 1210 });
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->workSplitter->setSizes({ 640, 260 });
    m_ui->workSplitter->setStretchFactor(0, 3);
    m_ui->workSplitter->setStretchFactor(1, 2);
    m_ui->editorSplitter->setSizes({ 640, 560 });
    restoreGeometry(m_settings->geometry(u"composer"_s));
    m_ui->mainSplitter->restoreState(m_settings->splitterState(u"composer/main"_s));
    m_ui->workSplitter->restoreState(m_settings->splitterState(u"composer/work"_s));
    m_ui->editorSplitter->restoreState(m_settings->splitterState(u"composer/editors"_s));
}

// The values keep most of a narrow form: the key column at most two fifths, the type a quarter.
void ComposerWindow::fitFormColumns()
{
    QHeaderView *header = m_ui->form->header();
    const int room = m_ui->form->viewport()->width() - header->sectionSize(ComposerFormModel::Pinned);
    const int charWidth = fontMetrics().averageCharWidth();
    header->resizeSection(ComposerFormModel::FieldType, qBound(charWidth * 10, room / 4, charWidth * 24));
    if (header->sectionSize(ComposerFormModel::Field) > room * 2 / 5)
        header->resizeSection(ComposerFormModel::Field, qMax(charWidth * 12, room * 2 / 5));
}

bool ComposerWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The type first: the form's viewport also reports events while the form is being destroyed.
    if (event->type() == QEvent::Resize && watched == m_ui->form->viewport())
        fitFormColumns();
    return QMainWindow::eventFilter(watched, event);
}

void ComposerWindow::applyColors()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_ui->jsonText->setDarkColors(dark);
    m_ui->response->setDarkColors(dark);
}

void ComposerWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
}

void ComposerWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setGeometry(u"composer"_s, saveGeometry());
    m_settings->setSplitterState(u"composer/main"_s, m_ui->mainSplitter->saveState());
    m_settings->setSplitterState(u"composer/work"_s, m_ui->workSplitter->saveState());
    m_settings->setSplitterState(u"composer/editors"_s, m_ui->editorSplitter->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace hookscope
