// The CSV separator: a semicolon for spreadsheets in locales whose decimal
// mark is a comma. Fields holding the separator in use are quoted; a comma
// then needs no quotes. The view export writes the chosen separator.

#include "csvwriter.h"
#include "viewcsv.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cs;

class CsvSeparatorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void semicolonQuotesOnlyWhatNeedsIt()
    {
        QByteArray out;
        CsvWriter writer(&out, ';');
        writer.field(u"a,b"_s);
        writer.field(std::string_view("c;d"));
        writer.field(u"e;f"_s);
        writer.number(42);
        writer.field(u"=SUM(A1)"_s);   // the formula guard is the same with either separator
        writer.endRow();
        QCOMPARE(out, QByteArray("a,b;\"c;d\";\"e;f\";42;'=SUM(A1)\r\n"));
    }

    void commaStaysTheDefault()
    {
        QByteArray out;
        CsvWriter writer(&out);
        writer.field(u"a;b"_s);
        writer.field(u"c,d"_s);
        writer.endRow();
        QCOMPARE(out, QByteArray("a;b,\"c,d\"\r\n"));
    }

    void defaultFollowsTheDecimalMark_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<char>("separator");
        QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << ';';
        QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France) << ';';
        QTest::newRow("es_ES") << QLocale(QLocale::Spanish, QLocale::Spain) << ';';
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << ',';
        QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << ',';
        QTest::newRow("de_CH") << QLocale(QLocale::German, QLocale::Switzerland) << ',';   // decimal point
        QTest::newRow("C") << QLocale::c() << ',';
    }

    void defaultFollowsTheDecimalMark()
    {
        QFETCH(QLocale, locale);
        QFETCH(char, separator);
        QCOMPARE(defaultCsvSeparator(locale), separator);
    }

    void viewExportWritesTheSeparator()
    {
        RecordStore store;   // no rows: the header alone shows the separator
        ViewCsvOptions options;
        options.columns = {CallColumn::SessionId, CallColumn::Channel, CallColumn::FinalStatus};
        options.separator = ';';
        options.utf8Bom = true;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(writeViewCsv(store, {}, &buffer, options));
        QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF" "Session ID;Channel;Final status\r\n"));
    }
};

QTEST_GUILESS_MAIN(CsvSeparatorTest)
#include "tst_csvseparator.moc"
