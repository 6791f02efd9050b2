#pragma once
// The data behind the window and the work on it: the record store (and the
// one kept aside while a snapshot opens), the table's model over it, where
// the calls came from and whether they are partial, and every running job:
// fetching, opening, saving, exporting and the charts' statistics. No
// widgets: the main window binds its widgets to a Session and owns no data.
//
// All long work runs through one JobRunner (job.h): the session mints each
// job's generation, drops any report whose generation is not current, and
// cancels at once. The store changes only on this thread and only while no
// worker reads it (StoreGuard); changes wait in order meanwhile.

#include "archive.h"
#include "archiveledger.h"
#include "connectionprofile.h"
#include "fetchengine.h"
#include "recordstore.h"
#include "snapshot.h"

#include <QObject>
#include <QTimeZone>
#include <QTimer>
#include <memory>
#include <optional>

namespace cs {

struct FetchFollowCallsEvent;
struct FetchPageEvent;

class CallTableModel;
class ChartFeed;
class ExportSwitch;
class FetchThread;
class JobRunner;
class RecordView;
class StoreGuard;
struct ArchiveTarget;
struct ExportRequest;
struct FirstRowsEvent;
struct ViewBuiltEvent;
struct JobEvent;
enum class JobStatus;

class Session : public QObject
{
    Q_OBJECT
public:
    enum class Origin { None, Fetch, Snapshot };
    Q_ENUM(Origin)
    enum class FileJob { None, Open, Save, Export };
    Q_ENUM(FileJob)

    // `clock`: what fetches pace the request budget by (tests compress time
    // with it at the real budget); null for real time.
    explicit Session(QObject *parent = nullptr, FetchClockPtr clock = {});
    ~Session() override;

    // --- the data ---------------------------------------------------------
    const RecordStore &store() const { return m_store; }
    // The table's rows: the store filtered and sorted (a child of the session).
    CallTableModel *callModel() const { return m_model; }
    // The charts' statistics of the table's rows, computed as jobs.
    ChartFeed *chartFeed() const { return m_charts; }
    // The zone times are shown in (table and charts).
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const;
    // Takes over the calls of a store built elsewhere (swaps contents).
    void adoptStore(RecordStore &store);

    // --- where the calls come from ------------------------------------------
    // The connection fetches go to (none: only snapshots can be opened).
    const std::optional<ConnectionProfile> &profile() const { return m_profile; }
    void setProfile(const std::optional<ConnectionProfile> &profile);

    Origin origin() const { return m_origin; }
    const FetchSpec &fetchSpec() const { return m_spec; }               // Origin::Fetch
    const QString &snapshotPath() const { return m_snapshotPath; }      // Origin::Snapshot
    const SnapshotInfo &snapshotInfo() const { return m_snapshotInfo; } // Origin::Snapshot
    // What a snapshot saved now records about the calls.
    SnapshotInfo currentSnapshotInfo() const;
    // Not every request window arrived (cancelled, failed, partial snapshot).
    bool isPartial() const { return m_partial; }

    // --- the archive -------------------------------------------------------
    // Every call the current connection fetches is kept in its archive
    // (ConnectionProfile::archivePath, or the default in the user's data
    // directory). A fetch of a range then shows what the archive holds at
    // once and asks the server only for what is missing or provisional.
    // A file path, or a team archive's postgresql:// URI (without password).
    QString archivePath() const;
    // The team archive's database password (from the keyring; kept in memory
    // only, never logged or written). Empty: PGPASSWORD or ~/.pgpass.
    void setArchivePassword(const QString &password) { m_archivePassword = password; }
    // A fetch into a team archive whose account another instance is fetching:
    // it shows the calls that instance commits and takes over when it is gone.
    bool isFollowing() const { return m_fetch.following; }
    const QString &followedHolder() const { return m_fetch.holder; }
    // Rows the current fetch read from the archive while following (what
    // following costs: only what changed is read).
    qint64 followedRowsRead() const { return m_fetch.followedRowsRead; }
    // Calls fetched less than this long after they ended are provisional
    // (asked again by the next fetch of their range). Default 24 h.
    void setSettleSeconds(qint64 seconds) { m_settleSeconds = seconds; }
    qint64 settleSeconds() const { return m_settleSeconds; }
    // The archive's coverage of `spec`'s range (a job; coverageChanged() follows).
    void requestCoverage(const FetchSpec &spec);
    const QList<CoverageSpan> &coverage() const { return m_coverage.spans; }
    // Of the calls shown, how many the archive held before the fetch.
    qint64 callsFromArchive() const { return m_fetch.fromArchive; }

