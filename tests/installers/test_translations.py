"""Every string the code shows has a finished Korean translation, and the committed .qm files
are what the .ts files compile to: lupdate runs over the code into a copy of the .ts files,
and whatever it adds (a new string), marks vanished (a string gone from the code) or finds
unfinished fails here, with the strings named. `make translations` mends it."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET

import pytest
import translations


@pytest.fixture(scope="module")
def updated(tmp_path_factory):
    """The .ts files as lupdate leaves them after reading today's code."""
    try:
        translations.tool("pyside6-lupdate")
    except SystemExit:
        pytest.skip("pyside6-lupdate is not installed")
    folder = tmp_path_factory.mktemp("translations")
    for language in translations.LANGUAGES:
        shutil.copy(translations.ts_file(language), folder)
    translations.update(folder)
    return folder


def _messages(path):
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def _unfinished(path) -> list[str]:
    return [
        f"{context}: {message.findtext('source')!r}"
        for context, message in _messages(path)
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not "".join(message.find("translation").itertext()).strip()
    ]


@pytest.mark.parametrize("language", sorted(translations.LANGUAGES))
def test_every_string_in_the_code_is_translated(updated, language):
    missing = _unfinished(updated / translations.ts_file(language).name)
    assert not missing, f"{len(missing)} strings lack a translation (make translations):\n" + (
        "\n".join(missing[:40])
    )


@pytest.mark.parametrize("language", sorted(translations.LANGUAGES))
def test_the_ts_file_in_the_repository_is_up_to_date(updated, language):
    committed = translations.ts_file(language).read_text(encoding="utf-8")
    fresh = (updated / translations.ts_file(language).name).read_text(encoding="utf-8")
    assert committed == fresh, "run make translations: the .ts file is behind the code"


def test_the_committed_qm_files_match_the_ts_files(tmp_path):
    try:
        translations.tool("pyside6-lrelease")
    except SystemExit:
        pytest.skip("pyside6-lrelease is not installed")
    translations.release(into=tmp_path)
    for language in translations.LANGUAGES:
        name = translations.ts_file(language).with_suffix(".qm").name
        assert (tmp_path / name).read_bytes() == (translations.FOLDER / name).read_bytes(), (
            f"{name} is older than its .ts: run make translations"
        )


def test_korean_keeps_every_placeholder_and_shortcut_of_the_english():
    """A translation that drops {0} or %Ln would show a hole or a wrong number. (The example
    reply in the template editor may name another of the reply's placeholders.)"""
    examples = {"{first_name}", "{full_name}"}
    wrong = []
    for context, message in _messages(translations.ts_file("ko")):
        source = message.findtext("source")
        for text in message.find("translation").itertext():
            if not text.strip():
                continue
            want = set(re.findall(r"\{[^}]*\}|%L?n", source)) - examples
            if set(re.findall(r"\{[^}]*\}|%L?n", text)) - examples != want:
                wrong.append(f"{context}: {source!r} -> {text!r}")
    assert not wrong, "\n".join(wrong)


def test_english_plurals_have_a_singular_and_a_plural():
    for context, message in _messages(translations.ts_file("en")):
        forms = [f.text for f in message.iter("numerusform")]
        assert len(forms) == 2 and all(forms), f"{context}: {message.findtext('source')!r}"
