// The composer's --set parser and editor on arbitrary input: the first byte picks the schema
// context (none, Phasio, SmarterPay's batch, Stripe), then lines of PATH=VALUE until an empty
// line, then the body; an empty body is that provider's sample. Checks that a path written back
// reads the same, that every accepted edit leaves strict JSON with the value where the editor
// says it put it, and that a refused one says why.
#include "decode/jsontree.h"
#include "providers/providercatalog.h"
#include "providers/samplelibrary.h"
#include "send/bodycomposer.h"
#include "send/jsoneditor.h"

#include <cstdint>

using namespace hookscope;

namespace {

struct Context
{
    const char *provider;
    const char *eventType;
};

constexpr Context kContexts[] = {
    { "", "" },
    { "phasio", "CUSTOMER_ORGANISATION_CREATED" },
    { "smarterpay", "customer_account.create" },
    { "stripe", "customer.created" },
};
constexpr int kMaxEdits = 8;

const ProviderCatalog &catalog()
{
    static const std::shared_ptr<const ProviderCatalog> instance =
            ProviderCatalog::load({ ProviderCatalog::bundledDirectory() });
    return *instance;
}

void checkPathRoundTrip(const BodyEdit &edit)
{
    const QString written = formatJsonPath(edit.path, edit.syntax);
    QString error;
    const std::optional<JsonPath> reread = BodyEdit::parsePath(written, edit.syntax, &error);
    if (!reread || formatJsonPath(*reread, edit.syntax) != written)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const Context &context = kContexts[data[0] % std::size(kContexts)];
    const QByteArray input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const QString providerId = QString::fromLatin1(context.provider);
    const QString eventType = QString::fromLatin1(context.eventType);
    const BodyComposer composer(catalog().provider(providerId), eventType);

    const qsizetype blank = input.indexOf("\n\n");
    const QByteArrayList lines = input.left(blank < 0 ? input.size() : blank).split('\n');
    QByteArray document = blank < 0 ? QByteArray() : input.mid(blank + 2);
    if (document.isEmpty() && !providerId.isEmpty())
        document = SampleLibrary::body(providerId, eventType);

    int edits = 0;
    for (const QByteArray &line : lines) {
        if (++edits > kMaxEdits)
            break;
        QString error;
        const std::optional<BodyEdit> edit = BodyEdit::parse(QString::fromUtf8(line), &error);
        if (!edit) {
            if (error.isEmpty())
                __builtin_trap();
            continue;
        }
        checkPathRoundTrip(*edit);
        const auto types = [&](const JsonPath &location) { return composer.typesAt(document, location); };
        const std::optional<JsonEditor::Result> result = JsonEditor::apply(document, *edit, types, &error);
        if (!result) {
            if (error.isEmpty())
                __builtin_trap();
            continue;
        }
        const JsonTree tree = JsonTree::parse(result->document, JsonParseMode::Strict);
        if (!tree.isValid() || result->location.size() != edit->path.size()
            || tree.findPointer(formatJsonPath(result->location, JsonPathSyntax::Pointer)) < 0)
            __builtin_trap();
        document = result->document;
    }
    return 0;
}
