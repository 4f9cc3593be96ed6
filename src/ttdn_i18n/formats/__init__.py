"""Translator files: a registry of formats (XLIFF 1.2, XLIFF 2.1, PO) and TMX.

Use the functions here; the format modules are reached through the registry.
"""

from ttdn_i18n.formats.base import Format, Probe, Profile
from ttdn_i18n.formats.omegat import find_review_inputs, read_review_input
from ttdn_i18n.formats.registry import (
    DEFAULT_FORMAT,
    LanguageProblem,
    all_formats,
    check_languages,
    detect_format,
    dump_document,
    find_translation_files,
    format_names,
    get_format,
    is_translation_file,
    parse_document,
    read_document,
    read_document_checked,
    register_format,
    suffix_list,
    translation_suffixes,
    unregister_format,
    write_document,
)

__all__ = [
    "Profile",
    "DEFAULT_FORMAT",
    "find_translation_files",
    "find_review_inputs",
    "read_review_input",
    "suffix_list",
    "Format",
    "Probe",
    "all_formats",
    "detect_format",
    "dump_document",
    "format_names",
    "get_format",
    "is_translation_file",
    "parse_document",
    "read_document",
    "register_format",
    "translation_suffixes",
    "unregister_format",
    "write_document",
    "LanguageProblem",
    "check_languages",
    "read_document_checked",
]
