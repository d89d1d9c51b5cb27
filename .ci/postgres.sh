#!/usr/bin/env bash
# Source me: starts a throwaway PostgreSQL server on 127.0.0.1 for the corpus tests and exports
# LETOPIS_TEST_PG_URL. Installs Debian's postgresql when it is missing. Safe to source twice.
PG_PORT="${LETOPIS_PG_PORT:-54329}"
PG_DATA="${LETOPIS_PG_DATA:-/tmp/letopis-pg-$PG_PORT}"
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
# the server refuses to run as root: run it as the postgres user the package creates
if [ "$(id -u)" = 0 ]; then PG_AS=(runuser -u postgres --); else PG_AS=(); fi
mkdir -p "$PG_DATA"
[ "$(id -u)" = 0 ] && chown postgres: "$PG_DATA"
if [ ! -f "$PG_DATA/PG_VERSION" ]; then
    # trust on 127.0.0.1 only: a test server with no data worth a password
    "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
if ! "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
    "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w \
        -o "-h 127.0.0.1 -p $PG_PORT -k /tmp -c fsync=off" start >/dev/null
fi
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = 'letopis_test'" | grep -q 1 \
    || "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres letopis_test
export LETOPIS_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$PG_PORT/letopis_test"
echo "LETOPIS_TEST_PG_URL=$LETOPIS_TEST_PG_URL"
