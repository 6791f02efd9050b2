#pragma once
// Entry points of the callscope executable; main() only dispatches.

namespace cs::app {
// `callscope fetch ...` (headless; QCoreApplication). Returns the exit status.
int runFetchCommand(int argc, char **argv);
// `callscope export SNAPSHOT --csv OUT ...` (headless).
int runExportCommand(int argc, char **argv);
// Headless commands: keep Qt's warnings off stderr (one line on failure is
// the contract); CALLSCOPE_DEBUG=1 shows them.
void quietQtMessages();
// Anything else: the desktop viewer (`callscope`, `callscope --demo`, `callscope FILE.callscope`).
int runGui(int argc, char **argv);
} // namespace cs::app
