#!/usr/bin/env bash
# Installs what CallScope needs to build, test and run on Debian 12.
# Idempotent: skips apt when everything is already there.
set -euo pipefail

PACKAGES=(
  g++ cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
  libsimdjson-dev qtkeychain-qt6-dev libgl-dev libxkbcommon-dev tzdata
  libsqlite3-dev xvfb xauth sqlite3 fonts-dejavu-core fonts-wqy-microhei
)
# The spreadsheet round-trip test needs LibreOffice Calc; skip it with CALLSCOPE_NO_LIBREOFFICE=1.
if [ "${CALLSCOPE_NO_LIBREOFFICE:-0}" != 1 ]; then
  PACKAGES+=(libreoffice-calc-nogui)
fi

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
