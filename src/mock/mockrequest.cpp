#include "mockrequest.h"

#include "jwt.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTime>
#include <QUrlQuery>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace cs::mock {

QByteArray errorBody(int status, const QByteArray &message)
{
    const QJsonObject error{{u"msg"_s, QString::fromUtf8(message)}, {u"code"_s, status}};
    return QJsonDocument(QJsonObject{{u"errors"_s, QJsonArray{error}}}).toJson(QJsonDocument::Compact);
}

DataPath matchDataPath(const QByteArray &path)
{
    static const QByteArray prefix = "/agentassist/api/public/analytics/account/";
    DataPath out;
    if (!path.startsWith(prefix))
        return out;
    const QList<QByteArray> rest = path.mid(prefix.size()).split('/');
    if (rest.size() != 3 || rest[0].isEmpty() || rest[1] != "v2")
        return out;
    const QByteArray endpoint = rest[2].toLower();
    if (endpoint != "calldetails" && endpoint != "interactiondetails")
        return out;
    out.matches = true;
    out.accountId = QByteArray::fromPercentEncoding(rest[0]);
    return out;
}

Rejection checkIdentity(const HttpRequest &request, const DataPath &path, const MockConfig &config,
                        QSet<QString> &seenJti, qint64 nowUtc)
{
    const QByteArray headerAccount = request.header("accountid");
    if (headerAccount.isEmpty())
        return {400, "The accountId header is required."};
    if (headerAccount != path.accountId)
        return {400, "The accountId header does not match the account in the URL."};
    if (QString::fromUtf8(path.accountId) != config.accountId)
        return {403, "You are not authorized to access this account."};

    const QByteArray iid = request.header("iid");   // iId and IId: header names are case-insensitive
    if (iid.isEmpty())
        return {400, "The iId header is required."};
    if (QString::fromUtf8(iid) != config.appId)
        return {403, "The iId does not belong to this account."};

    const QByteArray token = request.header("auth");
    if (token.isEmpty())
        return {401, "The auth header with a JWT is required."};
    const jwt::Verified verified = jwt::verify(token, config.clientSecret, nowUtc);
    if (!verified.ok)
        return {401, "Invalid token: " + verified.error.toUtf8()};
    if (verified.payload.value(u"appId"_s).toString() != config.clientId)
        return {401, "Invalid token: the appId claim does not match a client of this app."};
    if (config.requireJti) {
        const QString jti = verified.payload.value(u"jti"_s).toString();
        if (jti.isEmpty())
            return {401, "Invalid token: this app requires a jti claim."};
        if (seenJti.contains(jti))
            return {401, "Invalid token: this jti has already been used."};
        seenJti.insert(jti);
    }
    return {};
}

namespace {

// "yyyy-MM-dd HH:mm:ss", or a bare "yyyy-MM-dd" (newer docs): then the start
// of that day for startDate and its last second for endDate.
bool parseWallClock(const QString &text, bool isEnd, qint64 *seconds)
{
    QDate date;
    QTime time;
    if (text.size() == 10) {
        date = QDate::fromString(text, u"yyyy-MM-dd"_s);
        time = isEnd ? QTime(23, 59, 59) : QTime(0, 0, 0);
    } else if (text.size() == 19 && text.at(10) == u' ') {
        date = QDate::fromString(text.left(10), u"yyyy-MM-dd"_s);
        time = QTime::fromString(text.mid(11), u"HH:mm:ss"_s);
    }
    if (!date.isValid() || !time.isValid())
        return false;
    *seconds = (date.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400 + time.msecsSinceStartOfDay() / 1000;
    return true;
}

bool stringArray(const QJsonValue &value, QStringList *out)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return false;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return false;
        out->append(item.toString());
    }
    return true;
}

bool nonNegativeInteger(const QUrlQuery &query, const QString &key, qsizetype *out)
{
    if (!query.hasQueryItem(key))
        return true;
    bool ok = false;
    const qlonglong value = query.queryItemValue(key).toLongLong(&ok);
    if (!ok || value < 0)
        return false;
    *out = qsizetype(value);
    return true;
}

// selectedFields names, case-insensitive. Names the mock does not know are
// ignored, as a server ignores fields it cannot select.
RecordBlocks blocksNamed(const QStringList &names)
{
    static const std::array<std::pair<QLatin1StringView, RecordBlock>, 6> kNames = {{
        {"skills"_L1, RecordBlock::Skills},
        {"customerinfo"_L1, RecordBlock::CustomerInfo},
        {"userleveltags"_L1, RecordBlock::UserLevelTags},
        {"sessionleveltags"_L1, RecordBlock::SessionLevelTags},
        {"campaigninfo"_L1, RecordBlock::CampaignInfo},
        {"snoozeinfo"_L1, RecordBlock::SnoozeInfo},
    }};
    RecordBlocks blocks;
    for (const QString &name : names)
        for (const auto &[known, block] : kNames)
            if (name.compare(known, Qt::CaseInsensitive) == 0)
                blocks |= block;
    return blocks;
}

// The largest offset the server answers normally, if it has a cap.
std::optional<qsizetype> lastAllowedOffset(const MockConfig &config)
{
    if (config.offsetMode == MockConfig::OffsetMode::Pages)
        return config.maxPagesOffset;
    if (config.recordsOffsetCap > 0)
        return config.recordsOffsetCap - 1;
    return std::nullopt;
}

