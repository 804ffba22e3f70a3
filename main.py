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
    from desktop.app import run

    return run(argv)


def _register_pdf() -> None:
    """PDF goes through Qt's writer, which lives in desktop/; load it only when a PDF is asked for."""
    from annotations import exporters

    def export_pdf(store, out_path, **options):
        from desktop.pdf_export import export_pdf as write

        return write(store, out_path, **options)

    exporters.register("pdf", export_pdf, ".pdf", whole_file=True)


if __name__ == "__main__":
    sys.exit(main())
