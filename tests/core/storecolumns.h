#pragma once
// Every column the table, filters, statistics and CSV read for one store row,
// as texts: tests compare stores loaded different ways with these.

#include "recordstore.h"

#include <QString>
#include <QStringList>
#include <span>

namespace cs::testing {

inline QStringList storeColumns(const RecordStore &store, RowId row)
{
    const StringPool &pool = store.strings();
    auto text = [&](quint32 id) { return QString::fromStdString(pool.utf8(id)); };
    auto span = [&](std::span<const quint32> ids) {
        QStringList values;
        for (quint32 id : ids)
            values << text(id);
        return values.join(u'|');
    };
    return QStringList{
        QString::fromUtf8(store.sessionId(row)), QString::fromUtf8(store.conversationId(row)),
        QString::fromUtf8(store.userId(row)), text(store.channel(row)), text(store.finalStatus(row)),
        text(store.smartStatus(row)), text(store.reason(row)), text(store.direction(row)), text(store.botId(row)),
        text(store.isVoicemail(row)), span(store.queues(row)), span(store.agents(row)), span(store.dispositions(row)),
        QString::number(store.startUtc(row)), QString::number(store.endUtc(row)), QString::number(store.offsetMinutes(row)),
        QString::fromStdString(store.startTimeText(row)), QString::fromStdString(store.endTimeText(row)),
        QString::number(store.talkSeconds(row)), QString::number(store.holdSeconds(row)),
        QString::number(store.afterCallWorkSeconds(row)), QString::number(store.handleSeconds(row)),
        QString::number(store.waitSeconds(row)), QString::number(store.destinationCount(row)),
        QString::number(store.agentSegmentCount(row)), QString::number(store.csatScore(row)),
        QString::number(store.npsScore(row)), QString::number(store.likeDislikeScore(row))};
}

} // namespace cs::testing
