#pragma once
// RFC 4180 CSV with the OWASP formula-injection guard.
//
// A field is quoted when it contains the separator, a quote, CR or LF (quotes
// doubled). The separator is a comma, or a semicolon for spreadsheets in
// locales whose decimal mark is a comma.
// A field that a spreadsheet would run as a formula (first character = + - @,
// tab or CR) is prefixed with a single quote ' first, as OWASP recommends.
// Records end with CRLF. Output is UTF-8, optionally with a BOM for Excel.
// Appends into a byte buffer, so callers batch writes to the device.

#include <QByteArray>
#include <QString>
#include <string_view>

namespace cs {

class CsvWriter
{
public:
    explicit CsvWriter(QByteArray *out, char separator = ',') : m_out(out), m_separator(separator) {}

    void writeBom();
    void field(std::string_view utf8);      // plain text field (guarded)
    void field(const QString &text);
    void number(qint64 value);              // never guarded (a number is not a formula)
    void empty();
    void endRow();

    // Exposed for tests and for callers that escape by hand.
    static bool needsFormulaGuard(std::string_view utf8);

private:
    void separator();
    bool needsQuoting(std::string_view utf8) const;
    bool needsQuoting(QStringView text) const;
    QByteArray *m_out;
    char m_separator;
    bool m_rowStarted = false;
};

} // namespace cs
