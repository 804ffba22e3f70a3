"""REFI-QDA codebook (.qdc): the speakers, stance scheme, targets and modes, for a QDA tool to code with.

The same codes, with the same GUIDs, colours and descriptions, as the .qdpx export of the project.
"""

from __future__ import annotations

from typing import BinaryIO

from .context import ExportContext
from .refi_xml import CODEBOOK_NS, Guids, codes_xml


def write(ctx: ExportContext, out: BinaryIO) -> None:
    """Write the project's codebook as REFI-QDA codebook XML."""
    xml = (f'<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="{CODEBOOK_NS}" origin="Standpoint">\n'
           f"{codes_xml(ctx, Guids(ctx.store))}\n</CodeBook>\n")  # fmt: skip
    out.write(xml.encode("utf-8"))
