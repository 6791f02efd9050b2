// callscope: the desktop viewer, plus headless subcommands for scripts.
// Nothing here needs a display until runGui() has read its arguments.
#include "commands.h"

#include <cstring>

int main(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "fetch") == 0)
        return cs::app::runFetchCommand(argc, argv);
    if (argc > 1 && std::strcmp(argv[1], "export") == 0)
        return cs::app::runExportCommand(argc, argv);
    return cs::app::runGui(argc, argv);
}
