#!/bin/bash
# A throwaway PostgreSQL cluster for the tests: "pgcluster.sh start DIR" makes one in DIR (initdb
# as a non-root user, trust authentication on 127.0.0.1 and a socket in DIR, a free port) and
# writes the URL tests connect to into DIR/url; "pgcluster.sh stop DIR" stops it and removes DIR.
# ctest runs both (FIXTURES_SETUP / FIXTURES_CLEANUP in tests/postgres/CMakeLists.txt).
#
# A machine without PostgreSQL's server skips (exit 77) unless CI=true: CI must never pass a
# run whose PostgreSQL half did not run.
set -eu
action=$1
dir=$2

skip_or_fail() {
    echo "$1" >&2
    if [ "${CI:-}" = "true" ]; then exit 1; fi
    exit 77
}

bindir=""
for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do bindir=$d; done
if [ -z "$bindir" ] && command -v pg_ctl >/dev/null 2>&1; then bindir=$(dirname "$(command -v pg_ctl)"); fi

# PostgreSQL refuses to run as root: root runs it as the "postgres" user (Debian's package makes
# it), everybody else as themselves.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$action" in
start)
    [ -n "$bindir" ] || skip_or_fail "PostgreSQL's server is not installed (Debian: apt install postgresql)."
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || skip_or_fail "There is no postgres user to run the test server as."
        chown postgres "$dir"
    fi
    as_owner "$bindir/initdb" -D "$dir/data" -U sammelan -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; skip_or_fail "initdb failed."; }
    # One role, pwclerk, logs in over TCP with a password (scram-sha-256), as a desk of an office
    # does: the window's password prompt is tested with it. Everybody else is trusted. The first
    # matching line counts, so it goes first.
    as_owner sed -i '1i host all pwclerk 127.0.0.1/32 scram-sha-256' "$dir/data/pg_hba.conf"
    # A free port: try from 55432 on until one is not taken.
    port=55432
    while [ $port -lt 55532 ]; do
        if ! (echo >/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
            if as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
                -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
                start >/dev/null 2>&1; then
                echo "postgresql://sammelan@127.0.0.1:$port/" >"$dir/url"
                echo "$port" >"$dir/port"
                echo "PostgreSQL $($bindir/postgres --version | awk '{print $3}') on 127.0.0.1:$port ($dir)"
                exit 0
            fi
        fi
        port=$((port + 1))
    done
    cat "$dir/server.log" >&2 2>/dev/null || true
    skip_or_fail "The test PostgreSQL server did not start."
    ;;
stop)
    if [ -n "$bindir" ] && [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: pgcluster.sh start|stop DIR" >&2
    exit 2
    ;;
esac
