// Renders the console with the seed vendors' deliveries for the README: light and dark, the
// delivery list with a delivery in detail, and an event type's table.
//   hookscope_screenshots OUTPUT_DIR
// Run it on a real display (e.g. under xvfb-run) for faithful fonts; offscreen works too.
#include "capture/capturehost.h"
#include "cli/captureoptionsparser.h"
#include "gui/appsettings.h"
#include "gui/composerwindow.h"
#include "gui/diffdialog.h"
#include "gui/mainwindow.h"
#include "gui/settingsdialog.h"
#include "gui/translations.h"
#include "gui/tunnelpanel.h"
#include "models/deliverylistmodel.h"
#include "models/composerformmodel.h"
#include "models/jsontreemodel.h"
#include "models/sidebarmodel.h"
#include "providers/deliveryanalyzer.h"
#include "providers/providerdeliverypreparer.h"
#include "providers/samplelibrary.h"
#include "signing/phasiocipher.h"
#include "signing/signatureschemefactory.h"
#include "store/datadirectory.h"
#include "store/deliverystore.h"
#include "tunnel/tunnelrunner.h"
#include "widgets/deliverydetailview.h"
#include "widgets/responseview.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QDockWidget>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace hookscope;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kPhasioKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

Delivery request(const QByteArray &target, const QByteArray &body, HttpHeaderList headers, qint64 at)
{
    Delivery delivery;
    delivery.receivedAtNs = at;
    delivery.method = "POST";
    delivery.target = target;
    delivery.httpVersion = "HTTP/1.1";
    headers.prepend(HttpHeader { "Host", "hooks.example.test" });
    if (!hasHeader(headers, "content-type"))
        headers.append(HttpHeader { "Content-Type", "application/json" });
    headers.append(HttpHeader { "Content-Length", QByteArray::number(body.size()) });
    delivery.headers = headers;
    delivery.body = body;
    delivery.peerAddress = u"203.0.113.24"_s;
    delivery.peerPort = 51522;
    return delivery;
}

// A morning of deliveries from the seed vendors, with the odd failure.
QList<Delivery> seedDeliveries(qint64 start)
{
    QList<Delivery> all;
    qint64 at = start;
    auto add = [&](const QByteArray &target, const QByteArray &body, HttpHeaderList headers = {}) {
        at += 37'000'000'000LL + (all.size() % 7) * 11'000'000'000LL;
        all.append(request(target, body, headers, at));
    };
    const QByteArray enadAuth = "Bearer enad-token";
    for (int round = 0; round < 6; ++round) {
        for (const QString &type : { u"organisations.created"_s, u"organisation_users.added"_s,
                                     u"organisation_status.changed"_s, u"organisations.updated"_s })
            add("/enad", SampleLibrary::body(u"enad"_s, type), { { "Authorization", enadAuth } });
        add("/smarterpay/v2", SampleLibrary::body(u"smarterpay"_s, round % 2 ? u"customer_account.update"_s
                                                                               : u"customer_account.create"_s));
        add("/willsuite", SampleLibrary::body(u"willsuite"_s, u"customer.created"_s));
        const QByteArray phasio = PhasioCipher::encrypt(
                SampleLibrary::body(u"phasio"_s, u"CUSTOMER_ORGANISATION_CREATED"_s), kPhasioKey).data;
        add("/phasio/customers", phasio,
            createSignatureScheme(u"phasio")->sign({ phasio, {}, kPhasioKey, {}, {} })
                    + HttpHeaderList { { "Content-Type", "text/plain" } });
    }
    add("/enad", SampleLibrary::body(u"enad"_s, u"organisations.deleted"_s), { { "Authorization", "Bearer old-token" } });
    QByteArray wrong = SampleLibrary::body(u"willsuite"_s, u"customer.created"_s);
    wrong.replace("\"title\": \"Mr\"", "\"title\": 7");
    add("/willsuite", wrong);
    add("/stripe", SampleLibrary::body(u"stripe"_s, u"payment_intent.succeeded"_s), { { "Stripe-Signature", "t=1,v1=00" } });
    // Through a Cloudflare quick tunnel: the connection from cloudflared, the client in a header.
    for (const QByteArray &client : { QByteArray("198.51.100.7"), QByteArray("2001:db8:5::23") }) {
        add("/willsuite", SampleLibrary::body(u"willsuite"_s, u"customer.created"_s),
            { { "CF-Connecting-IP", client }, { "X-Forwarded-For", client }, { "X-Forwarded-Proto", "https" } });
        all.last().peerAddress = u"127.0.0.1"_s;
    }
    return all;
}

