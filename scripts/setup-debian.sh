#!/usr/bin/env bash
# Installs what CallScope needs on Debian 12. Idempotent: skips apt when
# everything is already there.
#   bash scripts/setup-debian.sh            build and run (the demo, the screenshots)
#   bash scripts/setup-debian.sh test       + what the test suite needs (LibreOffice Calc, PostgreSQL)
#   bash scripts/setup-debian.sh package    + what checks the .deb (lintian, desktop-file-validate, appstreamcli)
set -euo pipefail

PACKAGES=(
  g++ cmake ninja-build pkg-config git dpkg-dev
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
  libsimdjson-dev qtkeychain-qt6-dev libgl-dev libxkbcommon-dev tzdata
  libsqlite3-dev libzstd-dev libpq-dev xvfb xauth sqlite3 fonts-dejavu-core fonts-wqy-microhei
)
for group in "$@"; do
  case "$group" in
    test)
      # Only the spreadsheet round-trip test needs LibreOffice Calc (about 1 GiB);
      # CALLSCOPE_NO_LIBREOFFICE=1 skips it (the test is then skipped too).
      # postgresql: the team-archive tests start a throw-away server of their own
      # (tests/pg/pg-server.sh); they never use the cluster the package creates.
      PACKAGES+=(shared-mime-info postgresql)
      [ "${CALLSCOPE_NO_LIBREOFFICE:-0}" = 1 ] || PACKAGES+=(libreoffice-calc-nogui) ;;
    package) PACKAGES+=(lintian desktop-file-utils appstream shared-mime-info) ;;
    *) echo "setup-debian.sh: unknown group \"$group\" (use test or package)" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  # Neither root nor allowed to use sudo: say what to install instead of failing obscurely.
  if ! command -v sudo >/dev/null || ! sudo -v 2>/dev/null; then
    echo "setup-debian.sh: these Debian packages are missing: ${missing[*]}" >&2
    echo "Installing them needs root. Ask an administrator to run (as root):" >&2
    echo "  apt-get install --no-install-recommends ${missing[*]}" >&2
    echo "or run this script as root, or as a user who may use sudo." >&2
    exit 1
  fi
  SUDO=(sudo)
fi
echo "Installing: ${missing[*]}"
"${SUDO[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
