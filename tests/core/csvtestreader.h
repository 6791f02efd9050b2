#pragma once
// A strict RFC 4180 reader for tests, written independently of CsvWriter so a
// round trip checks the writer against the RFC rather than against itself.

#include <QByteArray>
#include <QList>
#include <QString>

namespace cstest {

// Rules: rows end with CRLF, quoted fields may hold anything, a quote inside
// is doubled, and a bare quote or stray CR/LF outside quotes is an error.
struct CsvReadResult { QList<QList<QByteArray>> rows; QString error; };

inline CsvReadResult readCsv(const QByteArray &data)
{
    CsvReadResult result;
    QList<QByteArray> row;
    QByteArray field;
    qsizetype i = 0;
    const qsizetype n = data.size();
    while (i < n) {
        if (data[i] == '"') {
            ++i;
            for (;;) {
                if (i >= n) {
                    result.error = QStringLiteral("unterminated quoted field");
                    return result;
                }
                if (data[i] == '"') {
                    if (i + 1 < n && data[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += data[i++];
            }
        } else {
            while (i < n && data[i] != ',' && data[i] != '\r' && data[i] != '\n') {
                if (data[i] == '"') {
                    result.error = QStringLiteral("bare quote in unquoted field at %1").arg(i);
                    return result;
                }
                field += data[i++];
            }
        }
        if (i >= n) {
            result.error = QStringLiteral("last record lacks CRLF");
            return result;
        }
        row.append(field);
        field.clear();
        if (data[i] == ',') {
            ++i;
            if (i >= n) {
                result.error = QStringLiteral("trailing comma");
                return result;
            }
        } else if (data[i] == '\r' && i + 1 < n && data[i + 1] == '\n') {
            i += 2;
            result.rows.append(row);
            row.clear();
        } else {
            result.error = QStringLiteral("bare CR or LF outside quotes at %1").arg(i);
            return result;
        }
    }
    return result;
}

} // namespace cstest
