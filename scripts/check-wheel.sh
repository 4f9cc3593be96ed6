#!/usr/bin/env bash
# The wheel holds everything the CLI needs: build it, install it into a fresh venv,
# and from an unrelated folder translate an example article (term marks must be
# there: the default glossary ships in the wheel) and look a term up.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
work=$(mktemp -d /tmp/ttdn-wheel-check.XXXXXX)
trap 'rm -rf "$work"' EXIT
venv=${TTDN_WHEEL_VENV:-/tmp/ttdn-wheel}

echo "check-wheel: building the wheel" >&2
.venv/bin/python -m pip wheel -q --no-deps --no-build-isolation -w "$work/dist" . >&2
wheel=$(ls "$work"/dist/ttdn_i18n-*.whl)
unzip -l "$wheel" | grep -q "ttdn_i18n/glossaries/ttdn-national.tbx" \
    || { echo "check-wheel: the national glossary is not in $wheel" >&2; exit 1; }

echo "check-wheel: installing $(basename "$wheel") into a fresh $venv" >&2
rm -rf "$venv"
python3 -m venv "$venv"
"$venv/bin/python" -m pip install "$wheel" >"$work/pip.log" 2>&1 \
    || { tail -n 30 "$work/pip.log" >&2; echo "check-wheel: pip install failed" >&2; exit 1; }

# An unrelated folder, no models, a fresh home: only what the wheel brought.
mkdir -p "$work/elsewhere" "$work/home" "$work/packages"
cd "$work/elsewhere"
export HOME="$work/home" ARGOS_PACKAGES_DIR="$work/packages"
article="$repo/examples/articles/hoi-nghi-thong-tin-doi-ngoai.txt"
"$venv/bin/ttdn-i18n" translate "$article" --to en --out x | tee summary.txt
if grep -q "^Glossary: none" summary.txt; then
    echo "check-wheel: translate ran without a glossary" >&2; exit 1
fi
marks=$(grep -c 'mtype="term"' x/en/hoi-nghi-thong-tin-doi-ngoai.xlf || true)
if [ "$marks" -lt 1 ]; then
    echo "check-wheel: no term marks (mtype=\"term\") in x/en/hoi-nghi-thong-tin-doi-ngoai.xlf" >&2
    exit 1
fi
echo "check-wheel: $marks lines with term marks" >&2
# The compiled glossary is cached in the (fresh) home; a second run uses it and
# writes the same file.
ls "$HOME"/.cache/ttdn-i18n/glossary-*.pickle >/dev/null 2>&1 \
    || { echo "check-wheel: no compiled glossary in $HOME/.cache/ttdn-i18n" >&2; exit 1; }
"$venv/bin/ttdn-i18n" translate "$article" --to en --out y --quiet
cmp -s x/en/hoi-nghi-thong-tin-doi-ngoai.xlf y/en/hoi-nghi-thong-tin-doi-ngoai.xlf \
    || { echo "check-wheel: the run with the cached glossary wrote another file" >&2; exit 1; }
"$venv/bin/ttdn-i18n" glossary lookup "Ban Chỉ đạo" | tee lookup.txt
grep -qi "steering committee" lookup.txt \
    || { echo "check-wheel: glossary lookup found no Steering Committee" >&2; exit 1; }
echo "check-wheel: OK" >&2
