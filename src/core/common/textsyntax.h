#pragma once

#include <QByteArrayView>

namespace hookscope {

// Byte-level rules shared by the HTTP, form, JSON and signature parsers.

// 0-15 for a hexadecimal digit (either case), -1 for anything else.
int hexDigitValue(char c);

// RFC 9110 tchar and token: what method names, header names and media types are made of.
bool isTokenChar(char c);
bool isToken(QByteArrayView text);

} // namespace hookscope
