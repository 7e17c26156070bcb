// The composer window driven as a user would, offscreen, from an event type's sample to the
// answer of an in-test capture server: the form and the JSON text kept in step, validation,
// Randomize with pins, batches, signing checked on the stored delivery, Phasio encrypt ->
// capture -> decrypt, repeat and cancel, history and templates that survive a restart.
#include "gui/composerwindow.h"
#include "gui/translations.h"
#include "models/composerformmodel.h"
#include "models/sendhistorymodel.h"
#include "models/templatelistmodel.h"
#include "providers/deliveryanalyzer.h"
#include "providers/providercatalog.h"
#include "providers/samplelibrary.h"
#include "jsonvalues.h"
#include "sendcapture.h"
#include "sendscriptedserver.h"
#include "signing/phasiocipher.h"
#include "signing/signatureschemefactory.h"
#include "widgets/jsontexteditor.h"
#include "widgets/responseview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace hookscope;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kPhasioKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
const QByteArray kStandardSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

std::shared_ptr<const ProviderCatalog> catalog()
{
    static const std::shared_ptr<const ProviderCatalog> loaded =
            ProviderCatalog::load({ ProviderCatalog::bundledDirectory() });
    return loaded;
}

struct Composer
{
    std::unique_ptr<ComposerWindow> window;
    std::unique_ptr<QAbstractItemModelTester> formTester;
    std::unique_ptr<QAbstractItemModelTester> historyTester;
    std::unique_ptr<QAbstractItemModelTester> templateTester;

    ComposerWindow *operator->() const { return window.get(); }
    ComposerFormModel *form() const { return window->formModel(); }
    QModelIndex at(const QString &pointer, int column = ComposerFormModel::FieldValue) const
    {
        return form()->indexOfPointer(pointer).siblingAtColumn(column);
    }
    template<typename T>
    T *child(const QString &name) const
    {
        T *found = window->findChild<T *>(name);
        if (!found)
            qWarning() << "no" << name;
        return found;
    }
    // Waits for the validation that follows every change of the body.
    void settle() const
    {
        QSignalSpy validated(window.get(), &ComposerWindow::validated);
        validated.wait(2000);
    }
};

} // namespace

