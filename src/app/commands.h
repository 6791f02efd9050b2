#pragma once
// Entry points of the callscope executable; main() only dispatches.

#include <QString>

namespace cs::app {
// `callscope fetch ...` (headless; QCoreApplication). Returns the exit status.
int runFetchCommand(int argc, char **argv);
// `callscope export SNAPSHOT --csv OUT ...` (headless).
int runExportCommand(int argc, char **argv);
// Headless commands: keep Qt's warnings off stderr (one line on failure is
// the contract); CALLSCOPE_DEBUG=1 shows them.
void quietQtMessages();
// Server or file text made safe for one line on a terminal: escape sequences,
// control characters, newlines and bidi overrides become spaces, runs of
// spaces one, and the result is capped, so a message cannot move the cursor,
// recolour the terminal, hide text or break the one-line contract.
QString terminalSafeLine(const QString &text);
// Anything else: the desktop viewer (`callscope`, `callscope --demo`, `callscope FILE.callscope`).
int runGui(int argc, char **argv);
} // namespace cs::app
