// `callscope fetch`: fetch a date range headlessly and write it to a file.
// The contract (options, exit status, stderr, no partial file) is relied on
// by scripts: see the usage text below and tests/app/tst_cli.cpp.
#include "commands.h"

#include "archive.h"
#include "archivefactory.h"
#include "archivelease.h"
#include "callcsv.h"
#include "fetchengine.h"
#include "fetchsnapshot.h"
#include "recordstore.h"
#include "snapshot.h"
#include "timewindows.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <cstdio>
#include <climits>
#include <functional>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace cs::app {
namespace {

enum ExitStatus { kSuccess = 0, kFetchFailed = 1, kUsageError = 2 };

// lupdate takes the context from the qualified call (FetchCommand::tr), which a
// free tr() helper would not give it.
struct FetchCommand
{
    Q_DECLARE_TR_FUNCTIONS(FetchCommand)
};

void printLine(const QString &line)
{
    // One line, whatever the server put in its message.
    const QString single = terminalSafeLine(line);
    std::fputs(qPrintable(u"callscope fetch: "_s + single + u'\n'), stderr);
    std::fflush(stderr);
}

// --- Output ------------------------------------------------------------------
// The one place that maps an output file to its writer (by extension). Every
// writer is atomic: the file appears at `path` only when everything was written.

struct OutputData
{
    const RecordStore &store;
    const FetchSpec &spec;
    const FetchOutcome &outcome;
};

using OutputWriter = std::function<bool(const OutputData &data, const QString &path, QString *error)>;

// Writes via a temporary file in the same directory (QSaveFile).
bool writeCsvFile(const OutputData &data, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = FetchCommand::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QString writeError;
    if (!writeStandardCsv(data.store, rowsInStartOrder(data.store), &file, {}, {}, &writeError)) {
        file.cancelWriting();
        *error = FetchCommand::tr("Cannot write %1: %2").arg(path, writeError.isEmpty() ? file.errorString() : writeError);
        return false;
    }
    if (!file.commit()) {
        *error = FetchCommand::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// saveSnapshot() writes a temporary file and renames it into place itself.
bool writeSnapshotFile(const OutputData &data, const QString &path, QString *error)
{
    return saveSnapshot(path, data.store, snapshotInfoFor(data.spec, data.outcome), error);
}

OutputWriter outputWriterFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return writeCsvFile;
    if (suffix == u"callscope")
        return writeSnapshotFile;
    return {};
}

// --- Arguments ---------------------------------------------------------------

struct FetchArguments
{
    FetchSpec spec;
    Credentials credentials;
    QString outPath;
    OutputWriter writer;
    QString archivePath;              // empty: no archive
    qint64 settleSeconds = kDefaultSettleSeconds;
};

struct Options
{
    QCommandLineOption host{u"host"_s, FetchCommand::tr("API host, e.g. https://platform.kore.ai."), u"URL"_s};
    QCommandLineOption account{u"account-id"_s, FetchCommand::tr("Account ID."), u"ID"_s};
    QCommandLineOption app{u"app-id"_s, FetchCommand::tr("App (stream) ID, sent as iId."), u"IID"_s};
    QCommandLineOption from{u"from"_s, FetchCommand::tr("Start, \"YYYY-MM-DD HH:MM:SS\" in --tz (inclusive)."), u"TIME"_s};
    QCommandLineOption to{u"to"_s, FetchCommand::tr("End, \"YYYY-MM-DD HH:MM:SS\" in --tz (inclusive)."), u"TIME"_s};
    QCommandLineOption tz{u"tz"_s, FetchCommand::tr("IANA time zone or UTC (default: this computer's zone)."), u"ZONE"_s};
    QCommandLineOption endpoint{u"endpoint"_s, FetchCommand::tr("calldetails (default) or interactionDetails."), u"NAME"_s};
    QCommandLineOption channel{u"channel"_s, FetchCommand::tr("Only this channel (repeatable)."), u"NAME"_s};
    QCommandLineOption queue{u"queue"_s, FetchCommand::tr("Only this queue ID (repeatable)."), u"ID"_s};
    QCommandLineOption direction{u"direction"_s, FetchCommand::tr("Inbound, Outbound or Both."), u"DIRECTION"_s};
    QCommandLineOption rate{u"rate"_s, FetchCommand::tr("Request budget per minute (default 60)."), u"REQUESTS_PER_MINUTE"_s};
    QCommandLineOption clientId{u"client-id"_s,
                                FetchCommand::tr("Mint tokens from this Client ID and $CALLSCOPE_CLIENT_SECRET "
                                   "(otherwise $CALLSCOPE_TOKEN is used)."),
                                u"ID"_s};
    QCommandLineOption out{u"out"_s, FetchCommand::tr("Output file: .csv, or .callscope for a snapshot."), u"FILE"_s};
    QCommandLineOption archive{u"archive"_s,
                               FetchCommand::tr("Keep every call in this archive (.callscope, created if missing) and "
                                                "ask the server only for what it does not cover yet."),
                               u"FILE"_s};
    QCommandLineOption settle{u"settle-hours"_s,
                              FetchCommand::tr("With --archive: time fetched less than this many hours after it ended "
                                               "is provisional and asked for again (default 24)."),
                              u"HOURS"_s};
    QCommandLineOption paging{u"paging"_s, FetchCommand::tr("How the server's offset counts: auto (default), records or pages."),
                              u"MODE"_s};
    QCommandLineOption concurrency{u"concurrency"_s, FetchCommand::tr("Request windows fetched at once (default 4)."), u"N"_s};
    QCommandLineOption insecure{u"allow-insecure-http"_s, FetchCommand::tr("Allow plain http:// to a host that is not this computer.")};
    QCommandLineOption fields{u"fields"_s,
                              FetchCommand::tr("Opt-in blocks to ask for (selectedFields): all (default), none, or a "
                                               "comma-separated list of skills, customerinfo, userleveltags, "
                                               "sessionleveltags, campaigninfo, snoozeinfo."),
                              u"LIST"_s};
    QCommandLineOption maxResponse{u"max-response-mb"_s,
                                   FetchCommand::tr("Largest server answer accepted, in MiB (default 64)."), u"MIB"_s};
};

bool positiveInt(const QString &text, int *out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1)
        return false;
    *out = value;
    return true;
}

// Returns an empty string on success, else the one-line usage error.
QString readArguments(const QCommandLineParser &parser, const Options &o, FetchArguments *args)
{
    for (const QCommandLineOption *required : {&o.host, &o.account, &o.app, &o.from, &o.to}) {
        if (!parser.isSet(*required))
            return FetchCommand::tr("--%1 is required (see --help).").arg(required->names().constFirst());
    }
    if (!parser.isSet(o.out) && !parser.isSet(o.archive))
        return FetchCommand::tr("--out is required without --archive (see --help).");
    args->archivePath = parser.value(o.archive);
    if (parser.isSet(o.settle)) {
        bool settleOk = false;
        const double hours = parser.value(o.settle).toDouble(&settleOk);
        if (!settleOk || hours < 0 || hours > 24 * 365)
            return FetchCommand::tr("--settle-hours must be a number of hours from 0 to 8760.");
        args->settleSeconds = qint64(hours * 3600);
    }
    FetchSpec &spec = args->spec;
    spec.host = QUrl(parser.value(o.host), QUrl::StrictMode);
    spec.accountId = parser.value(o.account);
    spec.appId = parser.value(o.app);

    spec.zone = QTimeZone::systemTimeZone();
    if (parser.isSet(o.tz)) {
        spec.zone = QTimeZone(parser.value(o.tz).toUtf8());
        if (!spec.zone.isValid())
            return FetchCommand::tr("Unknown time zone \"%1\" (use an IANA name such as America/New_York, or UTC).")
                .arg(parser.value(o.tz));
    }
    bool ok = false;
    spec.from = parseWallClock(parser.value(o.from), spec.zone, &ok);
    if (!ok)
        return FetchCommand::tr("--from: \"%1\" is not a time of the form \"YYYY-MM-DD HH:MM:SS\".").arg(parser.value(o.from));
    spec.to = parseWallClock(parser.value(o.to), spec.zone, &ok);
    if (!ok)
        return FetchCommand::tr("--to: \"%1\" is not a time of the form \"YYYY-MM-DD HH:MM:SS\".").arg(parser.value(o.to));

    if (parser.isSet(o.endpoint) && !endpointFromString(parser.value(o.endpoint), &spec.endpoint))
        return FetchCommand::tr("--endpoint must be calldetails or interactionDetails.");
    spec.channels = parser.values(o.channel);
    spec.queues = parser.values(o.queue);
    spec.direction = parser.value(o.direction);
    if (parser.isSet(o.rate) && !positiveInt(parser.value(o.rate), &spec.requestsPerMinute))
        return FetchCommand::tr("--rate must be a whole number of requests per minute, at least 1.");
    if (parser.isSet(o.paging) && !pagingModeFromString(parser.value(o.paging), &spec.paging))
        return FetchCommand::tr("--paging must be auto, records or pages.");
    if (parser.isSet(o.concurrency) && !positiveInt(parser.value(o.concurrency), &spec.maxConcurrentWindows))
        return FetchCommand::tr("--concurrency must be a whole number, at least 1.");
    spec.allowInsecureHttp = parser.isSet(o.insecure);
    if (parser.isSet(o.fields)) {
        QString unknown;
        if (!selectedFieldsFromString(parser.value(o.fields), &spec.selectedFields, &unknown))
            return FetchCommand::tr("--fields: unknown field \"%1\" (use all, none, or a comma-separated list of %2).")
                .arg(unknown, allSelectedFields().join(u", "_s));
    }
    int maxResponseMiB = 0;
    if (parser.isSet(o.maxResponse)) {
        if (!positiveInt(parser.value(o.maxResponse), &maxResponseMiB) || maxResponseMiB > 4096)
            return FetchCommand::tr("--max-response-mb must be a whole number of MiB from 1 to 4096.");
        spec.maxResponseBytes = qint64(maxResponseMiB) << 20;
    }
    const QString invalid = spec.validate();
    if (!invalid.isEmpty())
        return invalid;

    args->outPath = parser.value(o.out);
    args->writer = outputWriterFor(args->outPath);
    if (args->outPath.isEmpty())
        args->writer = [](const OutputData &, const QString &, QString *) { return true; };
    else if (!args->writer)
        return FetchCommand::tr("--out: unsupported file type \"%1\" (use .csv or .callscope).").arg(QFileInfo(args->outPath).fileName());
    const QFileInfo outDir(QFileInfo(args->outPath).absolutePath());
    if (!args->outPath.isEmpty() && !outDir.isDir())
        return FetchCommand::tr("--out: the folder %1 does not exist.").arg(QDir::toNativeSeparators(outDir.filePath()));

    // Credentials come only from the environment, never the command line
    // (which other users can read in the process list).
    if (parser.isSet(o.clientId)) {
        const QByteArray secret = qgetenv("CALLSCOPE_CLIENT_SECRET");
        if (secret.isEmpty())
            return FetchCommand::tr("--client-id needs the Client Secret in the environment variable CALLSCOPE_CLIENT_SECRET.");
        args->credentials = Credentials::fromClient(parser.value(o.clientId), secret);
    } else {
        const QByteArray token = qgetenv("CALLSCOPE_TOKEN");
        if (token.trimmed().isEmpty())
            return FetchCommand::tr("No credentials: set CALLSCOPE_TOKEN to a JWT, or give --client-id with "
                      "CALLSCOPE_CLIENT_SECRET in the environment.");
        args->credentials = Credentials::fromToken(token);
    }
    return {};
}

// --- Progress on a terminal --------------------------------------------------

class ProgressLine
{
public:
    ProgressLine() : m_enabled(::isatty(::fileno(stderr)) == 1) {}

