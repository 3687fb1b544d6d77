#!/usr/bin/env bash
# Create the virtual environment ($1) with pip, installing Debian's venv, headers and gcc
# first when they are missing (as root), or saying which packages to install.
set -euo pipefail
venv="$1"
python="${PYTHON:-python3}"
"$venv/bin/python" -m pip --version >/dev/null 2>&1 && exit 0
rm -rf "$venv"  # a venv made without ensurepip has a python but no pip: start over
need=()
"$python" -c "import ensurepip" >/dev/null 2>&1 || need+=(python3-venv)
[ -f "$("$python" -c 'import sysconfig; print(sysconfig.get_paths()["include"])')/Python.h" ] \
  || need+=(python3-dev)
command -v gcc >/dev/null 2>&1 || need+=(gcc)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "missing Debian packages: ${need[*]} (run as root or: sudo apt-get install ${need[*]})" >&2
    exit 1
  fi
  echo "installing Debian packages: ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
"$python" -m venv "$venv"
