"""Snapping a selection in every script: whole words where words have spaces, never a whole clause where not."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTextBoundaryFinder

from annotations.anchoring import snap_to_words
from annotations.offsets import Utf16Map
from annotations.scripts import grapheme_boundaries, is_unspaced
from desktop.wordbreaks import qt_word_breaks

# "The minister said the protests were organised from abroad", and a few clusters that must stay whole.
PASSAGES = {
    "en": "The minister said the protests were organised from abroad.",
    "de": "Der Minister sagte, die Proteste seien aus dem Ausland gesteuert worden.",
    "zh": "部长说，抗议活动是由外国势力策划的。",
    "ja": "大臣は、抗議活動は外国の勢力が計画したと述べた。",
    "th": "รัฐมนตรีกล่าวว่าการประท้วงถูกวางแผนโดยต่างชาติ",
    "hi": "मंत्री ने कहा कि विरोध प्रदर्शन विदेश से संगठित किए गए थे। क्षत्रिय",
    "ar": "قال الوَزِيرُ إن الاحتجاجات نُظِّمَت من الخارج.",
    "emoji": "Die Ministerin 👩🏽‍💼 sagte: 👍🏻 gut 🇰🇿🇩🇪 👨‍👩‍👧‍👦 e\u0301 ❤️ 1️⃣ 🏴󠁧󠁢󠁳󠁣󠁴󠁿.\r\n",
    "km": "រដ្ឋមន្ត្រីបាននិយាយ",
}


def snapped(text: str, selected: str, breaks=None) -> str:
    at = text.index(selected)
    start, end = snap_to_words(text, at, at + len(selected), breaks)
    return text[start:end]


@pytest.mark.parametrize("lang", sorted(PASSAGES))
def test_grapheme_clusters_are_the_ones_qt_finds(lang):
    text = PASSAGES[lang]
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, text)
    utf16, qt = Utf16Map(text), [0]
    while (at := finder.toNextBoundary()) != -1:
        qt.append(utf16.to_codepoint(at))
    assert grapheme_boundaries(text) == qt


def test_a_cut_word_is_taken_whole_where_words_have_spaces():
    assert snapped(PASSAGES["en"], "nister said the prot") == "minister said the protests"
    assert snapped(PASSAGES["de"], "nister sagte, die Prot") == "Minister sagte, die Proteste"
    assert snapped(PASSAGES["hi"], "त्री ने क") == "मंत्री ने कहा"
    assert snapped(PASSAGES["ar"], "وَزِيرُ إن الاحت") == "الوَزِيرُ إن الاحتجاجات"
    assert snapped(PASSAGES["emoji"], "nisterin 👩🏽") == "Ministerin 👩🏽‍💼"


def test_without_a_word_breaker_a_run_without_spaces_keeps_the_selection():
    zh = PASSAGES["zh"]
    assert snapped(zh, "议活") == "议活"  # before, the whole clause “抗议活动是由外国势力策划的” was taken
    assert snapped(PASSAGES["ja"], "議活動は外") == "議活動は外"
    th = PASSAGES["th"]
    assert snapped(th, "ล่าวว่า") == "ล่าวว่า"


def test_no_grapheme_cluster_is_cut():
    th = PASSAGES["th"]
    at = th.index("ประท้วง") + 4  # ends between ท and its tone mark ้
    assert snap_to_words(th, at - 2, at) == (at - 2, at + 1)
    assert snapped("他说👍🏻好", "说👍") == "说👍🏻"  # the skin tone stays with its hand
    text = "部长👨‍👩‍👧‍👦说"
    assert snapped(text, "长👨") == "长👨‍👩‍👧‍👦"
    assert snap_to_words("🇰🇿 🇩🇪", 0, 1) == (0, 2)  # half a flag is the whole flag
    km = PASSAGES["km"]
    assert snap_to_words(km, 0, 3) == (0, 4)  # រដ្ឋ: the subscript consonant stays under its base
    assert snap_to_words(km, 0, 2) == (0, 4)  # the coeng without its consonant would show a broken stack


def test_qt_words_widen_thai_to_the_word_it_cuts_and_chinese_not_at_all():
    th = PASSAGES["th"]
    assert snapped(th, "ล่าวว่าการประท", qt_word_breaks) == "กล่าวว่าการประท้วง"
    assert snapped(PASSAGES["zh"], "议活", qt_word_breaks) == "议活"
    # the run is never taken whole, even where a breaker says the clause is one word
    assert snapped(th, "ล่าว", lambda run: [0, len(run)]) == "ล่าว"


def test_mixed_scripts_widen_only_the_spaced_word():
    text = "部长Putin说抗议是策划的"
    assert snapped(text, "uti") == "Putin"
    assert snapped(text, "tin说抗") == "Putin说抗"


def test_scripts_without_spaces_are_recognised():
    assert all(is_unspaced(ch) for ch in "部说は議カタカナーรัฐລັດរដ្ឋဝန်𠀀")
    assert not any(is_unspaced(ch) for ch in "Aßжλقשम한，。 ")


# (selected, stored): a piece of each passage as the reader selects it, and what Enter makes the statement.
MARKED = [
    ("nister said the prot", "minister said the protests"),
    ("nister sagte, die Prot", "Minister sagte, die Proteste"),
    ("议活动是由外", "议活动是由外"),  # Qt has no Chinese dictionary: one character is one word
    ("議活動は外", "議活動は外"),
    ("ล่าวว่าการประท", "กล่าวว่าการประท้วง"),  # Thai: widened to the two words it cuts, not the clause
    ("त्री ने क", "मंत्री ने कहा"),
    ("وَزِيرُ إن الاحت", "الوَزِيرُ إن الاحتجاجات"),
    ("nisterin 👩🏽", "Ministerin 👩🏽‍💼"),
    ("gut 🇰", "gut 🇰🇿🇩🇪"),
]


def test_marking_part_of_a_word_or_clause_in_every_script_stores_the_expected_span(project_path, make_window, qtbot):
    from PySide6.QtCore import Qt

    from annotations.store import Store

    text = "\n\n".join(PASSAGES[lang] for lang in ("en", "de", "zh", "ja", "th", "hi", "ar", "emoji"))
    with Store.open(project_path) as store:
        doc = store.add_document("Every script", text)
        window = make_window(store, doc.id)
        for selected, stored in MARKED:
            at = text.index(selected)
            window.reader.setFocus()
            window.reader.select_span(at, at + len(selected))
            assert window.reader.textCursor().selectedText() == selected  # what Qt selected, in UTF-16
            qtbot.keyClick(window.reader, Qt.Key.Key_Return)
            st = window.current_statement()
            assert (st.quote, text[st.start : st.end]) == (stored, stored)
            assert st.start <= at and at + len(selected) <= st.end
        assert len(store.statements(doc.id)) == len(MARKED)
        window.close()


def test_the_article_font_is_a_list_of_families_so_other_scripts_find_a_face(window):
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    font = window.reader.font()
    assert font.styleHint() == QFont.StyleHint.Serif  # with no listed family installed, still a serif
    families = font.families()
    assert families and set(families) <= set(QFontDatabase.families())
    if "DejaVu Sans" in families:  # this machine: DejaVu Serif has no Arabic, so the list goes on to a face that has
        arabic = [ch for ch in PASSAGES["ar"] if ch.isalpha()]
        assert all(any(QFontMetrics(QFont(f)).inFontUcs4(ord(ch)) for f in families) for ch in arabic)
