#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster on a loopback port and prints its URL.
#   scripts/pg-test-cluster.sh start [port]   -> prints postgres://...
#   scripts/pg-test-cluster.sh stop
# PostgreSQL refuses to run as root, so the cluster runs as the postgres user in a folder it owns.
set -euo pipefail
DIR=${PG_TEST_DIR:-/tmp/transitieruimte-pg}
PORT=${2:-55432}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$BIN" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }

case "${1:-start}" in
  start)
    if [ -f "$DIR/postmaster.pid" ]; then as_pg "$BIN/pg_ctl -D $DIR stop -m fast" >/dev/null 2>&1 || true; fi
    rm -rf "$DIR"; mkdir -p "$DIR"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"
    as_pg "$BIN/initdb -D $DIR -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8" >/dev/null
    as_pg "$BIN/pg_ctl -D $DIR -l $DIR/server.log -o '-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off' -w start" >/dev/null
    echo "postgres://postgres@127.0.0.1:$PORT/postgres"
    ;;
  stop)
    as_pg "$BIN/pg_ctl -D $DIR stop -m fast" >/dev/null 2>&1 || true
    ;;
esac
