"""The folder tree is the architecture: stages import only downwards, and nothing cycles.

Every ``import`` in the package is read with :mod:`ast`, including imports
inside functions (the lazy ones that keep ``--help`` fast), because a lazy
import "up" a stage is still a dependency a maintainer has to know about.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "src" / "ttdn_i18n"

#: Data flows down this list; a module may import its own layer or any layer above it.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("_version", "model", "errors", "atomic", "xmlsafe", "languages", "profiles",
     "usercache"),
    ("sources",),
    ("terms",),
    ("mt",),
    ("formats",),
    ("review",),
    ("publish", "report"),
    ("pipeline", "batch", "config", "evaluate"),
    ("cli",),
    ("__main__", "__init__"),
)


def _modules() -> dict[str, Path]:
    out = {}
    for path in PKG.rglob("*.py"):
        rel = path.relative_to(PKG).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__" and len(parts) > 1:
            parts = parts[:-1]
        out["ttdn_i18n." + ".".join(parts)] = path
    return out


def _imports(path: Path, name: str, modules: set[str]) -> set[str]:
    found: set[str] = set()
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("ttdn_i18n"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                mod = f"{base}.{node.module}" if node.module else base
            else:
                mod = node.module or ""
            if not mod.startswith("ttdn_i18n"):
                continue
            # `from ttdn_i18n.formats import po` depends on the submodule po, not on
            # the package's re-exports; `from ttdn_i18n.formats import read_document` does.
            subs = {f"{mod}.{a.name}" for a in node.names} & modules
            found.update(subs)
            if len(subs) < len(node.names):
                found.add(mod)
    return found


def _layer(module: str) -> int:
    top = module.split(".")[1] if "." in module else "__init__"
    for i, names in enumerate(LAYERS):
        if top in names:
            return i
    raise AssertionError(f"{module} is in no layer: add its folder to LAYERS")


def _graph() -> dict[str, set[str]]:
    mods = _modules()
    return {
        name: {m for m in _imports(path, name, set(mods)) if m in mods and m != name}
        for name, path in mods.items()
    }


def test_every_module_has_a_layer() -> None:
    for name in _modules():
        _layer(name)


def test_nothing_imports_up_a_stage() -> None:
    upward = sorted(
        f"{src} imports {dst}"
        for src, dsts in _graph().items()
        for dst in dsts
        if _layer(dst) > _layer(src)
    )
    assert upward == []


def test_no_import_cycles() -> None:
    graph = _graph()
    # Package __init__ modules re-export their submodules: an edge from a
    # submodule to its own package's __init__ is a re-export, not a cycle risk,
    # only when the __init__ does not import the submodule back.
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    assert cycles == []


def test_importing_the_package_loads_no_mt_library() -> None:
    code = (
        "import sys, ttdn_i18n\n"
        "heavy = [m for m in ('ctranslate2', 'sentencepiece', 'argostranslate', 'torch',"
        " 'transformers', 'numpy') if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
