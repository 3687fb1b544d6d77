#!/usr/bin/env bash
# Install the Debian packages that mailguard's tests drive, only when one is missing.
set -euo pipefail
need=()
command -v postfix >/dev/null 2>&1 || [ -x /usr/sbin/postfix ] || need+=(postfix)
command -v swaks >/dev/null 2>&1 || need+=(swaks)
command -v promtool >/dev/null 2>&1 || need+=(prometheus)
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v spamd >/dev/null 2>&1 || [ -x /usr/sbin/spamd ] || need+=(spamassassin spamd spamc)
bash "$(dirname "$0")/apt-install.sh" "${need[@]}"
