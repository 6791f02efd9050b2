#pragma once
// The drill-down for ONE selected record, built on demand from its original
// JSON (so every field the table does not keep is still shown). Qt Core only:
// the GUI wraps the result in a model.
//
// Times in records carry no zone: they are wall-clock in the request's
// timeZoneOffset (JavaScript sign), so utc = naive + offsetMinutes * 60. The
// tree shows them converted to the viewer's zone and keeps the raw text in the
// tool tip.

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <string_view>

namespace cs {

struct DetailNode
{
    enum class Kind { Section, Destination, Queue, Agent, NonResponding, Consulting, Joined, Field };

    QString label;
    QString value;
    QString toolTip;
    QList<DetailNode> children;
    Kind kind = Kind::Field;
};

// Root (a Section, not shown) holding a "Destinations" section (queues,
// agents, consults, joins; an explanatory value when there are none) and an
// "Outcome" section (statuses, reason, dispositions, remarks). On unreadable
// JSON returns an empty root and sets *error.
DetailNode buildCallTree(std::string_view rawJson, const QTimeZone &zone, int offsetMinutes,
                         QString *error = nullptr);

// Root (a Section, not shown) with one child per key of `keys` present in the
// record (matched case-insensitively; absent and null keys are skipped).
// Objects and arrays nest; a [{name, value}] array reads as name = value.
DetailNode buildKeyValueTree(std::string_view rawJson, const QStringList &keys, QString *error = nullptr);

// What the drill-down shows of one record (docs/limits.md): hostile records
// can nest 1,000 deep or hold millions of values; the Raw JSON tab, the copy
// action and exports still have all of it.
inline constexpr int kMaxDetailTreeDepth = 32;            // tree levels below a key
inline constexpr int kMaxDetailChildren = 1000;           // fields or items per tree node
inline constexpr int kMaxDetailValueChars = 10000;        // one value's text in the tree
inline constexpr int kMaxPrettyIndentLevels = 32;         // deeper lines share this indent
inline constexpr qsizetype kMaxPrettyJsonBytes = 4 * 1024 * 1024;   // Raw JSON tab text

// The record re-indented for reading, keys in their original order. Invalid
// JSON is returned unchanged (as text) so nothing is hidden. Longer than
// kMaxPrettyJsonBytes: cut there, with a note saying so.
QString prettyJson(std::string_view raw);

// The few facts for a one-line header above the drill-down.
struct CallHeader
{
    QString sessionId;
    QString conversationId;
    QString channel;
    QString start;          // converted to the zone, "yyyy-MM-dd HH:mm:ss"
    QString finalStatus;
};
CallHeader buildCallHeader(std::string_view rawJson, const QTimeZone &zone, int offsetMinutes,
                           QString *error = nullptr);

// An API time ("2024-09-27T13:50:51", or absolute "...Z") shown in `zone`;
// empty if unparseable.
QString formatApiTime(const QString &apiTime, const QTimeZone &zone, int offsetMinutes);

} // namespace cs
