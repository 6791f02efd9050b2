// Temporary stand-ins for entry points whose owners have not landed yet.
// Each owner deletes its stub from this file when adding the real one.
#include "commands.h"

#include <cstdio>

namespace cs::app {
int runGui(int, char **) { std::fputs("callscope: the viewer is not built yet\n", stderr); return 2; }
} // namespace cs::app
