"""Standpoint: `python main.py` opens the window; `python main.py COMMAND ...` runs headless."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from annotations.cli import command_names
    from annotations.cli import main as cli_main

    if argv and (argv[0] in command_names() or argv[0] in ("-h", "--help")):
        return cli_main(argv)
    from desktop.app import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
