// A real spreadsheet reads our CSV back. The standard CSV (the writer behind
// `callscope fetch --out x.csv` and `callscope export`) of records full of
// commas, quotes, newlines, CJK, emoji, accents and formula-like values is
// converted by LibreOffice Calc (headless) to flat ODF (.fods) and read back:
// every cell must hold exactly the text that was exported, and the values a
// spreadsheet would run as formulas must arrive as inert text.
//
// The import is set up as the worst case for injection: formulas evaluated,
// quoted fields not forced to text. A control file with an unguarded formula
// proves that setup really evaluates, so the guard is what protects.

#include "../core/csvtestreader.h"
#include "callcsv.h"
#include "recordparser.h"
#include "recordstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// CSV import options (LibreOffice "Filter Options for the CSV Filter", by position):
// 1 separator 44 = ','; 2 text delimiter 34 = '"'; 3 charset 76 = UTF-8; 4 start at
// line 1; 5 column formats: none (Standard, so Calc interprets values); 6 language
// 0 = default; 7 quoted field as text: false; 8 detect special numbers: false;
// 9-10 export-only: false; 11 remove spaces: true (so " =1+2" would become
// a formula without the guard); 12 sheet: -1; 13 evaluate formulas: true.
const QString kCsvImport = u"CSV:44,34,76,1,,0,false,false,false,false,true,-1,true"_s;
// What a user picks to keep text as text: 7 quoted field as text: true.
const QString kCsvImportQuotedAsText = u"CSV:44,34,76,1,,0,true,false,false,false,true,-1,true"_s;
const QString kPhone = u"+14155550100"_s;

constexpr auto kTableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr auto kTextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr auto kOfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

struct Cell
{
    QString text;        // paragraphs joined with '\n', as a user would copy it
    QString valueType;   // office:value-type: string, float, date, ...
    bool formula = false;
};
using Sheet = QList<QList<Cell>>;

// Text of a cell's paragraphs, with ODF's whitespace elements expanded.
void readParagraph(QXmlStreamReader &xml, QString &text)
{
    while (xml.readNext() != QXmlStreamReader::Invalid) {
        if (xml.isEndElement() && xml.name() == u"p" && xml.namespaceUri() == QLatin1StringView(kTextNs))
            return;
        if (xml.isCharacters()) {
            text += xml.text();
        } else if (xml.isStartElement() && xml.namespaceUri() == QLatin1StringView(kTextNs)) {
            if (xml.name() == u"s") {
                const QStringView count = xml.attributes().value(QLatin1StringView(kTextNs), u"c"_s);
                text += QString(count.isEmpty() ? 1 : count.toInt(), u' ');
            } else if (xml.name() == u"tab") {
                text += u'\t';
            } else if (xml.name() == u"line-break") {
                text += u'\n';
            }
        }
    }
}

// The first sheet of a .fods file; trailing repeated empty cells and rows are not expanded.
Sheet readFirstSheet(const QString &path, QString *error)
{
    Sheet sheet;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return sheet;
    }
    QXmlStreamReader xml(&file);
    bool inTable = false;
    while (!xml.atEnd()) {
        xml.readNext();
        const bool table = xml.namespaceUri() == QLatin1StringView(kTableNs);
        if (xml.isStartElement() && table && xml.name() == u"table") {
            inTable = true;
        } else if (xml.isEndElement() && table && xml.name() == u"table") {
            break;
        } else if (inTable && xml.isStartElement() && table && xml.name() == u"table-row") {
            sheet.append(QList<Cell>());
        } else if (inTable && xml.isStartElement() && table
                   && (xml.name() == u"table-cell" || xml.name() == u"covered-table-cell")) {
            Cell cell;
            const QXmlStreamAttributes attributes = xml.attributes();
            cell.valueType = attributes.value(QLatin1StringView(kOfficeNs), u"value-type"_s).toString();
            cell.formula = attributes.hasAttribute(QLatin1StringView(kTableNs), u"formula"_s);
            const int repeat = std::max(1, attributes.value(QLatin1StringView(kTableNs), u"number-columns-repeated"_s).toInt());
            QStringList paragraphs;
            const QString cellTag = xml.name().toString();
            while (!(xml.isEndElement() && xml.name() == cellTag) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"annotation")
                    xml.skipCurrentElement();   // comments are not cell text
                else if (xml.isStartElement() && xml.name() == u"p" && xml.namespaceUri() == QLatin1StringView(kTextNs))
                    readParagraph(xml, paragraphs.emplaceBack());
            }
            cell.text = paragraphs.join(u'\n');
            if (!sheet.isEmpty())
                for (int i = 0; i < (cell.text.isEmpty() ? std::min(repeat, 64) : repeat); ++i)
                    sheet.last().append(cell);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    // Calc may pad the sheet with (repeated) empty rows.
    while (!sheet.isEmpty() && std::all_of(sheet.last().cbegin(), sheet.last().cend(),
                                           [](const Cell &cell) { return cell.text.isEmpty(); }))
        sheet.removeLast();
    return sheet;
}

