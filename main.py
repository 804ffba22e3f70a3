"""Standpoint: `python main.py` opens the window; `python main.py COMMAND ...` runs headless."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from annotations.cli import command_names
    from annotations.cli import main as cli_main

    if argv and (argv[0] in command_names() or argv[0] in ("-h", "--help")):
        _register_pdf()
        return cli_main(argv)
    if argv and _looks_like_a_command(argv[0]):
        return _unknown_command(argv[0], sorted(command_names()))
    from desktop.app import run

    return run(argv)


def _looks_like_a_command(arg: str) -> bool:
    """A word that names no file, has no suffix and no folder in it: a command, mistyped."""
    from pathlib import Path

    return not arg.startswith("-") and "/" not in arg and "\\" not in arg and not Path(arg).suffix \
        and not Path(arg).exists()


def _unknown_command(word: str, commands: list[str]) -> int:
    import difflib

    close = difflib.get_close_matches(word, commands, n=1)
    hint = f" Did you mean “{close[0]}”?" if close else ""
    print(f"standpoint: “{word}” is not a command.{hint} The commands are: {', '.join(commands)}."
          " To open a file in the window, name it with its suffix (.standpoint, .txt, ...).", file=sys.stderr)
    return 2


def _register_pdf() -> None:
    """PDF goes through Qt's writer, which lives in desktop/; load it only when a PDF is asked for."""
    from annotations import exporters
    from annotations.exporters import worksheet

    def export_pdf(store, out_path, **options):
        from desktop.pdf_export import export_pdf as write

        return write(store, out_path, **options)

    exporters.register("pdf", export_pdf, ".pdf", whole_file=True)

    def worksheet_pdf(html, path, title):
        from desktop.pdf_export import write_pdf

        write_pdf(html, path, title, whole_tables=True)

    worksheet.register_pdf(worksheet_pdf)


if __name__ == "__main__":
    sys.exit(main())
