"""We need one thing from the `argostranslate` module: `argostranslate.apply_bpe.BPE`.

Both `argos-translate-lt` (our dependency) and `argostranslate` (which a
LibreTranslate user may already have) install that module, and the file is
byte-identical in both; these tests hold for whichever is installed.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "src" / "ttdn_i18n"


def test_the_package_uses_only_argostranslate_apply_bpe() -> None:
    used: set[str] = set()
    for path in PKG.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("argos"):
                used.add(node.module or "")
            elif isinstance(node, ast.Import):
                used.update(a.name for a in node.names if a.name.startswith("argos"))
    assert used == {"argostranslate.apply_bpe"}


def test_some_distribution_provides_the_module() -> None:
    owners = set(packages_distributions().get("argostranslate", ()))
    assert owners & {"argos-translate-lt", "argostranslate"}, owners


def test_apply_bpe_is_light_and_has_no_side_effects(tmp_path: Path) -> None:
    """Importing and using BPE loads no ML stack, touches no network and writes no file."""
    home = tmp_path / "home"
    home.mkdir()
    codes = tmp_path / "codes.bpe"
    codes.write_text("#version: 0.2\nh ộ\nhộ i</w>\n", encoding="utf-8")
    script = f"""
import json, socket, sys
def refuse(*a, **k):
    raise OSError("network used")
socket.socket.connect = refuse
from argostranslate.apply_bpe import BPE
with open({str(codes)!r}, encoding="utf-8") as fh:
    bpe = BPE(fh)
heavy = sorted(m for m in ("torch", "stanza", "spacy", "ctranslate2", "onnxruntime", "minisbd")
               if m in sys.modules)
print(json.dumps({{"tokens": bpe.segment_tokens(["hội", "nghị"]), "heavy": heavy}}))
"""
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["heavy"] == []
    assert "".join(result["tokens"]).replace("@@", "") == "hộinghị"
    assert result["tokens"][0] == "hội"  # the merges were applied
    assert list(home.iterdir()) == []
