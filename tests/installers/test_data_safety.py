"""Installing, upgrading and removing Feedback Desk never touch the owner's database, its
backups or the logs: the program and the data live in separate folders on every system, and
no step of any installer deletes anything outside the program's own folder."""

from __future__ import annotations

import ntpath
import os
import posixpath
import re
import shutil
import subprocess

import appinfo
import build
import pytest

from tests.installers.test_recipes import ISS, entries, setup_keys

LOCALAPPDATA = r"C:\Users\owner\AppData\Local"
HOME = "/home/owner"


def windows_data_folder(monkeypatch) -> str:
    """platformdirs' own answer for user_data_path("Feedback Desk", appauthor=False)."""
    import platformdirs.windows

    monkeypatch.setattr(platformdirs.windows, "get_win_folder", lambda _: LOCALAPPDATA)
    found = platformdirs.windows.Windows(appinfo.NAME, appauthor=False).user_data_dir
    return ntpath.normpath(found.replace("/", "\\"))


def windows_program_folder() -> str:
    """DefaultDirName with Inno Setup's per-user constants ({autopf} is {userpf} when
    PrivilegesRequired=lowest, and {userpf} is %LOCALAPPDATA%\\Programs)."""
    folder = setup_keys()["DefaultDirName"]
    folder = folder.replace("{autopf}", LOCALAPPDATA + r"\Programs")
    folder = folder.replace("{localappdata}", LOCALAPPDATA).replace("{#AppName}", appinfo.NAME)
    assert "{" not in folder, folder
    return ntpath.normpath(folder)


def overlap(a: str, b: str, sep: str) -> bool:
    a, b = a.lower().rstrip(sep) + sep, b.lower().rstrip(sep) + sep
    return a.startswith(b) or b.startswith(a)


def test_windows_program_and_data_folders_never_overlap(monkeypatch):
    data = windows_data_folder(monkeypatch)
    program = windows_program_folder()
    assert data == LOCALAPPDATA + "\\" + appinfo.NAME
    assert program == LOCALAPPDATA + "\\Programs\\" + appinfo.NAME
    assert not overlap(program, data, "\\")


def test_the_windows_installer_refuses_a_folder_mixed_with_the_data():
    text = ISS.read_text(encoding="utf-8")
    # The [Code] check uses the very folder platformdirs gives.
    assert r"ExpandConstant('{localappdata}\{#AppName}')" in text
    assert "function PrepareToInstall" in text
    assert "Inside(Target, DataFolder()) or Inside(DataFolder(), Target)" in text


def test_windows_deletes_only_inside_the_program_folder():
    for section in ("InstallDelete", "UninstallDelete"):
        for entry in entries(section):
            assert entry["Name"].startswith("{app}\\"), entry
            assert entry["Name"] != "{app}\\"
    text = ISS.read_text(encoding="utf-8")
    code = text[text.index("[Code]") :]
    assert not re.search(r"\b(DelTree|DeleteFile|RemoveDir|DelayDeleteFile)\b", code)
    assert "{localappdata}" not in text.replace(r"ExpandConstant('{localappdata}\{#AppName}')", "")


def test_macos_app_and_data_folders_never_overlap(monkeypatch):
    import platformdirs.macos

    monkeypatch.setenv("HOME", HOME)
    data = platformdirs.macos.MacOS(appinfo.NAME, appauthor=False).user_data_dir
    assert data == f"{HOME}/Library/Application Support/{appinfo.NAME}"
    assert not overlap(f"/Applications/{appinfo.NAME}.app", data, "/")
    script = (appinfo.INSTALLERS / "macos" / "make-dmg.sh").read_text(encoding="utf-8")
    assert "Library" not in script and 'rm -rf "$stage"' in script


def test_linux_program_and_data_folders_never_overlap(monkeypatch):
    import platformdirs.unix

    monkeypatch.setenv("HOME", HOME)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    data = platformdirs.unix.Unix(appinfo.NAME, appauthor=False).user_data_dir
    assert data == f"{HOME}/.local/share/{appinfo.NAME}"
    for program in (f"/opt/{appinfo.PACKAGE}", f"/usr/bin/{appinfo.EXE}"):
        assert not overlap(posixpath.normpath(program), data, "/")


@pytest.mark.skipif(not shutil.which("dpkg-deb"), reason="dpkg-deb is not installed")
def test_the_deb_has_no_maintainer_scripts_and_installs_only_into_opt_and_usr(
    tmp_path, monkeypatch
):
    """build.deb() on a stand-in bundle: the package it makes, unpacked."""
    bundle = tmp_path / "dist" / appinfo.BUNDLE_DIR
    (bundle / "_internal").mkdir(parents=True)
    program = bundle / appinfo.EXE
    program.write_text("#!/bin/sh\necho stand-in\n")
    program.chmod(0o755)
    monkeypatch.setattr(build, "DIST", tmp_path / "dist")
    monkeypatch.setattr(build, "BUILD", tmp_path / "build")
    monkeypatch.setattr(build, "BUNDLE", bundle)
    monkeypatch.setattr(build, "LINUX", True)
    package = build.deb()
    control = tmp_path / "control"
    subprocess.run(["dpkg-deb", "--control", str(package), str(control)], check=True)
    assert sorted(os.listdir(control)) == ["control", "md5sums"]  # no preinst, postrm...
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(package), str(root)], check=True)
    assert sorted(os.listdir(root)) == ["opt", "usr"]  # nothing in home folders, /etc, /var
    assert (
        os.readlink(root / "usr" / "bin" / appinfo.EXE)
        == f"../../opt/{appinfo.PACKAGE}/{appinfo.EXE}"
    )
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(package)], capture_output=True, text=True, check=True
    ).stdout
    assert all(line.split()[1] == "root/root" for line in listing.splitlines())
