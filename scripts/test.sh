#!/usr/bin/env bash
# The whole test suite, from a fresh clone: sets up .venv, then lint, types and tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check src tests benchmarks
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
