#pragma once
// Validation of a Call Details request, in the order a real gateway would
// apply it: path, identity headers, token, content type, query, body.
// Each failure carries the HTTP status and a message for the JSON error body.

#include "mockhttp.h"
#include "mockserver.h"

#include <QSet>

namespace cs::mock {

struct Rejection
{
    int status = 0;           // 0: accepted
    QByteArray message;
    explicit operator bool() const { return status != 0; }
};

// {"errors":[{"msg": message, "code": status}]}
QByteArray errorBody(int status, const QByteArray &message);

struct DataPath
{
    bool matches = false;
    QByteArray accountId;     // percent-decoded
};
// /agentassist/api/public/analytics/account/{accountId}/v2/{calldetails|callDetails|interactionDetails}
DataPath matchDataPath(const QByteArray &path);

// accountId (path == header == config), iId/IId and the `auth` JWT.
// `seenJti` remembers token ids when the config requires unique ones.
Rejection checkIdentity(const HttpRequest &request, const DataPath &path, const MockConfig &config,
                        QSet<QString> &seenJti, qint64 nowUtc);

struct DataQuery
{
    qint64 startUtc = 0;
    qint64 endUtc = 0;
    int offsetMinutes = 0;    // JavaScript sign: utc = wall + offset
    QStringList channels;
    QStringList queues;
    QString direction;
    qsizetype limit = 100;    // as asked, before the page cap
    qsizetype offset = 0;     // as sent: records or pages, depending on the mode
    qsizetype servedOffset = 0;   // the offset answered: `offset`, or the last allowed one
    bool pastCap = false;     // past the offset cap under CapBehaviour::Empty
    RecordBlocks blocks;      // the opt-in blocks `selectedFields` names
};

// One line of MockConfig::requestLogPath (see there), newline included.
QByteArray requestLogLine(int number, const QByteArray &endpoint, const QByteArray &query, const QByteArray &body,
                          int status, qint64 atMs);

// Also applies the offset cap (MockConfig::capBehaviour): a capped request is
// rejected, marked pastCap or moved to the last allowed offset.
Rejection parseDataQuery(const HttpRequest &request, const QByteArray &query, const MockConfig &config,
                         DataQuery *out);

} // namespace cs::mock
