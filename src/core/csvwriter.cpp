#include "csvwriter.h"

#include <QStringEncoder>
#include <charconv>

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

bool CsvWriter::needsQuoting(std::string_view utf8) const
{
    for (const char c : utf8) {
        if (c == m_separator || c == '"' || c == '\r' || c == '\n')
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
    m_out->append("\xEF\xBB\xBF", 3);
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
        m_out->append(m_separator);
    m_rowStarted = true;
}

void CsvWriter::field(std::string_view utf8)
{
    separator();
    const Formula risk = formulaRisk(utf8);
    const bool guard = risk == Formula::Guard;
    if (!needsQuoting(utf8) && risk != Formula::PhoneNumber) {
        if (guard)
            m_out->append('\'');
        m_out->append(utf8.data(), qsizetype(utf8.size()));
        return;
    }
    m_out->append('"');
    if (guard)
        m_out->append('\'');
    // Copy runs between quotes in one go, doubling each quote.
    size_t runStart = 0;
    for (size_t i = 0; i < utf8.size(); ++i) {
        if (utf8[i] == '"') {
            m_out->append(utf8.data() + runStart, qsizetype(i + 1 - runStart));
            m_out->append('"');
            runStart = i + 1;
        }
    }
    m_out->append(utf8.data() + runStart, qsizetype(utf8.size() - runStart));
    m_out->append('"');
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
        m_out->append('\'');
    // Encode straight into the output buffer: no temporary QByteArray.
    QStringEncoder encoder(QStringEncoder::Utf8);
    const qsizetype start = m_out->size();
    m_out->resize(start + encoder.requiredSpace(text.size()));
    char *end = encoder.appendToBuffer(m_out->data() + start, text);
    m_out->resize(end - m_out->constData());
}

void CsvWriter::number(qint64 value)
{
    separator();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    m_out->append(buffer, qsizetype(result.ptr - buffer));
}

void CsvWriter::empty()
{
    separator();
}

void CsvWriter::endRow()
{
    m_out->append("\r\n", 2);
    m_rowStarted = false;
}

} // namespace cs