    // --- jobs ----------------------------------------------------------------
    bool isFetching() const { return m_fetch.step != Step::Idle; }
    FileJob fileJob() const { return m_file.generation != 0 ? m_file.kind : FileJob::None; }
    // A fetch or a file job runs: no other may start.
    bool isBusy() const { return isFetching() || fileJob() != FileJob::None; }
    const FetchOutcome &lastFetchOutcome() const { return m_fetch.outcome; }
    const FetchProgress &lastFetchProgress() const { return m_fetch.progress; }

    // Each start returns false with a one-line reason in `error` when it
    // cannot start (busy, nothing to save, a file that is not there).
    // A fetch replaces the calls shown; so does an open, but only once the
    // file proved good: until then the previous calls are kept aside.
    bool startFetch(const FetchSpec &spec, const Credentials &credentials, QString *error = nullptr);
    // Stops at once: rows already shown stay, the fetch counts as cancelled
    // (fetchFinished() is emitted before this returns) and later pages are dropped.
    void cancelFetch();
    bool openSnapshot(const QString &path, QString *error = nullptr);
    bool saveSnapshot(const QString &path, QString *error = nullptr,
                      RawCompression compression = RawCompression::Text);
    bool exportCsv(ExportRequest request, QString *error = nullptr);
    // Stops the running open, save or export at once (fileJobFinished()
    // reports it cancelled before this returns). An export whose file is
    // already being committed cannot be cancelled any more: it finishes.
    void cancelFileJob();

Q_SIGNALS:
    // Busy state, origin or partial state changed: titles and actions follow.
    void stateChanged();
    // The store was cleared or replaced as a whole.
    void storeReplaced();
    void fetchStarted(int windowsTotal);
    void fetchProgress(const cs::FetchProgress &progress);
    void fetchNotice(const QString &message);
    void fetchFinished(const cs::FetchOutcome &outcome);
    // The archived calls of the range are shown; `gaps` intervals are fetched next.
    void archiveShown(qint64 calls, int gaps);
    // Another instance holds the team archive's lease for the account: this
    // fetch follows it (`progress` is the holder's own text, untranslated).
    void archiveFollowing(const QString &holder, const QString &progress);
    // The coverage asked for by requestCoverage(), or changed by a fetch.
    void coverageChanged(const QList<cs::CoverageSpan> &spans);
    void fileJobStarted(cs::Session::FileJob kind, const QString &path);
    void snapshotOpened(const cs::SnapshotInfo &info, qint64 records);
    void fileProgress(qint64 done, qint64 total);
    void fileJobFinished(cs::Session::FileJob kind, bool ok, bool cancelled, const QString &error,
                         const QString &path);

private:
    // session.cpp
    void onDelivered(quint64 generation, const std::shared_ptr<const JobEvent> &event);
    void onProgressed(quint64 generation, const std::shared_ptr<const JobEvent> &event);
    void onFinished(quint64 generation, JobStatus status, const QString &error,
                    const std::shared_ptr<const JobEvent> &detail);
    void onFetchEvent(quint64 generation, const JobEvent &event);
    void onFetchFinished(quint64 generation, JobStatus status, const QString &error, const JobEvent *detail);
    void onNetworkFinished(quint64 generation, const JobEvent *detail);
    void endFetch(const FetchOutcome &outcome);
    void appendPage(const FetchPageEvent &event);
    // sessionarchive.cpp
    ArchiveTarget archiveTarget(const FetchSpec &spec) const;
    void appendFollowedCalls(FetchFollowCallsEvent &followed);
    bool isRefreshOf(const FetchSpec &spec) const;
    void startArchiveLoad();
    void showFirstRows(const FirstRowsEvent &rows);
    void onArchiveEvent(quint64 generation, const JobEvent &event);
    void onArchiveStepFinished(quint64 generation, JobStatus status, const QString &error, const JobEvent *detail);
    void fetchGaps(const QList<CoverageSpan> &spans);
    void startNetwork(const FetchSpec &spec);
    void rebuildViewIfStale();
    void startCoverageJob();
    void onCoverageFinished(quint64 generation, const JobEvent *detail);
    void onViewFinished(quint64 generation, const JobEvent *detail);
    void startViewChange();
    void onViewChangeFinished(quint64 generation, JobStatus status, const JobEvent *detail);
    FetchOutcome outcomeOfRange() const;
    void clearStore();
    void feedCharts();
    // Shows a view a job built, taking over the copies of its rows.
    void adoptBuiltView(const ViewBuiltEvent &built);
    // sessionfiles.cpp
    bool refuseWhileBusy(QString *error) const;
    quint64 beginFileJob(FileJob kind, const QString &path);
    void onFileEvent(quint64 generation, const JobEvent &event);
    void onFileFinished(quint64 generation, JobStatus status, const QString &error, const JobEvent *detail);
    void endFileJob(bool ok, bool cancelled, const QString &error);
    void finishOpen(bool ok);

