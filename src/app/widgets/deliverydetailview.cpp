#include "deliverydetailview.h"

#include "codetext.h"
#include "common/httpresponse.h"
#include "hexview.h"
#include "jsonhighlighter.h"
#include "common/forwardedclient.h"
#include "models/deliverylistmodel.h"
#include "models/headerlistmodel.h"
#include "models/jsontreemodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

// A long single line (minified JSON) makes QPlainTextEdit slow to lay out; the hex view has it all.
constexpr qsizetype kMaxRawTextBytes = 256 * 1024;
constexpr int kPointerRole = Qt::UserRole + 1;

QLabel *makeNote()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setContentsMargins(6, 4, 6, 4);
    label->hide();
    return label;
}

void showNote(QLabel *label, const QString &text, bool problem)
{
    label->setText(text);
    label->setStyleSheet(problem ? u"color: #c0392b;"_s : QString());
    label->setVisible(!text.isEmpty());
}

QString responseText(int status, const HttpHeaderList &headers, const QByteArray &body)
{
    QString text = u"HTTP/1.1 %1 %2\n"_s.arg(status).arg(QString::fromLatin1(reasonPhrase(status)));
    for (const HttpHeader &header : headers)
        text += QString::fromLatin1(header.name) + u": "_s + QString::fromUtf8(header.value) + u"\n"_s;
    return text + u"\n"_s + QString::fromUtf8(body);
}

QString forwardText(const ForwardOutcome &outcome)
{
    if (!outcome.answered())
        return QObject::tr("Not forwarded to %1:\n%2").arg(outcome.url, outcome.error);
    QString text = QObject::tr("Forwarded to %1, answered in %2 ms:")
                           .arg(outcome.url)
                           .arg(double(outcome.elapsedNs) / 1e6, 0, 'f', 1);
    text += u"\n\n"_s + responseText(outcome.status, outcome.headers, outcome.body);
    if (outcome.bodyTruncated)
        text += u"\n\n"_s + QObject::tr("(the body is cut at %1 here)")
                                    .arg(QLocale().formattedDataSize(ForwardOutcome::kMaxBodyBytes));
    return text;
}

QString signatureText(const SignatureVerdict &verdict)
{
    const QString status = DeliveryListModel::signatureText(signatureStatusName(verdict.status));
    const QString colour = verdict.status == SignatureVerdict::Status::Valid ? u"#27ae60"_s
            : verdict.status == SignatureVerdict::Status::Invalid        ? u"#c0392b"_s
                                                                         : QString();
    QString html = u"<p><b>%1</b> <span style=\"color:%2\"><b>%3</b></span></p>"_s
                           .arg(QObject::tr("Result:"), colour, status.toHtmlEscaped());
    if (!verdict.scheme.isEmpty())
        html += u"<p>%1 %2</p>"_s.arg(QObject::tr("Scheme:"), verdict.scheme.toHtmlEscaped());
    if (!verdict.reason.isEmpty())
        html += u"<p>%1</p>"_s.arg(verdict.reason.toHtmlEscaped());
    return html;
}

} // namespace

