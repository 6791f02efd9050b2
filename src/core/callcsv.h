#pragma once
// The standard call CSV (the `callscope fetch --out x.csv` contract): a header
// row and one row per conversation in sessionStartTime order.
//
// API-named columns hold the API's values verbatim (no time conversion):
//   sessionId, conversationId, channel, sessionStartTime, sessionEndTime,
//   finalStatus, smartStatus, reason (from reason|Reason), direction
//   (from Direction|direction), isVoicemail, userId, botId,
//   csatScore, npsScore, likeDislikeScore
// Derived columns have names of their own:
//   dispositionList, queueNames, agentNames (joined with "; "),
//   sessionStartUtc, sessionEndUtc (ISO 8601 with Z), durationSeconds,
//   talkSeconds, holdSeconds, afterCallWorkSeconds, handleTimeSeconds
//   (talk + hold + after-call work over all agent segments), waitSeconds,
//   destinationCount, agentSegmentCount

#include "recordstore.h"

#include <QByteArray>
#include <QStringList>
#include <functional>
#include <vector>

class QIODevice;

namespace cs {

QStringList standardCsvHeader();

// Rows of `store` sorted for the standard CSV: by start time, then sessionId.
std::vector<RowId> rowsInStartOrder(const RecordStore &store);

struct CsvOptions { bool utf8Bom = false; };

// Writes header + rows; `progress(done)` is called every few thousand rows and
// may return false to cancel. Returns false on a write error or cancel.
bool writeStandardCsv(const RecordStore &store, const std::vector<RowId> &rows, QIODevice *out,
                      const CsvOptions &options = {}, const std::function<bool(int)> &progress = {},
                      QString *error = nullptr);

} // namespace cs
