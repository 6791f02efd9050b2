#pragma once
// Shared by the parser tests (tst_recordparser, tst_recordparserdamage):
// the spec sample, page builders, and an oracle for record byte spans that
// does not use simdjson.

#include "recordparser.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QTest>
#include <QTimeZone>
#include <string>
#include <vector>

// Readable QCOMPARE failures for CallFields' std::string members.
namespace QTest {
template <>
inline char *toString(const std::string &text)
{
    return toPrettyCString(text.data(), qsizetype(text.size()));
}
template <>
inline char *toString(const std::vector<std::string> &list)
{
    QByteArray joined = "[";
    for (const std::string &item : list)
        joined += QByteArray(joined.size() > 1 ? ", \"" : "\"") + QByteArray::fromStdString(item) + '"';
    joined += ']';
    return qstrdup(joined.constData());
}
} // namespace QTest

namespace parsertest {

inline QByteArray specSample()
{
    QFile file(QStringLiteral(CALLSCOPE_TEST_DATA "/spec_sample_response.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the spec sample");
    return file.readAll();
}

// Zone-less wall clock as naive seconds (the parser's convention).
inline qint64 naive(const char *isoNoZone)
{
    QDateTime dt = QDateTime::fromString(QString::fromLatin1(isoNoZone), Qt::ISODate);
    dt.setTimeZone(QTimeZone::utc());
    return dt.toSecsSinceEpoch();
}

inline std::vector<std::string> strings(std::initializer_list<const char *> items)
{
    std::vector<std::string> out;
    for (const char *item : items)
        out.emplace_back(item);
    return out;
}

// An oracle independent of simdjson: the byte span of each element of the
// top-level "data" array, found by bracket matching that skips strings.
struct Span { qsizetype begin; qsizetype length; };
inline std::vector<Span> dataElementSpans(const QByteArray &body)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
    std::vector<Span> spans;
    qsizetype i = body.indexOf("\"data\"");
    if (i < 0 || (i = body.indexOf('[', i)) < 0)
        return spans;
    int depth = 0;            // nesting inside the current element
    qsizetype begin = -1;     // where the current element started
    bool inString = false;
    for (++i; i < body.size(); ++i) {
        const char c = body.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (depth == 0 && (c == ',' || c == ']')) {   // the element ends here
            if (begin >= 0) {
                qsizetype end = i;
                while (end > begin && isSpace(body.at(end - 1)))
                    --end;
                spans.push_back({begin, end - begin});
                begin = -1;
            }
            if (c == ']')
                break;
            continue;
        }
        if (begin < 0 && !isSpace(c))
            begin = i;
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[')
            ++depth;
        else if (c == '}' || c == ']')
            --depth;
    }
    return spans;
}

// A page around the given records (each a JSON text).
inline QByteArray page(std::initializer_list<QByteArrayView> records)
{
    QByteArray body = "{\"numResults\":" + QByteArray::number(qsizetype(records.size())) + ",\"data\":[";
    bool first = true;
    for (QByteArrayView record : records) {
        if (!first)
            body += ',';
        first = false;
        body += record;
    }
    return body + "]}";
}

// One record through parsePage. Empty fields if it was not kept, so the
// caller's checks fail (with a warning saying why).
inline cs::CallFields one(const QByteArray &record)
{
    const auto parsed = cs::parsePage(page({record}));
    if (!parsed->ok() || parsed->records.size() != 1) {
        qWarning("record not kept: %s / %s", qPrintable(parsed->error),
                 parsed->issues.empty() ? "" : qPrintable(parsed->issues.front().message));
        return {};
    }
    cs::CallFields fields = parsed->records.front();
    fields.raw = {};   // the page dies here
    return fields;
}

} // namespace parsertest
