#include "recordparser.h"

#include "recordjson.h"

#include <cstring>

namespace cs {

using namespace recordjson;

namespace {

// A parser grows to the largest document it has seen; one that grew for a
// freak page is dropped instead of pinning that memory for the thread's life.
constexpr size_t kParserCapacityToKeep = 32 * 1024 * 1024;
constexpr size_t kPadding = simdjson::SIMDJSON_PADDING;   // bytes simdjson may read past the end

QString errorText(simdjson::error_code error)
{
    return QString::fromUtf8(simdjson::error_message(error));
}

QString offsetText(od::document &doc, const char *begin, qsizetype length)
{
    const char *at = nullptr;
    if (doc.current_location().get(at) || at < begin || at > begin + length)
        return {};
    return QStringLiteral(" at byte %1 of %2").arg(at - begin).arg(length);
}

// The first bytes of a body that is not JSON (an HTML error page, "Bad Gateway"...),
// printable ASCII only, so that the message stays one readable line.
QString preview(const char *data, qsizetype length)
{
    QString text;
    for (qsizetype i = 0; i < length && text.size() < 40; ++i) {
        const char c = data[i];
        text.append(c >= 0x20 && c < 0x7f ? QLatin1Char(c) : QLatin1Char(' '));
    }
    return text.simplified();
}

QString jsonTypeName(od::json_type type)
{
    switch (type) {
    case od::json_type::array: return QStringLiteral("an array");
    case od::json_type::object: return QStringLiteral("an object");
    case od::json_type::number: return QStringLiteral("a number");
    case od::json_type::string: return QStringLiteral("a string");
    case od::json_type::boolean: return QStringLiteral("a boolean");
    case od::json_type::null: return QStringLiteral("null");
    }
    return QStringLiteral("unknown");
}

std::string_view withoutTrailingSpace(std::string_view text)
{
    // object::raw_json() runs up to the next token (',' or ']'), so it may end
    // with the whitespace between the record's '}' and that token.
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\r' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

class PageReader
{
public:
    PageReader(ParsedPage &page, const char *data, qsizetype length)
        : m_page(page), m_data(data), m_length(length) {}

    // Returns the page-level error, empty on success.
    QString read(od::parser &parser);

private:
    QString readData(od::value &value);
    QString damaged(simdjson::error_code error)
    {
        return QStringLiteral("invalid JSON%1: %2").arg(offsetText(m_doc, m_data, m_length), errorText(error));
    }

    ParsedPage &m_page;
    const char *m_data;
    qsizetype m_length;
    od::document m_doc;
    bool m_sawData = false;
};

QString PageReader::read(od::parser &parser)
{
    if (m_length == 0)
        return QStringLiteral("empty response body");
    if (auto error = parser.iterate(m_data, size_t(m_length), size_t(m_length) + kPadding).get(m_doc))
        return QStringLiteral("invalid JSON: %1").arg(errorText(error));

    od::json_type rootType;
    if (m_doc.type().get(rootType))
        return QStringLiteral("not JSON (starts with \"%1\")").arg(preview(m_data, m_length));
    if (rootType != od::json_type::object)
        return QStringLiteral("expected a JSON object with a \"data\" array, got %1").arg(jsonTypeName(rootType));
    od::object root;
    if (auto error = m_doc.get_object().get(root))
        return damaged(error);

    for (auto fieldResult : root) {
        od::field field;
        if (auto error = std::move(fieldResult).get(field))
            return damaged(error);
        od::value value = field.value();
        switch (classifyKey(keyText(field))) {
        case Key::Data:
            if (!m_sawData) {
                m_sawData = true;
                if (QString error = readData(value); !error.isEmpty())
                    return error;
            }
            break;
        case Key::NumResults: {
            double number = 0;
            if (readNumber(value, number) == Got::Value && number >= 0 && number < 9e15)
                m_page.numResults = qint64(number);
            break;
        }
        default:
            break;
        }
    }
    const char *trailing = nullptr;
    if (m_doc.current_location().get(trailing) != simdjson::OUT_OF_BOUNDS)
        return QStringLiteral("invalid JSON: unexpected content after the top-level object%1")
            .arg(offsetText(m_doc, m_data, m_length));
    if (!m_sawData)
        return QStringLiteral("the response has no \"data\" array");
    return {};
}

QString PageReader::readData(od::value &value)
{
    od::json_type type;
    if (auto error = value.type().get(type))
        return damaged(error);
    if (type != od::json_type::array)
        return QStringLiteral("\"data\" is %1, not an array").arg(jsonTypeName(type));
    od::array array;
    if (auto error = value.get_array().get(array))
        return damaged(error);

    m_page.records.reserve(100);   // the API's page size
    std::string problem;
    int index = -1;
    for (auto elementResult : array) {
        if (++index >= kMaxElementsPerPage) {
            m_page.overLimit = true;
            return QStringLiteral("\"data\" holds more than %1 elements, the limit per page").arg(kMaxElementsPerPage);
        }
        od::value element;
        if (auto error = elementResult.get(element))
            return damaged(error);
        if (auto error = element.type().get(type))
            return damaged(error);
        if (type != od::json_type::object) {
            m_page.issues.push_back({index, QStringLiteral("data[%1]: record is %2, not an object").arg(index).arg(jsonTypeName(type))});
            continue;   // the array iterator skips the unread value
        }
        od::object object;
        std::string_view raw;
        if (auto error = element.get_object().get(object))
            return damaged(error);
        // Skipping the record once yields its exact bytes; reset() rewinds so
        // the fields can then be read in a single pass.
        if (auto error = object.raw_json().get(raw))
            return damaged(error);
        if (auto error = object.reset().error())
            return damaged(error);

        CallFields &record = m_page.records.emplace_back();
        record.raw = withoutTrailingSpace(raw);
        problem.clear();
        if (auto error = extractRecord(object, record, problem))
            return damaged(error);
        if (!problem.empty()) {
            m_page.records.pop_back();
            m_page.issues.push_back({index, QStringLiteral("data[%1]: %2").arg(index).arg(QString::fromStdString(problem))});
        }
    }
    return {};
}

} // namespace

std::shared_ptr<ParsedPage> parsePage(QByteArray body)
{
    auto page = std::make_shared<ParsedPage>();
    const qsizetype length = body.size();
    // simdjson reads up to SIMDJSON_PADDING bytes past the end. reserve() is a
    // no-op when the buffer already has room and is not shared; otherwise it
    // makes the one copy needed.
    body.reserve(length + qsizetype(kPadding));
    page->body = std::move(body);

    thread_local od::parser parser;
    PageReader reader(*page, page->body.constData(), length);
    page->error = reader.read(parser);
    if (!page->error.isEmpty()) {
        page->records.clear();   // never hand out part of a damaged page
        page->issues.clear();
    }
    if (parser.capacity() > kParserCapacityToKeep)
        parser = od::parser();
    return page;
}

// --- RecordParser ----------------------------------------------------------

struct RecordParser::Impl
{
    od::parser parser;
    std::unique_ptr<char[]> buffer;   // the record plus zeroed padding
    size_t bufferCapacity = 0;
};

RecordParser::RecordParser() : d(std::make_unique<Impl>()) {}
RecordParser::~RecordParser() = default;

bool RecordParser::parse(std::string_view json, CallFields &out, QString *error)
{
    out.clear();
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        out.clear();
        return false;
    };
    if (d->bufferCapacity < json.size() + kPadding) {
        d->bufferCapacity = json.size() + kPadding;
        d->buffer = std::make_unique_for_overwrite<char[]>(d->bufferCapacity);
    }
    std::memcpy(d->buffer.get(), json.data(), json.size());
    std::memset(d->buffer.get() + json.size(), 0, kPadding);

    od::document doc;
    if (auto code = d->parser.iterate(d->buffer.get(), json.size(), d->bufferCapacity).get(doc))
        return fail(QStringLiteral("invalid JSON: %1").arg(errorText(code)));
    od::json_type type;
    if (doc.type().get(type) || type != od::json_type::object)
        return fail(QStringLiteral("record is not a JSON object"));
    od::object object;
    if (auto code = doc.get_object().get(object))
        return fail(QStringLiteral("invalid JSON: %1").arg(errorText(code)));
    std::string problem;
    if (auto code = extractRecord(object, out, problem))
        return fail(QStringLiteral("invalid JSON%1: %2").arg(offsetText(doc, d->buffer.get(), qsizetype(json.size())), errorText(code)));
    const char *trailing = nullptr;
    if (doc.current_location().get(trailing) != simdjson::OUT_OF_BOUNDS)
        return fail(QStringLiteral("invalid JSON: unexpected content after the record"));
    if (!problem.empty())
        return fail(QString::fromStdString(problem));
    out.raw = json;
    if (d->bufferCapacity > kParserCapacityToKeep) {
        d->buffer.reset();
        d->bufferCapacity = 0;
        d->parser = od::parser();
    }
    return true;
}

} // namespace cs
