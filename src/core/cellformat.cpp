#include "cellformat.h"

#include "durationformat.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace cs {

namespace {

QString joined(const StringPool &pool, std::span<const quint32> ids)
{
    QString text;
    for (const quint32 id : ids) {
        if (!text.isEmpty())
            text += u"; "_s;
        text += pool.at(id);
    }
    return text;
}

QString scoreText(int score)
{
    return score == kNoScore ? QString() : QString::number(score);
}

QString zonedTime(qint64 utcSeconds, const QTimeZone &zone)
{
    if (utcSeconds == kNoTime)
        return {};
    return QDateTime::fromSecsSinceEpoch(utcSeconds, zone).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

} // namespace

int transferCount(const RecordStore &store, RowId row)
{
    return std::max(0, store.destinationCount(row) - 1);
}

QString cellText(const RecordStore &s, RowId row, CallColumn column, const QTimeZone &zone, TimeText times)
{
    const StringPool &pool = s.strings();
    switch (column) {
    case CallColumn::SessionId: return QString::fromUtf8(s.sessionId(row));
    case CallColumn::ConversationId: return QString::fromUtf8(s.conversationId(row));
    case CallColumn::StartTime:
        return times == TimeText::Raw ? QString::fromStdString(s.startTimeText(row)) : zonedTime(s.startUtc(row), zone);
    case CallColumn::EndTime:
        return times == TimeText::Raw ? QString::fromStdString(s.endTimeText(row)) : zonedTime(s.endUtc(row), zone);
    case CallColumn::Duration: {
        const int seconds = s.durationSeconds(row);
        return seconds < 0 ? QString() : formatDuration(seconds);
    }
    case CallColumn::Channel: return pool.at(s.channel(row));
    case CallColumn::Direction: return pool.at(s.direction(row));
    case CallColumn::FinalStatus: return pool.at(s.finalStatus(row));
    case CallColumn::SmartStatus: return pool.at(s.smartStatus(row));
    case CallColumn::Reason: return pool.at(s.reason(row));
    case CallColumn::Queues: return joined(pool, s.queues(row));
    case CallColumn::Agents: return joined(pool, s.agents(row));
    case CallColumn::Dispositions: return joined(pool, s.dispositions(row));
    case CallColumn::Talk: return formatDuration(s.talkSeconds(row));
    case CallColumn::Hold: return formatDuration(s.holdSeconds(row));
    case CallColumn::AfterCallWork: return formatDuration(s.afterCallWorkSeconds(row));
    case CallColumn::HandleTime: return formatDuration(s.handleSeconds(row));
    case CallColumn::Wait: return formatDuration(s.waitSeconds(row));
    case CallColumn::Transfers: return QString::number(transferCount(s, row));
    case CallColumn::Csat: return scoreText(s.csatScore(row));
    case CallColumn::Nps: return scoreText(s.npsScore(row));
    case CallColumn::UserId: return QString::fromUtf8(s.userId(row));
    case CallColumn::Count: break;
    }
    return {};
}

} // namespace cs
