#include "codetext.h"

#include <QFontDatabase>
#include <QPlainTextEdit>

namespace hookscope {

QPlainTextEdit *makeCodeView()
{
    auto *view = new QPlainTextEdit;
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

int textPosition(const QByteArray &utf8, qint64 byteOffset)
{
    return int(QString::fromUtf8(utf8.left(byteOffset)).size());
}

qint64 byteOffset(const QString &text, int textPosition)
{
    return text.left(textPosition).toUtf8().size();
}

} // namespace hookscope