    RecordStore m_store;
    RecordStore m_previous;          // what was shown while a snapshot opens

    JobRunner *m_runner;
    StoreGuard *m_guard;
    FetchThread *m_fetchThread;
    CallTableModel *m_model;
    ChartFeed *m_charts;
    bool m_adoptingView = false;   // feedCharts() waits: adoptBuiltView() feeds them

    std::optional<ConnectionProfile> m_profile;
    Origin m_origin = Origin::None;
    FetchSpec m_spec;
    QString m_snapshotPath;
    SnapshotInfo m_snapshotInfo;
    bool m_partial = false;

    // A fetch runs in steps, each a job: with an archive, loading the range
    // from it (or, for a refresh, reading its coverage), building the view,
    // then asking the server for the gaps.
    enum class Step { Idle, LoadArchive, Coverage, BuildView, Network };
    struct FetchState
    {
        quint64 generation = 0;      // the running step's job (0: none)
        Step step = Step::Idle;
        quint64 cancelled = 0;       // cancelled last, until the engine's own account arrives
        FetchSpec spec;              // what the running fetch asks for
        Credentials credentials;     // until the network step starts
        bool archived = false;       // pages go to the archive and are upserted
        bool upsert = false;         // rows may replace rows held (archive-backed ranges)
        qint64 fromArchive = 0;
        bool replacedRows = false;   // a revised call replaced its row
        bool following = false;      // another instance fetches; its calls are shown as committed
        QString holder;
        qint64 followedRowsRead = 0;
        FetchOutcome outcome;
        FetchProgress progress;
    } m_fetch;

    struct CoverageLane
    {
        quint64 generation = 0;
        FetchSpec spec;              // whose range and filters
        QList<CoverageSpan> spans;
        UtcInterval range;
        QTimer *coalesce = nullptr;  // a child of the session
    } m_coverage;
    quint64 m_viewGeneration = 0;    // a view rebuilt after revised calls
    // The table's sort or filter, changed by the user, built in a worker: one
    // worker at a time; a newer wish cancels the running one (its result is
    // dropped) and starts when that worker has returned.
    struct ViewChange
    {
        quint64 running = 0;         // the worker in flight (0: none)
        quint64 current = 0;         // the one whose result is taken (0: none)
    } m_viewChange;
    qint64 m_settleSeconds = kDefaultSettleSeconds;
    QString m_archivePassword;

    struct FileState
    {
        quint64 generation = 0;      // the running open, save or export (0: none)
        FileJob kind = FileJob::None;
        QString path;
        SnapshotInfo opened;         // Open: what the file said about itself
        std::shared_ptr<ExportSwitch> exportSwitch;
    } m_file;
};

} // namespace cs