DeliveryDetailView::DeliveryDetailView(QWidget *parent) : QTabWidget(parent)
{
    setDocumentMode(true);

    addTab(buildTreeTab(), tr("Tree"));
    addTab(buildRawTab(), tr("Raw"));
    m_hex = new HexView;
    addTab(m_hex, tr("Hex"));

    m_headersModel = new HeaderListModel(this);
    m_headers = new QTableView;
    m_headers->setModel(m_headersModel);
    m_headers->verticalHeader()->hide();
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->setWordWrap(false);
    m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
    addTab(m_headers, tr("Headers"));

    m_validation = new QListWidget;
    m_validation->setWordWrap(true);
    connect(m_validation, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        jumpToViolation(item->data(kPointerRole).toString());
    });
    connect(m_validation, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        jumpToViolation(item->data(kPointerRole).toString());
    });
    addTab(m_validation, tr("Validation"));

    m_signature = new QLabel;
    m_signature->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_signature->setWordWrap(true);
    m_signature->setContentsMargins(12, 12, 12, 12);
    m_signature->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addTab(m_signature, tr("Signature"));

    // Tabs shown only for some deliveries stay children of the view while out, so they are freed.
    m_decrypted = makeCodeView();
    m_decrypted->setParent(this);
    m_decrypted->hide();
    m_decryptedHighlighter = new JsonHighlighter(m_decrypted->document());
    m_decryptedTab = m_decrypted;

    m_response = makeCodeView();
    addTab(m_response, tr("Response"));
    m_forward = makeCodeView();
    m_forward->setParent(this);
    m_forward->hide();
    m_origin = new QLabel;
    m_origin->setContentsMargins(8, 0, 8, 0);
    m_origin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setCornerWidget(m_origin, Qt::TopRightCorner);
    showMessage(tr("Select a delivery to see it here."));
}

QWidget *DeliveryDetailView::buildTreeTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(4, 2, 4, 2);
    auto addTool = [&](const QString &text, const QString &tip, auto slot) {
        auto *button = new QToolButton;
        button->setText(text);
        button->setToolTip(tip);
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this, slot);
        tools->addWidget(button);
    };
    addTool(tr("Expand all"), tr("Expand every node"), [this] { m_tree->expandAll(); });
    addTool(tr("Collapse"), tr("Collapse every node"), [this] { m_tree->collapseAll(); });
    addTool(tr("Copy value"), tr("Copy the chosen value (Ctrl+C)"), &DeliveryDetailView::copyValue);
    addTool(tr("Copy path"), tr("Copy the chosen node's JSON path"), &DeliveryDetailView::copyPath);
    tools->addStretch();
    layout->addLayout(tools);
    m_treeNote = makeNote();
    layout->addWidget(m_treeNote);

    m_treeModel = new JsonTreeModel(this);
    m_tree = new QTreeView;
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::Key, QHeaderView::Interactive);
    m_tree->setColumnWidth(JsonTreeModel::Key, 220);
    m_tree->setColumnWidth(JsonTreeModel::Value, 320);
    m_tree->setColumnWidth(JsonTreeModel::Type, 70);
    layout->addWidget(m_tree);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DeliveryDetailView::nodeChosen);
    return tab;
}

QWidget *DeliveryDetailView::buildRawTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(4, 2, 4, 2);
    m_pretty = new QCheckBox(tr("Pretty-print"));
    m_pretty->setToolTip(tr("Indent the JSON; byte positions then no longer match the original"));
    connect(m_pretty, &QCheckBox::toggled, this, &DeliveryDetailView::showRaw);
    tools->addWidget(m_pretty);
    tools->addStretch();
    layout->addLayout(tools);
    m_rawNote = makeNote();
    layout->addWidget(m_rawNote);
    m_raw = makeCodeView();
    m_rawHighlighter = new JsonHighlighter(m_raw->document());
    layout->addWidget(m_raw);
    return tab;
}

void DeliveryDetailView::setDarkColors(bool dark)
{
    m_rawHighlighter->updateColors(dark);
    m_decryptedHighlighter->updateColors(dark);
}

void DeliveryDetailView::showMessage(const QString &message)
{
    m_treeModel->setTree(JsonTree());
    showNote(m_treeNote, message, false);
    m_raw->clear();
    m_raw->setPlaceholderText(message);
    m_hex->setData({});
    m_headersModel->setHeaders({});
    m_validation->clear();
    m_signature->clear();
    m_response->clear();
    m_origin->clear();
    m_origin->setToolTip(QString());
    setTabShown(m_decryptedTab, m_signature, false, tr("Decrypted"));
    showForwardOutcome(std::nullopt);
}

