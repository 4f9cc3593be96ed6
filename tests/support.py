"""Helpers shared by the test modules: paths, the CLI runner, schema, a TCP listener."""

from __future__ import annotations

import re
import socket
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from ttdn_i18n.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples" / "articles"
GLOSSARY = ROOT / "src" / "ttdn_i18n" / "glossaries" / "ttdn-starter.tbx"
X12 = "urn:oasis:names:tc:xliff:document:1.2"


def run_cli(*args: str) -> tuple[int, str, str]:
    """Run ``ttdn-i18n ARGS``; returns (exit code, stdout, stderr).

    An exception other than click's exit is a bug (the user would see a
    traceback), so it is raised here rather than hidden in the exit code.
    """
    result = CliRunner().invoke(cli, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def reviewed_text(source: str) -> str:
    """A QA-clean "human translation": English words plus every figure and code of the source,
    and its personal names in the English press form ("Pham Minh Chinh").

    Lower-case tokens with digits (spam brands such as "bet365") are left out,
    as a reviewer would; numbers take English style, as QA expects: 1.250 → 1250,
    12,5 → 12.5.
    """
    from ttdn_i18n.terms.names import expected_name, source_names

    figures = [f.strip(".,;:()“”\"") for f in re.findall(r"\S*\d\S*", source)
               if not re.search(r"[a-z]", f)]
    figures = [re.sub(r"(?<=\d),(?=\d)", ".", re.sub(r"(?<=\d)\.(?=\d{3}\b)", "", f))
               for f in figures]
    names = [expected_name(n, "en") for n in source_names(source)]
    return " ".join(["Reviewed translation of the sentence", *names, *figures])


def schema12() -> etree.XMLSchema:
    xsd = SHARED / "schemas" / "xliff-1.2" / "xliff-core-1.2-strict.xsd"
    if not xsd.exists():
        pytest.skip(f"../shared not found: {xsd} is needed to validate XLIFF 1.2")
    return etree.XMLSchema(etree.parse(str(xsd)))


class Listener:
    """A TCP port on 127.0.0.1 that records whether anyone connected.

    libxml2 opens network connections in C, past Python's socket module, so
    only a real listener can prove that no connection was attempted.
    """

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.05)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> int:
        time.sleep(0.1)  # let a late connection land before counting
        self._stop.set()
        self._thread.join()
        self.sock.close()
        return self.connections
