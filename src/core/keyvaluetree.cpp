// buildKeyValueTree() and prettyJson(): the generic views of a record (the
// "Details" and "Raw JSON" tabs of the drill-down).
#include "calldetail.h"

#include "jsonlenient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <algorithm>

namespace cs {

namespace {

struct CallDetail
{
    Q_DECLARE_TR_FUNCTIONS(CallDetail)
};
using Kind = DetailNode::Kind;

DetailNode valueNode(const QString &label, const QJsonValue &value, int depth);

// sessionleveltags and similar lists are [{name, value}, ...]: show them as
// name = value rather than as numbered objects.
bool isNameValuePair(const QJsonValue &element)
{
    if (!element.isObject())
        return false;
    const QJsonObject object = element.toObject();
    return object.size() == 2 && object.contains(u"name") && object.contains(u"value")
        && object.value(u"name").isString();
}

// Where the tree stops and the Raw JSON tab takes over (docs/limits.md).
DetailNode moreNode(const QString &what)
{
    DetailNode node;
    node.label = QStringLiteral("…");
    node.value = what;
    node.kind = Kind::Field;
    return node;
}

DetailNode containerNode(const QString &label, const QJsonValue &value, int depth)
{
    DetailNode node;
    node.label = label;
    node.kind = Kind::Section;
    const qsizetype size = value.isObject() ? value.toObject().size() : value.toArray().size();
    if (depth >= kMaxDetailTreeDepth && size > 0) {
        node.value = CallDetail::tr("nested too deep to show here: see Raw JSON");
        return node;
    }
    const qsizetype shown = std::min<qsizetype>(size, kMaxDetailChildren);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        node.value = object.isEmpty() ? CallDetail::tr("(empty)") : CallDetail::tr("%n field(s)", nullptr, int(object.size()));
        for (auto it = object.constBegin(); it != object.constEnd() && node.children.size() < shown; ++it)
            node.children.append(valueNode(it.key(), it.value(), depth + 1));
        if (size > shown)
            node.children.append(moreNode(CallDetail::tr("%n more field(s): see Raw JSON", nullptr, int(size - shown))));
        return node;
    }
    const QJsonArray array = value.toArray();
    node.value = array.isEmpty() ? CallDetail::tr("(empty)") : CallDetail::tr("%n item(s)", nullptr, int(array.size()));
    for (qsizetype i = 0; i < shown; ++i) {
        const QJsonValue element = array.at(i);
        if (isNameValuePair(element)) {
            const QJsonObject pair = element.toObject();
            node.children.append(valueNode(pair.value(u"name").toString(), pair.value(u"value"), depth + 1));
        } else {
            node.children.append(valueNode(u'[' + QString::number(i) + u']', element, depth + 1));
        }
    }
    if (size > shown)
        node.children.append(moreNode(CallDetail::tr("%n more item(s): see Raw JSON", nullptr, int(size - shown))));
    return node;
}

DetailNode valueNode(const QString &label, const QJsonValue &value, int depth)
{
    if (value.isObject() || value.isArray())
        return containerNode(label, value, depth);
    DetailNode node;
    node.label = label;
    node.kind = Kind::Field;
    node.value = value.isNull() ? QStringLiteral("null") : lenient::text(value);
    if (node.value.size() > kMaxDetailValueChars)
        node.value = node.value.left(kMaxDetailValueChars) + QChar(0x2026);
    // Long values are cut off by the column: the tool tip shows them whole.
    if (node.value.size() > 60)
        node.toolTip = node.value;
    return node;
}

void newLine(QByteArray &out, int depth)
{
    // Deeper levels share the deepest indent: 1,000 levels of four spaces on
    // every line of a large array made gigabytes of blanks.
    out.append('\n');
    out.append(QByteArray(std::clamp(depth, 0, kMaxPrettyIndentLevels) * 4, ' '));
}

qsizetype nextNonSpace(std::string_view raw, qsizetype from)
{
    while (from < qsizetype(raw.size()) && (raw[size_t(from)] == ' ' || raw[size_t(from)] == '\t'
                                            || raw[size_t(from)] == '\n' || raw[size_t(from)] == '\r'))
        ++from;
    return from;
}

} // namespace

DetailNode buildKeyValueTree(std::string_view rawJson, const QStringList &keys, QString *error)
{
    DetailNode root;
    root.kind = Kind::Section;
    QJsonObject record;
    if (!lenient::parseRecord(rawJson, &record, error))
        return root;
    for (const QString &key : keys) {
        const QJsonValue value = lenient::field(record, key);
        if (lenient::isPresent(value))
            root.children.append(valueNode(lenient::actualKey(record, key), value, 1));
    }
    return root;
}

QString prettyJson(std::string_view raw)
{
    // Validate with Qt, but indent the original bytes ourselves: QJsonDocument
    // would sort the keys and reformat numbers, and the raw view must show
    // exactly what the server sent.
    QJsonParseError parseError;
    QJsonDocument::fromJson(QByteArray::fromRawData(raw.data(), qsizetype(raw.size())), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QString::fromUtf8(raw.data(), std::min<qsizetype>(qsizetype(raw.size()), kMaxPrettyJsonBytes));

    QByteArray out;
    out.reserve(std::min<qsizetype>(qsizetype(raw.size()) * 2, kMaxPrettyJsonBytes));
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < qsizetype(raw.size()); ++i) {
        if (out.size() > kMaxPrettyJsonBytes) {
            // Cut at a character boundary, and say so: Copy raw JSON copies it all.
            while (!out.isEmpty() && (uchar(out.back()) & 0xC0) == 0x80)
                out.chop(1);
            if (!out.isEmpty() && uchar(out.back()) >= 0xC0)
                out.chop(1);
            return QString::fromUtf8(out) + u"\n\n"
                + CallDetail::tr("[Cut off here: the record has %1 bytes. \"Copy raw JSON\" copies all of it.]")
                      .arg(raw.size());
        }
        const char c = raw[size_t(i)];
        if (inString) {
            out.append(c);
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            out.append(c);
            break;
        case '{':
        case '[': {
            out.append(c);
            const qsizetype next = nextNonSpace(raw, i + 1);
            const char close = c == '{' ? '}' : ']';
            if (next < qsizetype(raw.size()) && raw[size_t(next)] == close) {
                out.append(close);     // keep {} and [] on one line
                i = next;
            } else {
                newLine(out, ++depth);
            }
            break;
        }
        case '}':
        case ']':
            newLine(out, --depth);
            out.append(c);
            break;
        case ',':
            out.append(c);
            newLine(out, depth);
            break;
        case ':':
            out.append(": ");
            break;
        case ' ':
        case '\t':
        case '\n':
        case '\r':
            break;
        default:
            out.append(c);
        }
    }
    return QString::fromUtf8(out);
}

} // namespace cs
