#pragma once

#include "common/httpheaders.h"
#include "decode/bodynotelist.h"
#include "decode/contentencodingdecoder.h"
#include "decode/decodedbody.h"
#include "decode/formurlencodedparser.h"
#include "decode/multipartparser.h"

#include <QByteArray>

namespace hookscope {

struct BodyDecoderLimits
{
    ContentDecodingLimits content;
    int maxFormFields = FormUrlEncodedParser::DefaultMaxFields;
    int maxMultipartParts = MultipartParser::DefaultMaxParts;
    int maxNotes = BodyNoteList::DefaultMaxNotes;
};

// Turns a request's headers and raw body into what the body is: Content-Encoding undone, media
// type (declared, or guessed from the content when there is none or it says nothing, like
// application/octet-stream), charset, and the kind-specific view: JSON bytes for JsonTree, form
// fields, multipart parts, an XML well-formedness check, text. Whatever could not be done is a
// note, never an exception or a crash; the work is bounded by the limits for any input.
//
// decode() is const and keeps no state, so one decoder may serve several threads.
class BodyDecoder
{
public:
    explicit BodyDecoder(BodyDecoderLimits limits = {});

    DecodedBody decode(const HttpHeaderList &headers, const QByteArray &body) const;

    const BodyDecoderLimits &limits() const { return m_limits; }

private:
    BodyDecoderLimits m_limits;
};

} // namespace hookscope
