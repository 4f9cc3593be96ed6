#!/usr/bin/env bash
# Create .venv (once) and install ttdn-i18n with its test extras, pinned by constraints.txt.
# Re-running is cheap: nothing is installed again unless pyproject.toml or constraints.txt changed.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    echo "setup: creating .venv with $("$PY" --version 2>&1)" >&2
    "$PY" -m venv .venv
fi
stamp=.venv/.ttdn-setup-stamp
want=$(cat pyproject.toml constraints.txt | sha256sum | cut -c1-16)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "setup: installing packages (log: .venv/pip-install.log)" >&2
    log=.venv/pip-install.log
    if ! { .venv/bin/python -m pip install --upgrade pip \
           && .venv/bin/python -m pip install -c constraints.txt -e ".[test]"; } >"$log" 2>&1; then
        grep -v "^WARNING: Location" "$log" | tail -n 30 >&2
        echo "setup: pip install failed; see $log" >&2
        exit 1
    fi
    echo "$want" > "$stamp"
fi
