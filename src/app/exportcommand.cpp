// `callscope export SNAPSHOT --csv OUT [filters]`: a snapshot to the standard
// CSV without a display. With no filters its output equals what
// `callscope fetch --out x.csv` writes for the same data.
#include "commands.h"

#include "callcsv.h"
#include "filterrule.h"
#include "recordstore.h"
#include "snapshot.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

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
    parser.addPositionalArgument(u"snapshot"_s, ExportCommand::tr("The .callscope file to read."));
    const QCommandLineOption csvOption(u"csv"_s, ExportCommand::tr("Write the CSV to FILE."), u"FILE"_s);
    const QCommandLineOption searchOption(u"search"_s, ExportCommand::tr("Keep calls whose text columns contain TEXT."), u"TEXT"_s);
    const QCommandLineOption bomOption(u"bom"_s, ExportCommand::tr("Start the file with a UTF-8 byte order mark (for Excel)."));
    parser.addOptions({csvOption, searchOption, bomOption});
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
    if (!parser.isSet(csvOption))
        return fail(ExportCommand::tr("--csv OUT is required."));

    SnapshotReader reader;
    QString error;
    RecordStore store;
    if (!reader.open(positional.at(1), &error) || !reader.loadInto(store, &error))
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
    if (reader.info().partial)
        std::fprintf(stderr, "callscope export: %s\n",
                     qUtf8Printable(terminalSafeLine(
                         ExportCommand::tr("note: the snapshot is partial (%1).").arg(reader.info().partialReason))));
    return 0;
}

} // namespace cs::app
