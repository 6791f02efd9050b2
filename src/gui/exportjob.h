#pragma once
// File → Export → CSV… off the GUI thread. The rows are written through a
// QSaveFile, so the target name only ever holds a complete file: a cancelled
// or failed export leaves whatever was there before (usually nothing).
//
// The store is read from a worker thread while the export runs. RecordStore is
// not thread-safe, so the caller must not mutate it (append, clear, reload)
// from start() until finished() has been delivered; reading it meanwhile (the
// table, the charts) is fine.

#include "recordstore.h"
#include "viewcsv.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <memory>
#include <vector>

namespace cs {

enum class ExportKind { View, AgentSegments };

struct ExportRequest
{
    ExportKind kind = ExportKind::View;
    QString path;
    ViewCsvOptions options;          // columns are only used by ExportKind::View
    std::vector<RowId> rows;         // in the order they are written
};

class ExportJob : public QObject
{
    Q_OBJECT
public:
    explicit ExportJob(QObject *parent = nullptr);
    // Cancels a running export and waits for the worker; no finished() then.
    ~ExportJob() override;

    // Starts writing; exactly one finished() follows, always asynchronously.
    // Ignored (with a warning) while an export is already running.
    void start(const RecordStore *store, ExportRequest request);
    // Asks the worker to stop. Has no effect once the file is being committed
    // (finished() then reports success) or after finished().
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // Rows of the request written so far; at most ~20 per second.
    void progress(qint64 rowsDone, qint64 rowsTotal);
    // `error` is a one-line, translated message (empty unless !ok && !cancelled).
    void finished(bool ok, bool cancelled, const QString &error, const QString &path);

private:
    struct Shared;
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
    };
    static Result run(ExportJob *job, const RecordStore *store, const ExportRequest &request, Shared &shared);
    void onWorkerFinished();

    std::shared_ptr<Shared> m_shared;
    QFutureWatcher<Result> m_watcher;
    QString m_path;
    qint64 m_total = 0;
    bool m_running = false;
};

} // namespace cs
