#include "headerparameters.h"

namespace hookscope {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

qsizetype skipSpaces(QByteArrayView text, qsizetype i)
{
    while (i < text.size() && isSpace(text[i]))
        ++i;
    return i;
}

QByteArray trimmed(QByteArrayView text)
{
    return text.trimmed().toByteArray();
}

} // namespace

HeaderParameters HeaderParameters::parse(QByteArrayView text)
{
    HeaderParameters result;
    qsizetype i = 0;
    while (i < text.size()) {
        i = skipSpaces(text, i);
        if (i < text.size() && text[i] == ';') {
            ++i;
            continue;
        }
        qsizetype nameEnd = i;
        while (nameEnd < text.size() && text[nameEnd] != '=' && text[nameEnd] != ';')
            ++nameEnd;
        HeaderParameter parameter;
        parameter.name = trimmed(text.sliced(i, nameEnd - i)).toLower();
        i = nameEnd;
        if (i < text.size() && text[i] == '=') {
            i = skipSpaces(text, i + 1);
            if (i < text.size() && text[i] == '"') {
                for (++i; i < text.size() && text[i] != '"'; ++i) {
                    if (text[i] == '\\' && i + 1 < text.size())
                        ++i;
                    parameter.value.append(text[i]);
                }
                ++i; // the closing quote; anything up to the next ';' is ignored
                while (i < text.size() && text[i] != ';')
                    ++i;
            } else {
                qsizetype valueEnd = text.indexOf(';', i);
                if (valueEnd < 0)
                    valueEnd = text.size();
                parameter.value = trimmed(text.sliced(i, valueEnd - i));
                i = valueEnd;
            }
        }
        if (!parameter.name.isEmpty())
            result.m_list.append(parameter);
    }
    return result;
}

const HeaderParameter *HeaderParameters::find(QByteArrayView name) const
{
    for (const HeaderParameter &parameter : m_list) {
        if (QByteArrayView(parameter.name).compare(name, Qt::CaseInsensitive) == 0)
            return &parameter;
    }
    return nullptr;
}

QByteArray HeaderParameters::value(QByteArrayView name) const
{
    const HeaderParameter *parameter = find(name);
    return parameter ? parameter->value : QByteArray();
}

bool HeaderParameters::contains(QByteArrayView name) const
{
    return find(name) != nullptr;
}

} // namespace hookscope