Rejection applyOffsetCap(const MockConfig &config, DataQuery *out)
{
    out->servedOffset = out->offset;
    const std::optional<qsizetype> last = lastAllowedOffset(config);
    if (config.ignoreOffset || !last || out->offset <= *last)
        return {};
    switch (config.capBehaviour) {
    case MockConfig::CapBehaviour::Error:
        return {400, "offset cannot be more than " + QByteArray::number(*last) + "."};
    case MockConfig::CapBehaviour::Empty:
        out->pastCap = true;
        break;
    case MockConfig::CapBehaviour::RepeatLast:
        out->servedOffset = *last;
        break;
    }
    return {};
}

Rejection parseBody(const QByteArray &body, const MockConfig &config, DataQuery *out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return {400, "The request body must be a JSON object."};
    const QJsonObject o = doc.object();

    const QJsonValue tz = o.value(u"timeZoneOffset"_s);
    if (!tz.isDouble() || tz.toDouble() != double(qint64(tz.toDouble())) || qAbs(tz.toDouble()) > 1440)
        return {400, "timeZoneOffset is required and must be a whole number of minutes (e.g. -330, 300)."};
    out->offsetMinutes = int(tz.toDouble());

    qint64 startWall = 0, endWall = 0;
    if (!parseWallClock(o.value(u"startDate"_s).toString(), false, &startWall))
        return {400, "startDate is required in the format yyyy-mm-dd HH24:mm:ss (or yyyy-mm-dd)."};
    if (!parseWallClock(o.value(u"endDate"_s).toString(), true, &endWall))
        return {400, "endDate is required in the format yyyy-mm-dd HH24:mm:ss (or yyyy-mm-dd)."};
    out->startUtc = startWall + qint64(out->offsetMinutes) * 60;
    out->endUtc = endWall + qint64(out->offsetMinutes) * 60;
    if (out->endUtc < out->startUtc)
        return {400, "endDate must not be before startDate."};
    if (out->endUtc - out->startUtc > qint64(config.maxWindowDays) * 86400) {
        if (config.maxWindowDays == 7)
            return {400, "The days' range cannot be more than seven days"};
        return {400, "The days' range cannot be more than " + QByteArray::number(config.maxWindowDays) + " days"};
    }

    if (!stringArray(o.value(u"channels"_s), &out->channels))
        return {400, "channels must be an array of strings."};
    if (!stringArray(o.value(u"queues"_s), &out->queues))
        return {400, "queues must be an array of queue ids."};
    const QJsonValue direction = o.value(u"direction"_s);
    if (!direction.isUndefined() && !direction.isNull()) {
        const QString d = direction.toString();
        if (d != u"Inbound"_s && d != u"Outbound"_s && d != u"Both"_s)
            return {400, "direction must be one of Inbound, Outbound, Both."};
        out->direction = d;
    }
    QStringList selectedFields;
    if (!stringArray(o.value(u"selectedFields"_s), &selectedFields))
        return {400, "selectedFields must be an array of field names, e.g. [\"skills\", \"customerinfo\"]."};
    out->blocks = blocksNamed(selectedFields);
    return {};
}

QJsonValue queryNumber(const QUrlQuery &query, const QString &key)
{
    if (!query.hasQueryItem(key))
        return QJsonValue::Null;
    const QString text = query.queryItemValue(key);
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    return ok ? QJsonValue(value) : QJsonValue(text);
}

} // namespace

QByteArray requestLogLine(int number, const QByteArray &endpoint, const QByteArray &query, const QByteArray &body,
                          int status, qint64 atMs)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    auto asSent = [&o](const QString &key) {
        const QJsonValue v = o.value(key);
        return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
    };
    QJsonValue startUtc = QJsonValue::Null, endUtc = QJsonValue::Null;
    qint64 startWall = 0, endWall = 0;
    const QJsonValue tz = o.value(u"timeZoneOffset"_s);
    if (tz.isDouble() && parseWallClock(o.value(u"startDate"_s).toString(), false, &startWall)
        && parseWallClock(o.value(u"endDate"_s).toString(), true, &endWall)) {
        const qint64 shift = qint64(tz.toDouble()) * 60;
        const auto iso = [](qint64 t) {
            return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
        };
        startUtc = iso(startWall + shift);
        endUtc = iso(endWall + shift);
    }
    const QUrlQuery q(QString::fromUtf8(query));
    const QJsonObject line{
        {u"n"_s, number},
        {u"endpoint"_s, QString::fromUtf8(endpoint)},
        {u"startDate"_s, asSent(u"startDate"_s)},
        {u"endDate"_s, asSent(u"endDate"_s)},
        {u"timeZoneOffset"_s, asSent(u"timeZoneOffset"_s)},
        {u"offset"_s, queryNumber(q, u"offset"_s)},
        {u"limit"_s, queryNumber(q, u"limit"_s)},
        {u"startUtc"_s, startUtc},
        {u"endUtc"_s, endUtc},
        {u"status"_s, status},
        {u"atMs"_s, atMs},
    };
    return QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
}

Rejection parseDataQuery(const HttpRequest &request, const QByteArray &query, const MockConfig &config,
                         DataQuery *out)
{
    if (!request.header("content-type").toLower().startsWith("application/json"))
        return {400, "Content-Type must be application/json."};

    const QUrlQuery q(QString::fromUtf8(query));
    if (!nonNegativeInteger(q, u"limit"_s, &out->limit) || out->limit == 0)
        return {400, "limit must be a positive integer."};
    if (!nonNegativeInteger(q, u"offset"_s, &out->offset))
        return {400, "offset must be a non-negative integer."};
    if (const Rejection r = applyOffsetCap(config, out))
        return r;

    return parseBody(request.body, config, out);
}

} // namespace cs::mock
