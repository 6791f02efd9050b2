// `callscope export SNAPSHOT --csv OUT [filters]`: a snapshot to the standard
// CSV without a display. With no filters its output equals what
// `callscope fetch --out x.csv` writes for the same data.
#include "commands.h"

#include "archive.h"
#include "archivefactory.h"
#include "callcsv.h"
#include "filterrule.h"
#include "timewindows.h"
#include "recordstore.h"
#include "snapshot.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace cs::app {

namespace {

struct FilterOption { const char *name; QuickFilter filter; const char *help; };

constexpr FilterOption kFilterOptions[] = {
    {"final-status", QuickFilter::FinalStatus, QT_TRANSLATE_NOOP("ExportCommand", "Keep calls with this final status (repeatable).")},
    {"smart-status", QuickFilter::SmartStatus, QT_TRANSLATE_NOOP("ExportCommand", "Keep calls with this smart status (repeatable).")},
    {"channel", QuickFilter::Channel, QT_TRANSLATE_NOOP("ExportCommand", "Keep calls on this channel (repeatable).")},
    {"queue", QuickFilter::Queue, QT_TRANSLATE_NOOP("ExportCommand", "Keep calls through this queue (repeatable).")},
    {"agent", QuickFilter::Agent, QT_TRANSLATE_NOOP("ExportCommand", "Keep calls handled by this agent (repeatable).")},
    {"direction", QuickFilter::Direction, QT_TRANSLATE_NOOP("ExportCommand", "Keep calls in this direction (repeatable).")},
    {"disposition", QuickFilter::Disposition, QT_TRANSLATE_NOOP("ExportCommand", "Keep calls with this disposition (repeatable).")},
};

// lupdate takes the context from the qualified call (ExportCommand::tr), which a
// free tr() helper would not give it.
struct ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

int fail(const QString &message)
{
    // One line on stderr: scripts read it.
    std::fprintf(stderr, "callscope export: %s\n", qUtf8Printable(terminalSafeLine(message)));
    return 1;
}

struct SnapshotLoad
{
    bool partial = false;
    QString partialReason;
};

// A file of the current format loads its columns straight into the store
// (raw JSON stays in the file); a format-1 snapshot is read and parsed.
bool loadForExport(const QString &path, const UtcInterval &range, RecordStore *store, SnapshotLoad *load, QString *error)
{
    if (isServerArchive(path)) {   // a team archive: postgresql://...
        ArchiveOpenOptions options;
        options.readOnly = true;
        std::unique_ptr<ArchiveBackend> archive = openArchive(path, options, error);
        return archive && loadArchiveRange(*archive, range, *store, {}, error);
    }
    SnapshotReader reader;
    if (!reader.open(path, error))
        return false;
    load->partial = reader.info().partial;
    load->partialReason = reader.info().partialReason;
    if (reader.info().schemaVersion >= 2) {
        std::unique_ptr<ArchiveBackend> archive = openArchiveFile(path, false, true, error);
        return archive && loadArchiveRange(*archive, range, *store, {}, error);
    }
    if (!reader.loadInto(*store, error))
        return false;
    if (range == kWholeTime)
        return true;
    RecordStore inRange;
    inRange.reserve(store->size());
    std::string raw;
    RecordParser parser;
    CallFields fields;
    for (int row = 0; row < store->size(); ++row) {
        const qint64 start = store->startUtc(RowId(row));
        if (start == kNoTime || start < range.startUtc || start > range.endUtc)
            continue;
        if (store->readRawJson(RowId(row), &raw) && parser.parse(raw, fields))
            inRange.append(fields, store->offsetMinutes(RowId(row)));
    }
    store->swap(inRange);
    return true;
}

// A record is one line: line breaks can only be whitespace between JSON
// tokens (a string cannot hold one raw), so they become spaces.
bool writeJsonLine(QSaveFile &out, std::string_view raw, std::string *line)
{
    line->assign(raw.data(), raw.size());
    std::replace(line->begin(), line->end(), '\n', ' ');
    std::replace(line->begin(), line->end(), '\r', ' ');
    line->push_back('\n');
    return out.write(line->data(), qint64(line->size())) == qint64(line->size());
}

// The raw records in start order: straight from the file (each checked
// against its checksum), or from a format-1 snapshot's parsed rows.
int writeJsonl(const QString &path, const UtcInterval &range, const QString &outPath)
{
    QString error;
    SnapshotReader reader;
    const bool server = isServerArchive(path);   // a team archive: postgresql://...
    if (!server && !reader.open(path, &error))
        return fail(error);
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly))
        return fail(ExportCommand::tr("cannot write %1: %2").arg(outPath, out.errorString()));
    std::string line;
    bool written = true;
    if (server || reader.info().schemaVersion >= 2) {
        ArchiveOpenOptions options;
        options.create = false;
        options.readOnly = true;
        std::unique_ptr<ArchiveBackend> archive = openArchive(path, options, &error);
        if (!archive || !archive->readRawRange(range, [&](std::string_view raw, int) {
                return written = writeJsonLine(out, raw, &line);
            }, &error))
            return fail(error);
    } else {
        RecordStore store;
        SnapshotLoad load;
        if (!loadForExport(path, range, &store, &load, &error))
            return fail(error);
        std::string raw;
        for (const RowId row : rowsInStartOrder(store)) {
            if (!store.readRawJson(row, &raw) || !(written = writeJsonLine(out, raw, &line)))
                break;
        }
    }
    if (!written || !out.commit())
        return fail(ExportCommand::tr("cannot write %1: %2").arg(outPath, out.errorString()));
    return 0;
}

} // namespace