QJsonObject agent(const QString &name, int talk)
{
    return {{u"destinationType"_s, u"AgentSegment"_s}, {u"name"_s, name}, {u"interactionDuration"_s, talk}};
}

QJsonObject queueEntry(const QString &queue, const QJsonObject &respondingAgent)
{
    return {{u"destinationType"_s, u"QueueEntry"_s}, {u"queueId"_s, u"qu-1"_s}, {u"queueName"_s, queue},
            {u"respondingAgent"_s, respondingAgent}};
}

// Records whose values land in the CSV's text columns. Newlines are LF only:
// a spreadsheet keeps a line break, not which of CR LF or LF it was.
QByteArray hostilePage()
{
    QJsonArray data;
    data.append(QJsonObject{
        {u"sessionId"_s, u"s-formulas"_s}, {u"conversationId"_s, u"c-1"_s}, {u"channel"_s, u"voice"_s},
        {u"sessionStartTime"_s, u"2026-03-01T10:00:00"_s}, {u"sessionEndTime"_s, u"2026-03-01T10:05:00"_s},
        {u"finalStatus"_s, u"=1+1"_s}, {u"smartStatus"_s, u"+SUM(1,2)"_s},
        {u"reason"_s, u"=cmd|' /C calc'!A0"_s}, {u"Direction"_s, u"Inbound"_s},
        {u"userId"_s, u"=HYPERLINK(\"http://evil.example\",\"click\")"_s}, {u"botId"_s, u"-1"_s},
        {u"isVoicemail"_s, u"@NOW()"_s}, {u"dispositions"_s, QJsonArray{u"@risk"_s}},
        {u"destinations"_s, QJsonArray{queueEntry(u"Retention, Cancellations & Win-back"_s,
                                                  agent(u"Mary-Kate \"MK\" Jones"_s, 65))}}});
    data.append(QJsonObject{
        {u"sessionId"_s, u"s-unicode"_s}, {u"conversationId"_s, u"c-2"_s}, {u"channel"_s, u"rtm"_s},
        {u"sessionStartTime"_s, u"2026-03-01T11:00:00"_s}, {u"sessionEndTime"_s, u"2026-03-01T11:30:00"_s},
        {u"finalStatus"_s, u"CLOSED"_s}, {u"smartStatus"_s, u"Spaces:   three, then \"quoted\""_s},
        {u"Reason"_s, u"Line one\nline \"two\", with a comma\n\nafter an empty line"_s},
        {u"userId"_s, u"Oluwaseun Adébáyọ̀ — محمد العلي"_s},
        {u"dispositions"_s, QJsonArray{u"Résolu ✓"_s, u"Café, crème"_s}},
        {u"destinations"_s, QJsonArray{queueEntry(u"カスタマーサポート東京"_s, agent(u"李娜 😀"_s, 300)),
                                       agent(u"Zoë Ångström"_s, 42)}},
        {u"csatScore"_s, 4}});
    data.append(QJsonObject{
        {u"sessionId"_s, u"s-edges"_s}, {u"conversationId"_s, u"c-3"_s}, {u"channel"_s, u"email"_s},
        {u"sessionStartTime"_s, u"2026-03-01T12:00:00"_s},
        {u"finalStatus"_s, u"-5 credit"_s}, {u"smartStatus"_s, u"@"_s}, {u"Reason"_s, u"\tTab first"_s},
        {u"Direction"_s, u"Outbound"_s}, {u"userId"_s, u"'already quoted"_s}, {u"botId"_s, u"a=b+c"_s},
        {u"destinations"_s, QJsonArray{agent(u"Gabriel García, Jr."_s, 7), agent(u"=evil()"_s, 1)}},
        {u"npsScore"_s, 9}});
    // Formulas behind blanks that an import trims, and a phone number.
    data.append(QJsonObject{
        {u"sessionId"_s, u"s-blanks"_s}, {u"conversationId"_s, u"c-4"_s}, {u"channel"_s, u"voice"_s},
        {u"sessionStartTime"_s, u"2026-03-01T13:00:00"_s},
        {u"finalStatus"_s, u" =1+2"_s}, {u"smartStatus"_s, u"\u00a0=1+3"_s}, {u"Reason"_s, u"\n=1+4"_s},
        {u"userId"_s, kPhone}, {u"botId"_s, u"\u3000@SUM(1,2)"_s},
        {u"dispositions"_s, QJsonArray{u"+1-415-555-0100"_s}}});
    return QJsonDocument(QJsonObject{{u"numResults"_s, data.size()}, {u"data"_s, data}}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSpreadsheet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void libreOfficeReadsTheCsvBack()
    {
        const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
        if (soffice.isEmpty())
            QSKIP("LibreOffice (soffice) is not installed: install libreoffice-calc-nogui "
                  "(the setup script does unless CALLSCOPE_NO_LIBREOFFICE=1).");

        cs::RecordStore store;
        const auto page = cs::parsePage(hostilePage());
        QVERIFY2(page->ok() && page->issues.empty(), qPrintable(page->error));
        QCOMPARE(store.append(*page, 0).added, 4);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString csvPath = dir.filePath(u"calls.csv"_s);
        {
            QFile out(csvPath);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QString error;
            QVERIFY2(cs::writeStandardCsv(store, cs::rowsInStartOrder(store), &out, {}, {}, &error), qPrintable(error));
        }
        QFile control(dir.filePath(u"control.csv"_s));
        QVERIFY(control.open(QIODevice::WriteOnly));
        control.write("label,value\r\nunguarded,=1+1\r\n");
        control.close();

        // A private profile: no clash with a running LibreOffice or another test.
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, dir.path());
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        const auto convert = [&](const QString &filter, const QString &outDir, const QStringList &files) {
            process.start(soffice, QStringList{u"-env:UserInstallation="_s + QUrl::fromLocalFile(dir.filePath(u"profile"_s)).toString(),
                                               u"--headless"_s, u"--norestore"_s, u"--infilter="_s + filter,
                                               u"--convert-to"_s, u"fods"_s, u"--outdir"_s, dir.filePath(outDir)} + files);
            // A cold start on a loaded machine can take a while.
            if (!process.waitForFinished(300000)) {
                process.kill();
                process.waitForFinished(5000);
                return false;
            }
            return true;
        };
        QVERIFY2(convert(kCsvImport, u"out"_s, {csvPath, control.fileName()}), "soffice did not finish within 5 minutes");
        const QByteArray log = process.readAll();

        QString error;
        const Sheet controlSheet = readFirstSheet(dir.filePath(u"out/control.fods"_s), &error);
        QVERIFY2(error.isEmpty() && controlSheet.size() >= 2, qPrintable(error + u' ' + QString::fromLocal8Bit(log)));
        QVERIFY2(controlSheet[1].value(1).formula && controlSheet[1].value(1).text == u"2",
                 "the import does not evaluate formulas, so it cannot show that the guard works");

        const Sheet sheet = readFirstSheet(dir.filePath(u"out/calls.fods"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // Every cell equals the field an independent RFC 4180 reader finds in the file.
        QFile exported(csvPath);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const cstest::CsvReadResult csv = cstest::readCsv(exported.readAll());
        QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
        QCOMPARE(sheet.size(), csv.rows.size());
        int guarded = 0;
        for (qsizetype r = 0; r < csv.rows.size(); ++r) {
            for (qsizetype c = 0; c < csv.rows[r].size(); ++c) {
                const QString expected = QString::fromUtf8(csv.rows[r][c]);
                const Cell cell = sheet[r].value(c);
                const QByteArray where = "row " + QByteArray::number(r) + ", column " + csv.rows[0][c];
                const QByteArray message = where + ": \"" + cell.text.toUtf8() + "\" != \"" + expected.toUtf8() + '"';
                QVERIFY2(!cell.formula, where.constData());
                if (expected == kPhone) {
                    // Not quoted-as-text: Calc reads a number (never a formula); see below for text.
                    QCOMPARE(cell.valueType, u"float"_s);
                    continue;
                }
                QVERIFY2(cell.text == expected, message.constData());
                if (expected.size() > 1 && expected.front() == u'\'' && u"=+-@\t"_s.contains(expected[1])) {
                    QCOMPARE(cell.valueType, u"string"_s);
                    ++guarded;
                }
            }
        }

        // And the text is what the API sent, behind the guard where one is needed.
        const QStringList header = cs::standardCsvHeader();
        auto cellOf = [&](int row, const char *column) {
            return sheet.value(row).value(header.indexOf(QLatin1StringView(column))).text;
        };
        QCOMPARE(cellOf(1, "finalStatus"), u"'=1+1"_s);
        QCOMPARE(cellOf(1, "smartStatus"), u"'+SUM(1,2)"_s);
        QCOMPARE(cellOf(1, "reason"), u"'=cmd|' /C calc'!A0"_s);
        QCOMPARE(cellOf(1, "userId"), u"'=HYPERLINK(\"http://evil.example\",\"click\")"_s);
        QCOMPARE(cellOf(1, "botId"), u"'-1"_s);
        QCOMPARE(cellOf(1, "isVoicemail"), u"'@NOW()"_s);
        QCOMPARE(cellOf(1, "dispositionList"), u"'@risk"_s);
        QCOMPARE(cellOf(1, "queueNames"), u"Retention, Cancellations & Win-back"_s);
        QCOMPARE(cellOf(1, "agentNames"), u"Mary-Kate \"MK\" Jones"_s);
        QCOMPARE(cellOf(1, "handleTimeSeconds"), u"65"_s);
        QCOMPARE(cellOf(2, "smartStatus"), u"Spaces:   three, then \"quoted\""_s);
        QCOMPARE(cellOf(2, "reason"), u"Line one\nline \"two\", with a comma\n\nafter an empty line"_s);
        QCOMPARE(cellOf(2, "userId"), u"Oluwaseun Adébáyọ̀ — محمد العلي"_s);
        QCOMPARE(cellOf(2, "dispositionList"), u"Résolu ✓; Café, crème"_s);
        QCOMPARE(cellOf(2, "queueNames"), u"カスタマーサポート東京"_s);
        QCOMPARE(cellOf(2, "agentNames"), u"李娜 😀; Zoë Ångström"_s);
        QCOMPARE(cellOf(2, "csatScore"), u"4"_s);
        QCOMPARE(cellOf(3, "finalStatus"), u"'-5 credit"_s);
        QCOMPARE(cellOf(3, "smartStatus"), u"'@"_s);
        QCOMPARE(cellOf(3, "reason"), u"'\tTab first"_s);
        QCOMPARE(cellOf(3, "userId"), u"'already quoted"_s);
        QCOMPARE(cellOf(3, "botId"), u"a=b+c"_s);
        QCOMPARE(cellOf(3, "agentNames"), u"Gabriel García, Jr.; =evil()"_s);
        QCOMPARE(cellOf(4, "finalStatus"), u"' =1+2"_s);
        QCOMPARE(cellOf(4, "smartStatus"), u"'\u00a0=1+3"_s);
        QCOMPARE(cellOf(4, "reason"), u"'\n=1+4"_s);
        QCOMPARE(cellOf(4, "botId"), u"'\u3000@SUM(1,2)"_s);
        QCOMPARE(cellOf(4, "dispositionList"), u"'+1-415-555-0100"_s);
        QCOMPARE(guarded, 11);   // + the phone number with dashes; the others have blanks after the '

        // A phone number is in the file as it was sent (quoted, no '), so an
        // import that keeps quoted fields as text shows it intact, as text.
        QVERIFY(exported.seek(0));
        QVERIFY(exported.readAll().contains("\"+14155550100\""));
        QVERIFY2(convert(kCsvImportQuotedAsText, u"text"_s, {csvPath}), "soffice did not finish within 5 minutes");
        const Sheet asText = readFirstSheet(dir.filePath(u"text/calls.fods"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Cell phone = asText.value(4).value(header.indexOf(u"userId"_s));
        QCOMPARE(phone.text, kPhone);
        QCOMPARE(phone.valueType, u"string"_s);
        QVERIFY(!phone.formula);
    }
};

QTEST_GUILESS_MAIN(TestSpreadsheet)
#include "tst_spreadsheet.moc"
