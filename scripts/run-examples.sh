#!/usr/bin/env bash
# The main job on the bundled examples: translate examples/articles to en, lo, km.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ttdn-i18n translate examples/articles --to en,lo,km \
    --glossary src/ttdn_i18n/glossaries/ttdn-starter.tbx --out "${OUT:-out/examples}" "$@"
