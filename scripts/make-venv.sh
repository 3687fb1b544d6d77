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
bash "$(dirname "$0")/apt-install.sh" "${need[@]}"
"$python" -m venv "$venv"
