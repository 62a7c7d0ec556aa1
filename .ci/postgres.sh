# Sourced by .ci/run: a throwaway PostgreSQL cluster on a loopback port for the tests.
# Installs Debian's postgresql package when missing, runs the server as a non-root user in a
# temporary folder, exports JOBTUI_TEST_PG and stops (and deletes) the cluster at exit.

pg_bin_dir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$dir" ] && echo "$dir"
}

start_test_postgres() {
    if [ -z "$(pg_bin_dir)" ]; then
        if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
            DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
                postgresql </dev/null
        else
            echo "PostgreSQL is not installed (and no root apt-get): its tests will be skipped" >&2
            return 0
        fi
    fi
    local bin run_as=() owner
    bin=$(pg_bin_dir)
    PG_TMP=$(mktemp -d /var/tmp/jobtui-pg.XXXXXX)  # /tmp may be closed to the server user
    chmod 755 "$PG_TMP"
    if [ "$(id -u)" -eq 0 ]; then  # the server refuses to run as root
        owner=postgres
        id "$owner" >/dev/null 2>&1 || useradd --system --no-create-home "$owner"
        chown "$owner" "$PG_TMP"
        run_as=(runuser -u "$owner" --)
    else
        owner=$(id -un)
    fi
    PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    PG_RUN_AS=("${run_as[@]}")
    PG_BIN=$bin
    trap stop_test_postgres EXIT
    "${run_as[@]}" "$bin/initdb" -D "$PG_TMP/data" -U jobtui --auth=trust -E UTF8 --no-locale \
        >"$PG_TMP/initdb.log" 2>&1 </dev/null || { cat "$PG_TMP/initdb.log" >&2; return 1; }
    "${run_as[@]}" "$bin/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w -t 60 \
        -o "-h 127.0.0.1 -p $PG_PORT -k $PG_TMP -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start </dev/null >/dev/null || { cat "$PG_TMP/server.log" >&2; return 1; }
    "${run_as[@]}" "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U jobtui jobtui_test </dev/null
    export JOBTUI_TEST_PG="postgresql://jobtui@127.0.0.1:$PG_PORT/jobtui_test"
    echo "test PostgreSQL: $JOBTUI_TEST_PG"
}

stop_test_postgres() {
    if [ -n "${PG_TMP:-}" ] && [ -d "$PG_TMP/data" ]; then
        "${PG_RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m immediate -w stop \
            </dev/null >/dev/null 2>&1 || true
    fi
    [ -n "${PG_TMP:-}" ] && rm -rf "$PG_TMP"
    PG_TMP=
}
