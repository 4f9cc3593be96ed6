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
    <project>/omegat/project_save.tmx   seed: units a person already translated or approved,
                                        bound to the unit (props file + id), changeid = the person

The seeded ``project_save.tmx`` is what OmegaT itself keeps the translator's
work in, so reviewed units open as translated segments; when the project is
written again, the translator's entries already there (changeid not
``ttdn-mt…``) are kept.

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

from lxml import etree

from ttdn_i18n.atomic import atomic_write
from ttdn_i18n.errors import FormatError
from ttdn_i18n.formats.registry import (
    LanguageProblem,
    check_languages,
    find_translation_files,
    read_document,
    read_document_checked,
)
from ttdn_i18n.formats.xliff12 import FORMAT as XLIFF12
from ttdn_i18n.formats.xliff12 import dump_xliff12
from ttdn_i18n.model import Document, Origin, State, Unit
from ttdn_i18n.xmlsafe import escape_text, quote_attribute

__all__ = [
    "MT_CHANGEID",
    "REVIEWED_CHANGEID",
    "find_review_inputs",
    "is_omegat_project",
    "omegat_work",
    "project_dir_name",
    "read_omegat_files",
    "read_omegat_project",
    "read_project_stats",
    "read_review_input",
    "source_file_name",
    "write_omegat_project",
]

MT_CHANGEID = "ttdn-mt"
#: The changeid of a seeded translation when the unit names no reviewer.
REVIEWED_CHANGEID = "ttdn-reviewed"
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


def is_omegat_project(path: Path | str) -> bool:
    """Is ``path`` an OmegaT project folder (it holds ``omegat.project``)?"""
    return (Path(path) / "omegat.project").is_file()


def project_dir_name() -> str:
    """The project folder inside ``OUT/<lang>/`` (no spaces: the omegat wrapper breaks on them)."""
    return "omegat-project"


def source_file_name(doc: Document) -> str:
    return re.sub(r"[^\w.-]+", "_", doc.article_id) + XLIFF12.suffix


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
    <target_lang>{escape_text(lang)}</target_lang>
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
            f'      <prop type="file">{escape_text(file)}</prop>\n'
            f'      <prop type="id">{escape_text(uid)}</prop>\n'
            f'      <tuv xml:lang="vi"><seg>{escape_text(source)}</seg></tuv>\n'
            f'      <tuv xml:lang={quote_attribute(lang)} changeid="{MT_CHANGEID}" '
            f'creationid="{MT_CHANGEID}"><seg>{escape_text(target)}</seg></tuv>\n'
            "    </tu>\n"
        )
    return head + "".join(body) + "  </body>\n</tmx>\n"


def _one(s: str) -> str:
    return re.sub(r"[\t\r\n]+", " ", s).strip()


@dataclasses.dataclass(frozen=True)
class _SaveEntry:
    """One ``<tu>`` of ``project_save.tmx``: the target ``<tuv>``'s attributes kept as read."""

    source: str
    text: str
    changeid: str
    attrs: tuple[tuple[str, str], ...] = ()
    file: str = ""  # file + id: an alternative bound to one unit; empty: a default
    id: str = ""


def _reviewer(u: Unit) -> str:
    """Who to name as the author of a reviewed unit: a person's note author, or ttdn-reviewed."""
    for n in u.notes:
        who = _one(n.author)
        if who and not who.lower().startswith("ttdn"):
            return who
    return REVIEWED_CHANGEID


