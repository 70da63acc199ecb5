"""The installer recipes that cannot be run here (Windows, macOS) and the Linux metadata, read
and checked as the tools that use them would read them."""

from __future__ import annotations

import configparser
import plistlib
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import appinfo
import build
import pytest

import feedback_desk

ISS = appinfo.INSTALLERS / "windows" / "feedback-desk.iss"
DMG_SCRIPT = appinfo.INSTALLERS / "macos" / "make-dmg.sh"


def test_name_and_version_come_from_the_package():
    assert appinfo.NAME == feedback_desk.APP_NAME
    assert feedback_desk.__version__ == appinfo.VERSION
    assert appinfo.GUI_EXE == feedback_desk.APP_NAME


@pytest.mark.parametrize(
    ("version", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("2.10", (2, 10, 0, 0)), ("1.2.3rc1", (1, 2, 3, 0))],
)
def test_windows_gets_four_numbers(version, numbers):
    assert appinfo.version_tuple(version) == numbers


def test_a_template_place_without_a_value_is_an_error():
    assert appinfo.fill("@NAME@ @VERSION@", appinfo.base_values()).endswith(appinfo.VERSION)
    with pytest.raises(KeyError):
        appinfo.fill("@NOPE@", {})


def test_no_recipe_types_the_version():
    version = re.escape(appinfo.VERSION)
    for path in appinfo.INSTALLERS.rglob("*"):
        if path.is_file() and path.suffix in {".iss", ".plist", ".in", ".sh", ".spec"}:
            text = path.read_text(encoding="utf-8")
            text = re.sub(r"^\s*[;#].*$", "", text, flags=re.MULTILINE)  # usage comments
            assert not re.search(rf"(?<![\d.]){version}(?![\d.])", text), path


# --- macOS -------------------------------------------------------------------------------------


def test_info_plist_is_filled_from_the_package():
    info = appinfo.macos_info_plist()
    assert info["CFBundleIdentifier"] == appinfo.APP_ID
    assert info["CFBundleShortVersionString"] == appinfo.VERSION
    assert info["CFBundleVersion"] == appinfo.numeric_version()
    assert info["CFBundleName"] == info["CFBundleExecutable"] == appinfo.GUI_EXE
    assert info["NSHighResolutionCapable"] is True
    assert (appinfo.ICONS / info["CFBundleIconFile"]).is_file()
    assert tuple(map(int, info["LSMinimumSystemVersion"].split("."))) >= (11, 0)
    assert "@" not in plistlib.dumps(info).decode()


def test_csv_and_tsv_open_with_the_app_without_it_becoming_their_default():
    types = appinfo.macos_info_plist()["CFBundleDocumentTypes"]
    utis = {uti for entry in types for uti in entry["LSItemContentTypes"]}
    assert utis == {"public.comma-separated-values-text", "public.tab-separated-values-text"}
    assert {entry["LSHandlerRank"] for entry in types} == {"Alternate"}


def test_the_entitlements_are_a_plist():
    entitlements = plistlib.loads(
        (appinfo.INSTALLERS / "macos" / "entitlements.plist").read_bytes()
    )
    assert entitlements == {"com.apple.security.cs.allow-unsigned-executable-memory": True}


def test_make_dmg_is_sound_shell():
    subprocess.run(["bash", "-n", str(DMG_SCRIPT)], check=True)
    assert DMG_SCRIPT.stat().st_mode & 0o111, "make-dmg.sh must be executable"
    text = DMG_SCRIPT.read_text(encoding="utf-8")
    assert "set -euo pipefail" in text
    assert "ln -s /Applications" in text and "-format UDZO" in text
    if shutil.which("shellcheck"):
        subprocess.run(["shellcheck", str(DMG_SCRIPT)], check=True)