void DeliveryDetailView::showForwardOutcome(const std::optional<ForwardOutcome> &outcome)
{
    setTabShown(m_forward, m_response, outcome.has_value(), tr("Forward"));
    if (outcome)
        m_forward->setPlainText(forwardText(*outcome));
    else
        m_forward->clear();
}

void DeliveryDetailView::setTabShown(QWidget *tab, QWidget *after, bool shown, const QString &title)
{
    const int at = indexOf(tab);
    if (shown && at < 0)
        insertTab(indexOf(after) + 1, tab, title);
    else if (!shown && at >= 0)
        removeTab(at);
}

void DeliveryDetailView::showDelivery(const Delivery &delivery, const DeliveryAnalysis &analysis,
                                      const JsonTree &tree)
{
    m_delivery = delivery;
    m_analysis = analysis;
    m_jsonTree = tree;
    m_treeModel->setTree(tree);
    QHash<QString, QStringList> violations;
    for (const EventAnalysis &event : analysis.events) {
        for (const SchemaViolation &violation : event.violations)
            violations[violation.pointer].append(violation.message);
    }
    for (const SchemaViolation &violation : analysis.envelopeViolations)
        violations[violation.pointer].append(violation.message);
    m_treeModel->setViolations(violations);
    m_tree->expandToDepth(1);

    QString treeNote;
    if (!delivery.rejection.isEmpty())
        treeNote = tr("Refused by Hookscope: %1. The body was not kept.").arg(delivery.rejection);
    else if (!analysis.decryptionError.isEmpty())
        treeNote = analysis.decryptionError;
    else if (analysis.decoded.kind == BodyKind::Empty)
        treeNote = tr("This delivery has no body.");
    else if (tree.nodeCount() == 0)
        treeNote = tr("The body is not JSON (%1, %2).")
                           .arg(bodyKindName(analysis.decoded.kind), formatByteSize(analysis.decoded.bytes.size()));
    else if (analysis.decrypted)
        treeNote = tr("Decrypted with the endpoint's key.");
    else if (analysis.decoded.jsonSource.origin == JsonSource::Origin::FormField)
        treeNote = tr("JSON from the form field \"%1\".").arg(analysis.decoded.jsonSource.name);
    else if (analysis.decoded.jsonSource.origin == JsonSource::Origin::MultipartPart)
        treeNote = tr("JSON from the multipart part \"%1\".").arg(analysis.decoded.jsonSource.name);
    showNote(m_treeNote, treeNote, !analysis.decryptionError.isEmpty() || !delivery.rejection.isEmpty());

    // The raw view shows the bytes the tree indexes whenever that is the body as received.
    m_rawShowsTreeSource = !analysis.decrypted
            && analysis.decoded.jsonSource.origin == JsonSource::Origin::WholeBody;
    m_pretty->setChecked(false);
    m_pretty->setEnabled(tree.isValid() && tree.source().size() <= kMaxRawTextBytes);
    showRaw();
    m_hex->setData(tree.nodeCount() > 0 ? tree.source() : analysis.decoded.bytes);

    m_headersModel->setHeaders(delivery.headers);
    m_headers->resizeColumnToContents(HeaderListModel::Name);

    m_validation->clear();
    auto addItem = [this](const QString &text, const QString &pointer, bool problem) {
        auto *item = new QListWidgetItem(text, m_validation);
        item->setData(kPointerRole, pointer);
        if (problem)
            item->setForeground(QColor(0xc0, 0x39, 0x2b));
    };
    if (analysis.parseError)
        addItem(tr("Not valid JSON at line %1, column %2 (byte %3): %4")
                        .arg(analysis.parseError->line).arg(analysis.parseError->column)
                        .arg(analysis.parseError->offset).arg(analysis.parseError->message),
                QString(), true);
    for (const SchemaViolation &violation : analysis.envelopeViolations)
        addItem(u"%1 — %2"_s.arg(violation.pointer.isEmpty() ? u"/"_s : violation.pointer, violation.message),
                violation.pointer, true);
    for (const EventAnalysis &event : analysis.events) {
        for (const SchemaViolation &violation : event.violations)
            addItem(tr("Event %1 (%2): %3 — %4").arg(event.index).arg(event.type, violation.pointer, violation.message),
                    violation.pointer, true);
        if (!event.knownType && !event.type.isEmpty())
            addItem(tr("Event %1: \"%2\" is not an event type this provider documents").arg(event.index).arg(event.type),
                    event.pointer, true);
    }
    for (const BodyNote &note : analysis.decoded.notes)
        addItem(note.message, QString(), note.severity == BodyNote::Severity::Error);
    for (const DecodingStep &step : analysis.decoded.steps)
        addItem(step.description, QString(), false);
    if (m_validation->count() == 0)
        addItem(analysis.provider ? tr("Every event matches its schema.")
                                  : tr("No provider recognised, so there is no schema to check against."),
                QString(), false);

    m_signature->setText(signatureText(analysis.signature));

    const bool decryptStepRan = analysis.decrypted || !analysis.decryptionError.isEmpty();
    setTabShown(m_decryptedTab, m_signature, decryptStepRan, tr("Decrypted"));
    m_decrypted->setPlainText(analysis.decrypted ? QString::fromUtf8(analysis.body) : analysis.decryptionError);
    m_response->setPlainText(
            responseText(delivery.response.status, delivery.response.headers, delivery.response.body));
    showForwardOutcome(delivery.forwardOutcome);
    showOrigin(delivery);
}

