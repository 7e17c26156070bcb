#include "exportformat.h"

using namespace Qt::StringLiterals;

namespace hookscope::exportformat {

namespace {

struct Traits
{
    ExportFormat format;
    QString name;
    QString extension;
};

const QList<Traits> &traits()
{
    static const QList<Traits> all {
        { ExportFormat::Ndjson, u"ndjson"_s, u"ndjson"_s }, { ExportFormat::Har, u"har"_s, u"har"_s },
        { ExportFormat::Csv, u"csv"_s, u"csv"_s },          { ExportFormat::Json, u"json"_s, u"json"_s },
        { ExportFormat::Curl, u"curl"_s, u"sh"_s },         { ExportFormat::Raw, u"raw"_s, u"body"_s },
    };
    return all;
}

const Traits &of(ExportFormat format)
{
    for (const Traits &entry : traits()) {
        if (entry.format == format)
            return entry;
    }
    return traits().constFirst();
}

} // namespace

QList<ExportFormat> all()
{
    QList<ExportFormat> formats;
    for (const Traits &entry : traits())
        formats.append(entry.format);
    return formats;
}

QString name(ExportFormat format)
{
    return of(format).name;
}

std::optional<ExportFormat> fromName(const QString &name)
{
    for (const Traits &entry : traits()) {
        if (entry.name == name)
            return entry.format;
    }
    return std::nullopt;
}

QString fileExtension(ExportFormat format)
{
    return of(format).extension;
}

bool isPerEventType(ExportFormat format)
{
    return format == ExportFormat::Csv || format == ExportFormat::Json;
}

bool canMaskCredentials(ExportFormat format)
{
    return format == ExportFormat::Har || format == ExportFormat::Curl;
}

} // namespace hookscope::exportformat
