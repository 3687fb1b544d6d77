#!/usr/bin/env bash
# Install the Debian packages named as arguments (none: nothing to do). Not root: name them
# and fail, so the caller's message says what to install.
set -euo pipefail
[ $# -eq 0 ] && exit 0
mapfile -t need < <(printf '%s\n' "$@" | sort -u)
if [ "$(id -u)" -ne 0 ]; then
  echo "missing Debian packages: ${need[*]} (run as root or: sudo apt-get install ${need[*]})" >&2
  exit 1
fi
echo "installing Debian packages: ${need[*]}"
apt-get update -qq
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
