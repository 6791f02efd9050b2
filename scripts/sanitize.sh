#!/usr/bin/env bash
# Sanitizer runs, each in a build directory of its own (called by
# scripts/test.sh --sanitize; KIND = address, thread or all):
#  - address: AddressSanitizer + UndefinedBehaviorSanitizer, the whole suite
#    (build-asan);
#  - thread: ThreadSanitizer, only the tests whose code runs threads of its
#    own (the window's fetch, open, save and export jobs, also at the real
#    budget and with the archive; the job runner; snapshot and archive
#    loading), and only the targets they need (build-tsan).
# Any report fails the run; suppressions live in tests/sanitizers/, each with
# the reason it is not ours to fix.
set -euo pipefail
cd "$(dirname "$0")/.."
kind=${1:-all}
supp="$PWD/tests/sanitizers"
common="-O1 -g1 -fno-omit-frame-pointer"

configure() {   # DIR FLAGS
  cmake -S . -B "$1" -G Ninja -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="$common $2" \
    -DCMAKE_EXE_LINKER_FLAGS="$2" >/dev/null
}

if [ "$kind" = all ] || [ "$kind" = address ]; then
  flags="-fsanitize=address,undefined -fno-sanitize-recover=all"
  configure build-asan "$flags"
  # Everything ctest runs (the benchmarks and the screenshot tool are not run).
  targets=$(for f in tests/*/tst_*.cpp; do basename "$f" .cpp; done)
  cmake --build build-asan --target callscope callscope-mock $targets
  ASAN_OPTIONS="detect_leaks=1:abort_on_error=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}" \
  LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0" \
  UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$supp/ubsan.supp" \
    ctest --test-dir build-asan --output-on-failure --parallel 2 --timeout 900
fi

if [ "$kind" = all ] || [ "$kind" = thread ]; then
  configure build-tsan "-fsanitize=thread"
  threaded=(tst_mainwindow tst_exportjob tst_snapshot tst_snapshotbadfiles tst_fetchengine tst_fetchbudget
            tst_jobrunner tst_windowarchive tst_archivefile tst_viewjobs tst_snapshotsave tst_viewcsv)
  cmake --build build-tsan --target callscope callscope-mock "${threaded[@]}"
  pattern="^($(IFS='|'; echo "${threaded[*]}"))\$"
  # Debian's Qt is not built with TSan: ignore_noninstrumented_modules keeps its
  # own malloc/free hand-offs out of the reports (tests/sanitizers/tsan.supp).
  TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:ignore_noninstrumented_modules=1:suppressions=$supp/tsan.supp" \
    ctest --test-dir build-tsan --output-on-failure --parallel 2 --timeout 900 -R "$pattern"
fi
