#!/usr/bin/env bash
# Installs what is missing, builds, and starts CallScope on its built-in demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
# The window needs a display: say so now, not after minutes of building.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "demo.sh: no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open." >&2
  echo "Run it on a desktop, or on a virtual display: xvfb-run -a bash scripts/demo.sh" >&2
  exit 1
fi
bash scripts/setup-debian.sh
bash scripts/build.sh --target callscope   # the window only: no tests or benchmarks
exec ./build/src/app/callscope --demo "$@"
