// RFC 4180 output and the OWASP formula guard of CsvWriter (csvwriter.h).
#include "csvwriter.h"
#include "csvtestreader.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray oneField(const QByteArray &utf8)
{
    QByteArray out;
    cs::CsvWriter csv(&out);
    csv.field(std::string_view(utf8.constData(), size_t(utf8.size())));
    csv.endRow();
    return out;
}

QByteArray oneQStringField(const QString &text)
{
    QByteArray out;
    cs::CsvWriter csv(&out);
    csv.field(text);
    csv.endRow();
    return out;
}

} // namespace

using cstest::readCsv;
using cstest::CsvReadResult;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void escaping_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << "hello"_ba << "hello\r\n"_ba;
        QTest::newRow("empty") << QByteArray() << "\r\n"_ba;
        QTest::newRow("comma") << "a,b"_ba << "\"a,b\"\r\n"_ba;
        QTest::newRow("quote") << "say \"hi\""_ba << "\"say \"\"hi\"\"\"\r\n"_ba;
        QTest::newRow("only quote") << "\""_ba << "\"\"\"\"\r\n"_ba;
        QTest::newRow("LF") << "a\nb"_ba << "\"a\nb\"\r\n"_ba;
        QTest::newRow("CR") << "a\rb"_ba << "\"a\rb\"\r\n"_ba;
        QTest::newRow("CRLF") << "a\r\nb"_ba << "\"a\r\nb\"\r\n"_ba;
        QTest::newRow("unicode") << "Zoë 東京 😀"_ba << "Zoë 東京 😀\r\n"_ba;
        QTest::newRow("spaces kept") << " padded "_ba << " padded \r\n"_ba;
        QTest::newRow("semicolon") << "a; b"_ba << "a; b\r\n"_ba;
        // OWASP: each formula trigger as the first character gets a ' prefix.
        QTest::newRow("=") << "=1+1"_ba << "'=1+1\r\n"_ba;
        QTest::newRow("+") << "+SUM(A1)"_ba << "'+SUM(A1)\r\n"_ba;
        // A phone number and nothing else cannot run: quoted, intact, no '.
        QTest::newRow("phone number") << "+14155550100"_ba << "\"+14155550100\"\r\n"_ba;
        QTest::newRow("phone, 7 digits") << "+1234567"_ba << "\"+1234567\"\r\n"_ba;
        QTest::newRow("phone with dashes") << "+1-415-555-0100"_ba << "'+1-415-555-0100\r\n"_ba;
        QTest::newRow("too short for a phone") << "+123456"_ba << "'+123456\r\n"_ba;
        QTest::newRow("too long for a phone") << "+1234567890123456"_ba << "'+1234567890123456\r\n"_ba;
        QTest::newRow("-") << "-"_ba << "'-\r\n"_ba;
        QTest::newRow("@") << "@SUM(A1)"_ba << "'@SUM(A1)\r\n"_ba;
        QTest::newRow("TAB") << "\tx"_ba << "'\tx\r\n"_ba;
        QTest::newRow("CR first") << "\rx"_ba << "\"'\rx\"\r\n"_ba;
        QTest::newRow("guard and quote") << "=HYPERLINK(\"http://x\",\"y\")"_ba
                                         << "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n"_ba;
        QTest::newRow("guard and comma") << "-1,2"_ba << "\"'-1,2\"\r\n"_ba;
        QTest::newRow("not first") << "a=b"_ba << "a=b\r\n"_ba;
        QTest::newRow("inner plus") << "1+1"_ba << "1+1\r\n"_ba;
        // Importers that trim spaces see a formula behind leading blanks.
        QTest::newRow("leading space then =") << " =1"_ba << "' =1\r\n"_ba;
        QTest::newRow("spaces then +") << "   +1+2"_ba << "'   +1+2\r\n"_ba;
        QTest::newRow("no-break space then =") << "\xC2\xA0=1"_ba << "'\xC2\xA0=1\r\n"_ba;
        QTest::newRow("ideographic space then @") << "\xE3\x80\x80@x"_ba << "'\xE3\x80\x80@x\r\n"_ba;
        QTest::newRow("LF then =") << "\n=1+2"_ba << "\"'\n=1+2\"\r\n"_ba;
        QTest::newRow("CRLF then -") << "\r\n-2"_ba << "\"'\r\n-2\"\r\n"_ba;
        QTest::newRow("zero-width space then =") << "\xE2\x80\x8B=1"_ba << "'\xE2\x80\x8B=1\r\n"_ba;
        QTest::newRow("full-width =") << "\xEF\xBC\x9D" "1+1"_ba << "'\xEF\xBC\x9D" "1+1\r\n"_ba;
        QTest::newRow("space then text") << "  a=1"_ba << "  a=1\r\n"_ba;
        QTest::newRow("only spaces") << "   "_ba << "   \r\n"_ba;
    }
    void escaping()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QCOMPARE(oneField(input), expected);
        // The QString overload must produce the same bytes.
        QCOMPARE(oneQStringField(QString::fromUtf8(input)), expected);
    }

    void formulaGuardPredicate()
    {
        for (const char *text : {"=", "+", "-", "@", "\t", "\r", "=A1", "-5", " -5", "\n=1", "\xC2\xA0+1", "\xEF\xBB\xBF=1"})
            QVERIFY2(cs::CsvWriter::needsFormulaGuard(text), text);
        for (const char *text : {"", "a=b", "5", "'=", "\n", "Zoë", "+14155550100", " x=1"})
            QVERIFY2(!cs::CsvWriter::needsFormulaGuard(text), text);
    }

    void numbersAreNeverGuarded()
    {
        QByteArray out;
        cs::CsvWriter csv(&out);
        csv.number(-5);
        csv.number(0);
        csv.number(std::numeric_limits<qint64>::min());
        csv.number(std::numeric_limits<qint64>::max());
        csv.endRow();
        QCOMPARE(out, "-5,0,-9223372036854775808,9223372036854775807\r\n"_ba);
    }

    void separatorsAndEmptyFields()
    {
        QByteArray out;
        cs::CsvWriter csv(&out);
        csv.empty();
        csv.field(std::string_view("x"));
        csv.empty();
        csv.endRow();
        csv.field(u"second"_s);
        csv.number(2);
        csv.endRow();
        QCOMPARE(out, ",x,\r\nsecond,2\r\n"_ba);
    }

    void bom()
    {
        QByteArray out;
        cs::CsvWriter csv(&out);
        csv.writeBom();
        csv.field(u"a"_s);
        csv.endRow();
        QCOMPARE(out, "\xEF\xBB\xBF" "a\r\n"_ba);
    }

    void appendsToExistingBuffer()
    {
        QByteArray out = "prefix|"_ba;
        cs::CsvWriter csv(&out);
        csv.field(std::string_view("v"));
        csv.endRow();
        QCOMPARE(out, "prefix|v\r\n"_ba);
    }

    void roundTrip()
    {
        const QList<QByteArray> values{
            "plain"_ba, ""_ba, "a,b"_ba, "say \"hi\""_ba, "line1\r\nline2"_ba, "cr\ronly"_ba, "lf\nonly"_ba,
            "Zoë 東京 😀"_ba, "a=b"_ba, ",leading comma"_ba, "\"\""_ba, "trailing\n"_ba,
        };
        QByteArray out;
        cs::CsvWriter csv(&out);
        for (int row = 0; row < 3; ++row) {
            for (const QByteArray &value : values)
                csv.field(std::string_view(value.constData(), size_t(value.size())));
            csv.number(row);
            csv.endRow();
        }
        const CsvReadResult read = readCsv(out);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.rows.size(), 3);
        for (int row = 0; row < 3; ++row) {
            QList<QByteArray> expected = values;
            expected.append(QByteArray::number(row));
            QCOMPARE(read.rows[row], expected);
        }
    }

    // escape() once + escaped() many times writes what field() writes, with
    // either separator: quotes, doubled quotes, the guard, phone numbers,
    // SIMD-width values with the special byte at every position.
    void escapeOnceEqualsField()
    {
        QList<QByteArray> values{""_ba, "plain"_ba, "a,b"_ba, "a;b"_ba, "say \"hi\""_ba, "line1\r\nline2"_ba,
                                 "=1+2"_ba, "+4915112345678"_ba, "+1 555"_ba, " =x"_ba, "Zoë 東京 😀"_ba, "0:01:02"_ba,
                                 "\xC2\xA0@x"_ba, "\tt"_ba};
        for (int at = 0; at < 40; ++at) {
            for (const char special : {',', ';', '"', '\r', '\n'}) {
                QByteArray value(40, 'x');
                value[at] = special;
                values.append(value);
            }
        }
        for (const char separator : {',', ';'}) {
            QByteArray viaField, viaEscape;
            cs::CsvWriter a(&viaField, separator), b(&viaEscape, separator);
            for (const QByteArray &value : values) {
                const std::string_view v(value.constData(), size_t(value.size()));
                a.field(v);
                b.escaped(b.escape(v));
                a.endRow();
                b.endRow();
            }
            QCOMPARE(viaEscape, viaField);
        }
        // The quoting scan (16 bytes at a time, then byte by byte) finds the
        // special byte wherever it is: the long values read back unchanged.
        QByteArray out;
        cs::CsvWriter csv(&out);
        QList<QByteArray> longValues;
        for (int at = 1; at < 40; ++at) {   // (a leading CR would be guarded)
            for (const char special : {',', '"', '\r', '\n'}) {
                QByteArray value(40, 'x');
                value[at] = special;
                longValues.append(value);
                csv.field(std::string_view(value.constData(), size_t(value.size())));
            }
        }
        csv.endRow();
        const CsvReadResult read = readCsv(out);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.rows.size(), 1);
        QCOMPARE(read.rows[0], longValues);
    }

    void rowReachesTheBufferAtEndRow()
    {
        QByteArray out;
        cs::CsvWriter csv(&out);
        csv.field(std::string_view("a"));
        csv.number(1);
        QCOMPARE(out, QByteArray());
        csv.endRow();
        QCOMPARE(out, "a,1\r\n"_ba);
    }

    void guardedValuesRoundTripWithPrefix()
    {
        // A guarded value reads back with exactly one ' in front, nothing else changed.
        const QList<QByteArray> values{"=1+2"_ba, "+1 555"_ba, "-x"_ba, "@cmd"_ba, "\tt"_ba, "\r\nz"_ba, "=\"q\",1"_ba};
        QByteArray out;
        cs::CsvWriter csv(&out);
        for (const QByteArray &value : values)
            csv.field(QString::fromUtf8(value));
        csv.endRow();
        const CsvReadResult read = readCsv(out);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.rows.size(), 1);
        QCOMPARE(read.rows[0].size(), values.size());
        for (qsizetype i = 0; i < values.size(); ++i)
            QCOMPARE(read.rows[0][i], "'"_ba + values[i]);
    }

    void readerRejectsBrokenCsv()
    {
        // The reader itself must be able to fail, or round trips prove nothing.
        QVERIFY(!readCsv("\"open\r\n"_ba).error.isEmpty());
        QVERIFY(!readCsv("a\"b\r\n"_ba).error.isEmpty());
        QVERIFY(!readCsv("a\nb\r\n"_ba).error.isEmpty());
        QVERIFY(!readCsv("a,b"_ba).error.isEmpty());
        QVERIFY(readCsv("a,b\r\n"_ba).error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
