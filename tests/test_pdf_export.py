"""The PDF handout: right-to-left paragraphs sit at the right margin, as they do in the HTML."""

from __future__ import annotations

from pypdf import PdfReader

from annotations.exporters.html import handout_html
from annotations.store import Store
from desktop.pdf_export import export_pdf

ENGLISH = "The minister said the protests were organised from abroad."
ARABIC = "قال الوزير إن الاحتجاجات نظمت من الخارج."


def _line_starts(path) -> dict[str, list[float]]:
    """The x (points from the page's left edge) of every run of text on the first page, by script."""
    starts: dict[str, list[float]] = {"arabic": [], "latin": []}

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            script = "arabic" if any("\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff" for ch in text) else "latin"
            starts[script].append(x)

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return starts


def test_an_arabic_paragraph_is_aligned_right_in_the_pdf(project_path, tmp_path, qapp):
    with Store.open(project_path) as store:
        doc = store.add_document("Statements", f"{ENGLISH}\n\n{ARABIC}\n\n{ENGLISH}")
        store.add_statement(doc.id, doc.text.index("الوزير"), doc.text.index("الخارج"))
        assert f'<p dir="rtl">{ARABIC[:4]}' in handout_html(store, qt_subset=True)
        out = export_pdf(store, tmp_path / "handout.pdf")
        width = float(PdfReader(out).pages[0].mediabox.width)
    starts = _line_starts(out)
    left = min(starts["latin"])
    right = width - left  # the margins are the same on both sides
    assert starts["arabic"], "the Arabic paragraph is on the first page"
    # its first word (read from the right) starts within a word's width of the right margin ...
    assert right - 40 < max(starts["arabic"]) < right
    # ... and the short line leaves the left half of the page empty, where the English starts
    assert min(starts["arabic"]) > width / 2
