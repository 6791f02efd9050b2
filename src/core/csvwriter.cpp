#include "csvwriter.h"

#include "stringpool.h"

#include <QStringEncoder>
#include <charconv>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cs {

namespace {

bool isFormulaTrigger(char32_t c)
{
    // The ASCII triggers and their full-width forms, which some spreadsheet
    // locales accept as the same operators.
    return c == U'=' || c == U'+' || c == U'-' || c == U'@'
        || c == 0xFF1D || c == 0xFF0B || c == 0xFF0D || c == 0xFF20;
}

// Characters a spreadsheet may trim before it looks for a formula ("trim
// spaces" in LibreOffice's import, Excel's CLEAN/TRIM habits): ASCII blanks
// and line breaks, and the Unicode spaces, zero-width space and BOM.
bool isLeadingBlank(char32_t c)
{
    return c == U' ' || c == U'\t' || c == U'\r' || c == U'\n' || c == 0x0B || c == 0x0C || c == 0xA0
        || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 || c == 0x202F
        || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

// Decodes the code point at `i` of UTF-8 and moves past it; a byte that does
// not start a complete sequence comes back as itself (neither a blank nor a
// trigger, so it ends the scan).
char32_t codePointAt(std::string_view utf8, size_t &i)
{
    const auto byte = [&](size_t k) { return char32_t(static_cast<unsigned char>(utf8[k])); };
    const char32_t lead = byte(i);
    const size_t extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
    if (extra == 0 || i + extra >= utf8.size()) {
        ++i;
        return lead;
    }
    char32_t c = lead & (0x3Fu >> extra);
    for (size_t k = 1; k <= extra; ++k)
        c = (c << 6) | (byte(i + k) & 0x3F);
    i += extra + 1;
    return c;
}

char32_t codePointAt(QStringView text, qsizetype &i)
{
    const char32_t c = text[i].unicode();
    ++i;
    if (QChar::isHighSurrogate(c) && i < text.size() && text[i].isLowSurrogate())
        return QChar::surrogateToUcs4(char16_t(c), text[i++].unicode());
    return c;
}

char16_t unitOf(char c) { return static_cast<unsigned char>(c); }
char16_t unitOf(QChar c) { return c.unicode(); }

// A value that is an international phone number and nothing else: '+' and 7
// to 15 digits (E.164). It cannot run as a formula anywhere (a signed number
// has no operator, function or reference), so it is quoted instead of
// prefixed with ', which spreadsheets would show as part of the number.
template<typename Text>
bool isPhoneNumber(Text text)
{
    if (text.size() < 8 || text.size() > 16 || unitOf(text[0]) != u'+')
        return false;
    for (qsizetype i = 1; i < qsizetype(text.size()); ++i) {
        if (unitOf(text[i]) < u'0' || unitOf(text[i]) > u'9')
            return false;
    }
    return true;
}

template<typename Text, typename Index>
CsvWriter::Formula classify(Text text)
{
    if (text.size() == 0)
        return CsvWriter::Formula::None;
    // Most fields start with a letter or digit: no trigger, no blank, no '+'
    // of a phone number, so nothing below can apply.
    const char16_t lead = unitOf(text[0]);
    if ((lead >= u'0' && lead <= u'9') || (lead >= u'a' && lead <= u'z') || (lead >= u'A' && lead <= u'Z'))
        return CsvWriter::Formula::None;
    if (unitOf(text[0]) == u'\t' || unitOf(text[0]) == u'\r')
        return CsvWriter::Formula::Guard;   // OWASP: these start formulas themselves in some importers
    if (isPhoneNumber(text))
        return CsvWriter::Formula::PhoneNumber;
    for (Index i = 0; i < Index(text.size());) {
        const char32_t c = codePointAt(text, i);
        if (isFormulaTrigger(c))
            return CsvWriter::Formula::Guard;
        if (!isLeadingBlank(c))
            break;
    }
    return CsvWriter::Formula::None;
}

} // namespace

CsvWriter::CsvWriter(QByteArray *out, char separator) : m_out(out), m_separator(separator)
{
    m_row.reserve(1024);
    for (const char c : {separator, '"', '\r', '\n'})
        m_special[static_cast<unsigned char>(c)] = true;
}

bool CsvWriter::needsQuoting(std::string_view utf8) const
{
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i separator = _mm_set1_epi8(m_separator);
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i cr = _mm_set1_epi8('\r');
    const __m128i lf = _mm_set1_epi8('\n');
    for (; i + 16 <= utf8.size(); i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(utf8.data() + i));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, separator), _mm_cmpeq_epi8(v, quote)),
                                         _mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, lf)));
        if (_mm_movemask_epi8(hit))
            return true;
    }
