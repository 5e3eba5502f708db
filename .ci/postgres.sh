#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, on a loopback port, run by an unprivileged user
# (initdb refuses root).
#   .ci/postgres.sh start DIR PORT   -> prints the URL of a superuser connection, e.g.
#                                       postgresql://hafenlager@127.0.0.1:54329/postgres
#   .ci/postgres.sh stop DIR
set -euo pipefail
action=$1 dir=$2 port=${3:-54329}

bin=""
for candidate in /usr/lib/postgresql/*/bin; do
  [ -x "$candidate/initdb" ] && bin=$candidate
done
if [ -z "$bin" ] && [ "$action" = start ]; then
  # Debian's packages: install them if this machine lacks them (CI images usually do).
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq postgresql >/dev/null; } >&2
  for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/initdb" ] && bin=$candidate
  done
fi
[ -n "$bin" ] || { echo "PostgreSQL is not installed and could not be installed" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$action" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && { id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres; chown postgres "$dir"; }
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_owner "$bin/initdb" -D "$dir/data" -U hafenlager --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null
    echo "postgresql://hafenlager@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null || true
    ;;
  *)
    echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2
    ;;
esac
