// The HTTP request path after framing: every head the request framer accepts from an arbitrary
// byte stream (default limits, as the capture server frames it) is kept, attributed and routed
// as Hookscope does it. Its headers must come back unchanged from the store's serialized form,
// the forwarded client it names must be a plain IP address from one of the three headers, and
// the target must route to the longest matching endpoint and never move a forward to another
// host, port or path outside the forward target's own.
#include "fuzzcheck.h"

#include "capture/requestframer.h"
#include "common/endpoint.h"
#include "common/forwardedclient.h"
#include "common/httpheaders.h"

#include <QHostAddress>

#include <cstdint>

using namespace hookscope;

namespace {

const QList<Endpoint> &endpoints()
{
    static const QList<Endpoint> instance = [] {
        QList<Endpoint> list;
        list.append(Endpoint { QStringLiteral("/"), {}, {}, {}, 0 });
        list.append(Endpoint { QStringLiteral("/shop"), QStringLiteral("stripe"), {}, {}, 0 });
        Endpoint forwarded { QStringLiteral("/shop/orders"), {}, {}, {}, 0 };
        forwarded.forwardTo = QUrl(QStringLiteral("http://127.0.0.1:3000/hooks?tenant=1"));
        list.append(forwarded);
        Endpoint atRoot { QStringLiteral("/p"), QStringLiteral("phasio"), {}, {}, 0 };
        atRoot.forwardTo = QUrl(QStringLiteral("https://app.example:8443"));
        list.append(atRoot);
        return list;
    }();
    return instance;
}

void checkStoredHeaders(const HttpHeaderList &headers)
{
    CHECK(parseSerializedHeaders(serializeHeaders(headers)) == headers);
}

void checkForwardedClient(const HttpHeaderList &headers)
{
    const ForwardedClient client = forwardedClient(headers);
    if (!client.isValid()) {
        CHECK(client.header.isEmpty());
        return;
    }
    CHECK(client.header == "CF-Connecting-IP" || client.header == "Forwarded"
          || client.header == "X-Forwarded-For");
    CHECK(hasHeader(headers, client.header));
    const QHostAddress address(client.address);
    CHECK(!address.isNull());
    CHECK(address.toString() == client.address);
}

void checkRouting(const QByteArray &target)
{
    const Endpoint *endpoint = endpointForTarget(endpoints(), target);
    for (const Endpoint &other : endpoints()) {
        if (other.matchesTarget(target))
            CHECK(endpoint && endpoint->path.size() >= other.path.size());
    }
    if (!endpoint || endpoint->forwardTo.isEmpty())
        return;
    CHECK(endpoint->matchesTarget(target));
    const QUrl url = endpoint->forwardUrlFor(target);
    if (!url.isValid())
        return; // the forwarder reports it and sends nothing
    const QUrl &base = endpoint->forwardTo;
    CHECK(url.scheme() == base.scheme());
    CHECK(url.host() == base.host());
    CHECK(url.port() == base.port());
    CHECK(url.userInfo().isEmpty());
    CHECK(url.path(QUrl::FullyEncoded).startsWith(base.path(QUrl::FullyEncoded)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArrayView stream(reinterpret_cast<const char *>(data), qsizetype(size));
    RequestFramer framer { CaptureLimits {} };
    for (int guard = 0; guard < 100000; ++guard) {
        const RequestFramer::Step step = framer.advance(stream);
        stream = stream.sliced(step.consumed);
        if (step.event == RequestFramer::Event::HeadComplete) {
            const RequestHead &head = framer.head();
            checkStoredHeaders(head.headers);
            checkForwardedClient(head.headers);
            checkRouting(head.target);
        }
        if (step.event == RequestFramer::Event::Error
            || (step.event == RequestFramer::Event::None && (stream.isEmpty() || step.consumed == 0)))
            break;
    }
    return 0;
}
