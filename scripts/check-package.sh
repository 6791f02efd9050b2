#!/usr/bin/env bash
# Builds the Debian package, installs it with apt, and checks the installed
# files: the binaries run without a display, and the desktop file, the
# AppStream metainfo and the package itself pass their validators.
# Run after scripts/build.sh (.ci/run runs it after the tests). Needs root or sudo.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh package
SUDO=()
[ "$(id -u)" -eq 0 ] || SUDO=(sudo)

rm -f build/callscope_*.deb
cmake --build build --target package
deb=$(ls build/callscope_*_amd64.deb)
echo "== $deb: $(du -k "$deb" | cut -f1) KiB"
dpkg-deb --field "$deb" Depends Recommends
# --reinstall: the same version may be installed already (a machine that ran this before).
DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --reinstall "./$deb"
cmp /usr/bin/callscope-mock <(dpkg-deb --fsys-tarfile "$deb" | tar xO ./usr/bin/callscope-mock)

id=io.github.callscope.CallScope
passed=0   # checks that passed; any failure stops the script (set -e)
headless=(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM LC_ALL=C.UTF-8 LANGUAGE=C)
echo "== installed files"
test "$(command -v callscope)" = /usr/bin/callscope
test -x /usr/bin/callscope-mock
for f in /usr/share/applications/$id.desktop /usr/share/metainfo/$id.metainfo.xml \
         /usr/share/mime/packages/$id.xml /usr/share/icons/hicolor/scalable/apps/$id.svg \
         /usr/share/icons/hicolor/256x256/apps/$id.png /usr/share/man/man1/callscope.1.gz \
         /usr/share/bash-completion/completions/callscope /usr/share/doc/callscope/user-guide.md \
         /usr/share/doc/callscope/copyright; do
  test -s "$f" || { echo "missing: $f" >&2; exit 1; }
done
passed=$((passed + 1))

echo "== callscope --version (no display)"
"${headless[@]}" callscope --version
passed=$((passed + 1))

echo "== callscope export of a small snapshot (no display)"
work=$(mktemp -d)
trap 'kill "${mock_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
# The installed mock serves a few synthetic calls; the installed callscope fetches them into a snapshot.
"${headless[@]}" callscope-mock --calls 40 --from 2026-01-05 --to 2026-01-06 --print-demo-secret >"$work/mock.txt" &
mock_pid=$!
for _ in $(seq 50); do grep -q "client secret" "$work/mock.txt" 2>/dev/null && break; sleep 0.2; done
field() { sed -n "s/^ *$1: //p" "$work/mock.txt"; }
url=$(sed -n 's/^callscope-mock listening on //p' "$work/mock.txt")
CALLSCOPE_CLIENT_SECRET=$(field "client secret") "${headless[@]}" callscope fetch --host "$url" \
  --account-id "$(field "account id")" --app-id "$(field "app id (iId)")" --client-id "$(field "client id")" \
  --from "2026-01-05 00:00:00" --to "2026-01-06 23:59:59" --tz UTC --out "$work/small.callscope"
kill "$mock_pid"
"${headless[@]}" callscope export "$work/small.callscope" --csv "$work/small.csv"
rows=$(($(wc -l <"$work/small.csv") - 1))
echo "exported $rows calls"
[ "$rows" -eq 40 ]
passed=$((passed + 1))

echo "== desktop-file-validate"
desktop-file-validate /usr/share/applications/$id.desktop
passed=$((passed + 1))
echo "== appstreamcli validate --no-net"
appstreamcli validate --no-net /usr/share/metainfo/$id.metainfo.xml
passed=$((passed + 1))
echo "== lintian (errors fail; warnings are explained in packaging/LINTIAN.md)"
lintian --fail-on error --display-info "$deb"
passed=$((passed + 1))
echo "package: $passed passed, 0 failed"
