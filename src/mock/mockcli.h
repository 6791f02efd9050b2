#pragma once
// The command line of callscope-mock: every MockConfig switch as an option.

#include "mockserver.h"

#include <QCoreApplication>

// lupdate takes the context from the qualified call (MockServerCli::tr), which a
// free tr() helper would not give it.
struct MockServerCli
{
    Q_DECLARE_TR_FUNCTIONS(MockServerCli)
};

namespace cs::mock {

struct CliOptions
{
    MockConfig config;
    DatasetSpec data;
    quint16 port = 0;
    bool printSecret = false;
};

// Parses the command line (exits for --help/--version); on a bad value writes
// why to stderr and returns false.
bool parseCommandLine(const QCoreApplication &app, CliOptions *options);

} // namespace cs::mock
