#!/bin/sh
# The PostgreSQL server the team-desk tests start for themselves (tests/pg.py): installed from
# the system's packages when it is missing and that can be done here (root with apt-get, as in
# CI on Debian). Exit status 0 when the server's programs are there afterwards; otherwise it
# says why and exits 1, and the tests that need the server skip with that reason.
set -u
have_server() {
    if [ -n "${FEEDBACK_DESK_PG_BIN:-}" ]; then
        [ -x "$FEEDBACK_DESK_PG_BIN/initdb" ]
        return
    fi
    ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && return 0
    bindir=$(pg_config --bindir 2>/dev/null) && [ -x "$bindir/initdb" ]
}
# openssl makes the certificate of the test server that stands for a server elsewhere (TLS).
have_server && command -v openssl >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing PostgreSQL for the team-desk tests (apt-get install postgresql openssl)..."
    export DEBIAN_FRONTEND=noninteractive
    if apt-get update -qq &&
        apt-get install -y -qq --no-install-recommends postgresql openssl >/dev/null
    then
        have_server && exit 0
    fi
    echo "apt-get did not make PostgreSQL's programs available." >&2
fi
have_server && exit 0  # without openssl: only the tests of a server elsewhere (TLS) skip
echo "PostgreSQL is not installed: the team-desk tests will be skipped" \
    "(on Debian or Ubuntu: sudo apt-get install postgresql)." >&2
exit 1
