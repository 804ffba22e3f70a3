#!/usr/bin/env python3
"""Compute gold offsets for the held-out articles.

Each annotation is given as (quote, speaker, mode[, occurrence]).  The script
locates the quote string in the article text (asserting it occurs exactly once
unless an explicit 0-based occurrence index is given), derives start/end as
Python str (code point) indices, and writes NAME.gold.json.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
CTX = 32

D, I, R = "direct", "indirect", "reported"  # noqa: E741 (the marks read best as letters)

GOLD = {
    "de_politik_drohnen": [
        ("Wer eine Drohne in den Anflugbereich eines Flughafens steuert, spielt mit Menschenleben", "Katrin Albers", D),
        ("wurden im vergangenen Jahr 212 Behinderungen des Flugbetriebs durch Drohnen registriert, fast doppelt so viele wie fünf Jahre zuvor", "Deutsche Flugsicherung", R),
        ("die bisherigen Bußgelder schreckten offenbar niemanden ab", "Katrin Albers", I),
        ("Wir reden hier nicht über Hobbypiloten, die sich verirren", "Katrin Albers", D),
        ("Wir reden über Menschen, die ganz bewusst Grenzen austesten.", "Katrin Albers", D),
        ("das Register solle bis Ende kommenden Jahres freigeschaltet werden", "Jan Weber", I),
        ("der Bund die Länder bei der Anschaffung von Abwehrtechnik finanziell unterstützen werde", "Jan Weber", I),
        ("konnten in den vergangenen zwei Jahren nur in etwa jedem zehnten Fall die Verantwortlichen ermittelt werden", "Bundeskriminalamt", R),
        ("Höhere Strafen helfen wenig, wenn man die Täter nie erwischt", "Markus Helbig", D),
        ("Die Polizei brauche vor allem moderne Ortungstechnik", "Markus Helbig", I),
        ("das Problem jahrelang unterschätzt zu haben", "Markus Helbig", R),
        ("Jede Drohne in der Kontrollzone bedeutet für unsere Lotsen Stress und für die Passagiere Verspätungen.", "Sabine Roth", D),
        ("die meisten Sichtungen gebe es in den Sommermonaten", "Sabine Roth", I),
        ("seine Mitglieder investierten bereits zweistellige Millionenbeträge in Detektionssysteme", "Bundesverband der Flughafenbetreiber", I),
        ("sind die geplanten Regeln dagegen überzogen", "Bundesverband Modellflug", R),
        ("Die große Mehrheit der rund 400.000 Drohnenbesitzer in Deutschland halte sich an die Vorschriften", "Thomas Lindner", I),
        ("Man darf nicht Hunderttausende unter Generalverdacht stellen, weil ein paar Dutzend Leute Unfug treiben", "Thomas Lindner", D),
    ],
    "de_gericht_helion": [
        ("zwischen 2019 und 2022 rund 2300 Anleger mit geschönten Bilanzen zum Kauf von Genussrechten bewogen zu haben", "Staatsanwaltschaft Augsburg", R),
        ("beläuft sich der Schaden auf rund 38 Millionen Euro", "Staatsanwaltschaft Augsburg", R),
        ("Reisinger habe spätestens im Herbst 2021 gewusst, dass Helion zahlungsunfähig war", "Claudia Brenner", I),
        ("Trotzdem hat er weiter um frisches Geld geworben, mit Renditeversprechen von acht Prozent und mehr.", "Claudia Brenner", D),
        ("Ich habe niemanden betrogen", "Frank Reisinger", D),
        ("Ich habe an dieses Unternehmen geglaubt, bis zum letzten Tag. Ich habe mein eigenes Vermögen verloren.", "Frank Reisinger", D),
        ("Die Probleme seien durch den Einbruch der Modulpreise und durch Lieferengpässe in Asien entstanden, nicht durch Betrug", "Frank Reisinger", I),
        ("die Anklage beurteile unternehmerische Entscheidungen im Nachhinein", "Stefan Ohlendorf", I),
        ("Hinterher ist man immer klüger. Aber Optimismus ist kein Straftatbestand", "Stefan Ohlendorf", D),
        ("Der Berater hat mir damals erzählt, das sei ›sicher wie ein Sparbuch‹. Von dem Geld ist nichts mehr übrig.", "Rentnerin aus Kempten", D),
        ("sie werde zusätzlich die frühere Wirtschaftsprüfungsgesellschaft des Unternehmens auf Schadenersatz verklagen", "Interessengemeinschaft Helion-Anleger", I),
        ("Die Prüfer hätten die Warnsignale übersehen", "Holger Wendt", I),
        ("sich die Kammer Zeit nehmen werde", "Andreas Pohl", I),
    ],
    "de_lokal_strassenbahn": [
        ("würden täglich bis zu 14.000 Fahrgäste die Bahn nutzen", "Stadtwerke Marlingen", R),
        ("Wenn wir die Klimaziele ernst nehmen, kommen wir an der Straßenbahn nicht vorbei", "Petra Schanz", D),
        ("Die Stadt wachse, und die Busse stießen schon heute an ihre Grenzen", "Petra Schanz", I),
        ("für die Gleise mehr als 80 alte Linden gefällt werden", "Anwohner der Lindenallee", R),
        ("Ich wohne seit 31 Jahren hier", "Hans-Peter Wirth", D),
        ("Die Linden waren vor mir da, und sie sollen auch nach mir noch da sein.", "Hans-Peter Wirth", D),
        ("Niemand hier ist gegen Busse und Bahnen. Wir wehren uns dagegen, dass man eine der schönsten Alleen der Stadt opfert, obwohl es eine Alternative gibt.", "Gisela Moosbrugger", D),
        ("wäre eine Trasse über die parallel verlaufende Bahnhofstraße die bessere Lösung", "Bürgerinitiative Lindenallee bleibt", R),
        ("Die Bahnhofstraße sei zu schmal, um dort zusätzlich Gleise zu verlegen", "Ralf Eberle", I),
        ("nach der jetzigen Planung 63 Bäume weichen müssten", "Ralf Eberle", I),
        ("Für jeden gefällten Baum würden zwei neue gepflanzt", "Ralf Eberle", I),
        ("könnte die Linie den Autoverkehr in der Innenstadt um bis zu zwölf Prozent verringern", "Verkehrsplanungsbüro Kessler & Partner", R),
        ("es sei richtig, dass bei einem so großen Projekt die Bürger entschieden", "Bernd Kolbeck", I),
        ("müssen mindestens 20 Prozent der Wahlberechtigten mit Ja stimmen, damit das Ergebnis bindend ist", "Stadtverwaltung Marlingen", R),
        ("sollen die Abstimmungsunterlagen Anfang Juni verschickt werden", "Stadtverwaltung Marlingen", I),
    ],
    "en_economy_brightwell": [
        ("it now expected adjusted operating profit of 140 million to 155 million pounds ($178 million to $197 million) for the year to April, down from a previous forecast of around 190 million pounds", "Brightwell Group", I),
        ("We have seen a clear shift in behaviour over the last three months, with customers moving from our premium ranges to own-label products,", "Helen Marsh", D),
        ("We don't expect that to reverse quickly.", "Helen Marsh", D),
        ("the group would close one of its six British factories, in Corby, central England, by the end of the year", "Helen Marsh", I),
        ("Premium is not dead,", "Helen Marsh", D),
        ("but customers need a very good reason to pay for it right now.", "Helen Marsh", D),
        ("the board has also discussed a sale of the group's loss-making bakery division", "Person familiar with the matter", R),
        ("the warning was worse than they had expected", "Analysts", I),
        ("This is the third downgrade in twelve months, and the market's patience is running out,", "Priya Raman", D),
        ("the stock was now trading at its lowest valuation relative to earnings since 2014", "Priya Raman", I),
        ("average pack sizes of chilled ready meals had fallen by 8% since 2021", "ShopWatch", I),
        ("the board of ignoring repeated warnings about the company's reliance on premium products", "Marlow Asset Management", R),
        ("We raised these concerns with the chairman twice last year and were told the strategy was working,", "Gareth Lyle", D),
        ("it would oppose the closure of the Corby plant", "United Food Workers union", I),
        ("employs about 420 people", "United Food Workers union", I),
        ("Workers in Corby kept this company going through a pandemic and an energy crisis, and this is how they are repaid,", "Tom Bexley", D),
        ("the union would seek an urgent meeting with management", "Tom Bexley", I),
    ],
    "en_sport_marathon": [
        ("he had been ready to quit at halfway", "Daniel Kiprop", I),
        ("At 13 miles my stomach was finished,", "Daniel Kiprop", D),
        # multi-paragraph quote: one span per paragraph (see README)
        ("I was thinking only about the next water station, where I could stop and nobody would see me.", "Daniel Kiprop", D),
        ("Then I saw my coach at the side of the road, and he was shouting at me to keep going. So I kept going. After 20 miles the legs came back. I don't know from where.", "Daniel Kiprop", D),
        ("Daniel was simply stronger today,", "Abel Tesfaye", D),
        ("I have no excuses.", "Abel Tesfaye", D),
        ("the humidity had been harder to handle than he expected", "Abel Tesfaye", I),
        ("he would decide on his spring schedule in the coming weeks", "Abel Tesfaye", I),
        ("I came here for the win, not for the clock,", "Ruth Alemu", D),
        ("the plan had always been to wait until the last 10 kilometers", "Peter Ndungu", I),
        ("Nobody believed me when I said he was ready for this,", "Peter Ndungu", D),
        ("but I watch him every day. I knew.", "Peter Ndungu", D),
        ("47 runners were taken to hospitals, most of them with heat-related symptoms", "Chicago Fire Department", R),
        ("We planned for a warm day and we got one,", "Carla Jimenez", D),
        ("organizers had added a third more medical staff compared with last year", "Carla Jimenez", I),
        ("a record 52,300 runners had started", "Chicago Marathon organizers", I),
        ("they had been handing out ice since 8 a.m.", "Residents of Pilsen", I),
        ("he would take a month off before thinking about his next race", "Daniel Kiprop", I),
        ("First I sleep,", "Daniel Kiprop", D),
        ("Then I eat. Then maybe I think about running again.", "Daniel Kiprop", D),
    ],
    "en_science_peatland": [
        ("restoration targets may need to double as hotter summers dry out bogs", "University of Aberdeen researchers", I),
        ("Scotland’s peatlands, long regarded as one of the country’s most dependable natural carbon stores, gave off more carbon than they absorbed during last year’s drought", "University of Aberdeen researchers", R),
        ("sites which dried out for more than six weeks released on average 1.8 tonnes of carbon per hectare over the summer months", "University of Aberdeen researchers", R),
        ("The old assumption was that once you’d rewetted a bog, it became a ‘set and forget’ carbon store,", "Fiona MacLeod", D),
        ("What we’re seeing is that it’s only as good as the weather lets it be.", "Fiona MacLeod", D),
        ("the worst-affected sites had been drained for forestry or sheep grazing in the 20th century and had only partly been restored", "Fiona MacLeod", I),
        # multi-paragraph quote: one span per paragraph (see README)
        ("We’re not saying restoration doesn’t work. It clearly does, and the restored sites recovered far faster once the rain came back.", "Fiona MacLeod", D),
        ("But the targets were set for a climate we no longer have. If summers like last year’s become normal, the area we restore each year probably needs to double.", "Fiona MacLeod", D),
        ("rainfall in northern Scotland between May and August last year was 41% below the long-term average", "Met Office", R),
        ("the measurements were robust but covered only a handful of dry summers", "Tom Akerman", I),
        ("It’s a strong paper, but I’d be wary of extrapolating from such a short run of data,", "Tom Akerman", D),
        ("Peat has come through droughts before.", "Tom Akerman", D),
        ("the findings would be considered carefully", "Scottish government", I),
        ("funding for peatland restoration had already risen this year", "Scottish government", I),
        ("ministers of treating restoration as a box-ticking exercise", "Bog Watch Scotland", R),
        ("landowners should be required, rather than merely encouraged, to block old drainage ditches", "Bog Watch Scotland", I),
    ],
}

OPEN_MARKS = set("„»“\"‘›«")
CLOSE_MARKS = set("“«”\"’‹»")


def find(text, quote, occurrence=None):
    hits = [m.start() for m in re.finditer(re.escape(quote), text)]
    if occurrence is None:
        assert len(hits) == 1, (quote, len(hits))
        return hits[0]
    return hits[occurrence]


def build(name, entries):
    path = os.path.join(HERE, name + ".txt")
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    assert not text.startswith("\ufeff") and "\r" not in text
    out = []
    for e in entries:
        quote, speaker, mode = e[:3]
        occ = e[3] if len(e) > 3 else None
        start = find(text, quote, occ)
        end = start + len(quote)
        if mode == D:
            # sanity: a direct span is delimited by quotation marks
            # (or by the paragraph end, for a paragraph of a multi-paragraph quote)
            assert text[start - 1] in OPEN_MARKS, (name, quote, text[start - 1])
            assert text[end] in CLOSE_MARKS or text[end] == "\n", (name, quote, text[end])
        else:
            assert text[start - 1] not in OPEN_MARKS
        out.append({
            "start": start,
            "end": end,
            "quote": quote,
            "prefix": text[max(0, start - CTX):start],
            "suffix": text[end:end + CTX],
            "speaker": speaker,
            "stance": "",
            "target": "",
            "mode": mode,
        })
    out.sort(key=lambda d: d["start"])
    for a, b in zip(out, out[1:]):
        assert a["end"] <= b["start"], ("overlap", name, a["quote"], b["quote"])
    with open(os.path.join(HERE, name + ".gold.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return text, out


def validate(name):
    with open(os.path.join(HERE, name + ".txt"), encoding="utf-8") as fh:
        text = fh.read()
    with open(os.path.join(HERE, name + ".gold.json"), encoding="utf-8") as fh:
        gold = json.load(fh)
    for g in gold:
        assert text[g["start"]:g["end"]] == g["quote"]
        assert text[max(0, g["start"] - CTX):g["start"]] == g["prefix"]
        assert text[g["end"]:g["end"] + CTX] == g["suffix"]
        assert set(g) == {"start", "end", "quote", "prefix", "suffix", "speaker", "stance", "target", "mode"}
        assert g["mode"] in (D, I, R)
    return gold


if __name__ == "__main__":
    for name, entries in GOLD.items():
        build(name, entries)
    total = 0
    for name in GOLD:
        gold = validate(name)
        counts = {m: sum(g["mode"] == m for g in gold) for m in (D, I, R)}
        total += len(gold)
        print(f"{name}: {len(gold)} statements {counts}")
    print("total", total, "- all quotes == text[start:end]")
