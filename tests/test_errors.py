"""One error base; each layer names options in its own terms."""

from __future__ import annotations

from ttdn_i18n.errors import OPTION_NAMES, OutputError, SourceError, TtdnError


def test_library_message_names_parameters_cli_message_names_flags() -> None:
    err = OutputError("output folder x is not writable; choose another {opt:out} folder")
    assert str(err) == "output folder x is not writable; choose another out_dir folder"
    assert err.cli_message() == "output folder x is not writable; choose another --out folder"


def test_every_option_has_both_names_and_unknown_ones_stay_visible() -> None:
    for key, (library, flag) in OPTION_NAMES.items():
        assert library and flag.startswith("--"), key
    assert str(SourceError("pass {opt:nope}")) == "pass {opt:nope}"


def test_messages_stay_on_one_line() -> None:
    assert str(TtdnError("a\n  b\tc")) == "a b c"
