"""Build and check Feedback Desk's installers. Run with the project's Python (the venv that
has the `dist` extra: PyInstaller).

    python installers/build.py bundle   the one-folder app for this system, in dist/feedback-desk
                                        (macOS: also dist/Feedback Desk.app)
    python installers/build.py deb      Linux: dist/feedback-desk_<version>_<arch>.deb
    python installers/build.py dmg      macOS: dist/Feedback-Desk-<version>.dmg
    python installers/build.py setup    Windows: dist/Feedback-Desk-<version>-setup.exe (Inno Setup)
    python installers/build.py dist     the bundle and this system's installer (`make dist`)
    python installers/build.py check    run the built app and inspect the .deb (`make distcheck`)
    python installers/build.py sizes    the bundle's and the installers' sizes

Everything it writes is under build/ and dist/.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import appinfo
import trim

ROOT = appinfo.ROOT
DIST = ROOT / "dist"
BUILD = ROOT / "build"
BUNDLE = DIST / appinfo.BUNDLE_DIR
LINUX = sys.platform.startswith("linux")
MACOS = sys.platform == "darwin"
WINDOWS = sys.platform == "win32"
APP = DIST / f"{appinfo.NAME}.app"
# What the frozen program is called inside the bundle, on this system.
if WINDOWS:
    PROGRAM = BUNDLE / f"{appinfo.EXE}.exe"  # the console one: it can print
elif MACOS:
    PROGRAM = APP / "Contents" / "MacOS" / appinfo.GUI_EXE
else:
    PROGRAM = BUNDLE / appinfo.EXE
# Korean, Japanese and Chinese reviews need a font with those characters.
DEB_RECOMMENDS = "fonts-noto-cjk"
SMOKE_TIMEOUT = 120  # seconds: a frozen run that hangs (a dialog nobody can click) fails


def say(text: str) -> None:
    print(f"build: {text}", flush=True)


def run(command: list, **options) -> subprocess.CompletedProcess:
    say(" ".join(map(str, command)))
    return subprocess.run(list(map(str, command)), check=True, **options)


def megabytes(path: Path) -> float:
    """Size in MB (10^6 bytes) of a file, or of the files in a folder (links not followed)."""
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir()) / 1e6


def release_date() -> str:
    """The release date for the AppStream metadata: SOURCE_DATE_EPOCH, else the date of the
    commit being built, else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), UTC).date().isoformat()
    try:
        found = subprocess.run(
            ["git", "-C", str(ROOT), "log", "-1", "--format=%cs"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", found):
            return found
    except (OSError, subprocess.CalledProcessError):
        pass
    return datetime.now(UTC).date().isoformat()


# --- the bundle --------------------------------------------------------------------------------


def bundle() -> None:
    """PyInstaller, from the spec, into dist/feedback-desk."""
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            DIST,
            "--workpath",
            BUILD / "pyinstaller",
            appinfo.INSTALLERS / "feedback-desk.spec",
        ],
        cwd=ROOT,
    )
    say(f"bundle: {BUNDLE} ({megabytes(BUNDLE):.1f} MB)")


def system_dependencies() -> tuple[list[str], str]:
    """The Debian packages the bundle needs from the system, and the oldest glibc it runs
    on: read off the ELF files of the bundle, so the Depends line says what is really
    loaded."""
    wanted = trim.unresolved_libraries(BUNDLE)
    unknown = sorted(set(wanted) - set(trim.DEBIAN_PACKAGES))
    if unknown:
        lines = [f"  {name} (needed by {', '.join(sorted(wanted[name])[:3])})" for name in unknown]
        raise SystemExit(
            "build: the bundle needs system libraries that installers/trim.py does not map to "
            "a Debian package (add them to DEBIAN_PACKAGES, or bundle them):\n" + "\n".join(lines)
        )
    packages = sorted({trim.DEBIAN_PACKAGES[name] for name in wanted})
    return packages, glibc_needed(BUNDLE)


def glibc_needed(folder: Path) -> str:
    """The newest GLIBC_x.y symbol version any ELF file of the folder asks for."""
    newest = (2, 17)
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink() and trim.elf_needed(path) is not None:
            for major, minor in re.findall(rb"GLIBC_(\d+)\.(\d+)", path.read_bytes()):
                newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}"


# --- Linux: the .deb ---------------------------------------------------------------------------


def deb_path() -> Path:
    return DIST / f"{appinfo.PACKAGE}_{deb_version()}_{architecture()}.deb"


