#include "curlexporter.h"

#include "common/timestamp.h"
#include "credentialmasking.h"
#include "deliveryurl.h"
#include "jsonoutput.h"
#include "shellquoting.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

// Above this size curl 7.x asks for "100 Continue" before it sends a body.
constexpr qsizetype kCurlExpectThreshold = 1024;

bool hasBody(const Delivery &delivery)
{
    return !delivery.body.isEmpty() || hasHeader(delivery.headers, "content-length")
        || hasHeader(delivery.headers, "transfer-encoding");
}

QByteArrayList methodOptions(const Delivery &delivery, bool withBody)
{
    if (delivery.method == "HEAD" && !withBody)
        return { "--head" };
    const QByteArray implied = withBody ? "POST" : "GET";
    if (delivery.method == implied)
        return {};
    return { "-X", shellQuoted(delivery.method) };
}

QByteArrayList headerOptions(const Delivery &delivery, const HttpHeaderList &headers, bool withBody)
{
    QByteArrayList options;
    // Host and framing come from curl; the connection's own headers were for that connection.
    for (const HttpHeader &header : endToEndHeaders(headers)) {
        // "Name;" is curl's way to send a header with an empty value; "Name:" would remove it.
        const QByteArray line
            = header.value.isEmpty() ? header.name + ';' : header.name + ": " + header.value;
        options << "-H" << shellQuoted(line);
    }
    QByteArrayList suppressed { "User-Agent", "Accept" };
    if (withBody)
        suppressed << "Content-Type";
    if (withBody && delivery.body.size() > kCurlExpectThreshold)
        suppressed << "Expect";
    for (const QByteArray &name : std::as_const(suppressed)) {
        if (!hasHeader(delivery.headers, name))
            options << "-H" << shellQuoted(name + ':');
    }
    return options;
}

} // namespace

CurlExporter::CurlExporter(QIODevice *output, Options options)
    : DeviceExportSink(output), m_options(std::move(options))
{ }

bool CurlExporter::needsBodyFile(const QByteArray &body, const Options &options)
{
    return body.contains('\0') || body.size() > options.inlineBodyLimit
        || !jsonoutput::isUtf8(body);
}

QByteArray CurlExporter::command(const Delivery &delivery, const Options &options,
                                 const QByteArray &bodyFileWord)
{
    const bool withBody = hasBody(delivery);
    const HttpHeaderList headers
        = options.maskCredentials ? withCredentialsMasked(delivery.headers) : delivery.headers;
    // Send the target as it is: no URL globbing ([] {}), no squashing of /../.
    QByteArray command = "curl --globoff --path-as-is";
    if (delivery.httpVersion == "HTTP/1.0")
        command += " --http1.0";
    QByteArrayList words = methodOptions(delivery, withBody);
    words << headerOptions(delivery, headers, withBody);
    if (withBody && !bodyFileWord.isEmpty())
        words << "--data-binary" << '@' + bodyFileWord;
    else if (withBody)
        words << "--data-raw" << shellQuoted(delivery.body);
    words << "--url" << shellQuoted(deliveryUrl(delivery, options.baseUrl));

    for (const QByteArray &word : std::as_const(words)) {
        // One option (with its value) per line; shellQuoted() never starts a value with '-'.
        command += (word.startsWith('-') ? " \\\n  " : " ") + word;
    }
    return command + '\n';
}

bool CurlExporter::begin()
{
    return put("#!/usr/bin/env bash\n"
               "# Deliveries exported by Hookscope, one curl command each. Bodies that are not\n"
               "# text are in files beside this script.\n");
}

bool CurlExporter::writeBodyFile(const Delivery &delivery, QByteArray *word)
{
    if (m_options.bodyDirectory.isEmpty())
        return fail(u"delivery %1 has a body that cannot go on the command line (binary, not "
                    "UTF-8, or larger than %2 bytes); write the script to a file with -o so "
                    "the body can be written beside it"_s.arg(delivery.id)
                        .arg(m_options.inlineBodyLimit));
    const QString name = m_options.bodyFilePrefix + QString::number(delivery.id) + u".body"_s;
    QSaveFile file(QDir(m_options.bodyDirectory).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(delivery.body) != delivery.body.size()
        || !file.commit())
        return fail(u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString()));
    m_bodyFiles.append(file.fileName());
    *word = "\"$(dirname -- \"$0\")\"/" + shellQuoted(name.toUtf8());
    return true;
}

void CurlExporter::discard()
{
    for (const QString &file : std::as_const(m_bodyFiles))
        QFile::remove(file);
    m_bodyFiles.clear();
}

bool CurlExporter::write(const ExportRecord &record)
{
    const Delivery &delivery = record.delivery();
    QByteArray bodyFileWord;
    if (hasBody(delivery) && needsBodyFile(delivery.body, m_options)
        && !writeBodyFile(delivery, &bodyFileWord))
        return false;
    const QByteArray comment = "\n# delivery " + QByteArray::number(delivery.id) + ", received "
        + formatRfc3339Nanoseconds(delivery.receivedAtNs).toUtf8() + '\n';
    return put(comment + command(delivery, m_options, bodyFileWord));
}

} // namespace hookscope
