#include "desktopidentity.h"

#include <QDirIterator>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace hookscope {

QIcon DesktopIdentity::icon()
{
    // :/icons/<N>x<N>/apps/<id>.png, rendered from resources/icons at build time.
    QIcon icon;
    QDirIterator pngs(u":/icons"_s, { u"*.png"_s }, QDir::Files, QDirIterator::Subdirectories);
    while (pngs.hasNext())
        icon.addFile(pngs.next());
    return icon;
}

QString DesktopIdentity::applicationId()
{
    return QStringLiteral(HOOKSCOPE_APP_ID);
}

void DesktopIdentity::apply()
{
    QGuiApplication::setWindowIcon(icon());
    QGuiApplication::setDesktopFileName(applicationId());
}

} // namespace hookscope
