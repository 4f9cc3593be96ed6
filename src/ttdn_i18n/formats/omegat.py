"""An OmegaT 3.6 project per target language, and reading the translator's work back.

OmegaT 3.6's XLIFF filter translates the *content of* ``<target>``, never
``<source>``; units without a target are dropped (see issue 11).  So the
project's source files carry a copy of the Vietnamese text as target, and the
MT goes into a TMX under ``tm/mt/`` where OmegaT shows it as a 100 % match::

    <project>/omegat.project            vi -> <lang>, sentence_seg false (1 unit = 1 segment)
    <project>/omegat/filters.xml        XLIFF filter keyed by trans-unit id (ELEMENT_ID)
    <project>/source/<article>.xlf      XLIFF 1.2, <target> = copy of the Vietnamese source
    <project>/tm/mt/<lang>.tmx          MT per unit (props file + id), changeid "ttdn-mt"
    <project>/glossary/ttdn-<lang>.txt  source<TAB>target<TAB>status[; avoid …]

Read back (:func:`read_omegat_project`): OmegaT's ``target/<article>.xlf`` (or
our source file when the translator has not created the targets) gives the
document; ``omegat/project_save.tmx`` says who wrote each translation: an entry
bound to the unit (props file + id) wins over a default entry for the same
source text; ``changeid`` present and not ``ttdn-mt…`` is a person's work
(TRANSLATED), otherwise it is unconfirmed MT (NEEDS_REVIEW); no entry is NEW.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

from ttdn_i18n.errors import FormatError
from ttdn_i18n.formats.xliff12 import dump_xliff12
from ttdn_i18n.model import Document, Origin, State, Unit

__all__ = [
    "MT_CHANGEID",
    "project_dir_name",
    "read_omegat_project",
    "read_project_stats",
    "source_file_name",
    "write_omegat_project",
]

MT_CHANGEID = "ttdn-mt"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_TOKENIZER = {"en": "org.omegat.tokenizer.LuceneEnglishTokenizer"}

FILTERS_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<filters removeTags="false" removeSpacesNonseg="false" preserveSpaces="true"
         ignoreFileContext="false">
    <filter className="org.omegat.filters3.xml.xliff.XLIFFFilter" enabled="true">
        <files sourceFilenameMask="*.xlf" targetFilenamePattern="${filename}"/>
        <option name="alttransidtype" value="ELEMENT_ID"/>
        <option name="compatibility26" value="false"/>
        <option name="forceshortcut2f" value="false"/>
    </filter>
    <filter className="org.omegat.filters2.po.PoFilter" enabled="true">
        <files sourceFilenameMask="*.po" targetFilenamePattern="${filename}"/>
        <option name="skipHeader" value="true"/>
    </filter>
</filters>
"""


def project_dir_name() -> str:
    """The project folder inside ``OUT/<lang>/`` (no spaces: the omegat wrapper breaks on them)."""
    return "omegat-project"


def source_file_name(doc: Document) -> str:
    return re.sub(r"[^\w.-]+", "_", doc.article_id) + ".xlf"


def _project_xml(lang: str) -> str:
    tok = _TOKENIZER.get(lang.split("-")[0], "org.omegat.tokenizer.DefaultTokenizer")
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>vi</source_lang>
    <target_lang>{escape(lang)}</target_lang>
    <source_tok>org.omegat.tokenizer.DefaultTokenizer</source_tok>
    <target_tok>{tok}</target_tok>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
