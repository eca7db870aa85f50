# Sourced by .ci/run: starts a throw-away PostgreSQL server for the JDBC source tests and exports
# LAKEFRONT_TEST_PG_URL. It listens on 127.0.0.1 only, trusts local connections, and is stopped
# and deleted when the CI script exits.
start_test_postgres() {
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "ci: PostgreSQL server binaries not found" >&2
    return 1
  fi
  PG_HOME="$(mktemp -d /tmp/lakefront-pg.XXXXXX)"
  chown postgres "$PG_HOME"
  local port=55432
  runuser -u postgres -- "$bin/initdb" -D "$PG_HOME/data" -A trust -U postgres -E UTF8 >/dev/null
  runuser -u postgres -- "$bin/pg_ctl" -D "$PG_HOME/data" -l "$PG_HOME/server.log" -w \
    -o "-p $port -k $PG_HOME -c listen_addresses=127.0.0.1" start >/dev/null
  PG_BIN="$bin"
  trap stop_test_postgres EXIT
  runuser -u postgres -- "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE lakefront_test" >/dev/null
  export LAKEFRONT_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$port/lakefront_test?user=postgres"
  echo "ci: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
}

stop_test_postgres() {
  if [ -n "${PG_HOME:-}" ]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_HOME/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$PG_HOME"
  fi
}
