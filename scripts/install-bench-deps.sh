#!/usr/bin/env bash
# Install the Debian packages `make bench-peers` drives (rspamd, SpamAssassin), only when missing.
set -euo pipefail
need=()
command -v rspamd >/dev/null 2>&1 || need+=(rspamd)
command -v rspamc >/dev/null 2>&1 || need+=(rspamd)
command -v spamd >/dev/null 2>&1 || [ -x /usr/sbin/spamd ] || need+=(spamassassin)
command -v spamc >/dev/null 2>&1 || need+=(spamc)
bash "$(dirname "$0")/apt-install.sh" "${need[@]}"
