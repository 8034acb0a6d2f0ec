#!/usr/bin/env bash
# Starts (or installs and starts) PostgreSQL on 127.0.0.1:5432 with trust auth for local tests.
set -euo pipefail

ready() { pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; }

if ready; then
  exit 0
fi
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "PostgreSQL is not installed: installing it from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  sed -i 's/^\(host.*127.0.0.1\/32\s*\)\S*$/\1trust/' "/etc/postgresql/$version/main/pg_hba.conf"
fi
version=$(ls /etc/postgresql | sort -V | tail -n 1)
pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
for _ in $(seq 1 30); do
  if ready; then
    psql -h 127.0.0.1 -U postgres -tc "select 1 from pg_database where datname = 'test'" | grep -q 1 \
      || psql -h 127.0.0.1 -U postgres -c "create database test" >/dev/null
    exit 0
  fi
  sleep 1
done
echo "PostgreSQL did not come up on 127.0.0.1:5432" >&2
exit 1
