// libFuzzer: fields written by CsvWriter and read back by an independent
// RFC 4180 reader must come back intact, behind the formula guard exactly when
// needsFormulaGuard() says so. Input: fields separated by NUL bytes; the first
// byte picks the UTF-8 or the QString path of the writer.
#include "../core/csvtestreader.h"
#include "csvwriter.h"

#include <QList>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const bool viaQString = data[0] & 1;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QList<QByteArray> fields = input.split('\0');
    QByteArray out;
    cs::CsvWriter writer(&out);
    QList<QByteArray> expected;
    for (const QByteArray &field : fields) {
        // The QString path writes valid UTF-8 only: compare with what it encodes.
        const QByteArray written = viaQString ? QString::fromUtf8(field).toUtf8() : field;
        if (viaQString)
            writer.field(QString::fromUtf8(field));
        else
            writer.field(std::string_view(field.constData(), size_t(field.size())));
        const bool guarded = cs::CsvWriter::needsFormulaGuard(std::string_view(written.constData(), size_t(written.size())));
        expected.append(guarded ? '\'' + written : written);
    }
    writer.endRow();
    const cstest::CsvReadResult read = cstest::readCsv(out);
    if (!read.error.isEmpty() || read.rows.size() != 1)
        __builtin_trap();
    // A row of one empty field reads back as one empty field.
    if (read.rows.front() != expected)
        __builtin_trap();
    return 0;
}
