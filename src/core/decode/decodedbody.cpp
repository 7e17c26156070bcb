#include "decodedbody.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace hookscope {

QString bodyKindName(BodyKind kind)
{
    switch (kind) {
    case BodyKind::Empty:
        return u"empty"_s;
    case BodyKind::Json:
        return u"JSON"_s;
    case BodyKind::Form:
        return u"form"_s;
    case BodyKind::Multipart:
        return u"multipart"_s;
    case BodyKind::Xml:
        return u"XML"_s;
    case BodyKind::Text:
        return u"text"_s;
    case BodyKind::Binary:
        return u"binary"_s;
    }
    return {};
}

QString formatByteSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace hookscope