void settle(int ms)
{
    QTest::qWait(ms);
}

QModelIndex findInSidebar(SidebarModel *model, const QString &eventType)
{
    for (int endpoint = 0; endpoint < model->rowCount(); ++endpoint) {
        const QModelIndex e = model->index(endpoint, 0);
        for (int provider = 0; provider < model->rowCount(e); ++provider) {
            const QModelIndex p = model->index(provider, 0, e);
            for (int type = 0; type < model->rowCount(p); ++type) {
                if (model->index(type, 0, p).data(SidebarModel::EventTypeRole).toString() == eventType)
                    return model->index(type, 0, p);
            }
        }
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"hookscope-screenshots"_s);
    Translations::install(&app, QString()); // LANGUAGE=de renders the German screens
    const QString output = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"."_s;
    QDir().mkpath(output);
    QTemporaryDir data;
    QString error;
    DataDirectory::prepare(data.path(), &error);
    QList<Endpoint> endpoints = {
        { u"/enad"_s, u"enad"_s, {}, "enad-token", 0 },
        { u"/willsuite"_s, u"willsuite"_s, {}, {}, 0, 0, QUrl(u"http://localhost:3000/webhooks/willsuite"_s) },
        { u"/smarterpay"_s, u"smarterpay"_s, {}, {}, 0 },
        { u"/phasio"_s, u"phasio"_s, u"CUSTOMER_ORGANISATION_CREATED"_s, kPhasioKey, 0 },
    };
    auto analyzer = std::make_shared<const DeliveryAnalyzer>(ProviderCatalog::load({ ProviderCatalog::bundledDirectory() }), endpoints);
    const ProviderDeliveryPreparer preparer(analyzer);
    CaptureOptions options;
    options.port = 8787;
    options.store.databasePath = DataDirectory::databasePath(data.path());
    {
        DeliveryStore store;
        store.open(options.store);
        QList<Delivery> deliveries = seedDeliveries(QDateTime::currentMSecsSinceEpoch() * 1'000'000LL - 3'000'000'000'000LL);
        for (Delivery &delivery : deliveries)
            preparer.prepare(delivery);
        store.append(deliveries);
    }
    CaptureHost host(options, std::make_shared<ProviderDeliveryPreparer>(analyzer));
    if (!host.start().isEmpty()) { // 8787 taken: any free port will do for the pictures
        options.port = 0;
        host.restart(options);
    }

    // The tunnel panel runs the stand-in cloudflared of the tests, which prints what the real
    // one does.
    qputenv("PATH", QByteArray(HOOKSCOPE_SOURCE_DIR "/tests/fixtures/tunnel:") + qgetenv("PATH"));
    TunnelOptions tunnel;
    tunnel.tool = u"cloudflared"_s;
    AppSettings().setTunnelOptions(tunnel);

    for (const AppSettings::Theme theme : { AppSettings::Theme::Light, AppSettings::Theme::Dark }) {
        AppSettings().setTheme(theme);
        const QString suffix = theme == AppSettings::Theme::Dark ? u"dark"_s : u"light"_s;
        MainWindow window(&host, options.store, analyzer, QString());
        window.resize(1500, 920);
        window.show();
        settle(400);
        // A WillSuite delivery that fails its schema, its tree open at the failing field.
        for (int row = 0; row < window.deliveryModel()->rowCount(); ++row) {
            const DeliverySummary &summary = window.deliveryModel()->summaryAt(row);
            if (summary.target == "/willsuite" && summary.forwardedClient.isEmpty()) {
                window.deliveryView()->selectRow(row);
                break;
            }
        }
        settle(600);
        window.detailView()->setCurrentIndex(0);
        const QModelIndex title = window.detailView()->treeModel()->indexOfPointer(u"/customer_data/title"_s);
        window.detailView()->treeView()->expandAll();
        window.detailView()->treeView()->setCurrentIndex(title);
        settle(300);
        window.grab().save(output + u"/console-%1.png"_s.arg(suffix));

        const QModelIndex smarterpay = findInSidebar(window.sidebarModel(), u"customer_account.create"_s);
        window.sidebarView()->setCurrentIndex(smarterpay);
        settle(500);
        window.eventView()->selectRow(0);
        settle(600);
        window.grab().save(output + u"/event-table-%1.png"_s.arg(suffix));

        SettingsDialog::Values values;
        values.listenAddress = u"127.0.0.1:8787"_s;
        values.endpoints = endpoints;
        values.theme = theme;
        SettingsDialog settings(values, { u"enad"_s, u"phasio"_s, u"smarterpay"_s, u"willsuite"_s }, data.path(), &window);
        settings.show();
        settle(300);
        settings.grab().save(output + u"/settings-%1.png"_s.arg(suffix));
        settings.findChild<QTabWidget *>()->setCurrentIndex(1);
        settle(100);
        settings.grab().save(output + u"/settings-endpoints-%1.png"_s.arg(suffix));
        settings.findChild<QTabWidget *>()->setCurrentIndex(2);
        settle(100);
        settings.grab().save(output + u"/settings-storage-%1.png"_s.arg(suffix));
        settings.close();

        QByteArray changed = SampleLibrary::body(u"willsuite"_s, u"customer.created"_s);
        changed.replace("\"Johnson\"", "\"Johnston\"").replace("\"Mr\"", "\"Dr\"");
        DiffDialog diff({ u"<b>#7</b> /willsuite"_s, JsonTree::parse(SampleLibrary::body(u"willsuite"_s, u"customer.created"_s), JsonParseMode::Lenient), 0 },
                        { u"<b>#14</b> /willsuite"_s, JsonTree::parse(changed, JsonParseMode::Lenient), 0 }, &window);
        diff.show();
        settle(300);
        diff.grab().save(output + u"/diff-%1.png"_s.arg(suffix));
        diff.close();

        // The composer with a SmarterPay batch, a field chosen, sent to this capture server.
        QTemporaryDir composerData;
        ComposerWindow composer({ std::shared_ptr<const ProviderCatalog>(analyzer, &analyzer->catalog()), endpoints,
                                  listenUrl(host.listenAddress(), host.listenPort()), composerData.path() });
        composer.resize(1500, 940);
        composer.show();
        composer.choose(u"smarterpay"_s, u"customer_account.create"_s);
        settle(300);
        QSignalSpy sent(&composer, &ComposerWindow::sendFinished);
        composer.send();
        sent.wait(5000);
        composer.randomize(2024);
        const QModelIndex postcode = composer.formModel()->indexOfPointer(u"/events/1/billing_postal_code"_s);
        composer.formView()->setCurrentIndex(postcode.siblingAtColumn(ComposerFormModel::FieldValue));
        composer.formView()->scrollTo(postcode);
        composer.formModel()->setData(composer.formModel()->indexOfPointer(u"/events/1/email"_s).siblingAtColumn(ComposerFormModel::Pinned),
                                      Qt::Checked, Qt::CheckStateRole);
        settle(500);
        composer.grab().save(output + u"/composer-%1.png"_s.arg(suffix));

        window.sidebarView()->setCurrentIndex(window.sidebarModel()->index(0, 0)); // all deliveries
        settle(300);
        window.deliveryView()->selectRow(0); // the last delivery, through the tunnel
        window.resize(1760, 920); // room for the panel beside the list
        window.tunnelDock()->show();
        window.tunnelPanel()->start();
        if (!QTest::qWaitFor([&] { return window.tunnelPanel()->runner()->state() == TunnelRunner::State::Up; }, 10000))
            qWarning("the tunnel did not come up: %s", qPrintable(window.tunnelPanel()->runner()->log().lines().join(u"\n"_s) + window.tunnelPanel()->runner()->failureReason()));
        settle(600);
        window.grab().save(output + u"/tunnel-%1.png"_s.arg(suffix));
        window.tunnelPanel()->stop();
        window.tunnelDock()->hide();
        window.resize(1500, 920);
    }
    AppSettings().setTheme(AppSettings::Theme::System);
    return 0;
}
