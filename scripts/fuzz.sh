#!/usr/bin/env bash
# Runs one libFuzzer target for a while: scripts/fuzz.sh TARGET SECONDS
# TARGET is page, snapshot, csv, time or jwt (tests/fuzz/fuzz_TARGET.cpp).
# Builds with Debian's clang into build-fuzz (ASan + UBSan + libFuzzer), starts
# from the committed seeds in tests/fuzz/corpus/TARGET and keeps what it finds in
# build-fuzz/corpus/TARGET; a crashing input lands in build-fuzz/artifacts/.
# Exits non-zero when the target crashes, leaks, times out or runs out of memory.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh TARGET SECONDS}
seconds=${2:?usage: scripts/fuzz.sh TARGET SECONDS}
[ -f "tests/fuzz/fuzz_${target}.cpp" ] || { echo "no such fuzz target: $target" >&2; exit 2; }
bash scripts/setup-hardening.sh >/dev/null
dir=${CALLSCOPE_FUZZ_BUILD:-build-fuzz}
flags="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined,fuzzer-no-link -fno-sanitize-recover=undefined"
if [ ! -f "$dir/build.ninja" ]; then
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=None -DCALLSCOPE_FUZZ=ON \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
fi
cmake --build "$dir" --target "fuzz_${target}" >/dev/null
mkdir -p "$dir/corpus/$target" "$dir/artifacts"
# Bounded per input: a hang or a memory blow-up is a finding, like a crash.
export ASAN_OPTIONS=${ASAN_OPTIONS:-allocator_may_return_null=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
exec "$dir/tests/fuzz/fuzz_${target}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=262144 \
  -artifact_prefix="$dir/artifacts/${target}-" -print_final_stats=1 \
  "$dir/corpus/$target" "tests/fuzz/corpus/$target"
