#pragma once

#include "common/delivery.h"

#include <QString>

#include <optional>

class QIODevice;

namespace hookscope {

// Reads deliveries written by NdjsonWriter (or any producer following DESIGN.md's format).
class NdjsonReader
{
public:
    explicit NdjsonReader(QIODevice *input);

    // The next delivery; nullopt at the end or on a bad line (then errorString() says why and
    // where, and the following call continues with the next line).
    std::optional<Delivery> next();
    bool atEnd() const;
    QString errorString() const { return m_error; }
    qint64 lineNumber() const { return m_lineNumber; }

    static std::optional<Delivery> parseLine(const QByteArray &line, QString *errorMessage);

private:
    QIODevice *m_input;
    QString m_error;
    qint64 m_lineNumber = 0;
};

} // namespace hookscope
