#include "samplescommand.h"

#include "providers/providercatalog.h"
#include "providers/samplelibrary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace hookscope {

int runSamplesCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "cli", "List the bundled sample deliveries, one provider/event_type per line."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"samples"_s, QString(), u"samples"_s);
    const QCommandLineOption quiet(QStringList { u"q"_s, u"names-only"_s },
                                   QCoreApplication::translate("cli", "Print the names only."));
    parser.addOption(quiet);
    parser.process(arguments);

    const std::shared_ptr<const ProviderCatalog> catalog = ProviderCatalog::loadDefault();
    QTextStream out(stdout);
    for (const SampleReference &sample : SampleLibrary::bundled()) {
        out << sample.name();
        const ProviderDefinition *provider = catalog->provider(sample.provider);
        const EventTypeDefinition *type = provider ? provider->eventType(sample.eventType) : nullptr;
        if (!parser.isSet(quiet) && provider)
            out << '\t' << provider->name << (type && !type->title.isEmpty() ? u": "_s + type->title : QString());
        out << '\n';
    }
    return 0;
}

} // namespace hookscope