"""


def _for_omegat(doc: Document) -> Document:
    """The document as OmegaT must see it: target = the Vietnamese source, MT out of the file."""
    units = []
    for u in doc.units:
        if not u.source.strip():
            units.append(u)
            continue
        units.append(dataclasses.replace(
            u, target=u.source, state=State.NEEDS_REVIEW, origin=Origin.NONE,
            alternatives=(),
        ))
    return dataclasses.replace(doc, units=tuple(units))


def _tmx(lang: str, entries: Iterable[tuple[str, str, str, str]]) -> str:
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
            '  <header creationtool="ttdn-i18n" creationtoolversion="1" segtype="paragraph" '
            'o-tmf="ttdn" adminlang="en" srclang="vi" datatype="plaintext"/>\n  <body>\n')
    body = []
    for file, uid, source, target in entries:
        body.append(
            "    <tu>\n"
            f'      <prop type="file">{escape(file)}</prop>\n'
            f'      <prop type="id">{escape(uid)}</prop>\n'
            f'      <tuv xml:lang="vi"><seg>{escape(source)}</seg></tuv>\n'
            f'      <tuv xml:lang={quoteattr(lang)} changeid="{MT_CHANGEID}" '
            f'creationid="{MT_CHANGEID}"><seg>{escape(target)}</seg></tuv>\n'
            "    </tu>\n"
        )
    return head + "".join(body) + "  </body>\n</tmx>\n"


def _one(s: str) -> str:
    return re.sub(r"[\t\r\n]+", " ", s).strip()


def write_omegat_project(docs: Sequence[Document], project: Path) -> Path:
    """Write (or refresh) the OmegaT project for ``docs`` (all one target language)."""
    langs = {d.target_lang for d in docs}
    if len(langs) != 1:
        raise FormatError(f"an OmegaT project holds one target language, got {sorted(langs)}")
    lang = langs.pop()
    for sub in ("source", "target", "tm/mt", "glossary", "dictionary", "omegat"):
        (project / sub).mkdir(parents=True, exist_ok=True)
    (project / "omegat.project").write_text(_project_xml(lang), encoding="utf-8")
    (project / "omegat" / "filters.xml").write_text(FILTERS_XML, encoding="utf-8")
    mt: list[tuple[str, str, str, str]] = []
    terms: dict[tuple[str, str], str] = {}
    for doc in docs:
        name = source_file_name(doc)
        (project / "source" / name).write_bytes(dump_xliff12(_for_omegat(doc)))
        for u in doc.units:
            if u.translate and u.target and not u.state.reviewed:
                mt.append((name, u.id, u.source, u.target))
            for t in u.terms:
                if t.term and t.target:
                    comment = str(t.status or "")
                    if t.forbidden:
                        comment += "; avoid: " + ", ".join(t.forbidden)
                    terms[(_one(t.term), _one(t.target))] = _one(comment)
    (project / "tm" / "mt" / f"{lang}.tmx").write_text(_tmx(lang, mt), encoding="utf-8")
    lines = [f"# ttdn-i18n glossary vi -> {lang}: source<TAB>target<TAB>status"]
    lines += [f"{s}\t{t}\t{c}" for (s, t), c in sorted(terms.items())]
    (project / "glossary" / f"ttdn-{lang}.txt").write_text("\n".join(lines) + "\n",
                                                            encoding="utf-8")
    return project


# --------------------------------------------------------------------------- reading


def read_project_stats(project: Path) -> dict[str, int]:
    """Counts from ``omegat/project_stats.txt`` (written by OmegaT): total, remaining, unique."""
    text = (project / "omegat" / "project_stats.txt").read_text(encoding="utf-8")
    out: dict[str, int] = {}
    for key in ("Total", "Remaining", "Unique"):
        m = re.search(rf"^{key}:\s+(\d+)\s+(\d+)", text, re.M)
        if m:
            out[key.lower()] = int(m[1])
            out[key.lower() + "_words"] = int(m[2])
    return out


def _project_save(project: Path, lang: str) -> tuple[dict[str, tuple[str, str]],
                                                      dict[tuple[str, str], tuple[str, str]]]:
    path = project / "omegat" / "project_save.tmx"
    defaults: dict[str, tuple[str, str]] = {}
    alts: dict[tuple[str, str], tuple[str, str]] = {}
    if not path.exists():
        return defaults, alts
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.parse(str(path), parser).getroot()
    want = lang.lower().split("-")[0]
    for tu in root.iter("tu"):
        props = {p.get("type"): (p.text or "") for p in tu.findall("prop")}
        src: str | None = None
        tgt: tuple[str, str] | None = None
        for tuv in tu.findall("tuv"):
            tl = (tuv.get("lang") or tuv.get(_XML_LANG) or "").lower().split("-")[0]
            seg = tuv.find("seg")
            text = "".join(seg.itertext()) if seg is not None else ""
            if tl == "vi":
                src = text
            elif tl == want:
                tgt = (text, tuv.get("changeid") or tuv.get("creationid") or "")
        if src is None or tgt is None:
            continue
        if "file" in props and "id" in props:
            alts[(props["file"], props["id"])] = tgt
        else:
            defaults[src] = tgt
    return defaults, alts


def _by_person(changeid: str) -> bool:
    return bool(changeid) and not changeid.startswith(MT_CHANGEID)


def read_omegat_project(project: Path) -> list[Document]:
    """The documents of an OmegaT project we wrote, with the translator's work as targets."""
    from ttdn_i18n.formats import read_document

    sources = sorted((project / "source").glob("*.xlf"))
    if not sources:
        raise FormatError(f"{project}: no source/*.xlf; is this an OmegaT project ttdn-i18n wrote?")
    docs = []
    for src in sources:
        target_file = project / "target" / src.name
        base = read_document(target_file if target_file.exists() else src)
        defaults, alts = _project_save(project, base.target_lang)
        units: list[Unit] = []
        for u in base.units:
            if not u.translate:
                units.append(dataclasses.replace(u, target=u.source, state=State.FINAL,
                                                 origin=Origin.SOURCE))
                continue
            entry = alts.get((src.name, u.id)) or defaults.get(u.source)
            if entry is None or not entry[0].strip():
                units.append(dataclasses.replace(u, target="", state=State.NEW,
                                                 origin=Origin.NONE))
            elif _by_person(entry[1]):
                units.append(dataclasses.replace(u, target=entry[0], state=State.TRANSLATED,
                                                 origin=Origin.HUMAN))
            else:
                units.append(dataclasses.replace(u, target=entry[0], state=State.NEEDS_REVIEW,
                                                 origin=Origin.MT))
        docs.append(dataclasses.replace(base, units=tuple(units)))
    return docs