def deb_version() -> str:
    # Debian orders 1.0~rc1 before 1.0; PEP 440's 1.0rc1 would sort after it.
    return re.sub(r"(\d)((?:a|b|rc)\d+)", r"\1~\2", appinfo.VERSION)


@functools.cache
def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def deb_values(depends: str = "", installed_kib: int = 0) -> dict:
    return appinfo.base_values() | {
        "DATE": release_date(),
        "DEB_VERSION": deb_version(),
        "ARCH": architecture() if LINUX else "amd64",
        "MAINTAINER": os.environ.get(
            "DEB_MAINTAINER", f"The {appinfo.NAME} developers <maintainers@feedbackdesk.invalid>"
        ),
        "DEPENDS": depends,
        "RECOMMENDS": DEB_RECOMMENDS,
        "INSTALLED_SIZE": str(installed_kib),
    }


def template(name: str, values: dict) -> str:
    return appinfo.fill((appinfo.INSTALLERS / "linux" / name).read_text(encoding="utf-8"), values)


def deb() -> Path:
    """dist/feedback-desk_<version>_<arch>.deb from the bundle: the program in
    /opt/feedback-desk, the command in /usr/bin, the launcher, icons and AppStream metadata.
    No maintainer scripts: installing, upgrading and removing only ever touch these files."""
    if not LINUX:
        raise SystemExit("build: a .deb is built on Linux")
    if not (BUNDLE / appinfo.EXE).exists():
        raise SystemExit(f"build: no bundle in {BUNDLE}: run `python installers/build.py bundle`")
    packages, glibc = system_dependencies()
    depends = ", ".join([f"libc6 (>= {glibc})", *packages])
    root = BUILD / "deb" / "root"
    shutil.rmtree(root.parent, ignore_errors=True)
    opt = root / "opt" / appinfo.PACKAGE
    shutil.copytree(BUNDLE, opt, symlinks=True)
    usr = root / "usr"
    (usr / "bin").mkdir(parents=True)
    (usr / "bin" / appinfo.EXE).symlink_to(f"../../opt/{appinfo.PACKAGE}/{appinfo.EXE}")
    values = deb_values(depends=depends)
    share = usr / "share"
    write(
        share / "applications" / f"{appinfo.APP_ID}.desktop",
        template("feedback-desk.desktop.in", values),
    )
    write(
        share / "metainfo" / f"{appinfo.APP_ID}.metainfo.xml", template("metainfo.xml.in", values)
    )
    for size in appinfo.ICON_SIZES:
        icon = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{appinfo.APP_ID}.png"
        icon.parent.mkdir(parents=True)
        shutil.copy(appinfo.icon_png(size), icon)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps" / f"{appinfo.APP_ID}.svg"
    scalable.parent.mkdir(parents=True)
    shutil.copy(appinfo.ICON_SVG, scalable)
    doc = share / "doc" / appinfo.PACKAGE
    write(doc / "copyright", template("copyright.in", values))
    changelog = (
        f"{appinfo.PACKAGE} ({deb_version()}) stable; urgency=medium\n\n"
        f"  * Release {appinfo.VERSION}.\n"
    )
    with gzip.GzipFile(doc / "changelog.gz", "wb", mtime=0) as f:
        f.write(changelog.encode())
    normalise_modes(root)
    installed_kib = sum(-(-p.lstat().st_size // 1024) for p in root.rglob("*") if not p.is_dir())
    control = root / "DEBIAN"
    control.mkdir()
    write(
        control / "control",
        template("control.in", values | {"INSTALLED_SIZE": str(installed_kib)}),
    )
    write(control / "md5sums", md5sums(root))
    out = deb_path()
    out.unlink(missing_ok=True)
    began = time.perf_counter()
    run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", root, out])
    say(f"deb: {out} ({megabytes(out):.1f} MB, {time.perf_counter() - began:.0f} s to compress)")
    return out


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def normalise_modes(root: Path) -> None:
    """Folders 0755; files 0755 when executable, else 0644 (what dpkg and lintian expect)."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if path.stat().st_mode & 0o111 else 0o644)


def md5sums(root: Path) -> str:
    lines = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink() and "DEBIAN" not in path.parts:
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            lines.append(f"{digest}  {path.relative_to(root).as_posix()}")
    return "\n".join(lines) + "\n"


# --- macOS and Windows -------------------------------------------------------------------------


def dmg() -> Path:
    if not MACOS:
        raise SystemExit("build: a .dmg is made on macOS")
    out = DIST / f"Feedback-Desk-{appinfo.VERSION}.dmg"
    run(["bash", appinfo.INSTALLERS / "macos" / "make-dmg.sh", APP, out, appinfo.NAME])
    return out


def inno_compiler() -> str | None:
    found = shutil.which("iscc")
    if found:
        return found
    for base in (
        os.environ.get("PROGRAMFILES(X86)"),
        os.environ.get("PROGRAMFILES"),
        os.path.join(os.environ.get("LOCALAPPDATA", ""), "Programs"),
    ):
        if base and Path(base, "Inno Setup 6", "ISCC.exe").exists():
            return str(Path(base, "Inno Setup 6", "ISCC.exe"))
    return None


def inno_defines() -> list[str]:
    """What installers/windows/feedback-desk.iss is told on iscc's command line."""
    return [
        f"/DAppName={appinfo.NAME}",
        f"/DAppVersion={appinfo.VERSION}",
        f"/DAppNumericVersion={appinfo.numeric_version()}",
        f"/DAppExe={appinfo.GUI_EXE}.exe",
        f"/DSourceDir={BUNDLE}",
        f"/DOutputDir={DIST}",
    ]


def setup() -> Path:
    if not WINDOWS:
        raise SystemExit("build: the Windows installer is made on Windows")
    iscc = inno_compiler()
    if not iscc:
        raise SystemExit("build: Inno Setup 6.3 (iscc) not found: install it from jrsoftware.org")
    run([iscc, *inno_defines(), appinfo.INSTALLERS / "windows" / "feedback-desk.iss"])
    return DIST / f"Feedback-Desk-{appinfo.VERSION}-setup.exe"


def dist() -> None:
    bundle()
    if LINUX:
        deb()
    elif MACOS:
        dmg()
    elif WINDOWS:
        if inno_compiler():
            setup()
        else:
            say(
                "Inno Setup 6.3 (iscc) not found: the bundle is built; install Inno Setup to "
                "make the installer, then run `python installers/build.py setup`"
            )


# --- checks ------------------------------------------------------------------------------------


def frozen(program: Path, *args: str, home: Path, expect: str = "") -> str:
    """Run the frozen program offscreen, with its data in ``home``; its output."""
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "FEEDBACK_DESK_HOME": str(home)}
    command = [str(program), *args]
    say(" ".join(command))
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            env=env,
            timeout=SMOKE_TIMEOUT,
            stdin=subprocess.DEVNULL,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise SystemExit(
            f"check: {' '.join(command)} did not finish in {SMOKE_TIMEOUT} s"
        ) from None
    if done.returncode != 0 or expect not in done.stdout:
        raise SystemExit(
            f"check: {' '.join(command)} failed ({done.returncode}):\n{done.stdout}{done.stderr}"
        )
    return done.stdout


def check_program(program: Path, work: Path) -> None:
    """The frozen program: its version, the window painted offscreen (each page), the demo
    data, the report PDF, and an import big enough to use the helper process."""
    home, db = work / "home", work / "check.db"
    out = frozen(program, "--version", home=home)
    if out.strip() != f"{appinfo.NAME} {appinfo.VERSION}":
        raise SystemExit(f"check: --version printed {out!r}")
    ready = frozen(program, "--db", str(db), "gui", "--smoke", home=home, expect="ready ")
    say(f"  {ready.strip()} (empty database)")
    frozen(program, "--db", str(db), "demo", home=home, expect="demo feedback")
    for page in ("inbox", "dashboard", "reports"):
        frozen(
            program, "--db", str(db), "gui", "--smoke", "--page", page, home=home, expect="ready "
        )
    pdf = work / "report.pdf"
    frozen(program, "--db", str(db), "report", "--month", "2026-11", "--out", str(pdf), home=home)
    if not pdf.read_bytes().startswith(b"%PDF"):
        raise SystemExit("check: the report is not a PDF")
    big = work / "big.csv"
    write_big_csv(big)
    frozen(
        program,
        "--db",
        str(work / "import.db"),
        "import",
        str(big),
        home=home,
        expect="Imported 12000 new feedback items",
    )
    if list(home.rglob("*.db")):
        raise SystemExit("check: a database was written in the data folder though --db was given")
    check_team_server(program, home)


def check_team_server(program: Path, home: Path) -> None:
    """The frozen program on a team server: psycopg and its own libpq made it into the
    bundle, and reach a server as one elsewhere is (over TCP, TLS with its certificate
    checked, a password) where openssl can make the certificate. The tests' PostgreSQL
    (tests/pg.py) serves it; where none can start, this part is skipped with the reason
    (failed instead when FEEDBACK_DESK_REQUIRE_POSTGRES=1)."""
    sys.path.insert(0, str(ROOT))
    from tests import pg

    tls = shutil.which("openssl") is not None
    try:
        server = pg.start(tls=tls)
    except pg.Unavailable as why:
        if pg.required():
            raise SystemExit(f"check: {pg.REQUIRE_ENV}=1 but {why}") from None
        say(f"  team server: skipped ({why})")
        return
    try:
        name = server.create_database()
        url = server.tls_url(name) if tls else server.url(name)
        frozen(program, "--db", url, "demo", home=home, expect="demo feedback")
        stats = frozen(program, "--db", url, "stats", "--json", home=home, expect='"feedback"')
        ready = frozen(program, "--db", url, "gui", "--smoke", home=home, expect="ready ")
        how = "over TLS" if tls else "on its socket"
        say(f"  {ready.strip()} (team server {how}, {json.loads(stats)['feedback']} items)")
    finally:
        server.stop()


def write_big_csv(path: Path, rows: int = 12000) -> None:
    """A CSV of over 2 MB: an import scores its texts in a helper process (from 150 KB)."""
    words = [
        "great",
        "coffee",
        "slow",
        "service",
        "friendly",
        "staff",
        "cold",
        "food",
        "lovely",
        "cake",
        "rude",
        "waiter",
    ]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("Date,Rating,Review,Name\n")
        for n in range(rows):
            text = " ".join(words[(n * 7 + k * 3) % len(words)] for k in range(30))
            f.write(f"2026-{1 + n % 9:02d}-{1 + n % 28:02d},{1 + n % 5},{text} {n},Customer {n}\n")
    assert path.stat().st_size > 2_000_000


def check_deb(work: Path) -> None:
    """Unpack the .deb into a scratch root (dpkg -x) and check what it would install."""
    package = deb_path()
    if not package.exists():
        raise SystemExit(f"check: {package} is missing: run `python installers/build.py deb`")
    info = subprocess.run(
        ["dpkg-deb", "--info", package], capture_output=True, text=True, check=True
    ).stdout
    say("deb control:\n" + info)
    control = dict(re.findall(r"^ (\S[^:]*): (.*)$", info, re.MULTILINE))
    problems = []
    expected = {
        "Package": appinfo.PACKAGE,
        "Version": deb_version(),
        "Architecture": architecture(),
    }
    for key, value in expected.items():
        if control.get(key) != value:
            problems.append(f"control {key} is {control.get(key)!r}, not {value!r}")
    members = re.findall(r"^\s+\d+ bytes,\s+\d+ lines\s+\*?\s*(\S+)", info, re.MULTILINE)
    if sorted(members) != ["control", "md5sums"]:
        problems.append(f"the control archive holds {members}: no maintainer scripts allowed")
    listing = subprocess.run(
        ["dpkg-deb", "--contents", package], capture_output=True, text=True, check=True
    ).stdout
    if any(not line.split()[1].startswith("root/root") for line in listing.splitlines()):
        problems.append("some files are not owned by root/root")
    root = work / "root"
    run(["dpkg", "-x", package, root])
    exe = root / "opt" / appinfo.PACKAGE / appinfo.EXE
    link = root / "usr" / "bin" / appinfo.EXE
    if not (exe.is_file() and os.access(exe, os.X_OK)):
        problems.append(f"{exe} is not an executable file")
    if not link.is_symlink() or link.resolve() != exe.resolve():
        problems.append(
            f"/usr/bin/{appinfo.EXE} does not point to /opt/{appinfo.PACKAGE}/{appinfo.EXE}"
        )
    share = root / "usr" / "share"
    desktop = share / "applications" / f"{appinfo.APP_ID}.desktop"
    metainfo = share / "metainfo" / f"{appinfo.APP_ID}.metainfo.xml"
    wanted = [
        desktop,
        metainfo,
        share / "doc" / appinfo.PACKAGE / "copyright",
        share / "icons" / "hicolor" / "scalable" / "apps" / f"{appinfo.APP_ID}.svg",
    ]
    wanted += [
        share / "icons" / "hicolor" / f"{s}x{s}" / "apps" / f"{appinfo.APP_ID}.png"
        for s in appinfo.ICON_SIZES
    ]
    wanted.append(root / "opt" / appinfo.PACKAGE / "_internal" / "licenses" / "THIRD-PARTY.txt")
    problems += [f"{p.relative_to(root)} is missing" for p in wanted if not p.is_file()]
    outside = sorted({p.relative_to(root).parts[0] for p in root.iterdir()} - {"opt", "usr"})
    if outside:
        problems.append(f"files outside /opt and /usr: {outside}")
    if desktop.is_file():
        text = desktop.read_text(encoding="utf-8")
        for line in (
            f"Exec={appinfo.EXE} %f",
            f"Icon={appinfo.APP_ID}",
            "Categories=Office;",
            "MimeType=text/csv;text/tab-separated-values;",
        ):
            if line not in text.splitlines():
                problems.append(f"the .desktop file has no line {line!r}")
    problems += validate(desktop, metainfo)
    if problems:
        raise SystemExit("check: the .deb is wrong:\n  " + "\n  ".join(problems))
    # The program as installed (from /opt, through the /usr/bin link) runs too.
    frozen(link, "--version", home=work / "home")
    frozen(
        link,
        "--db",
        str(work / "installed.db"),
        "gui",
        "--smoke",
        home=work / "home",
        expect="ready ",
    )
    say(f"deb: {package.name} is good ({megabytes(package):.1f} MB)")


def validate(desktop: Path, metainfo: Path) -> list[str]:
    """desktop-file-validate and appstreamcli, where installed (a missing one is said)."""
    problems = []
    if shutil.which("desktop-file-validate") and desktop.is_file():
        done = subprocess.run(["desktop-file-validate", desktop], capture_output=True, text=True)
        if done.returncode != 0 or done.stdout.strip():
            problems.append(f"desktop-file-validate: {done.stdout.strip() or done.stderr.strip()}")
        else:
            say("desktop-file-validate: no complaints")
    else:
        say("desktop-file-validate is not installed (Debian: desktop-file-utils): skipped")
    if shutil.which("appstreamcli") and metainfo.is_file():
        done = subprocess.run(
            ["appstreamcli", "validate", "--no-net", "--pedantic", metainfo],
            capture_output=True,
            text=True,
        )
        say("appstreamcli validate --no-net --pedantic:\n" + done.stdout.strip())
        if done.returncode != 0:
            problems.append("appstreamcli validate failed (above)")
    else:
        say("appstreamcli is not installed (Debian: appstream): skipped")
    return problems


def out_of_date() -> list[Path]:
    """What is missing or older than the sources it is built from (the package, resources/,
    installers/, pyproject.toml)."""
    targets = [PROGRAM] + ([deb_path()] if LINUX else [])
    sources = [ROOT / "pyproject.toml"] + [
        p
        for folder in ("feedback_desk", "resources", "installers")
        for p in (ROOT / folder).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    ]
    newest = max(p.stat().st_mtime for p in sources)
    return [t for t in targets if not t.exists() or t.stat().st_mtime < newest]


def check(build_first: bool = False) -> None:
    stale = out_of_date() if build_first else []
    if stale:
        say(f"building first: {', '.join(p.name for p in stale)} missing or out of date")
        if PROGRAM in stale:
            dist()
        else:  # the bundle is up to date: only its .deb is made again
            deb()
    if not PROGRAM.exists():
        raise SystemExit(f"check: {PROGRAM} is missing: run `python installers/build.py dist`")
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="feedback-desk-check-") as scratch:
        work = Path(scratch)
        check_program(PROGRAM, work)
        if LINUX:
            check_deb(work)
    sizes()
    say(f"check: all good in {time.perf_counter() - began:.0f} s")


def sizes() -> None:
    for path in (
        BUNDLE,
        APP,
        deb_path() if LINUX else None,
        DIST / f"Feedback-Desk-{appinfo.VERSION}.dmg",
        DIST / f"Feedback-Desk-{appinfo.VERSION}-setup.exe",
    ):
        if path is not None and path.exists():
            say(f"size: {path.name}: {megabytes(path):.1f} MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    steps = {
        "bundle": bundle,
        "deb": deb,
        "dmg": dmg,
        "setup": setup,
        "dist": dist,
        "check": check,
        "sizes": sizes,
    }
    parser.add_argument("step", choices=steps)
    parser.add_argument(
        "--build", action="store_true", help="check: build first what is missing or out of date"
    )
    args = parser.parse_args()
    if args.step == "check":
        check(build_first=args.build)
    else:
        steps[args.step]()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