def _save_tmx(lang: str, entries: Iterable[_SaveEntry]) -> str:
    """``project_save.tmx`` as OmegaT 3.6 writes it (TMX 1.1, ``lang=``), defaults first."""
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.1">\n'
            '  <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" '
            'datatype="plaintext" creationtoolversion="3.6.0_10_unknown" segtype="paragraph" '
            'srclang="vi"/>\n  <body>\n')
    ordered = sorted(entries, key=lambda e: (bool(e.file), e.file, e.id, e.source))
    body = []
    for e in ordered:
        props = ""
        if e.file:
            props = (f'      <prop type="file">{escape_text(e.file)}</prop>\n'
                     f'      <prop type="id">{escape_text(e.id)}</prop>\n')
        attrs = dict(e.attrs) or {"changeid": e.changeid, "creationid": e.changeid}
        attr_text = "".join(f" {k}={quote_attribute(v)}" for k, v in attrs.items()
                            if k in ("changeid", "changedate", "creationid", "creationdate"))
        body.append(f"    <tu>\n{props}"
                    f'      <tuv lang="vi"><seg>{escape_text(e.source)}</seg></tuv>\n'
                    f"      <tuv lang={quote_attribute(lang)}{attr_text}>"
                    f"<seg>{escape_text(e.text)}</seg></tuv>\n    </tu>\n")
    return head + "".join(body) + "  </body>\n</tmx>\n"


def _seed(docs: Sequence[Document], project: Path, lang: str) -> list[_SaveEntry]:
    """The reviewed units of ``docs`` as alternatives, plus the translator's entries already saved.

    A translator's saved alternative for a unit wins over the document (it is
    their latest word; ``translate`` reads it into the document first); a
    unit's entry keeps the changeid (and dates) of the translator's saved
    default entry when the text is the same, so a rerun does not rename the author.
    """
    defaults, alts = _project_save(project, lang)
    seeded: dict[tuple[str, str], _SaveEntry] = {}
    for doc in docs:
        name = source_file_name(doc)
        for u in doc.units:
            if not (u.translate and u.state.reviewed and u.target.strip()
                    and u.source.strip()):
                continue
            own = alts.get((name, u.id))
            saved = defaults.get(u.source)
            if own is not None and _by_person(own.changeid):
                entry = own  # what the translator last saved for this unit wins
            elif saved is not None and saved.text == u.target and _by_person(saved.changeid):
                entry = dataclasses.replace(saved, source=u.source, file=name, id=u.id)
            else:
                entry = _SaveEntry(u.source, u.target, _reviewer(u), file=name, id=u.id)
            seeded[(name, u.id)] = entry
    # Never lose a translator's work: what OmegaT saved and no unit above covers stays.
    kept = [e for key, e in alts.items() if key not in seeded and _by_person(e.changeid)]
    kept += [e for e in defaults.values() if _by_person(e.changeid)]
    return [*seeded.values(), *kept]


def write_omegat_project(docs: Sequence[Document], project: Path) -> Path:
    """Write (or refresh) the OmegaT project for ``docs`` (all one target language).

    Reviewed units (translated, signed off, final) are seeded into
    ``omegat/project_save.tmx`` so OmegaT shows them translated; a translator's
    entries already saved there are kept.
    """
    langs = {d.target_lang for d in docs}
    if len(langs) != 1:
        raise FormatError(f"an OmegaT project holds one target language, got {sorted(langs)}")
    lang = langs.pop()
    seed = _seed(docs, project, lang)  # read before anything in the project is replaced
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
    atomic_write(project / "omegat" / "project_save.tmx", _save_tmx(lang, seed).encode("utf-8"))
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


def _project_save(project: Path, lang: str) -> tuple[dict[str, _SaveEntry],
                                                      dict[tuple[str, str], _SaveEntry]]:
    """``omegat/project_save.tmx``: (defaults by source text, alternatives by (file, id))."""
    path = project / "omegat" / "project_save.tmx"
    defaults: dict[str, _SaveEntry] = {}
    alts: dict[tuple[str, str], _SaveEntry] = {}
    if not path.exists():
        return defaults, alts
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.parse(str(path), parser).getroot()
    except (etree.XMLSyntaxError, OSError) as exc:
        raise FormatError(f"{path}: cannot read OmegaT's saved translations: {exc}; restore "
                          "it from project_save.tmx.bak or the latest backup in omegat/") from None
    want = lang.lower().split("-")[0]
    for tu in root.iter("tu"):
        props = {p.get("type"): (p.text or "") for p in tu.findall("prop")}
        src: str | None = None
        tgt: tuple[str, str, tuple[tuple[str, str], ...]] | None = None
        for tuv in tu.findall("tuv"):
            tl = (tuv.get("lang") or tuv.get(_XML_LANG) or "").lower().split("-")[0]
            seg = tuv.find("seg")
            text = "".join(seg.itertext()) if seg is not None else ""
            if tl == "vi":
                src = text
            elif tl == want:
                attrs = tuple((str(k), str(v)) for k, v in tuv.attrib.items()
                              if not str(k).startswith("{"))
                tgt = (text, tuv.get("changeid") or tuv.get("creationid") or "", attrs)
        if src is None or tgt is None:
            continue
        if "file" in props and "id" in props:
            alts[(props["file"], props["id"])] = _SaveEntry(src, tgt[0], tgt[1], tgt[2],
                                                            props["file"], props["id"])
        else:
            defaults[src] = _SaveEntry(src, tgt[0], tgt[1], tgt[2])
    return defaults, alts