def test_make_dmg_refuses_what_is_no_app(tmp_path):
    done = subprocess.run(
        ["bash", str(DMG_SCRIPT), str(tmp_path / "None.app"), str(tmp_path / "x.dmg"), "X"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1 and "not an app bundle" in done.stderr


# --- Windows -----------------------------------------------------------------------------------


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            sections[current] = []
        elif current:
            sections[current].append(line)
    return sections


def setup_keys() -> dict[str, str]:
    return dict(line.split("=", 1) for line in iss_sections()["Setup"])


def entries(section: str) -> list[dict[str, str]]:
    """The `Name: "value"; Flags: x y` lines of a section, as dictionaries."""
    found = []
    for line in iss_sections().get(section, []):
        pairs = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line)
        found.append(
            {
                key: value.strip()[1:-1] if value.startswith('"') else value.strip()
                for key, value in pairs
            }
        )
    return found


def test_per_user_install_without_admin_rights():
    keys = setup_keys()
    assert keys["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in keys
    assert keys["DefaultDirName"] == r"{autopf}\{#AppName}"  # {userpf}: %LOCALAPPDATA%\Programs
    assert keys["ArchitecturesInstallIn64BitMode"] == "x64compatible"
    assert keys["CloseApplications"] == "yes"
    assert keys["Uninstallable"] == "yes"
    assert keys["AppVersion"] == "{#AppVersion}"


def test_the_app_id_is_a_fixed_guid():
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup_keys()["AppId"])


def test_every_preprocessor_name_is_given_by_the_build():
    text = ISS.read_text(encoding="utf-8")
    given = {d[2:].split("=", 1)[0] for d in build.inno_defines()}
    defined = set(re.findall(r"^#define (\w+)", text, re.MULTILINE))
    required = set(re.findall(r"^#ifndef (\w+)\s*\n\s*#error", text, re.MULTILINE))
    assert required <= given
    assert set(re.findall(r"\{#(\w+)\}", text)) <= given | defined


def test_the_shortcuts_open_the_windowed_program_the_spec_builds():
    spec = (appinfo.INSTALLERS / "feedback-desk.spec").read_text(encoding="utf-8")
    assert "program(appinfo.GUI_EXE, False" in spec  # windowed: console=False
    icons = entries("Icons")
    assert {e["Filename"] for e in icons} == {r"{app}\{#AppExe}"}
    desktop = [e for e in icons if e["Name"].startswith("{autodesktop}")]
    assert desktop and desktop[0]["Tasks"] == "desktopicon"
    task = entries("Tasks")[0]
    assert task["Name"] == "desktopicon" and "unchecked" in task["Flags"].split()


def test_the_iss_uses_only_files_the_build_makes():
    icon = setup_keys()["SetupIconFile"].replace("\\", "/")
    assert (ISS.parent / icon).resolve() == appinfo.ICON_ICO
    (files,) = entries("Files")
    assert files["Source"] == r"{#SourceDir}\*" and files["DestDir"] == "{app}"
    text = ISS.read_text(encoding="utf-8")
    uses = set(re.findall(r"\{app\}\\([^\"';\r\n]+)", text))
    assert uses <= {"{#AppExe}", "_internal"}  # the windowed program and its libraries


def test_csv_files_only_gain_an_open_with_entry():
    registry = entries("Registry")
    assert registry and {e["Root"] for e in registry} == {"HKA"}  # HKCU when per-user
    for entry in registry:
        key = entry["Subkey"]
        assert key.startswith("Software\\Classes\\")
        if key.endswith(r"\OpenWithProgids"):
            assert entry["Flags"] == "uninsdeletevalue" and entry["ValueName"] == "{#ProgId}"
        else:  # never the .csv key's own (default) value: the owner's spreadsheet keeps it
            assert not re.fullmatch(r"Software\\Classes\\\.\w+", key)
            assert key.startswith(
                ("Software\\Classes\\{#ProgId}", "Software\\Classes\\Applications\\{#AppExe}")
            )
        if "uninsdeletekey" in entry.get("Flags", ""):
            assert key in (
                "Software\\Classes\\{#ProgId}",
                "Software\\Classes\\Applications\\{#AppExe}",
            )
    commands = [e["ValueData"] for e in registry if e["Subkey"].endswith(r"shell\open\command")]
    assert commands == ['""{app}\\{#AppExe}"" ""%1""'] * 2  # "...exe" "%1": one argument
    supported = {e["ValueName"] for e in registry if e["Subkey"].endswith("SupportedTypes")}
    assert supported == {".csv", ".tsv"}


# --- Linux -------------------------------------------------------------------------------------


def filled(name: str) -> str:
    text = build.template(name, build.deb_values(depends="libc6", installed_kib=1))
    assert not re.search(r"@[A-Z_]+@", text)
    return text


def test_the_desktop_file_opens_a_file_given_to_it():
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read_string(filled("feedback-desk.desktop.in"))
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Name"] == appinfo.NAME
    assert entry["Exec"] == f"{appinfo.EXE} %f"
    assert entry["Icon"] == appinfo.APP_ID
    assert entry["Categories"] == "Office;"
    assert entry["MimeType"] == "text/csv;text/tab-separated-values;"
    assert entry["Terminal"] == "false"


def test_the_desktop_file_validates(tmp_path):
    if not shutil.which("desktop-file-validate"):
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    path = tmp_path / f"{appinfo.APP_ID}.desktop"
    path.write_text(filled("feedback-desk.desktop.in"), encoding="utf-8")
    done = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout


def test_the_appstream_metadata_names_the_release_and_the_launcher(tmp_path):
    text = filled("metainfo.xml.in")
    root = ET.fromstring(text)
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == appinfo.APP_ID
    assert root.findtext("launchable") == f"{appinfo.APP_ID}.desktop"
    assert root.findtext("provides/binary") == appinfo.EXE
    assert root.find("content_rating").get("type") == "oars-1.1"
    release = root.find("releases/release")
    assert release.get("version") == appinfo.VERSION
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", release.get("date"))
    if shutil.which("appstreamcli"):
        path = tmp_path / f"{appinfo.APP_ID}.metainfo.xml"
        path.write_text(text, encoding="utf-8")
        done = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(path)], capture_output=True, text=True
        )
        assert done.returncode == 0, done.stdout


def test_the_control_file_has_the_fields_dpkg_needs():
    fields = dict(re.findall(r"^(\S+): (.*)$", filled("control.in"), re.MULTILINE))
    assert fields["Package"] == appinfo.PACKAGE
    assert fields["Version"] == build.deb_version()
    assert {"Architecture", "Maintainer", "Depends", "Description", "Installed-Size"} <= set(fields)


@pytest.mark.parametrize(("version", "deb"), [("0.1.0", "0.1.0"), ("1.0rc1", "1.0~rc1")])
def test_debian_versions_sort_pre_releases_first(monkeypatch, version, deb):
    monkeypatch.setattr(appinfo, "VERSION", version)
    assert build.deb_version() == deb
