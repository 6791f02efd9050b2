#!/usr/bin/env bash
# Starts CallScope under Xvfb on its demo data and saves a screenshot of each
# main view (table, drill-down, charts, connection dialog) into docs/screenshots,
# in German into docs/screenshots/de, and with a dark palette into docs/screenshots/dark.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
bash scripts/build.sh
out="${1:-docs/screenshots}"
export CALLSCOPE_NO_KEYRING=1
xvfb-run --auto-servernum --server-args="-screen 0 1600x1000x24" ./build/tests/callscope-screenshots "$out"
# The window in German, as a German desktop shows it (the README shows it).
LC_ALL=de_DE.UTF-8 LANGUAGE=de xvfb-run --auto-servernum --server-args="-screen 0 1600x1000x24" ./build/tests/callscope-screenshots "$out/de"
# The same views with a dark palette, as a dark desktop theme would give.
xvfb-run --auto-servernum --server-args="-screen 0 1600x1000x24" ./build/tests/callscope-screenshots "$out/dark" --dark
