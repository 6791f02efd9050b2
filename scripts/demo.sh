#!/usr/bin/env bash
# Installs what is missing, builds, and starts CallScope on its built-in demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
bash scripts/build.sh
exec ./build/src/app/callscope --demo "$@"
