#!/usr/bin/env bash
# Install the Debian packages `make bench-peers` drives (rspamd, SpamAssassin), only when missing.
set -euo pipefail
need=()
command -v rspamd >/dev/null 2>&1 || need+=(rspamd)
command -v rspamc >/dev/null 2>&1 || need+=(rspamd)
command -v spamd >/dev/null 2>&1 || [ -x /usr/sbin/spamd ] || need+=(spamassassin)
command -v spamc >/dev/null 2>&1 || need+=(spamc)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
mapfile -t need < <(printf '%s\n' "${need[@]}" | sort -u)
if [ "$(id -u)" -ne 0 ]; then
  echo "missing Debian packages: ${need[*]} (run as root or: sudo apt-get install ${need[*]})" >&2
  exit 1
fi
echo "installing Debian packages: ${need[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