void DeliveryDetailView::showOrigin(const Delivery &delivery)
{
    const QString peer = delivery.peerAddress.isEmpty()
            ? QString()
            : delivery.peerAddress.contains(u':') ? u"[%1]:%2"_s.arg(delivery.peerAddress).arg(delivery.peerPort)
                                                 : u"%1:%2"_s.arg(delivery.peerAddress).arg(delivery.peerPort);
    const ForwardedClient client = forwardedClient(delivery.headers);
    if (peer.isEmpty() && !client.isValid()) {
        m_origin->clear();
        m_origin->setToolTip(QString());
        return;
    }
    m_origin->setText(tr("From %1").arg(DeliveryListModel::peerText(client.address, peer)));
    m_origin->setToolTip(client.isValid()
                                 ? tr("%1 is the client the %2 header names (a tunnel or proxy adds it; "
                                      "anyone can send it); the connection came from %3.")
                                           .arg(client.address, QString::fromLatin1(client.header), peer)
                                 : tr("The connection came from %1.").arg(peer));
}

void DeliveryDetailView::showRaw()
{
    const QByteArray &bytes = m_analysis.decoded.bytes;
    QString text;
    if (m_pretty->isChecked() && m_jsonTree.isValid()) {
        text = QString::fromUtf8(QJsonDocument::fromJson(m_jsonTree.source()).toJson(QJsonDocument::Indented));
    } else if (m_analysis.decoded.kind == BodyKind::Binary) {
        text = tr("(%1 of binary data; see the Hex tab)").arg(formatByteSize(bytes.size()));
    } else {
        text = QString::fromUtf8(bytes.left(kMaxRawTextBytes));
    }
    m_raw->setPlainText(text);
    QString note;
    if (bytes.size() > kMaxRawTextBytes && !m_pretty->isChecked())
        note = tr("Showing the first %1 of %2; the Hex tab has every byte.")
                       .arg(formatByteSize(kMaxRawTextBytes), formatByteSize(bytes.size()));
    showNote(m_rawNote, note, false);
    markParseProblems();
}

