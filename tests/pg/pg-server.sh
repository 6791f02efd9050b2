#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests, from Debian's postgresql
# package: initdb into a fresh temporary directory, the server on a Unix
# socket in that directory and on a free loopback port, stopped and deleted
# by `stop`. It never touches a system cluster (no pg_ctlcluster, no
# /var/lib/postgresql, no /etc/postgresql).
#
#   bash tests/pg/pg-server.sh start DIR   writes DIR/uri (superuser, Unix socket),
#                                          DIR/tcp-port, DIR/datadir
#   bash tests/pg/pg-server.sh stop DIR
#   CALLSCOPE_PG_DURABLE=1 bash tests/pg/pg-server.sh start DIR   with fsync (for benchmarks)
#
# As root (CI), initdb and the server run as an unprivileged user (nobody) in
# a directory that user owns; as a normal user, as that user.
# PG_BINDIR overrides where initdb and pg_ctl are looked up.
set -euo pipefail
cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }

find_bindir() {
  if [ -n "${PG_BINDIR:-}" ]; then
    [ -x "$PG_BINDIR/initdb" ] && [ -x "$PG_BINDIR/pg_ctl" ] && echo "$PG_BINDIR"
    return 0
  fi
  # Debian keeps the server binaries out of PATH, one directory per major version: take the newest.
  local d best=""
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && best="$d"
  done
  if [ -z "$best" ]; then
    best=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    [ -n "$best" ] && [ -x "$best/initdb" ] || best=""
  fi
  if [ -z "$best" ] && command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
    best=$(dirname "$(command -v initdb)")
  fi
  echo "$best"
}

# Runs a command as the server's user.
as_server() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$server_user" -- "$@"
  else
    "$@"
  fi
}

stop_server() {
  [ -f "$dir/datadir" ] || return 0
  local data bindir
  data=$(cat "$dir/datadir")
  bindir=$(cat "$dir/bindir" 2>/dev/null || find_bindir)
  server_user=$(cat "$dir/server-user" 2>/dev/null || echo nobody)
  if [ -f "$data/pgdata/postmaster.pid" ] && [ -n "$bindir" ]; then
    as_server "$bindir/pg_ctl" -D "$data/pgdata" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  fi
  # Only ever delete what this script made (a callscope-pg.* directory it recorded).
  case "$data" in
    */callscope-pg.*) rm -rf -- "$data" ;;
  esac
  rm -f "$dir/datadir" "$dir/uri" "$dir/tcp-port" "$dir/bindir" "$dir/server-user"
}

case "$cmd" in
  stop) stop_server; exit 0 ;;
  start) ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac

mkdir -p "$dir"
stop_server   # a server left over from an interrupted run

bindir=$(find_bindir)
if [ -z "$bindir" ]; then
  echo "pg-server.sh: PostgreSQL's server programs (initdb, pg_ctl) are not installed." >&2
  echo "The PostgreSQL archive tests need them: bash scripts/setup-debian.sh test (Debian package postgresql)," >&2
  echo "or set PG_BINDIR to a directory holding initdb and pg_ctl." >&2
  exit 1
fi

server_user=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
  # initdb refuses to run as root.
  server_user=${CALLSCOPE_PG_USER:-nobody}
  id -u "$server_user" >/dev/null 2>&1 || { echo "pg-server.sh: no user $server_user to run the server as" >&2; exit 1; }
fi

# Short path: a Unix socket path must fit in 107 bytes. /tmp, not DIR: as root,
# DIR may lie below a directory the server's user cannot enter.
tmp=${TMPDIR:-/tmp}
[ "$(id -u)" -eq 0 ] && tmp=/tmp   # root's TMPDIR may be closed to the server's user
data=$(mktemp -d "$tmp/callscope-pg.XXXXXX")
chmod 0700 "$data"
[ "$(id -u)" -eq 0 ] && chown "$server_user" "$data"
echo "$data" >"$dir/datadir"
echo "$bindir" >"$dir/bindir"
echo "$server_user" >"$dir/server-user"

# Trust on the socket (its directory is 0700, the server's user's own),
# passwords (SCRAM) on loopback TCP.
as_server "$bindir/initdb" -D "$data/pgdata" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
  -E UTF8 --no-locale --no-sync >"$data/initdb.log" 2>&1 \
  || { cat "$data/initdb.log" >&2; echo "pg-server.sh: initdb failed" >&2; exit 1; }

# The tests need no durability; CALLSCOPE_PG_DURABLE=1 keeps PostgreSQL's defaults (benchmarks).
fast="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
[ "${CALLSCOPE_PG_DURABLE:-0}" = 1 ] && fast=""
started=""
for attempt in 1 2 3 4 5 6 7 8; do
  port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
  if as_server "$bindir/pg_ctl" -D "$data/pgdata" -l "$data/server.log" -w -t 60 \
       -o "-c listen_addresses=127.0.0.1 -p $port -k $data $fast -c max_connections=100" \
       start >/dev/null 2>&1; then
    started=1
    break
  fi
  # Most likely the port was taken: try another one.
  as_server "$bindir/pg_ctl" -D "$data/pgdata" -m immediate -w stop >/dev/null 2>&1 || true
done
if [ -z "$started" ]; then
  cat "$data/server.log" >&2 || true
  echo "pg-server.sh: the server did not start (log above)" >&2
  exit 1
fi
echo "$port" >"$dir/tcp-port"
echo "postgresql:///postgres?host=$data&port=$port&user=postgres" >"$dir/uri"
echo "pg-server.sh: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') running as $server_user on $data (port $port)"
