#pragma once
// Saving and opening snapshots off the GUI thread, with progress and cancel.
//
// Both jobs run their file work in a pool thread and report back by queued
// calls; every report carries the job's generation, so a report from a job
// that was cancelled or replaced is dropped. A job destroyed while running
// cancels and waits for its worker (which never waits on the GUI thread).
//
// Saving reads the store from the worker thread: the owner must not change
// the store until finished() (the main window blocks fetches and opens).
// Opening delivers records in batches that the owner appends on the GUI
// thread, so the first rows show long before a big file is read to its end.

#include "recordparser.h"
#include "recordstore.h"
#include "snapshot.h"

#include <QFuture>
#include <QObject>
#include <atomic>
#include <memory>

namespace cs {

class SnapshotSaveJob : public QObject
{
    Q_OBJECT
public:
    explicit SnapshotSaveJob(QObject *parent = nullptr);
    ~SnapshotSaveJob() override;

    void start(const RecordStore *store, const SnapshotInfo &info, const QString &path);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(bool ok, bool cancelled, const QString &error, const QString &path);

private:
    void stopWorker();

    QFuture<void> m_future;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
    bool m_running = false;
};

class SnapshotLoadJob : public QObject
{
    Q_OBJECT
public:
    // Records arrive in batches of this many.
    static constexpr int kBatchSize = 5000;   // appending one batch stays well under a frame

    explicit SnapshotLoadJob(QObject *parent = nullptr);
    ~SnapshotLoadJob() override;

    void start(const QString &path);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // The file is a valid snapshot; records follow.
    void opened(const cs::SnapshotInfo &info, qint64 recordCount);
    // Append these to the store (offsetMinutes[i] belongs to page->records[i]).
    void batchReady(const std::shared_ptr<cs::ParsedPage> &page, const std::vector<int> &offsetMinutes);
    void finished(bool ok, bool cancelled, const QString &error);

private:
    void stopWorker();

    QFuture<void> m_future;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace cs

Q_DECLARE_METATYPE(cs::SnapshotInfo)
