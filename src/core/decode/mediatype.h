#pragma once

#include "decode/headerparameters.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace hookscope {

// A Content-Type value: type/subtype (lower case) and its parameters.
class MediaType
{
public:
    MediaType() = default; // invalid: no media type
    MediaType(QByteArrayView type, QByteArrayView subtype);

    // Invalid when the value has no "type/subtype" made of token characters.
    static MediaType parse(QByteArrayView headerValue);

    bool isValid() const { return !m_type.isEmpty(); }
    QByteArray type() const { return m_type; }
    QByteArray subtype() const { return m_subtype; }
    QByteArray essence() const; // "type/subtype"
    const HeaderParameters &parameters() const { return m_parameters; }
    QByteArray parameter(QByteArrayView name) const { return m_parameters.value(name); }
    QByteArray charset() const { return parameter("charset"); }

    bool isJson() const; // application/json, text/json, */*+json
    bool isForm() const; // application/x-www-form-urlencoded
    bool isMultipart() const; // multipart/*
    bool isXml() const; // application/xml, text/xml, */*+xml
    bool isText() const; // text/*
    bool isOctetStream() const; // application/octet-stream

    QString toString() const; // essence and parameters as received, for display

private:
    QByteArray m_type;
    QByteArray m_subtype;
    HeaderParameters m_parameters;
    QByteArray m_text;
};

} // namespace hookscope
