#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace hookscope {

struct HeaderParameter
{
    QByteArray name; // lower case
    QByteArray value; // unquoted, backslash escapes undone
};

// The "; name=value" list that follows a media type or a disposition type (RFC 9110 5.6.6),
// read leniently: spaces around '=' are skipped, an unquoted value runs to the next ';', a
// parameter without '=' gets an empty value and an unterminated quoted string runs to the end.
class HeaderParameters
{
public:
    HeaderParameters() = default;
    static HeaderParameters parse(QByteArrayView text);

    const QList<HeaderParameter> &list() const { return m_list; }
    // The first parameter of that name (case-insensitive), or a null QByteArray.
    QByteArray value(QByteArrayView name) const;
    bool contains(QByteArrayView name) const;

private:
    const HeaderParameter *find(QByteArrayView name) const;

    QList<HeaderParameter> m_list;
};

} // namespace hookscope