class TestComposer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataRoot;
    int m_windows = 0;

    Composer open(const QString &captureUrl = u"http://127.0.0.1:9"_s, const QList<Endpoint> &endpoints = {},
                  QString dataDirectory = {})
    {
        if (dataDirectory.isEmpty())
            dataDirectory = m_dataRoot.filePath(u"data%1"_s.arg(++m_windows));
        QDir().mkpath(dataDirectory);
        Composer composer;
        composer.window = std::make_unique<ComposerWindow>(
                ComposerEnvironment { catalog(), endpoints, captureUrl, dataDirectory });
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        composer.formTester = std::make_unique<QAbstractItemModelTester>(composer.form(), mode);
        composer.historyTester = std::make_unique<QAbstractItemModelTester>(composer->historyModel(), mode);
        composer.templateTester = std::make_unique<QAbstractItemModelTester>(composer->templateModel(), mode);
        composer->show();
        return composer;
    }

    static void sendAndWait(Composer &composer)
    {
        QSignalSpy finished(composer.window.get(), &ComposerWindow::sendFinished);
        composer->send();
        QVERIFY(finished.wait(15000));
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"hookscope-tests"_s);
        qputenv("XDG_CONFIG_HOME", m_settingsDir.path().toUtf8());
        Translations::install(QCoreApplication::instance(), u"en"_s); // "[1 item]", as the app says it
    }

    void loadsTheSampleOfTheChosenEventType()
    {
        Composer composer = open(u"http://127.0.0.1:8787"_s, { endpointFrom(u"/hooks/enad=enad,secret=tok-1"_s) });
        composer->choose(u"willsuite"_s, u"customer.created"_s);
        QCOMPARE(composer->body(), SampleLibrary::body(u"willsuite"_s, u"customer.created"_s));
        QCOMPARE(composer->textEditor()->bytes(), composer->body());
        QCOMPARE(composer.child<QLineEdit>(u"url"_s)->text(), u"http://127.0.0.1:8787/willsuite"_s);
        QCOMPARE(composer.at(u"/customer_data/last_name"_s).data().toString(), u"Johnson"_s);
        QCOMPARE(composer.at(u"/customer_data/last_name"_s, ComposerFormModel::FieldType).data().toString(), u"string"_s);
        QVERIFY(composer.at(u"/customer_data/email"_s).data(ComposerFormModel::NullableRole).toBool());

        // Enad: the endpoint's path, its token as the secret, the vendor's auth header on send.
        composer->choose(u"enad"_s, u"organisations.created"_s);
        QCOMPARE(composer.child<QLineEdit>(u"url"_s)->text(), u"http://127.0.0.1:8787/hooks/enad"_s);
        QCOMPARE(composer.child<QLineEdit>(u"secret"_s)->text(), u"tok-1"_s);
        QCOMPARE(composer->draft().headers, (HttpHeaderList { { "Content-Type", "application/json" } }));
        QVERIFY2(composer.child<QLabel>(u"signedHeadersNote"_s)->text().contains(u"Authorization"_s),
                 qPrintable(composer.child<QLabel>(u"signedHeadersNote"_s)->text()));
        // GitHub: its User-Agent and the event type header follow the event type.
        composer->choose(u"github"_s, u"push"_s);
        QCOMPARE(headerValue(composer->draft().headers, "X-GitHub-Event"), QByteArray("push"));
        composer->choose(u"github"_s, u"issues"_s);
        QCOMPARE(headerValue(composer->draft().headers, "X-GitHub-Event"), QByteArray("issues"));
        QVERIFY(headerValue(composer->draft().headers, "User-Agent").startsWith("GitHub-Hookshot/"));
    }

    void formEditsChangeOnlyTheirValueInTheText()
    {
        Composer composer = open();
        composer->choose(u"phasio"_s, u"CUSTOMER_ORGANISATION_CREATED"_s);
        const QByteArray sample = composer->body();
        // Text: the value is quoted and spliced in; every other byte stays.
        QVERIFY(composer.form()->setData(composer.at(u"/name"_s), u"Kestrel \"Precision\" GmbH"_s, Qt::EditRole));
        QByteArray expected = withValueAt(sample, u"/name"_s, "\"Kestrel \\\"Precision\\\" GmbH\"");
        QCOMPARE(composer->body(), expected);
        QCOMPARE(composer->textEditor()->bytes(), expected);
        // A number stays a number, written as typed; a string field stays a string.
        QVERIFY(composer.form()->setData(composer.at(u"/id"_s), u"1500"_s, Qt::EditRole));
        expected = withValueAt(expected, u"/id"_s, "1500");
        QCOMPARE(composer->body(), expected);
        QVERIFY(composer.form()->setData(composer.at(u"/taxNumber"_s), u"12345"_s, Qt::EditRole));
        expected = withValueAt(expected, u"/taxNumber"_s, "\"12345\"");
        QCOMPARE(composer->body(), expected);
        // Not a whole number where the schema wants one: refused, nothing changes.
        QSignalSpy refused(composer.form(), &ComposerFormModel::editRefused);
        QVERIFY(!composer.form()->setData(composer.at(u"/customers/0/id"_s), u"seven"_s, Qt::EditRole));
        QVERIFY(!composer.form()->setData(composer.at(u"/customers/0/id"_s), u"1.5"_s, Qt::EditRole));
        QCOMPARE(refused.size(), 2);
        QCOMPARE(composer->body(), expected);
        // A boolean is a check box.
        QCOMPARE(composer.at(u"/isApproved"_s).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(composer.form()->setData(composer.at(u"/isApproved"_s), int(Qt::Unchecked), Qt::CheckStateRole));
        expected = withValueAt(expected, u"/isApproved"_s, "false");
        QCOMPARE(composer->body(), expected);
        QCOMPARE(composer.at(u"/isApproved"_s).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    }

    void textEditsReachTheForm()
    {
        Composer composer = open();
        composer->choose(u"willsuite"_s, u"customer.created"_s);
        const QPersistentModelIndex lastName = composer.at(u"/customer_data/last_name"_s);
        QByteArray edited = withValueAt(composer->body(), u"/customer_data/last_name"_s, "\"Johnston\"");
        composer->setBodyText(edited);
        QCOMPARE(composer->body(), edited);
        // Same shape: the row is updated in place, the view keeps its state.
        QVERIFY(lastName.isValid());
        QCOMPARE(lastName.data().toString(), u"Johnston"_s);
        // Typed, as a user would: the text settles, then the form follows.
        QTextCursor cursor = composer->textEditor()->textCursor();
        cursor.movePosition(QTextCursor::Start);
        cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::MoveAnchor, 1);
        composer->textEditor()->setTextCursor(cursor);
        composer->textEditor()->insertPlainText(u"\n  \"added\": [1, 2.50],"_s);
        QTRY_COMPARE(composer.at(u"/added"_s).data().toString(), u"[2 items]"_s);
        QCOMPARE(composer.at(u"/added/1"_s).data().toString(), u"2.50"_s);
        QVERIFY(composer->body().startsWith("{\n  \"added\": [1, 2.50],"));
        // A form edit after that keeps what was typed, byte for byte.
        QVERIFY(composer.form()->setData(composer.at(u"/added/0"_s), u"3"_s, Qt::EditRole));
        QVERIFY(composer->body().startsWith("{\n  \"added\": [3, 2.50],"));
    }

    void delegatesEditEnumsAndTimesInTheirOwnStyle()
    {
        Composer composer = open();
        composer->choose(u"smarterpay"_s, u"customer_account.create"_s);
        QAbstractItemDelegate *delegate = composer->formView()->itemDelegate();
        const QModelIndex status = composer.at(u"/events/0/status"_s);
        std::unique_ptr<QWidget> editor(delegate->createEditor(composer->formView()->viewport(), {}, status));
        auto *combo = qobject_cast<QComboBox *>(editor.get());
        QVERIFY(combo);
        QCOMPARE(combo->count(), 2);
        delegate->setEditorData(combo, status);
        QCOMPARE(combo->currentText(), u"active"_s);
        combo->setCurrentIndex(combo->findText(u"inactive"_s));
        delegate->setModelData(combo, composer.form(), status);
        QCOMPARE(valueAt(composer->body(), u"/events/0/status"_s), u"\"inactive\""_s);

        const QModelIndex created = composer.at(u"/events/0/created_at"_s);
        editor.reset(delegate->createEditor(composer->formView()->viewport(), {}, created));
        auto *time = qobject_cast<QDateTimeEdit *>(editor.get());
        QVERIFY(time);
        delegate->setEditorData(time, created);
        QCOMPARE(time->dateTime(), QDateTime(QDate(2024, 4, 15), QTime(10, 28, 51), Qt::UTC));
        time->setDateTime(QDateTime(QDate(2025, 2, 1), QTime(7, 5, 9), Qt::UTC));
        delegate->setModelData(time, composer.form(), created);
        QCOMPARE(valueAt(composer->body(), u"/events/0/created_at"_s), u"\"2025-02-01T07:05:09Z\""_s);

        // A nullable field's editor has a null switch.
        const QModelIndex title = composer.at(u"/events/0/title"_s);
        editor.reset(delegate->createEditor(composer->formView()->viewport(), {}, title));
        auto *nullSwitch = editor->findChild<QToolButton *>(u"nullSwitch"_s);
        QVERIFY(nullSwitch);
        delegate->setEditorData(editor.get(), title);
        nullSwitch->setChecked(true);
        delegate->setModelData(editor.get(), composer.form(), title);
        QCOMPARE(valueAt(composer->body(), u"/events/0/title"_s), u"null"_s);
        QCOMPARE(composer.at(u"/events/0/title"_s).data().toString(), u"null"_s);
    }

    void marksTheParseErrorAtItsByte()
    {
        Composer composer = open();
        composer->choose(u"willsuite"_s, u"customer.created"_s);
        const QByteArray broken = "{\n  \"case_data\": {\"id\": 1,, }\n}";
        composer->setBodyText(broken);
        QVERIFY(!composer->formView()->isEnabled());
        const QString status = composer.child<QLabel>(u"parseStatus"_s)->text();
        QVERIFY2(status.contains(u"line 2, column 25"_s), qPrintable(status));
        const QList<QTextEdit::ExtraSelection> marks = composer->textEditor()->extraSelections();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.first().format.underlineStyle(), QTextCharFormat::WaveUnderline);
        QCOMPARE(marks.first().cursor.selectionStart(), int(broken.indexOf(",,")) + 1);
        // The form still shows the last version that was JSON.
        QCOMPARE(composer.at(u"/customer_data/last_name"_s).data().toString(), u"Johnson"_s);
        composer->setBodyText(SampleLibrary::body(u"willsuite"_s, u"customer.created"_s));
        QVERIFY(composer->formView()->isEnabled());
        QVERIFY(composer->textEditor()->extraSelections().isEmpty());
    }

    void listsSchemaProblemsThatLeadToTheField()
    {
        Composer composer = open();
        composer->choose(u"smarterpay"_s, u"customer_account.create"_s);
        composer.settle();
        QVERIFY(composer->problems().isEmpty());
        composer->setBodyText(withValueAt(composer->body(), u"/events/1/status"_s, "\"paused\""));
        composer.settle();
        QCOMPARE(composer->problems().size(), 1);
        QVERIFY2(composer->problems().first().startsWith(u"/events/1/status: "_s), qPrintable(composer->problems().first()));
        QVERIFY(!composer.at(u"/events/1/status"_s).data(JsonTreeModel::ViolationRole).toString().isEmpty());
        auto *list = composer.child<QListWidget>(u"problems"_s);
        QVERIFY(list->isVisible());
        emit list->itemClicked(list->item(0));
        QCOMPARE(composer->formView()->currentIndex().data(JsonTreeModel::PointerRole).toString(), u"/events/1/status"_s);
        // The field's bytes are shown in the text.
        QCOMPARE(composer->textEditor()->textCursor().selectedText(), u"\"paused\""_s);
    }

    void randomizeKeepsPinnedFields()
    {
        Composer composer = open();
        composer->choose(u"smarterpay"_s, u"customer_account.create"_s);
        const QByteArray sample = composer->body();
        QVERIFY(composer.form()->setData(composer.at(u"/events/0/email"_s, ComposerFormModel::Pinned), int(Qt::Checked), Qt::CheckStateRole));
        QVERIFY(composer.form()->setData(composer.at(u"/events/1"_s, ComposerFormModel::Pinned), int(Qt::Checked), Qt::CheckStateRole));
        QCOMPARE(composer.at(u"/events/1/email"_s, ComposerFormModel::Pinned).data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
        composer->randomize(99);
        composer.settle();
        QCOMPARE(valueAt(composer->body(), u"/events/0/email"_s), valueAt(sample, u"/events/0/email"_s));
        QCOMPARE(valueAt(composer->body(), u"/events/1"_s), valueAt(sample, u"/events/1"_s));
        QVERIFY(valueAt(composer->body(), u"/events/0/first_name"_s) != valueAt(sample, u"/events/0/first_name"_s)
                || valueAt(composer->body(), u"/events/0/last_name"_s) != valueAt(sample, u"/events/0/last_name"_s));
        QVERIFY(valueAt(composer->body(), u"/events/2/event_id"_s) != valueAt(sample, u"/events/2/event_id"_s));
        QCOMPARE(composer->problems(), QStringList());
        QCOMPARE(composer->textEditor()->bytes(), composer->body());
    }

    void editsListsNullsAndBatches()
    {
        Composer composer = open();
        composer->choose(u"phasio"_s, u"CUSTOMER_ORGANISATION_CREATED"_s);
        auto *toggleNull = composer.child<QToolButton>(u"toggleNull"_s);
        composer->formView()->setCurrentIndex(composer.at(u"/addresses/0/street2"_s));
        QVERIFY(toggleNull->isEnabled());
        toggleNull->click();
        const QString street2 = valueAt(composer->body(), u"/addresses/0/street2"_s);
        QVERIFY2(street2.startsWith(u'"') && street2.size() > 2, qPrintable(street2));
        composer->formView()->setCurrentIndex(composer.at(u"/addresses/0/street2"_s));
        toggleNull->click();
        QCOMPARE(valueAt(composer->body(), u"/addresses/0/street2"_s), u"null"_s);

        composer->formView()->setCurrentIndex(composer.at(u"/customers"_s));
        composer.child<QToolButton>(u"addItem"_s)->click();
        QCOMPARE(composer.at(u"/customers"_s).data().toString(), u"[2 items]"_s);
        QCOMPARE(valueAt(composer->body(), u"/customers/1"_s), valueAt(composer->body(), u"/customers/0"_s));
        composer.settle();
        QCOMPARE(composer->problems(), QStringList());
        composer->formView()->setCurrentIndex(composer.at(u"/customers/0"_s));
        composer.child<QToolButton>(u"removeItem"_s)->click();
        QCOMPARE(composer.at(u"/customers"_s).data().toString(), u"[1 item]"_s);
        QVERIFY(composer->body().contains("\"customers\": [\n    {"));

        // SmarterPay V2: events of either type added to the batch, one removed.
        composer->choose(u"smarterpay"_s, u"customer_account.create"_s);
        auto *addEvent = composer.child<QToolButton>(u"addEvent"_s);
        QVERIFY(addEvent->isVisible());
        const QList<QAction *> types = addEvent->menu()->actions();
        QCOMPARE(types.size(), 2);
        types.at(1)->trigger(); // customer_account.update
        QCOMPARE(valueAt(composer->body(), u"/events/3/event_type"_s), u"\"customer_account.update\""_s);
        QVERIFY(valueAt(composer->body(), u"/events/3/event_id"_s) != valueAt(composer->body(), u"/events/2/event_id"_s));
        QCOMPARE(valueAt(composer->body(), u"/events/3/client/id"_s), valueAt(composer->body(), u"/client/id"_s));
        composer.settle();
        QCOMPARE(composer->problems(), QStringList());
        composer->formView()->setCurrentIndex(composer.at(u"/events/1/email"_s));
        composer.child<QToolButton>(u"removeEvent"_s)->click();
        QCOMPARE(composer.at(u"/events"_s).data().toString(), u"[3 items]"_s);
        QCOMPARE(valueAt(composer->body(), u"/events/2/event_type"_s), u"\"customer_account.update\""_s);
        QVERIFY(JsonTree::parse(composer->body(), JsonParseMode::Strict).isValid());
    }

    // Signed as the vendor would, sent to a capture server whose endpoint has the secret:
    // the answer is shown, the delivery stored byte for byte with a valid signature.
    void sendsSignedToTheCapture_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("endpointSpec");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("signatureHeader");
        QTest::newRow("standard-webhooks") << u"standard-webhooks/contact.created"_s
                                           << u"/sw=standard-webhooks,secret=%1"_s.arg(QString::fromLatin1(kStandardSecret))
                                           << kStandardSecret << u"standard-webhooks"_s << 200 << u"webhook-signature: v1,"_s;
        QTest::newRow("stripe") << u"stripe/invoice.paid"_s << u"/stripe=stripe,secret=whsec_stripe_test"_s
                                << QByteArray("whsec_stripe_test") << u"stripe"_s << 200 << u"Stripe-Signature: t="_s;
        QTest::newRow("github") << u"github/push"_s << u"/gh=github,secret=It's a secret"_s
                                << QByteArray("It's a secret") << u"github"_s << 200 << u"X-Hub-Signature-256: sha256="_s;
        QTest::newRow("enad token") << u"enad/organisations.updated"_s << u"/enad=enad,secret=tok-123"_s
                                    << QByteArray("tok-123") << u"header-token"_s << 200 << u"Authorization: Bearer tok-123"_s;
        QTest::newRow("willsuite 202") << u"willsuite/customer.created"_s << u"/ws=willsuite"_s
                                       << QByteArray() << QString() << 202 << u"Content-Type: application/json"_s;
    }

    void sendsSignedToTheCapture()
    {
        QFETCH(QString, sample);
        QFETCH(QString, endpointSpec);
        QFETCH(QByteArray, secret);
        QFETCH(QString, scheme);
        QFETCH(int, status);
        QFETCH(QString, signatureHeader);
        SendCapture capture({ endpointFrom(endpointSpec) });
        QVERIFY(capture.error().isEmpty());
        Composer composer = open(capture.url(QString()).toString(), { endpointFrom(endpointSpec) });
        composer->choose(sample.section(u'/', 0, 0), sample.section(u'/', 1));
        QCOMPARE(composer.child<QLineEdit>(u"url"_s)->text(), capture.url(endpointSpec.section(u'=', 0, 0)).toString());
        QCOMPARE(composer.child<QLineEdit>(u"secret"_s)->text().toUtf8(), secret);
        composer->randomize(5);
        sendAndWait(composer);
        QVERIFY2(composer->responseView()->statusText().startsWith(QString::number(status)),
                 qPrintable(composer->responseView()->statusText()));
        QVERIFY(composer->responseView()->bodyText().contains(u"\"received\": true"_s));

        const QList<Delivery> stored = capture.deliveries(1);
        QCOMPARE(stored.size(), 1);
        const Delivery &delivery = stored.first();
        QCOMPARE(delivery.body, composer->body());
        QCOMPARE(delivery.response.status, status);
        QVERIFY2(composer->responseView()->requestText().contains(signatureHeader), qPrintable(composer->responseView()->requestText()));
        if (scheme.isEmpty())
            return;
        QCOMPARE(delivery.classification.signature, u"valid"_s);
        const SignatureVerdict verdict = createSignatureScheme(scheme, catalog()->provider(sample.section(u'/', 0, 0))->signature.schemeOptions())
                                                 ->verify({ delivery.body, delivery.headers, secret, std::nullopt });
        QVERIFY2(verdict.isValid(), qPrintable(verdict.reason));
    }

    void phasioIsEncryptedCapturedAndDecrypted()
    {
        const QString spec = u"/phasio/orgs=phasio/CUSTOMER_ORGANISATION_CREATED,secret=%1"_s.arg(QString::fromLatin1(kPhasioKey));
        SendCapture capture({ endpointFrom(spec) });
        Composer composer = open(capture.url(QString()).toString(), { endpointFrom(spec) });
        composer->choose(u"phasio"_s, u"CUSTOMER_ORGANISATION_CREATED"_s);
        QVERIFY(composer.form()->setData(composer.at(u"/name"_s), u"Kestrel Präzision GmbH"_s, Qt::EditRole));
        sendAndWait(composer);
        QVERIFY2(composer->responseView()->statusText().startsWith(u"200"_s), qPrintable(composer->responseView()->statusText()));

        const Delivery delivery = capture.deliveries(1).value(0);
        QVERIFY(!JsonTree::parse(delivery.body, JsonParseMode::Strict).isValid()); // encrypted on the wire
        QVERIFY(hasHeader(delivery.headers, "X-Phasio-Signature"));
        const PhasioCipher::Result decrypted = PhasioCipher::decrypt(delivery.body, kPhasioKey);
        QVERIFY2(decrypted.ok(), qPrintable(decrypted.error));
        QCOMPARE(decrypted.data, composer->body());
        QCOMPARE(delivery.decryptedBody, composer->body());
        QCOMPARE(delivery.classification.signature, u"valid"_s);
        const DeliveryAnalyzer analyzer(catalog(), { endpointFrom(spec) });
        const DeliveryAnalysis analysis = analyzer.analyze(delivery);
        QVERIFY(analysis.decrypted);
        QCOMPARE(valueAt(analysis.body, u"/name"_s), u"\"Kestrel Präzision GmbH\""_s);
    }

    void repeatsWithProgressAndCancels()
    {
        SendCapture capture;
        Composer composer = open(capture.url(QString()).toString());
        composer->choose(u"willsuite"_s, u"customer.created"_s);
        composer.child<QSpinBox>(u"count"_s)->setValue(6);
        composer.child<QSpinBox>(u"concurrency"_s)->setValue(3);
        sendAndWait(composer);
        QCOMPARE(capture.deliveries(6).size(), 6);
        QCOMPARE(composer->history().entries().first().count, 6);
        QVERIFY2(composer->history().entries().first().summary.contains("  202 Accepted: 6"),
                 composer->history().entries().first().summary.constData());
        QCOMPARE(composer.child<QProgressBar>(u"progress"_s)->value(), 6);

        SendScriptedServer silent("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", 60'000);
        composer.child<QLineEdit>(u"url"_s)->setText(u"http://127.0.0.1:%1/slow"_s.arg(silent.serverPort()));
        composer.child<QSpinBox>(u"count"_s)->setValue(10);
        composer.child<QSpinBox>(u"concurrency"_s)->setValue(2);
        QSignalSpy finished(composer.window.get(), &ComposerWindow::sendFinished);
        composer->send();
        QVERIFY(composer->isSending());
        QTRY_COMPARE(silent.requests().size(), 2);
        composer.child<QPushButton>(u"cancelButton"_s)->click();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!composer->isSending());
        QVERIFY(composer->history().entries().first().cancelled);
        QCOMPARE(silent.requests().size(), 2);
        QCOMPARE(composer->historyModel()->index(0, SendHistoryModel::Status).data().toString(), u"cancelled"_s);
    }

    void historyReopensAndSurvivesARestart()
    {
        SendCapture capture;
        const QString data = m_dataRoot.filePath(u"history"_s);
        {
            Composer composer = open(capture.url(QString()).toString(), {}, data);
            composer->choose(u"smarterpay"_s, u"customer_account.update"_s);
            composer->randomize(11);
            const QByteArray sent = composer->body();
            composer.child<QComboBox>(u"method"_s)->setCurrentText(u"PUT"_s);
            sendAndWait(composer);
            composer->choose(u"willsuite"_s, u"customer.created"_s);
            QCOMPARE(composer->historyModel()->rowCount(), 1);
            composer->reopen(0);
            QCOMPARE(composer->body(), sent);
            QCOMPARE(composer->draft().eventType, u"customer_account.update"_s);
            QCOMPARE(composer->draft().method, QByteArray("PUT"));
            QVERIFY(composer->responseView()->statusText().startsWith(u"200"_s));
        }
        Composer reopened = open(capture.url(QString()).toString(), {}, data);
        QCOMPARE(reopened->historyModel()->rowCount(), 1);
        QCOMPARE(reopened->historyModel()->index(0, SendHistoryModel::Event).data().toString(), u"customer_account.update"_s);
        QCOMPARE(reopened->historyModel()->index(0, SendHistoryModel::Status).data().toString(), u"200"_s);
        reopened->reopen(0);
        QCOMPARE(reopened->draft().provider, u"smarterpay"_s);
        QCOMPARE(reopened->body(), capture.deliveries(1).value(0).body);
    }

    void templatesAreSavedLoadedRenamedAndDeleted()
    {
        const QString data = m_dataRoot.filePath(u"templates"_s);
        QByteArray saved;
        {
            Composer composer = open(u"http://127.0.0.1:9"_s, {}, data);
            composer->choose(u"enad"_s, u"organisation_users.added"_s);
            composer->randomize(3);
            saved = composer->body();
            QString error;
            QVERIFY(composer->saveTemplate(u"New admin"_s, &error));
            composer->choose(u"stripe"_s, u"customer.created"_s);
            QVERIFY(composer->saveTemplate(u"Stripe customer"_s, &error));
            QCOMPARE(composer->templateModel()->rowCount(), 2);
            composer->openTemplate(u"new ADMIN"_s);
            QCOMPARE(composer->body(), saved);
            QCOMPARE(composer->draft().provider, u"enad"_s);
            // Renamed in the list, as with F2.
            const QModelIndex first = composer->templateModel()->indexOf(u"New admin"_s);
            QVERIFY(composer->templateModel()->setData(first, u"Admin added"_s));
            QSignalSpy refused(composer->templateModel(), &TemplateListModel::renameRefused);
            QVERIFY(!composer->templateModel()->setData(first, u"stripe customer"_s));
            QCOMPARE(refused.size(), 1);
            QString removeError;
            QVERIFY(composer->templates().remove(u"Stripe customer"_s, &removeError));
            composer->templateModel()->refresh();
        }
        Composer reopened = open(u"http://127.0.0.1:9"_s, {}, data);
        QCOMPARE(reopened->templateModel()->rowCount(), 1);
        QCOMPARE(reopened->templateModel()->index(0).data().toString(), u"Admin added"_s);
        reopened->openTemplate(u"Admin added"_s);
        QCOMPARE(reopened->body(), saved);
        QCOMPARE(reopened->draft().eventType, u"organisation_users.added"_s);
    }
};

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
