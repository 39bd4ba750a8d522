#!/usr/bin/env bash
# A throw-away PostgreSQL server for tests and benchmarks: never a system service.
#
#   bash scripts/postgres.sh install            install Debian's postgresql package when missing
#   bash scripts/postgres.sh bindir             print the folder holding initdb and pg_ctl
#   bash scripts/postgres.sh start DIR PORT     initdb in DIR (when new), start on 127.0.0.1:PORT
#   bash scripts/postgres.sh stop DIR           stop the server of DIR (fast shutdown)
#
# The server listens on 127.0.0.1 only (no Unix socket), accepts password logins (SCRAM) only,
# and has TLS on with a self-signed certificate made here. Its superuser is `promptdesk_admin`
# with the password in DIR/admin-password. PostgreSQL refuses to run as root, so when run as
# root the server runs as the unprivileged `postgres` user (created when missing), who owns DIR.
set -euo pipefail

bindir() {
    local found
    found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [[ -z "$found" || ! -x "$found/initdb" ]]; then
        return 1
    fi
    echo "$found"
}

install() {
    if bindir >/dev/null; then
        return 0
    fi
    if ! command -v apt-get >/dev/null; then
        echo "PostgreSQL is not installed and apt-get is not available to install it." >&2
        return 1
    fi
    # The package's post-install creates a cluster and may try to start it; policy-rc.d keeps
    # any service from starting, so nothing but our own servers ever listens.
    local policy=/usr/sbin/policy-rc.d created_policy=""
    if [[ ! -e "$policy" ]]; then
        printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && created_policy=1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    if [[ -n "$created_policy" ]]; then rm -f "$policy"; fi
    bindir >/dev/null
}

as_owner() {
    # Run a command as the owner of the data folder (postgres when we are root).
    if [[ "$(id -u)" == 0 ]]; then
        id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
        su postgres -s /bin/sh -c "$*"
    else
        sh -c "$*"
    fi
}

start() {
    local dir="$1" port="$2" bin
    bin="$(bindir)" || { echo "PostgreSQL is not installed (run: bash scripts/postgres.sh install)" >&2; return 1; }
    mkdir -p "$dir"
    if [[ "$(id -u)" == 0 ]]; then
        id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
        chown postgres "$dir"
        # The folders above DIR must let the server user reach it.
        local up="$dir"
        while [[ "$up" != "/" ]]; do up="$(dirname "$up")"; chmod o+x "$up" 2>/dev/null || true; done
    fi
    if [[ ! -f "$dir/data/PG_VERSION" ]]; then
        as_owner "umask 077; head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n' > '$dir/admin-password'"
        as_owner "'$bin/initdb' -D '$dir/data' -U promptdesk_admin --pwfile='$dir/admin-password' \
            --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >'$dir/initdb.log' 2>&1"
        as_owner "cd '$dir/data' && openssl req -new -x509 -days 2 -nodes -subj /CN=127.0.0.1 \
            -out server.crt -keyout server.key >/dev/null 2>&1 && chmod 600 server.key"
        as_owner "printf 'host all all 127.0.0.1/32 scram-sha-256\n' > '$dir/data/pg_hba.conf'"
        as_owner "cat >> '$dir/data/postgresql.conf' <<'EOF'
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
ssl = on
max_connections = 120
fsync = on
EOF"
    fi
    as_owner "'$bin/pg_ctl' -D '$dir/data' -o '-p $port' -l '$dir/server.log' -w -t 60 start >/dev/null"
}

stop() {
    local dir="$1" bin
    bin="$(bindir)" || return 0
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        as_owner "'$bin/pg_ctl' -D '$dir/data' -m fast -w -t 60 stop >/dev/null"
    fi
}

case "${1:-}" in
    install) install ;;
    bindir) bindir ;;
    start) start "$2" "$3" ;;
    stop) stop "$2" ;;
    *) echo "usage: $0 install | bindir | start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
