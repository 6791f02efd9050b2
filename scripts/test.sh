#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh test
bash scripts/build.sh
ctest --test-dir build --output-on-failure --parallel 2 --timeout 600
