#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite with CTest.
# --sanitize[=address|thread]: the same under the sanitizers instead, in build
# directories of their own (scripts/sanitize.sh says which tests run where).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh test
case "${1:-}" in
  --sanitize) exec bash scripts/sanitize.sh all ;;
  --sanitize=*) exec bash scripts/sanitize.sh "${1#--sanitize=}" ;;
esac
bash scripts/build.sh
ctest --test-dir build --output-on-failure --parallel 2 --timeout 600
