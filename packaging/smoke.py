"""Smoke test of the built app: `python packaging/smoke.py [dist/standpoint/standpoint]`.

Runs the bundle as a user would, in a throw-away home: its command line imports saved web pages into a
new project, marks statements, exports the handout as HTML and PDF; its window starts on the sample
project (offscreen, and on a real X server when Xvfb is installed) and quits itself (STANDPOINT_SMOKE=1).
Each check prints one line; the exit status is 0 when all passed. packaging/build.sh runs it after a build,
and tests/test_packaging.py runs it when a bundle exists.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ARTICLE = HERE / "smoke-article.html"  # navigation, an ad and a footer around an article
SHORT = HERE / "smoke-short.html"  # too short for trafilatura alone
SAMPLE_TITLE = "Unruhen in Kasachstan, Januar 2022"  # annotations/projects.py: proves resources/ was bundled
TIMEOUT = 120  # seconds for one command; a cold first start of the bundle takes a few


class SmokeFailed(Exception):
    """A check of the bundle did not hold; the message says which and what was seen."""


def run(app: Path, *args: str, env: dict[str, str], cwd: Path) -> str:
    """Run the bundle; its standard output, or SmokeFailed with what it said when it failed."""
    done = subprocess.run([str(app), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT)
    if done.returncode != 0:
        raise SmokeFailed(f"`standpoint {' '.join(args)}` exited {done.returncode}:\n{done.stdout}{done.stderr}")
    return done.stdout


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailed(message)


def check_resources(app: Path, env: dict[str, str], work: Path) -> str:
    bundled = app.parent / "_internal" / "resources"
    wanted = sorted(p.relative_to(ROOT / "resources") for p in (ROOT / "resources").rglob("*")
                    if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".py", ".ts"))
    missing = [str(p) for p in wanted if not (bundled / p).is_file()]
    expect(not missing, f"resources missing from the bundle: {', '.join(missing)}")
    return f"{len(wanted)} files of resources/ in the bundle"


def check_libraries(app: Path, env: dict[str, str], work: Path) -> str:
    internal = app.parent / "_internal"
    search = f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"  # where the bootloader and Qt's rpath look
    binaries = [p for p in internal.rglob("*.so*") if p.is_file() and not p.is_symlink()]
    unresolved = set()
    for binary in binaries:
        listed = subprocess.run(["ldd", str(binary)], env={**env, "LD_LIBRARY_PATH": search}, capture_output=True,
                                text=True, timeout=TIMEOUT).stdout  # fmt: skip
        for line in listed.splitlines():
            name = line.split("=>")[0].strip()
            # Wayland's libraries are the desktop's own, never bundled: a Wayland session has them.
            if "not found" in line and not name.startswith("libwayland-"):
                unresolved.add(f"{binary.relative_to(internal)} needs {name}")
    expect(not unresolved, "libraries that load nowhere:\n  " + "\n  ".join(sorted(unresolved)))
    return f"{len(binaries)} libraries, each finds what it links to"


def check_help(app: Path, env: dict[str, str], work: Path) -> str:
    out = run(app, "--help", env=env, cwd=work)
    # Every command module is loaded by name at run time: each must have made it into the bundle.
    missing = [c for c in ("stats", "import", "export", "backups", "suggest", "agreement", "merge") if c not in out]
    expect(not missing, f"commands missing from --help: {missing}\n{out}")
    return "every command listed"


def check_html_import(app: Path, env: dict[str, str], work: Path) -> str:
    out = run(app, "import", "--project", "smoke.standpoint", str(ARTICLE), str(SHORT), env=env, cwd=work)
    ids = {title: number for number, title in re.findall(r"^\s*(\d+)\s+(.+?)\s+\(", out, re.MULTILINE)}
    expect({"Proteste in Almaty", "Flughafen wieder offen"} <= set(ids), f"the pages were not imported:\n{out}")
    expect("could not be told apart" not in out, f"trafilatura did not find the article (its data missing?):\n{out}")
    handout = export_html(app, env, work, ids["Proteste in Almaty"])
    for kept in ("Almaty", "Verschwörung", "Anna Beispiel", "2022-01-06"):  # text, quote, author, date (htmldate)
        expect(kept in handout, f"“{kept}” is missing from the exported handout")
    for dropped in ("Navigationsmenü", "Anzeige", "Fußzeilentext"):  # navigation, ad, footer
        expect(dropped not in handout, f"“{dropped}” (page furniture) was imported")
    # A page this short is handed on to jusText, which reads its stop lists from files.
    expect("Flughafen von Almaty" in export_html(app, env, work, ids["Flughafen wieder offen"]),
           "the short page's text is missing from its handout")  # fmt: skip
    return "article found, navigation and ads left out, author and date read; a short page through jusText"


def export_html(app: Path, env: dict[str, str], work: Path, document: str) -> str:
    run(app, "export", "-f", "html", "--document", document, "-o", "handout.html", "smoke.standpoint", env=env, cwd=work)
    return (work / "handout.html").read_text(encoding="utf-8")


def check_markdown_import(app: Path, env: dict[str, str], work: Path) -> str:
    # Markdown loads its extensions (tables, sane_lists) by name: each must be in the bundle.
    (work / "notiz.md").write_text("# Notiz\n\n| Wer | Was |\n| --- | --- |\n| Sprecher | Tabellenzelle |\n\n"
                                   "1. erstens\n2. zweitens\n", encoding="utf-8")  # fmt: skip
    out = run(app, "import", "--project", "notes.standpoint", "notiz.md", env=env, cwd=work)
    expect("Notiz" in out, f"the Markdown file was not imported:\n{out}")
    run(app, "export", "-f", "html", "-o", "notes.html", "notes.standpoint", env=env, cwd=work)
    handout = (work / "notes.html").read_text(encoding="utf-8")
    expect("Tabellenzelle" in handout and "| Sprecher |" not in handout, "the Markdown table was not read as a table")
    return "a table and a list read"


def check_pdf_export(app: Path, env: dict[str, str], work: Path) -> str:
    out = run(app, "suggest", "--accept", "smoke.standpoint", env=env, cwd=work)
    expect("accepted" in out and "accepted 0 " not in out, f"no statements were suggested:\n{out}")
    out = run(app, "export", "-f", "pdf", "-o", "handout.pdf", "smoke.standpoint", env=env, cwd=work)
    pdf = (work / "handout.pdf").read_bytes()
    expect(pdf.startswith(b"%PDF") and len(pdf) > 2000, f"handout.pdf is not a PDF ({len(pdf)} bytes): {out}")
    return f"{out.strip()}, {len(pdf):,} bytes"


def start_window(app: Path, env: dict[str, str], work: Path, platform: str) -> str:
    env = {**env, "QT_QPA_PLATFORM": platform, "STANDPOINT_SMOKE": "1"}
    out = run(app, env=env, cwd=work)
    expect(f"shown: {SAMPLE_TITLE}" in out, f"the window did not show the sample project:\n{out}")
    return out.strip().removeprefix("standpoint: ")


def check_window_offscreen(app: Path, env: dict[str, str], work: Path) -> str:
    return start_window(app, env, work, "offscreen")


def check_window_xcb(app: Path, env: dict[str, str], work: Path) -> str:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        return "skipped: no Xvfb here (Debian package xvfb)"
    read_end, write_end = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              pass_fds=(write_end,), stderr=subprocess.DEVNULL)  # fmt: skip
    os.close(write_end)
    try:
        with os.fdopen(read_end) as told:
            display = told.readline().strip()
        expect(display.isdigit(), "Xvfb did not start")
        return start_window(app, {**env, "DISPLAY": f":{display}"}, work, "xcb")
    finally:
        server.terminate()
        server.wait(timeout=30)


CHECKS: list[tuple[str, Callable[[Path, dict[str, str], Path], str]]] = [
    ("resources", check_resources),
    ("libraries", check_libraries),
    ("commands", check_help),
    ("HTML import", check_html_import),
    ("Markdown import", check_markdown_import),
    ("PDF export", check_pdf_export),
    ("window, offscreen", check_window_offscreen),
    ("window, X11 (xcb)", check_window_xcb),
]


def smoke(app: Path) -> bool:
    """Run every check against the bundle's executable; print one line each; True when all passed."""
    if not os.access(app, os.X_OK):
        print(f"smoke: {app} is not there: build it first (bash packaging/build.sh).", file=sys.stderr)
        return False
    failed = 0
    with tempfile.TemporaryDirectory(prefix="standpoint-smoke-") as tmp:
        work = Path(tmp)
        # A home of its own: the sample project, settings and backups never touch the user's.
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(work), "LANG": "C.UTF-8",
               "XDG_DATA_HOME": str(work / "data"), "XDG_CONFIG_HOME": str(work / "config"),
               "XDG_RUNTIME_DIR": str(work / "runtime"), "QT_QPA_PLATFORM": "offscreen",
               "QT_LOGGING_RULES": "qt.qpa.*=false"}  # fmt: skip
        (work / "runtime").mkdir(mode=0o700)
        for name, check in CHECKS:
            started = time.monotonic()
            try:
                said = check(app, env, work)
            except (SmokeFailed, subprocess.TimeoutExpired) as exc:
                failed += 1
                said = f"FAILED: {exc}"
            print(f"smoke: {name}: {said} ({time.monotonic() - started:.1f} s)", flush=True)
    print(f"smoke: {len(CHECKS) - failed} passed, {failed} failed")
    return not failed


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "standpoint" / "standpoint"
    sys.exit(0 if smoke(target.resolve()) else 1)