#endif
    for (; i < utf8.size(); ++i) {
        if (m_special[static_cast<unsigned char>(utf8[i])])
            return true;
    }
    return false;
}

bool CsvWriter::needsQuoting(QStringView text) const
{
    for (const QChar c : text) {
        if (c == QLatin1Char(m_separator) || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

void CsvWriter::writeBom()
{
    m_row.append("\xEF\xBB\xBF", 3);
}

CsvWriter::Formula CsvWriter::formulaRisk(std::string_view utf8)
{
    return classify<std::string_view, size_t>(utf8);
}

CsvWriter::Formula CsvWriter::formulaRisk(QStringView text)
{
    return classify<QStringView, qsizetype>(text);
}

bool CsvWriter::needsFormulaGuard(std::string_view utf8)
{
    return formulaRisk(utf8) == Formula::Guard;
}

void CsvWriter::separator()
{
    if (m_rowStarted)
        m_row.push_back(m_separator);
    m_rowStarted = true;
}

void CsvWriter::appendEscaped(std::string &out, std::string_view utf8) const
{
    const Formula risk = formulaRisk(utf8);
    const bool guard = risk == Formula::Guard;
    if (!needsQuoting(utf8) && risk != Formula::PhoneNumber) {
        if (guard)
            out.push_back('\'');
        out.append(utf8);
        return;
    }
    out.push_back('"');
    if (guard)
        out.push_back('\'');
    // Copy runs between quotes in one go, doubling each quote.
    size_t runStart = 0;
    for (size_t i = 0; i < utf8.size(); ++i) {
        if (utf8[i] == '"') {
            out.append(utf8.data() + runStart, i + 1 - runStart);
            out.push_back('"');
            runStart = i + 1;
        }
    }
    out.append(utf8.data() + runStart, utf8.size() - runStart);
    out.push_back('"');
}

void CsvWriter::field(std::string_view utf8)
{
    separator();
    appendEscaped(m_row, utf8);
}

std::string CsvWriter::escape(std::string_view utf8) const
{
    std::string out;
    appendEscaped(out, utf8);
    return out;
}

void CsvWriter::escaped(std::string_view bytes)
{
    separator();
    m_row.append(bytes);
}

void CsvWriter::field(const QString &text)
{
    const Formula risk = formulaRisk(QStringView(text));
    if (needsQuoting(text) || risk == Formula::PhoneNumber) {
        // Rare path: escaping is done once, on the UTF-8 bytes.
        const QByteArray utf8 = text.toUtf8();
        field(std::string_view(utf8.constData(), size_t(utf8.size())));
        return;
    }
    separator();
    if (risk == Formula::Guard)
        m_row.push_back('\'');
    // Encode straight into the row: no temporary QByteArray.
    QStringEncoder encoder(QStringEncoder::Utf8);
    const size_t start = m_row.size();
    m_row.resize(start + size_t(encoder.requiredSpace(text.size())));
    char *end = encoder.appendToBuffer(m_row.data() + start, text);
    m_row.resize(size_t(end - m_row.data()));
}

void CsvWriter::number(qint64 value)
{
    separator();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    m_row.append(buffer, size_t(result.ptr - buffer));
}

void CsvWriter::empty()
{
    separator();
}

void CsvWriter::endRow()
{
    m_row.append("\r\n", 2);
    m_out->append(m_row.data(), qsizetype(m_row.size()));
    m_row.clear();
    m_rowStarted = false;
}

const std::string &CsvPooledCells::operator()(quint32 id)
{
    if (id >= m_done.size()) {
        m_done.resize(m_pool.size(), 0);
        m_cells.resize(m_pool.size());
    }
    if (!m_done[id]) {
        m_cells[id] = m_writer.escape(m_pool.utf8(id));
        m_done[id] = 1;
    }
    return m_cells[id];
}

} // namespace cs
