#include "csvwriter.h"

#include <QStringEncoder>
#include <charconv>

namespace cs {

namespace {

bool isFormulaStart(char16_t c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
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

bool CsvWriter::needsFormulaGuard(std::string_view utf8)
{
    return !utf8.empty() && isFormulaStart(char16_t(static_cast<unsigned char>(utf8.front())));
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
    const bool guard = needsFormulaGuard(utf8);
    if (!needsQuoting(utf8)) {
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
    if (needsQuoting(text)) {
        // Rare path: escaping is done once, on the UTF-8 bytes.
        const QByteArray utf8 = text.toUtf8();
        field(std::string_view(utf8.constData(), size_t(utf8.size())));
        return;
    }
    separator();
    if (!text.isEmpty() && isFormulaStart(text.front().unicode()))
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