    void update(const FetchProgress &p)
    {
        if (!m_enabled)
            return;
        QString line = FetchCommand::tr("Windows %1/%2 · %3 records · %4 requests")
                           .arg(p.windowsDone)
                           .arg(p.windowsTotal)
                           .arg(p.recordsReceived)
                           .arg(p.requests);
        if (p.rateLimitWaitSeconds > 0)
            line += FetchCommand::tr(" · waiting %1 s for the rate limit").arg(p.rateLimitWaitSeconds);
        else if (p.etaSeconds >= 0)
            line += FetchCommand::tr(" · about %1 s left").arg(qRound(p.etaSeconds));
        m_line = line;
        redraw();
    }
    void notice(const QString &message)
    {
        if (!m_enabled)
            return;   // scripts get exactly one line on failure, nothing else
        clear();
        std::fputs(qPrintable(terminalSafeLine(message) + u'\n'), stderr);
        redraw();
    }
    void clear()
    {
        if (m_enabled)
            std::fputs("\r\033[K", stderr);
    }

private:
    void redraw()
    {
        std::fputs(qPrintable(u"\r\033[K"_s + m_line), stderr);
        std::fflush(stderr);
    }
    bool m_enabled;
    QString m_line;
};

// --- With an archive ----------------------------------------------------------
// Pages are committed to the archive as they arrive, each window is recorded
// as covered once all its pages are in, and only the ledger's gaps (and what
// is still provisional) are asked for. --out is then read from the archive.

QString scopeOf(const FetchSpec &spec)
{
    return archiveScope(spec.channels, spec.queues, spec.direction, spec.selectedFields, allSelectedFields());
}

bool coverageOf(ArchiveBackend &archive, const FetchSpec &spec, const UtcInterval &range, qint64 settleSeconds,
                QList<CoverageSpan> *spans, QString *error)
{
    QList<LedgerEntry> ledger;
    if (!archive.ledger(scopeOf(spec), range, &ledger, error))
        return false;
    *spans = classifyCoverage(ledger, range.startUtc, range.endUtc, QDateTime::currentSecsSinceEpoch(), settleSeconds);
    return true;
}

// Day-long windows: coverage is recorded per completed window, so a killed
// fetch re-asks at most a day per window in flight (tst_archivecli crashAndResume).
constexpr qint64 kArchiveWindowSeconds = 24 * 3600;

// A line on a terminal while the fetch goes on (nothing for scripts: their
// stderr gets exactly one line).
void printNotice(const QString &line)
{
    if (::isatty(::fileno(stderr)) == 1)
        std::fputs(qPrintable(terminalSafeLine(line) + u'\n'), stderr);
}

int runArchiveFetch(FetchArguments &args)
{
    QString error;
    std::unique_ptr<ArchiveBackend> archive = openArchive(args.archivePath, {}, &error);
    if (!archive || !archive->bindIdentity(archiveIdentity(args.spec), &error)) {
        printLine(error);
        return kFetchFailed;
    }
    // A team archive on a server: one fetcher per account at a time. Wait for
    // the lease; what the holder fetched meanwhile is then in the ledger, and
    // only the rest is asked for (all of it when the holder finished).
    std::unique_ptr<ArchiveLease> lease;
    if (isServerArchive(args.archivePath)) {
        lease = ArchiveLease::open(args.archivePath, archiveIdentity(args.spec), leaseHolderName(u"callscope fetch"_s), &error);
        QString shown;
        if (!lease || !lease->acquire(-1, &error, [&shown](const LeaseHolder &holder) {
                if (!holder.exists || holder.holder + holder.host == shown)
                    return;
                shown = holder.holder + holder.host;
                printNotice(FetchCommand::tr("Another CallScope is fetching this account (%1, process %2 on %3); "
                                             "waiting for it.")
                                .arg(holder.holder, QString::number(holder.pid), holder.host));
            })) {
            printLine(error);
            return kFetchFailed;
        }
    }
    const UtcInterval range{args.spec.from.toSecsSinceEpoch(), args.spec.to.toSecsSinceEpoch()};
    QList<CoverageSpan> spans;
    if (!coverageOf(*archive, args.spec, range, args.settleSeconds, &spans, &error)) {
        printLine(error);
        return kFetchFailed;
    }
    const QList<UtcInterval> gaps = intervalsToFetch(spans);

    FetchOutcome outcome;
    outcome.status = FetchOutcome::Status::Complete;
    qint64 added = 0;
    qint64 changed = 0;
    if (!gaps.isEmpty()) {
        args.spec.onlyIntervals = gaps;
        args.spec.maxWindowSeconds = kArchiveWindowSeconds;
        const QString scope = scopeOf(args.spec);
        // Coverage is dated when the fetch started: a call written while it ran
        // may be missing from a window fetched before, which the settling time covers.
        const qint64 startedAt = QDateTime::currentSecsSinceEpoch();
        FetchEngine engine;
        ProgressLine progressLine;
        QString archiveError;
        auto stopOnArchiveError = [&](const QString &message) {
            if (archiveError.isEmpty())
                archiveError = message;
            engine.cancel();
        };
        QObject::connect(&engine, &FetchEngine::pageReady, qApp,
                         [&](quint64, std::shared_ptr<cs::ParsedPage> page, int, int offsetMinutes) {
                             if (lease && !lease->isHeld())
                                 return stopOnArchiveError(FetchCommand::tr(
                                     "Another CallScope took over fetching this account; this one stopped."));
                             StorePageResult result;
                             QString pageError;
                             if (!archive->storePage(*page, offsetMinutes, QDateTime::currentSecsSinceEpoch(), &result,
                                                     &pageError))
                                 return stopOnArchiveError(pageError);
                             added += result.added;
                             changed += result.changed;
                         });
        QObject::connect(&engine, &FetchEngine::windowCovered, qApp, [&](quint64, const cs::UtcInterval &interval) {
            QString coverError;
            if (!archive->addCoverage(scope, interval, startedAt, &coverError))
                stopOnArchiveError(coverError);
        });
        QObject::connect(&engine, &FetchEngine::progress, qApp, [&progressLine, &lease](quint64, const cs::FetchProgress &p) {
            progressLine.update(p);
            if (lease)   // what the others show (data, not a translated message)
                lease->setProgress(u"windows %1/%2, %3 records, %4 requests"_s.arg(p.windowsDone).arg(p.windowsTotal)
                                       .arg(p.recordsReceived).arg(p.requests));
        });
        QObject::connect(&engine, &FetchEngine::notice, qApp,
                         [&progressLine](quint64, const QString &message) { progressLine.notice(message); });
        QObject::connect(&engine, &FetchEngine::finished, qApp, [&outcome](quint64, const cs::FetchOutcome &result) {
            outcome = result;
            QCoreApplication::quit();
        });
        engine.start(args.spec, args.credentials);
        args.credentials.clear();
        if (engine.isRunning())
            QCoreApplication::exec();
        progressLine.clear();
        if (!archiveError.isEmpty()) {
            printLine(archiveError);
            return kFetchFailed;
        }
    }
    if (lease)
        lease->release();   // the others need not wait for --out to be written
    // Whatever happened, the archive keeps what was committed; the exit status
    // says whether the whole range is covered now.
    if (!coverageOf(*archive, args.spec, range, args.settleSeconds, &spans, &error)) {
        printLine(error);
        return kFetchFailed;
    }
    const CoverageTotals totals = coverageTotals(spans);
    if (outcome.status != FetchOutcome::Status::Complete || totals.missing > 0) {
        QString reason = outcome.error;
        if (reason.isEmpty() && outcome.recordsSkipped > 0)
            reason = FetchCommand::tr("The server sent %n record(s) that could not be read.", nullptr,
                                      int(std::min<qint64>(outcome.recordsSkipped, INT_MAX)));
        if (reason.isEmpty())
            reason = FetchCommand::tr("The fetch did not complete.");
        printLine(FetchCommand::tr("%1 The archive keeps the %2 new calls fetched; run the same command again to "
                                   "fetch the rest.").arg(reason).arg(added));
        return kFetchFailed;
    }
    if (!args.outPath.isEmpty()) {
        RecordStore store;
        if (!loadArchiveRange(*archive, range, store, {}, &error)) {
            printLine(error);
            return kFetchFailed;
        }
        if (!args.writer(OutputData{store, args.spec, outcome}, args.outPath, &error)) {
            printLine(error);
            return kFetchFailed;
        }
        printLine(FetchCommand::tr("%1 calls written to %2 (%3 requests; %4 new and %5 changed calls archived).")
                      .arg(QString::number(store.size()), QDir::toNativeSeparators(args.outPath),
                           QString::number(outcome.requests), QString::number(added), QString::number(changed)));
    } else {
        printLine(FetchCommand::tr("The range is archived in %1 (%2 requests; %3 new and %4 changed calls).")
                      .arg(QDir::toNativeSeparators(args.archivePath), QString::number(outcome.requests),
                           QString::number(added), QString::number(changed)));
    }
    return kSuccess;
}

} // namespace