int runExportCommand(int argc, char **argv)
{
    quietQtMessages();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"callscope"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLSCOPE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(ExportCommand::tr("Exports a CallScope snapshot to CSV, optionally filtered."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"export"_s, ExportCommand::tr("The subcommand."));
    parser.addPositionalArgument(u"snapshot"_s, ExportCommand::tr("The .callscope file (snapshot or archive) to read."));
    const QCommandLineOption csvOption(u"csv"_s, ExportCommand::tr("Write the CSV to FILE."), u"FILE"_s);
    const QCommandLineOption jsonlOption(u"jsonl"_s, ExportCommand::tr("Write the calls' raw JSON to FILE, one per line."),
                                         u"FILE"_s);
    const QCommandLineOption fromOption(u"from"_s, ExportCommand::tr("Only calls starting at or after \"YYYY-MM-DD HH:MM:SS\" in --tz."),
                                        u"TIME"_s);
    const QCommandLineOption toOption(u"to"_s, ExportCommand::tr("Only calls starting at or before \"YYYY-MM-DD HH:MM:SS\" in --tz."),
                                      u"TIME"_s);
    const QCommandLineOption tzOption(u"tz"_s, ExportCommand::tr("IANA time zone of --from and --to (default: this computer's zone)."),
                                      u"ZONE"_s);
    const QCommandLineOption searchOption(u"search"_s, ExportCommand::tr("Keep calls whose text columns contain TEXT."), u"TEXT"_s);
    const QCommandLineOption bomOption(u"bom"_s, ExportCommand::tr("Start the file with a UTF-8 byte order mark (for Excel)."));
    parser.addOptions({csvOption, jsonlOption, fromOption, toOption, tzOption, searchOption, bomOption});
    QList<QCommandLineOption> filterOptions;
    for (const FilterOption &option : kFilterOptions) {
        filterOptions.append(QCommandLineOption(QString::fromLatin1(option.name), ExportCommand::tr(option.help), u"VALUE"_s));
        parser.addOption(filterOptions.last());
    }
    if (!parser.parse(app.arguments()))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(ExportCommand::tr("expected exactly one snapshot file (callscope export SNAPSHOT --csv OUT)."));
    if (parser.isSet(csvOption) == parser.isSet(jsonlOption))
        return fail(ExportCommand::tr("give one of --csv OUT or --jsonl OUT."));

    UtcInterval range = kWholeTime;
    if (parser.isSet(fromOption) || parser.isSet(toOption)) {
        if (!parser.isSet(fromOption) || !parser.isSet(toOption))
            return fail(ExportCommand::tr("--from and --to go together."));
        QTimeZone zone = QTimeZone::systemTimeZone();
        if (parser.isSet(tzOption)) {
            zone = QTimeZone(parser.value(tzOption).toUtf8());
            if (!zone.isValid())
                return fail(ExportCommand::tr("unknown time zone \"%1\".").arg(parser.value(tzOption)));
        }
        bool fromOk = false;
        bool toOk = false;
        const QDateTime from = parseWallClock(parser.value(fromOption), zone, &fromOk);
        const QDateTime to = parseWallClock(parser.value(toOption), zone, &toOk);
        if (!fromOk || !toOk || to < from)
            return fail(ExportCommand::tr("--from and --to must be times of the form \"YYYY-MM-DD HH:MM:SS\", --from first."));
        range = {from.toSecsSinceEpoch(), to.toSecsSinceEpoch()};
    }

    QString error;
    if (parser.isSet(jsonlOption))
        return writeJsonl(positional.at(1), range, parser.value(jsonlOption));
    RecordStore store;
    SnapshotLoad load;
    if (!loadForExport(positional.at(1), range, &store, &load, &error))
        return fail(error);

    FilterRule rule;
    rule.setSearchText(parser.value(searchOption));
    for (int i = 0; i < filterOptions.size(); ++i) {
        const QStringList values = parser.values(filterOptions[i]);
        if (!values.isEmpty())
            rule.setAllowed(kFilterOptions[i].filter, QSet<QString>(values.begin(), values.end()));
    }
    std::vector<RowId> rows = rowsInStartOrder(store);
    if (!rule.isEmpty()) {
        const FilterRule::Compiled compiled = rule.compile(store);
        std::erase_if(rows, [&](RowId row) { return !compiled.matches(row); });
    }

    QSaveFile out(parser.value(csvOption));
    if (!out.open(QIODevice::WriteOnly))
        return fail(ExportCommand::tr("cannot write %1: %2").arg(parser.value(csvOption), out.errorString()));
    CsvOptions options;
    options.utf8Bom = parser.isSet(bomOption);
    if (!writeStandardCsv(store, rows, &out, options, {}, &error) || !out.commit())
        return fail(error.isEmpty() ? out.errorString() : error);
    if (load.partial)
        std::fprintf(stderr, "callscope export: %s\n",
                     qUtf8Printable(terminalSafeLine(
                         ExportCommand::tr("note: the snapshot is partial (%1).").arg(load.partialReason))));
    return 0;
}

} // namespace cs::app