// Underlines where strict JSON parsing failed and what lenient parsing forgave.
void DeliveryDetailView::markParseProblems()
{
    QList<QTextEdit::ExtraSelection> marks;
    if (m_rawShowsTreeSource && !m_pretty->isChecked()) {
        auto mark = [&](qint64 offset, qint64 length, const QColor &colour) {
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(m_raw->document());
            const QByteArray &source = m_analysis.decoded.bytes;
            selection.cursor.setPosition(textPosition(source, offset));
            selection.cursor.setPosition(textPosition(source, offset + qMax<qint64>(length, 1)),
                                         QTextCursor::KeepAnchor);
            selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            selection.format.setUnderlineColor(colour);
            selection.format.setBackground(QColor(colour.red(), colour.green(), colour.blue(), 40));
            marks.append(selection);
        };
        if (m_analysis.parseError)
            mark(m_analysis.parseError->offset, 1, QColor(0xc0, 0x39, 0x2b));
        for (const JsonDiagnostic &leniency : m_jsonTree.leniencies())
            mark(leniency.byteOffset, leniency.length, QColor(0xe6, 0x7e, 0x22));
    }
    m_raw->setExtraSelections(marks);
    QStringList notes;
    if (m_analysis.parseError)
        notes.append(tr("Not valid JSON at line %1, column %2 (byte %3): %4")
                             .arg(m_analysis.parseError->line).arg(m_analysis.parseError->column)
                             .arg(m_analysis.parseError->offset).arg(m_analysis.parseError->message));
    for (const JsonDiagnostic &leniency : m_jsonTree.leniencies())
        notes.append(tr("Line %1, column %2: %3").arg(leniency.line).arg(leniency.column).arg(leniency.message));
    if (!notes.isEmpty())
        showNote(m_rawNote, notes.join(u"\n"_s), m_analysis.parseError.has_value());
}

void DeliveryDetailView::nodeChosen(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const qint64 offset = index.data(JsonTreeModel::ValueOffsetRole).toLongLong();
    const qint64 length = index.data(JsonTreeModel::ValueLengthRole).toLongLong();
    m_hex->setHighlight(offset, length);
    QPlainTextEdit *text = m_rawShowsTreeSource ? m_raw : (m_analysis.decrypted ? m_decrypted : nullptr);
    if (!text || (text == m_raw && m_pretty->isChecked()))
        return;
    const QByteArray &source = m_jsonTree.source();
    QTextCursor cursor(text->document());
    cursor.setPosition(textPosition(source, offset));
    cursor.setPosition(textPosition(source, offset + length), QTextCursor::KeepAnchor);
    text->setTextCursor(cursor);
    text->ensureCursorVisible();
}

void DeliveryDetailView::jumpToViolation(const QString &pointer)
{
    if (m_treeModel->indexOfPointer(pointer).isValid()) {
        setCurrentIndex(0);
        reveal(pointer);
    }
}

void DeliveryDetailView::reveal(const QString &pointer)
{
    QString at = pointer;
    QModelIndex node = m_treeModel->indexOfPointer(at);
    // A missing field (a required one, say) shows as its parent.
    while (!node.isValid() && at.contains(QLatin1Char('/'))) {
        at.truncate(at.lastIndexOf(QLatin1Char('/')));
        node = m_treeModel->indexOfPointer(at);
    }
    if (!node.isValid())
        return;
    m_tree->scrollTo(node, QAbstractItemView::PositionAtCenter);
    m_tree->setCurrentIndex(node);
}

void DeliveryDetailView::copyValue()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    const int node = current.data(JsonTreeModel::NodeRole).toInt();
    const JsonSpan span = m_jsonTree.valueSpan(node);
    const QString value = m_jsonTree.kind(node) == JsonNodeKind::String
            ? m_jsonTree.scalarText(node)
            : QString::fromUtf8(m_jsonTree.source().mid(span.offset, span.length));
    QApplication::clipboard()->setText(value);
    emit copied(tr("value"));
}

void DeliveryDetailView::copyPath()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    QApplication::clipboard()->setText(current.data(JsonTreeModel::DottedPathRole).toString());
    emit copied(tr("path"));
}

} // namespace hookscope