int runFetchCommand(int argc, char **argv)
{
    quietQtMessages();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"callscope"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(FetchCommand::tr("Fetch calls from the Call Details API into a file. Credentials come from "
                                        "CALLSCOPE_TOKEN, or --client-id with CALLSCOPE_CLIENT_SECRET."));
    parser.addPositionalArgument(u"fetch"_s, FetchCommand::tr("The fetch command."));
    const QCommandLineOption help = parser.addHelpOption();
    const Options options;
    for (const QCommandLineOption *option :
         {&options.host, &options.account, &options.app, &options.from, &options.to, &options.tz, &options.endpoint,
          &options.channel, &options.queue, &options.direction, &options.rate, &options.clientId, &options.out,
          &options.paging, &options.concurrency, &options.insecure, &options.fields,
          &options.maxResponse, &options.archive, &options.settle})
        parser.addOption(*option);

    if (!parser.parse(QCoreApplication::arguments())) {
        printLine(parser.errorText() + u' ' + FetchCommand::tr("(see --help)"));
        return kUsageError;
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return kSuccess;
    }
    if (parser.positionalArguments().size() > 1) {
        printLine(FetchCommand::tr("Unexpected argument \"%1\" (see --help).").arg(parser.positionalArguments().at(1)));
        return kUsageError;
    }

    FetchArguments args;
    const QString usageError = readArguments(parser, options, &args);
    if (!usageError.isEmpty()) {
        printLine(usageError);
        return kUsageError;
    }

    if (!args.archivePath.isEmpty())
        return runArchiveFetch(args);

    RecordStore store;
    FetchEngine engine;
    ProgressLine progressLine;
    FetchOutcome outcome;
    QObject::connect(&engine, &FetchEngine::pageReady, &app,
                     [&store](quint64, std::shared_ptr<cs::ParsedPage> page, int, int offsetMinutes) {
                         store.append(*page, offsetMinutes);
                     });
    QObject::connect(&engine, &FetchEngine::progress, &app,
                     [&progressLine](quint64, const cs::FetchProgress &p) { progressLine.update(p); });
    QObject::connect(&engine, &FetchEngine::notice, &app,
                     [&progressLine](quint64, const QString &message) { progressLine.notice(message); });
    QObject::connect(&engine, &FetchEngine::finished, &app, [&outcome](quint64, const cs::FetchOutcome &result) {
        outcome = result;
        QCoreApplication::quit();
    });

    engine.start(args.spec, args.credentials);
    args.credentials.clear();
    app.exec();
    progressLine.clear();

    if (outcome.status != FetchOutcome::Status::Complete) {
        printLine(outcome.error.isEmpty() ? FetchCommand::tr("The fetch did not complete.") : outcome.error);
        return kFetchFailed;
    }
    // A record the server sent but nobody can read is a call missing from the
    // file: that is not the whole range, so no file and a non-zero status.
    if (outcome.recordsSkipped > 0) {
        printLine(FetchCommand::tr("The server sent %n record(s) that could not be read, so the range is incomplete; "
                                   "nothing was written.", nullptr, int(std::min<qint64>(outcome.recordsSkipped, INT_MAX))));
        return kFetchFailed;
    }
    QString writeError;
    if (!args.writer(OutputData{store, args.spec, outcome}, args.outPath, &writeError)) {
        printLine(writeError);
        return kFetchFailed;
    }
    printLine(FetchCommand::tr("%1 calls written to %2 (%3 requests).")
                  .arg(QString::number(store.size()), QDir::toNativeSeparators(args.outPath),
                       QString::number(outcome.requests)));
    return kSuccess;
}

} // namespace cs::app
