#!/usr/bin/env bash
# The main job on the bundled examples: translate examples/articles to en, lo, km.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# The default glossary is the national one (src/ttdn_i18n/glossaries/ttdn-national.tbx).
.venv/bin/ttdn-i18n translate examples/articles --to en,lo,km --out "${OUT:-out/examples}" "$@"
