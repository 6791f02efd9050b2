// The multi-valued columns' JSON lists (queues, agents, dispositions), read on
// the hot path of loading an archive into vectors that are reused call after
// call, and the in-memory id hash those loads lean on.
#include "jsonstringlist.h"
#include "recordhash.h"

#include <QTest>
#include <set>

class TestJsonStringList : public QObject
{
    Q_OBJECT

private slots:
    void reads_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArrayList>("expected");
        QTest::addColumn<bool>("ok");
        QTest::newRow("empty") << QByteArray("[]") << QByteArrayList() << true;
        QTest::newRow("spaces") << QByteArray(" [ \"a\" , \"b\" ] ") << QByteArrayList{"a", "b"} << true;
        QTest::newRow("utf-8") << QByteArray("[\"カスタマーサポート東京\",\"Zoë\"]")
                               << QByteArrayList{"カスタマーサポート東京", "Zoë"} << true;
        QTest::newRow("escapes") << QByteArray("[\"a\\\"b\",\"c\\\\d\",\"e\\/f\",\"\\n\\t\",\"\\u00e9\\ud83d\\ude00\"]")
                                 << QByteArrayList{"a\"b", "c\\d", "e/f", "\n\t", "é😀"} << true;
        QTest::newRow("empty string") << QByteArray("[\"\"]") << QByteArrayList{""} << true;
        QTest::newRow("unterminated string") << QByteArray("[\"abc") << QByteArrayList() << false;
        QTest::newRow("escape at end") << QByteArray("[\"abc\\") << QByteArrayList() << false;
        QTest::newRow("bad escape") << QByteArray("[\"a\\x\"]") << QByteArrayList() << false;
        QTest::newRow("number") << QByteArray("[1]") << QByteArrayList() << false;
        QTest::newRow("not a list") << QByteArray("\"a\"") << QByteArrayList() << false;
        QTest::newRow("NULL column") << QByteArray() << QByteArrayList() << false;
        QTest::newRow("missing bracket") << QByteArray("[\"a\",\"b\"") << QByteArrayList() << false;
    }

    // Every case read into a vector that already holds longer, older values:
    // the result is exactly the list (no stale tail, no stale bytes), and a
    // malformed list reads as empty.
    void reads()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArrayList, expected);
        QFETCH(bool, ok);
        std::vector<std::string> values = {"an old, long value that must not survive", "x", "y", "z", "w"};
        QCOMPARE(cs::jsonstringlist::read(std::string_view(json.constData(), size_t(json.size())), &values), ok);
        QByteArrayList got;
        for (const std::string &value : values)
            got << QByteArray::fromStdString(value);
        QCOMPARE(got, expected);
    }

    void writeThenReadIsIdentity()
    {
        const std::vector<std::string> values = {"plain", "quote \" and backslash \\", "control \x01\x1f", "",
                                                 "カスタマーサポート東京"};
        std::string json;
        cs::jsonstringlist::write(values, &json);
        std::vector<std::string> back = {"stale"};
        QVERIFY(cs::jsonstringlist::read(json, &back));
        QCOMPARE(back.size(), values.size());
        for (size_t i = 0; i < values.size(); ++i)
            QCOMPARE(back[i], values[i]);
    }

    // The hash must spread short ids that differ in one byte, in any position
    // (the index uses its low bits), and must not read past the text.
    void hashSpreadsShortIds()
    {
        std::set<quint32> hashes;
        std::set<quint32> lowBits;
        std::string id = "69a4439e32b3bb07e100756d";
        int made = 0;
        for (size_t position = 0; position < id.size(); ++position) {
            for (char c : std::string_view("0123456789abcdef")) {
                std::string variant = id;
                variant[position] = c;
                hashes.insert(cs::recordhash::hashOf(variant));
                lowBits.insert(cs::recordhash::hashOf(variant) & 0xFFF);
                ++made;
            }
        }
        const size_t distinct = 1 + id.size() * 15;   // the unchanged id appears once per position
        QCOMPARE(hashes.size(), distinct);
        QVERIFY2(lowBits.size() > distinct * 9 / 10, "the low 12 bits collide too often");
        // Same bytes, different lengths or views into a longer buffer: only the view's bytes count.
        const std::string longer = id + "tail";
        QCOMPARE(cs::recordhash::hashOf(std::string_view(longer).substr(0, id.size())), cs::recordhash::hashOf(id));
        QVERIFY(cs::recordhash::hashOf("a") != cs::recordhash::hashOf(std::string_view("a\0", 2)));
        QCOMPARE(cs::recordhash::hashOf(std::string_view()), cs::recordhash::hashOf(""));
        Q_UNUSED(made);
    }
};

QTEST_APPLESS_MAIN(TestJsonStringList)
#include "tst_jsonstringlist.moc"
