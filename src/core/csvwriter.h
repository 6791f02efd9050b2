#pragma once
// RFC 4180 CSV with the OWASP formula-injection guard.
//
// A field is quoted when it contains the separator, a quote, CR or LF (quotes
// doubled). The separator is a comma, or a semicolon for spreadsheets in
// locales whose decimal mark is a comma.
// A field that a spreadsheet would run as a formula is prefixed with a single
// quote ' first, as OWASP recommends: its first character is = + - @ (or a
// full-width form), a tab or a CR, or its first character after leading
// blanks (spaces, no-break and other Unicode spaces, tabs, line breaks) is one
// of = + - @, since importers that trim spaces see the formula then.
// An international phone number and nothing else (+ and 7-15 digits) is not
// prefixed but quoted: it cannot run as a formula, and the ' would show as
// part of the number (README, "Formula cells").
// Records end with CRLF. Output is UTF-8, optionally with a BOM for Excel.
// Appends into a byte buffer, so callers batch writes to the device. A row is
// assembled in the writer and reaches that buffer whole, at endRow().

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

class StringPool;

class CsvWriter
{
public:
    explicit CsvWriter(QByteArray *out, char separator = ',');

    void writeBom();
    void field(std::string_view utf8);      // plain text field (guarded)
    void field(const QString &text);
    void number(qint64 value);              // never guarded (a number is not a formula)
    void empty();
    void endRow();                          // the row (and CRLF) goes to the buffer

    // A field exactly as field(utf8) would write it (quoted, guarded), for a
    // value written many times: escape it once, then write it with escaped().
    std::string escape(std::string_view utf8) const;
    void escaped(std::string_view bytes);   // bytes from escape() of this writer

    // Exposed for tests and for callers that escape by hand.
    enum class Formula { None, Guard, PhoneNumber };
    static Formula formulaRisk(std::string_view utf8);
    static Formula formulaRisk(QStringView text);
    static bool needsFormulaGuard(std::string_view utf8);   // formulaRisk() == Guard

private:
    void separator();
    bool needsQuoting(std::string_view utf8) const;
    bool needsQuoting(QStringView text) const;
    void appendEscaped(std::string &out, std::string_view utf8) const;
    QByteArray *m_out;
    std::string m_row;          // the row being written
    char m_separator;
    bool m_rowStarted = false;
    bool m_special[256] = {};   // bytes that make a field need quotes
};

// The escaped form of each StringPool value, made on its first use: an export
// writes the same few hundred values a million times.
class CsvPooledCells
{
public:
    CsvPooledCells(const CsvWriter &writer, const StringPool &pool) : m_writer(writer), m_pool(pool) {}
    const std::string &operator()(quint32 id);   // as m_writer.field(pool.utf8(id)) writes it

private:
    const CsvWriter &m_writer;
    const StringPool &m_pool;
    std::vector<std::string> m_cells;
    std::vector<quint8> m_done;
};

} // namespace cs
