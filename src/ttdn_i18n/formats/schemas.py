"""Schemas shipped inside the package, read with :mod:`importlib.resources`.

``ttdn_i18n/schemas/xliff21-driver.xsd`` imports the OASIS XLIFF 2.1 core and
module schemas (mtc, gls, mda) so that lxml validates module elements too,
which the core schema alone accepts unchecked.  The OASIS schemas themselves
are not shipped: :func:`xliff21_schema` points the driver at a folder that
holds them (``xliff_core_2.0.xsd``, ``metadata.xsd``, ``matches.xsd``,
``glossary.xsd``).
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml import etree

__all__ = ["XLIFF21_DRIVER", "xliff21_driver_text", "xliff21_schema"]

XLIFF21_DRIVER = "xliff21-driver.xsd"
#: How the driver names the OASIS schemas' folder (relative to a checkout's schemas/).
_PLACEHOLDER = "../../shared/schemas/xliff-2.1/"


def xliff21_driver_text() -> str:
    """The shipped driver schema, as written (its imports name ``../../shared/...``)."""
    return files("ttdn_i18n").joinpath("schemas", XLIFF21_DRIVER).read_text(encoding="utf-8")


def xliff21_schema(oasis_dir: Path) -> etree.XMLSchema:
    """The driver with every import pointed at ``oasis_dir``, loaded by lxml."""
    from lxml import etree

    text = xliff21_driver_text().replace(_PLACEHOLDER, Path(oasis_dir).resolve().as_uri() + "/")
    return etree.XMLSchema(etree.fromstring(text.encode("utf-8")))
