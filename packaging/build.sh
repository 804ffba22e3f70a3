#!/usr/bin/env bash
# Build Standpoint as a one-folder app (dist/standpoint/standpoint) and smoke-test the result.
# Needs the app's own requirements installed (pip install -r requirements.txt); installs PyInstaller if missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! python -m PyInstaller --version >/dev/null 2>&1 \
   || [ "$(python -m PyInstaller --version)" != "$(sed -n 's/^pyinstaller==//p' packaging/requirements.txt)" ]; then
    python -m pip install -q -r packaging/requirements.txt
fi
# PyInstaller reads the libraries each binary links to with objdump (Debian: binutils).
command -v objdump >/dev/null || { echo "build: objdump is missing: apt-get install binutils" >&2; exit 1; }

# Expected warnings: Windows DLLs named in ctypes calls, and GTK 3 for Qt's GTK theme plugin, which the spec
# leaves out of the bundle after PyInstaller has looked at it.
started=$SECONDS
rm -rf dist/standpoint
python -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/standpoint.spec
echo "build: dist/standpoint/ built in $((SECONDS - started)) s, $(du -sh dist/standpoint | cut -f1)"

started=$SECONDS
python packaging/smoke.py dist/standpoint/standpoint
echo "build: smoke test passed in $((SECONDS - started)) s"
