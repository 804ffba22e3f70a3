"""Saved web pages: the article and its metadata, without scripts, navigation, ads or footers."""

from __future__ import annotations

from annotations.importers import read_document
from annotations.importing import import_file

GERMAN = "Der Präsident sagte, das Land habe „einen versuchten Staatsstreich“ überstanden. Die Lage ist ruhig."


def _kinds(doc):
    return [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]


def _page(article: str) -> str:
    return f"""<!doctype html><html lang="de"><head><title>Unruhen | Tageblatt</title>
    <meta name="author" content="Erika Muster"><meta property="og:site_name" content="Tageblatt">
    <link rel="canonical" href="https://tageblatt.example/welt/unruhen-almaty">
    <meta name="date" content="2022-01-10"><script>track("visit")</script><style>.ad{{color:red}}</style></head>
    <body><nav><a href="/">Start</a> | <a href="/welt">Welt</a> | Newsletter abonnieren</nav>
    <div class="ad">Jetzt kaufen! Sonderangebot!</div>
    <article>{article}</article>
    <aside>Lesen Sie auch: Zehn Tipps für den Urlaub</aside>
    <footer>© Tageblatt · Impressum · Datenschutz</footer><script>more()</script></body></html>"""


def test_saved_web_page_keeps_the_article_and_drops_the_noise(store, tmp_path):
    body = " ".join([GERMAN] * 3)
    path = tmp_path / "seite.html"
    path.write_text(_page(f"""<h1>Unruhen in Almaty</h1><p>{body}</p><h2>Übernahme</h2><p>{body} Zweiter Absatz.</p>
    <blockquote><p>Wir werden es nicht zulassen, sagte der Minister in seiner Rede vor dem Parlament.</p></blockquote>"""),
                    encoding="utf-8")  # fmt: skip
    doc = import_file(store, path)
    for noise in ("track", "Jetzt kaufen", "Newsletter", "Impressum", "more()", "color:red", "Zehn Tipps", "<"):
        assert noise not in doc.text
    assert ("heading", "Übernahme") in _kinds(doc)
    assert ("quote", "Wir werden es nicht zulassen, sagte der Minister in seiner Rede vor dem Parlament.") in _kinds(doc)
    assert (doc.author, doc.outlet, doc.published, doc.language) == ("Erika Muster", "Tageblatt", "2022-01-10", "de")
    assert doc.source == "https://tageblatt.example/welt/unruhen-almaty" and doc.format == "html"
    assert doc.title.startswith("Unruhen")


def test_inline_markup_and_line_breaks_do_not_split_or_join_words(tmp_path):
    body = " ".join([GERMAN] * 3)
    path = tmp_path / "inline.htm"
    path.write_text(_page(f"<h1>Titel</h1><p>Der <b>Prä</b>sident sprach<br>in <a href='/x'>Alma</a>ty. {body}</p>"),
                    encoding="utf-8")  # fmt: skip
    doc = read_document(path)
    assert "Der Präsident sprach in Almaty." in doc.text


def test_a_fragment_without_an_article_still_gives_its_text(tmp_path):
    path = tmp_path / "schnipsel.html"
    path.write_bytes("<p>Kurz: der Minister sagte nichts.</p><script>x()</script>".encode("cp1252"))
    doc = read_document(path)
    assert "der Minister sagte nichts" in doc.text and "x()" not in doc.text


def test_the_charset_a_page_declares_is_used(tmp_path):
    russian = ("Президент заявил, что в стране была попытка переворота, и это не так уж и просто. " * 4).strip()
    path = tmp_path / "statja.html"
    path.write_bytes(f'<html><head><meta charset="koi8-r"><title>Новости</title></head><body><article>'
                     f"<h1>Новости</h1><p>{russian}</p></article></body></html>".encode("koi8-r"))  # fmt: skip
    doc = read_document(path)
    assert russian in doc.text and doc.meta["language"] == "ru"
    latin = tmp_path / "alt.html"
    latin.write_bytes(f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
                      f"</head><body><p>{GERMAN}</p></body></html>".encode("cp1252"))  # fmt: skip
    assert GERMAN in read_document(latin).text  # „ and “ are windows-1252 bytes, as browsers read them