def _by_person(changeid: str) -> bool:
    return bool(changeid) and not changeid.startswith(MT_CHANGEID)


def read_omegat_project(project: Path) -> list[Document]:
    """The documents of an OmegaT project we wrote, with the translator's work as targets."""
    return [doc for _, doc in read_omegat_files(project)]


def read_omegat_files(project: Path) -> list[tuple[Path, Document]]:
    """(file read, document) per article of the project: ``target/`` when OmegaT created it."""
    sources = sorted((project / "source").glob("*.xlf"))
    if not sources:
        raise FormatError(f"{project}: no source/*.xlf; is this an OmegaT project ttdn-i18n wrote?")
    docs: list[tuple[Path, Document]] = []
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
            if entry is None or not entry.text.strip():
                units.append(dataclasses.replace(u, target="", state=State.NEW,
                                                 origin=Origin.NONE))
            elif _by_person(entry.changeid):
                units.append(dataclasses.replace(u, target=entry.text, state=State.TRANSLATED,
                                                 origin=Origin.HUMAN))
            else:
                units.append(dataclasses.replace(u, target=entry.text,
                                                 state=State.NEEDS_REVIEW, origin=Origin.MT))
        docs.append((target_file if target_file.exists() else src,
                     dataclasses.replace(base, units=tuple(units))))
    return docs


def omegat_work(project: Path) -> dict[str, Document]:
    """A translator's work in the project, per article id: only the units a person translated.

    Empty when ``project`` is no OmegaT project or holds no source files.
    """
    if not is_omegat_project(project) or not any((project / "source").glob("*.xlf")):
        return {}
    work: dict[str, Document] = {}
    for doc in read_omegat_project(project):
        units = tuple(u for u in doc.units if u.translate and u.state is State.TRANSLATED
                      and u.origin is Origin.HUMAN)
        if units:
            work[doc.article_id] = dataclasses.replace(doc, units=units)
    return work


# --------------------------------------------------------------------------- discovery


def find_review_inputs(root: Path | str) -> list[Path]:
    """What ``check``, ``status`` and ``publish`` read in the folder ``root``, sorted.

    ``root`` itself when it is an OmegaT project folder (it holds
    ``omegat.project``); otherwise its translator files
    (:func:`find_translation_files`); a folder with no translator file but
    OmegaT projects in it (projects handed back, unzipped) gives the projects.
    A project folder is read with :func:`read_review_input`.
    """
    root = Path(root)
    if is_omegat_project(root):
        return [root]
    files = find_translation_files(root)
    if files:
        return files
    projects = sorted(p.parent for p in root.rglob("omegat.project")
                      if p.is_file()
                      and not any(part.startswith(".") for part in p.relative_to(root).parts))
    # A project inside another project (a backup copy, say) is part of the outer one.
    return [p for p in projects if not any(q != p and q in p.parents for q in projects)]


def read_review_input(path: Path | str) -> list[tuple[Path, Document, list[LanguageProblem]]]:
    """(file, document, language problems) for a translator file or each article of an
    OmegaT project folder (read with :func:`read_omegat_files`)."""
    path = Path(path)
    if is_omegat_project(path):
        return [(f, *check_languages(doc, f)) for f, doc in read_omegat_files(path)]
    doc, problems = read_document_checked(path)
    return [(path, doc, problems)]
