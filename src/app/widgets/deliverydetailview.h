#pragma once

#include "common/delivery.h"
#include "decode/jsontree.h"
#include "providers/deliveryanalysis.h"

#include <QTabWidget>

class QLabel;
class QPlainTextEdit;
class QTableView;
class QTreeView;
class QListWidget;
class QCheckBox;

namespace hookscope {

class HeaderListModel;
class HexView;
class JsonHighlighter;
class JsonTreeModel;

// Everything about one delivery, a tab per view: Tree, Raw, Hex, Headers, Validation,
// Signature, Decrypted (when a decrypt step ran), Response. Choosing a node in the tree
// highlights its bytes in the raw text and the hex view.
class DeliveryDetailView : public QTabWidget
{
    Q_OBJECT
public:
    explicit DeliveryDetailView(QWidget *parent = nullptr);

    // tree: the analysis body parsed (leniently), built off the GUI thread by the caller.
    void showDelivery(const Delivery &delivery, const DeliveryAnalysis &analysis, const JsonTree &tree);
    // What the forward target answered, which may come after the delivery is shown.
    void showForwardOutcome(const std::optional<ForwardOutcome> &outcome);
    void showMessage(const QString &message); // while decoding, or when nothing is chosen
    // Selects the node at the RFC 6901 pointer (or its nearest existing ancestor) in the tree.
    void reveal(const QString &pointer);
    void setDarkColors(bool dark);

    QTreeView *treeView() const { return m_tree; }
    JsonTreeModel *treeModel() const { return m_treeModel; }
    HexView *hexView() const { return m_hex; }
    QLabel *originLabel() const { return m_origin; }
    QPlainTextEdit *rawView() const { return m_raw; }

Q_SIGNALS:
    void copied(const QString &what);

private:
    QWidget *buildTreeTab();
    QWidget *buildRawTab();
    void nodeChosen(const QModelIndex &index);
    void showRaw();
    void markParseProblems();
    void jumpToViolation(const QString &pointer);
    void copyValue();
    void copyPath();
    void setTabShown(QWidget *tab, QWidget *after, bool shown, const QString &title);
    void showOrigin(const Delivery &delivery);

    Delivery m_delivery;
    DeliveryAnalysis m_analysis;
    JsonTree m_jsonTree;
    bool m_rawShowsTreeSource = false;
    QTreeView *m_tree = nullptr;
    JsonTreeModel *m_treeModel = nullptr;
    QLabel *m_treeNote = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    JsonHighlighter *m_rawHighlighter = nullptr;
    QCheckBox *m_pretty = nullptr;
    QLabel *m_rawNote = nullptr;
    HexView *m_hex = nullptr;
    HeaderListModel *m_headersModel = nullptr;
    QTableView *m_headers = nullptr;
    QListWidget *m_validation = nullptr;
    QLabel *m_signature = nullptr;
    QPlainTextEdit *m_decrypted = nullptr;
    JsonHighlighter *m_decryptedHighlighter = nullptr;
    QPlainTextEdit *m_response = nullptr;
    QPlainTextEdit *m_forward = nullptr;
    QWidget *m_decryptedTab = nullptr;
    QLabel *m_origin = nullptr; // where the delivery came from, beside the tabs
};

} // namespace hookscope
