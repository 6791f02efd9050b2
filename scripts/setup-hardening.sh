#!/usr/bin/env bash
# The extra packages the sanitizer and fuzzing builds need (Debian's clang and
# its runtime libraries with libFuzzer), on top of scripts/setup-debian.sh.
# Idempotent: skips apt when everything is already there.
set -euo pipefail
PACKAGES=(clang libclang-rt-dev)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  echo "Installing: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
