"""Regenerate the window's translation catalogues: `python resources/i18n/update.py [--check]`.

Scans desktop/ with pyside6-lupdate into standpoint_de.ts (every string) and standpoint_en.ts (only the
plural forms: English needs "1 statement" / "2 statements" from one "%n statement(s)"), keeps the
translations already made, and compiles both to .qm with pyside6-lrelease. Both .ts and .qm are
committed, so the application runs without this step. --check exits 1 while a string lacks a translation.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCES = ("desktop",)
# language -> extra lupdate options
CATALOGUES = {"de": [], "en": ["-pluralonly"]}


def tool(name: str) -> str:
    """pyside6-NAME from the environment, else the binary inside the PySide6 package."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    return str(Path(PySide6.__file__).parent / name)


def source_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for folder in SOURCES for p in (ROOT / folder).rglob("*.py"))


def unfinished(ts: Path) -> int:
    """Messages without a translation yet (new, or their English changed)."""
    return len(re.findall(r'type="unfinished"', ts.read_text(encoding="utf-8")))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when a string lacks a translation")
    args = parser.parse_args(argv)
    files = source_files()
    missing = 0
    for language, options in CATALOGUES.items():
        ts = HERE / f"standpoint_{language}.ts"
        # No line numbers: every branch that adds a string would otherwise move every location below it,
        # and merging the catalogues would conflict on lines no one translated.
        subprocess.run([tool("lupdate"), *options, "-locations", "none", "-no-obsolete", "-target-language", language,
                        *files, "-ts", str(ts)], cwd=ROOT, check=True)  # fmt: skip
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)
        count = unfinished(ts)
        missing += count
        if count:
            print(f"{ts.name}: {count} string(s) still to translate (open it in pyside6-linguist, or edit the XML).")
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
