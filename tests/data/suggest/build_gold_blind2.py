#!/usr/bin/env python3
"""Gold offsets for the `blind2_*` articles (written and marked without having seen the rules).

Same format and conventions as build_gold_others.py (whose helpers are reused): each mark is
(quote, speaker, mode[, occurrence]); the quote must occur exactly once in the article unless an
occurrence index is given.  Conventions beyond the README's:

* Konjunktiv sentences that continue someone's reported speech without a cue verb of their own
  ("Man werde prüfen …") are indirect statements of that speaker.
* Infinitive complements of speech verbs ("kündigte an, … vorzulegen", "wirft vor, … zu …") are
  reported, like "accused X of …".
* A short quoted phrase attributed to someone ("called the decision ‘short-sighted’", "spricht von
  einem «Kahlschlag»", "in her words, “…”") is direct; inside a that-/dass-clause it stays part of
  the indirect statement.
* Interview answers ("Reimold: …") are direct statements of the interviewee, one per answer
  paragraph, without the name label or stage directions like "(lacht)"; the interviewer's questions
  are not statements, but speech they report ("Umweltverbände werfen Ihnen vor, …") is.
* An unnamed spokesperson speaks for the organisation; unnamed people get a short description.
* Not statements: titles of books, chapters, reports, initiatives, newspapers; scare quotes and
  "sogenannte"; a sentence quoted from a novel; declined / did not respond / wollte sich nicht äußern;
  Konjunktiv II in the writer's own voice ("Sollte der Bundestag zustimmen, könnten …").
"""
import json
import os
import re

from build_gold_others import CLOSE_MARKS, CTX, OPEN_MARKS, D, I, R, find, validate  # noqa: E741

HERE = os.path.dirname(os.path.abspath(__file__))

GOLD = {
    "blind2_de_dpa_mieten": [
        ("Wer heute in einer Großstadt eine Wohnung sucht, zahlt oft ein Drittel mehr als der Vormieter. Das ist nicht hinnehmbar.", "Henrike Vossberg", D),
        ("Künftig sollten auch möblierte Wohnungen und Kurzzeitvermietungen unter die Regelung fallen", "Henrike Vossberg", I),
        ("Ausnahmen für Neubauten werde es weiter geben, allerdings nur noch für die ersten fünf Jahre nach Fertigstellung", "Henrike Vossberg", I),
        ("noch vor der Sommerpause einen Gesetzentwurf vorzulegen", "Henrike Vossberg", R),
        ("stiegen die Angebotsmieten in den sieben größten deutschen Städten im vergangenen Jahr um durchschnittlich 6,4 Prozent", "Statistisches Bundesamt", R),
        ("Jede weitere Verschärfung treibt private Vermieter aus dem Markt.", "Gerold Amsinck", D),
        ("Wer ohnehin kaum noch Rendite erziele, verkaufe seine Wohnung lieber, als sie neu zu vermieten", "Gerold Amsinck", I),
        ("Die Ministerin bekämpfe die Symptome, nicht die Ursache", "Gerold Amsinck", I),
        ("Nötig seien schnellere Genehmigungen und niedrigere Baukosten", "Gerold Amsinck", I),
        ("Das ist ein überfälliger Schritt, auf den Millionen Mieterinnen und Mieter gewartet haben.", "Ulrike Tennstedt", D),
        ("Die Regeln müssten aber auch kontrolliert werden", "Ulrike Tennstedt", I),
        ("Bislang gebe es kaum Sanktionen für Vermieter, die zu viel verlangten", "Ulrike Tennstedt", I),
        ("Viele Mieter scheuten zudem den Streit mit ihrem Vermieter, weil sie eine Kündigung fürchteten", "Ulrike Tennstedt", I),
        ("der Entwurf sei mit dem Koalitionsvertrag nicht vereinbar", "Markus Drewitz", I),
        ("Wir werden dem in dieser Form nicht zustimmen", "Markus Drewitz", D),
        ("Die Gespräche mit den Ländern laufen.", "Bundesbauministerium", D),
        ("Man werde die Einwände des Koalitionspartners sorgfältig prüfen", "Bundesbauministerium", I),
        ("Am Ende wird sich niemand hinstellen und erklären wollen, warum er gegen bezahlbare Mieten gestimmt hat.", "Henrike Vossberg", D),
        ("Sie sei offen für Änderungen im parlamentarischen Verfahren, der Grundsatz aber stehe nicht zur Debatte", "Henrike Vossberg", I),
    ],
    "blind2_de_ch_spital": [
        ("Wir können es uns schlicht nicht leisten, an jedem Standort alles anzubieten", "Cornelia Stähli-Brunner", D),
        ("Die Fallzahlen in Tössegg seien seit Jahren rückläufig, bei den Geburten liege das Spital inzwischen deutlich unter den vom Bund empfohlenen Mindestmengen", "Cornelia Stähli-Brunner", I),
        ("kamen in Tössegg im vergangenen Jahr noch 214 Kinder zur Welt, fünf Jahre zuvor waren es über 400", "Curamed", R),
        ("Man hat uns jahrelang erzählt, unser Spital sei ‹systemrelevant›. Jetzt soll es plötzlich zu teuer sein", "Urs Gisler", D),
        ("Für eine Geburt müssten Frauen aus dem oberen Tösstal künftig bis zu 45 Minuten nach Winterthur fahren, im Winter auch länger", "Urs Gisler", I),
        ("Das ist für eine Region mit 30'000 Einwohnern nicht zumutbar.", "Urs Gisler", D),
        ("viele ihrer Kolleginnen suchten bereits neue Stellen", "Sandra Bühlmann", I),
        ("Wenn die Abteilung zugeht, verlieren wir nicht nur Betten, sondern ein eingespieltes Team", "Sandra Bühlmann", D),
        ("Das baut man nicht in zwei Jahren wieder auf.", "Sandra Bühlmann", D),
        ("er bedaure den Entscheid, respektiere ihn aber", "Verwaltungsrat des Regionalspitals Tössegg", I),
        ("Man werde mit allen betroffenen Mitarbeitenden das Gespräch suchen", "Verwaltungsrat des Regionalspitals Tössegg", I),
        ("Kündigungen wolle man nach Möglichkeit vermeiden", "Verwaltungsrat des Regionalspitals Tössegg", I),
        ("Wir haben die Kapazität, die zusätzlichen Geburten aufzunehmen.", "Beat Rüegsegger", D),
        ("der Kreisssaal dafür ausgebaut werden müsse", "Beat Rüegsegger", I),
        ("Kahlschlag auf dem Land", "Lea Furrer", D),
        ("im Parlament einen Vorstoss für einen Marschhalt einzureichen", "Lea Furrer", R),
        ("Die Regierung hat den Entscheid im stillen Kämmerlein gefällt und die Gemeinden nicht einmal angehört", "Lea Furrer", D),
        ("Wir haben die Gemeinden im Frühling informiert, und der Bericht ‹Spitalplanung 2030› ist seit Monaten öffentlich", "Cornelia Stähli-Brunner", D),
        ("Ein Rettungswagen mit Notärztin werde künftig rund um die Uhr in Tössegg stationiert", "Cornelia Stähli-Brunner", I),
    ],
    "blind2_de_interview_kohle": [
        ("Der Kohleausstieg ist kein Naturereignis", "Jana Reimold", D),
        ("der Ausstieg sei auch schon 2032 möglich, wenn der Bund beim Netzausbau mitziehe", "Jana Reimold", I),
        ("Weder noch. Wir planen seit Jahren mit diesem Datum, und wir haben unsere Investitionen danach ausgerichtet. Überraschungen helfen niemandem, am wenigsten unseren Beschäftigten.", "Jana Reimold", D),
        ("Diese Sorge nehme ich sehr ernst. Aber der Kohleausstieg ist kein Naturereignis, er ist ein Projekt, und Projekte kann man steuern. Wir bauen gerade zwei Batteriespeicher und einen Solarpark auf einer ehemaligen Tagebaufläche. Dort werden Leute aus den Kraftwerken arbeiten, nicht Fremde.", "Jana Reimold", D),
        ("Nein, und das habe ich auch nie behauptet. Ehrlich gesagt: Ein Teil der Stellen wird wegfallen, vor allem bei den Älteren über den Vorruhestand.", "Jana Reimold", D),
        ("Vor allem Tempo beim Netzausbau. Wir haben Flächen, wir haben Wind, wir haben die Fachleute. Was wir nicht haben, sind Leitungen, die den Strom dorthin bringen, wo er gebraucht wird. Als der Wirtschaftsminister im Frühjahr hier war, hat er gesagt: „Wir lassen die Lausitz nicht allein.“ Daran werden wir ihn erinnern.", "Jana Reimold", D),
        ("die Rekultivierung der Tagebaue zu verschleppen", "Umweltverbände", R),
        ("Das weise ich zurück. Wir haben dafür Rückstellungen von mehr als einer Milliarde Euro gebildet, und die Arbeiten liegen im Zeitplan.", "Jana Reimold", D),
        ("Ich habe vor 27 Jahren als Ingenieurin im Kraftwerk Schwarze Pumpe angefangen. Das war eine andere Zeit. Heute würde ich wahrscheinlich Speichertechnik studieren.", "Jana Reimold", D),
        ("die Zusagen des Vorstands seien „bisher vor allem Papier“", "Ronny Kaulisch", I),
        ("Die Belegschaft erwarte einen Tarifvertrag, der betriebsbedingte Kündigungen bis zum letzten Betriebstag ausschließe", "Ronny Kaulisch", I),
    ],
    "blind2_de_regional_freibad": [
        ("Ich hätte Ihnen heute gern etwas anderes gesagt", "Anja Kettler-Roos", D),
        ("Aber die Sicherheit der Badegäste geht vor.", "Anja Kettler-Roos", D),
        ("Die Sanierung werde nach jetzigem Stand rund 2,8 Millionen Euro kosten", "Anja Kettler-Roos", I),
        ("Das sei fast das Doppelte dessen, was die Gemeinde ursprünglich eingeplant hatte", "Anja Kettler-Roos", I),
        ("sind vor allem die Fliesen im Schwimmerbecken und die Leitungen der Filteranlage beschädigt", "Ingenieurbüro Hartlieb", R),
        ("Ein Betrieb in diesem Zustand sei „nicht zu verantworten“", "Ingenieurbüro Hartlieb", I),
        ("Wir reden hier über eine Summe, die unseren Haushalt für Jahre bindet", "Stefan Wurm", D),
        ("Ohne Zuschüsse von Land und Bund sei die Sanierung nicht zu stemmen", "Stefan Wurm", I),
        ("Einen entsprechenden Förderantrag habe die Gemeinde bereits im März gestellt, eine Antwort stehe noch aus", "Stefan Wurm", I),
        ("Seit zehn Jahren weisen wir darauf hin, dass das Bad vernachlässigt wird", "Klaus Demmler", D),
        ("Jetzt bekommen wir die Rechnung.", "Klaus Demmler", D),
        ("bei der Sanierung mit Eigenleistungen zu helfen, etwa beim Anstrich der Umkleiden", "Förderverein Rettet das Waldbad", R),
        ("Arbeiten an Becken und Technik von Fachfirmen erledigt werden müssten", "Anja Kettler-Roos", I),
        ("Beim Streichen der Kabinen sagen wir nicht Nein", "Anja Kettler-Roos", D),
        ("Mit drei Kindern und ohne Auto ist das für uns praktisch unerreichbar", "Mutter aus Eschenau", D),
        ("Das ist keine Dauerlösung, aber besser als gar nichts", "Holger Binz", D),
        ("im Herbst eine Bürgerversammlung zur Zukunft des Waldbads einzuberufen", "Anja Kettler-Roos", R),
        ("Dort sollten auch Alternativen wie ein Naturbad vorgestellt werden", "Anja Kettler-Roos", I),
        ("Aufgeben werden wir das Waldbad nicht", "Anja Kettler-Roos", D),
        ("Das bin ich den Eschenauern schuldig.", "Anja Kettler-Roos", D),
    ],
    "blind2_en_uk_libraries": [
        ("it had been left with ‘no realistic alternative’ after a fall in government funding and a rise in the cost of adult social care", "Hollingford Council", I),
        ("Nobody went into local politics to close libraries. We’ve had to make decisions this year that I’d have thought unthinkable five years ago.", "Graham Pellow", D),
        ("the authority would try to hand some of the buildings over to community groups rather than sell them", "Graham Pellow", I),
        ("the so-called ‘consultation’ had been a box-ticking exercise", "Campaigners", I),
        ("They asked us which library we’d like to lose, as if that were a choice. It’s the residents’ money, not the council’s.", "Maureen Delaney", D),
        ("she had used the library every week since she moved to the town in 1979", "Maureen Delaney", I),
        ("My grandchildren learned to read in that building,", "Maureen Delaney", D),
        ("When I told my granddaughter, she said, “But where will the books go, Nana?” I didn’t have an answer for her.", "Maureen Delaney", D),
        ("short-sighted", "Imran Sadiq", D),
        ("his party would have cut senior management costs instead", "Imran Sadiq", I),
        ("The council has found money for a new logo and a consultancy report called “Hollingford Reimagined”, but not for libraries,", "Imran Sadiq", D),
        ("the branding work had been paid for out of a separate regeneration grant and could not legally be used to fund libraries", "Hollingford Council", I),
        ("more than 180 public libraries have closed in England since 2016", "Chartered Institute of Library and Information Professionals", R),
        ("it was ‘deeply disappointed’ and would be balloting members on industrial action", "Unison", I),
        ("he understood residents’ anger", "Graham Pellow", I),
        ("I’d be angry too,", "Graham Pellow", D),
        ("But I would rather be honest with people now than pretend everything can carry on as it is.", "Graham Pellow", D),
    ],
    "blind2_en_us_court": [
        ("The former treasurer of a youth soccer league in suburban Madison has been charged with embezzling more than $1.2 million over seven years and spending much of it on vacations, a boat and online gambling", "Prosecutors", I),
        ("Gregory Alan Sturdevant, 52, of Fitchburg, faces 14 counts of theft and money laundering", "Prosecutors", R),
        ("Sturdevant wrote more than 300 checks from the Fitchburg Area Youth Soccer Association's accounts to a company he controlled between 2017 and 2024", "Prosecutors", R),
        ("The company, Lakeshore Field Services LLC, had no employees and never performed any work for the league", "Prosecutors", I),
        ("This was money that parents paid so their kids could play a game they love,", "Rosalind Okafor", D),
        ("Instead it paid for a pontoon boat and trips to Las Vegas.", "Rosalind Okafor", D),
        ("her office had identified at least four other people who may have received money from the scheme", "Rosalind Okafor", I),
        ("none of them had been charged", "Rosalind Okafor", I),
        ("The league's board discovered the missing funds in February, when a new volunteer treasurer, Melissa Haugen, noticed that the association could not pay a $9,000 invoice for field lights", "Police", I),
        ("I kept going through the statements thinking I was reading them wrong,", "Melissa Haugen", D),
        ("I wasn't.", "Melissa Haugen", D),
        ('it was "heartbroken and angry" and had hired an outside accounting firm to review its finances', "Fitchburg Area Youth Soccer Association", I),
        ("registration fees for the fall season would not increase", "Fitchburg Area Youth Soccer Association", I),
        ("he had intended to pay the money back", "Gregory Alan Sturdevant", I),
        ('the gambling "got away from" him', "Gregory Alan Sturdevant", I),
        ("he also destroyed bank records kept at his home", "Prosecutors", I),
        ('his client "deeply regrets" his actions and was cooperating with investigators', "Philip Cardenas", I),
        ("Greg has taken responsibility from day one,", "Philip Cardenas", D),
        ("He is getting treatment, and he intends to make restitution to every family that was hurt.", "Philip Cardenas", D),
        ("the investigation was continuing", "Arturo Nell", I),
        ("We are following the money,", "Arturo Nell", D),
        ("and we will go wherever it leads.", "Arturo Nell", D),
    ],
    "blind2_en_business_recall": [
        ("Kestrel Home Appliances is recalling about 380,000 air fryers sold in the United States and Canada after receiving dozens of reports that the devices overheated, melted or caught fire", "Kestrel Home Appliances", I),
        ("it had received 61 reports of overheating, including 14 fires and five minor burn injuries", "Kestrel Home Appliances", I),
        ("The safety of our customers comes first, and we are sorry for the concern this has caused,", "Kestrel Home Appliances", D),
        ("Customers should stop using the fryers immediately and contact Kestrel for a full refund", "Kestrel Home Appliances", I),
        ("the problem had been traced to a faulty thermal cutoff switch supplied by an outside manufacturer", "Kestrel Home Appliances", I),
        ("The company has stopped selling the affected models and has switched to a different part", "Kestrel Home Appliances", I),
        ("the switch can fail to shut off the heating element, allowing the fryer's basket and housing to reach temperatures that can melt plastic", "Consumer Product Safety Commission", R),
        ("the CrispPro was its best-selling product", "Kestrel Home Appliances", I),
        ('Kestrel\'s products were "every bit as safe" as those of its bigger rivals', "Dana Morrow", I),
        ('the company was "focused entirely" on getting these units out of people\'s kitchens', "Kestrel Home Appliances", I),
        ("the refund process had been slow", "Customers", I),
        ("her fryer began to smoke in April and partly melted on her kitchen counter", "Janelle Ortiz", I),
        ("I sent them photos the same day and got an automated email back,", "Janelle Ortiz", D),
        ("It took six weeks and a post on social media before anyone called me.", "Janelle Ortiz", D),
        ("it had added staff to its customer service team and expected to process refunds within 10 business days", "Kestrel Home Appliances", I),
        ("recalls of this size were rarely fatal for a brand but could hurt it with the big chains", "Marcus Feld", I),
        ("Retailers have long memories,", "Marcus Feld", D),
        ("The next time Kestrel asks for shelf space, this will come up.", "Marcus Feld", D),
    ],
    "blind2_en_feature_novelist": [
        ("The river — and I mean this quite literally — took everything we had,", "Ada Quennell", D),
        ("The house, the animals, the photographs. My mother’s piano floated out through the kitchen window.", "Ada Quennell", D),
        ("the thing we walked around", "Ada Quennell", D),
        ("My father", "Ada Quennell", D),
        # a quote running over two paragraphs: one span per paragraph (README)
        ("never once said the word ‘flood’ again. Not once in twelve years.", "Ada Quennell", D),
        ("So when I started writing, I suppose I was writing against that silence. It took me four books to get anywhere near it.", "Ada Quennell", D),
        ("the manuscript arrived “almost without warning” last spring", "Margaret Ibe", I),
        ("she had read it in a single night", "Margaret Ibe", I),
        ("I rang Ada at seven in the morning and told her we were going to publish it exactly as it was,", "Margaret Ibe", D),
        ("a quiet masterpiece", "The Literary Quarterly", D),
        ("its final chapter, “High Water”, was “sentimental”", "Sunday critic", I),
        ("He’s not wrong,", "Ada Quennell", D),
        ("But I was allowed one sentimental chapter. I’d earned it.", "Ada Quennell", D),
        ("a comedy, for once", "Ada Quennell", D),
        ("If I had known then what I know now —", "Ada Quennell", D),
        ("No. I don’t think forgiving is the right word. You don’t forgive weather. You just learn to live downstream of it.", "Ada Quennell", D),
    ],
}

# an interview answer: the paragraph opens with the interviewee's name label, maybe a stage direction
ANSWER_LABEL = re.compile(r"(?:^|\n)\w[\w-]*: (?:\(\w+\) )?$")


def build(name, entries):
    """build_gold_others.build, but a direct span may also be an interview answer after its label."""
    with open(os.path.join(HERE, name + ".txt"), encoding="utf-8") as fh:
        text = fh.read()
    assert not text.startswith("\ufeff") and "\r" not in text
    out = []
    for e in entries:
        quote, speaker, mode = e[:3]
        start = find(text, quote, e[3] if len(e) > 3 else None)
        end = start + len(quote)
        if mode == D:
            assert text[start - 1] in OPEN_MARKS or ANSWER_LABEL.search(text[max(0, start - 40):start]), (name, quote)
            assert text[end] in CLOSE_MARKS or text[end] == "\n", (name, quote, text[end])
        else:
            assert text[start - 1] not in OPEN_MARKS, (name, quote)
        out.append({
            "start": start, "end": end, "quote": quote,
            "prefix": text[max(0, start - CTX):start], "suffix": text[end:end + CTX],
            "speaker": speaker, "stance": "", "target": "", "mode": mode,
        })
    out.sort(key=lambda d: d["start"])
    for a, b in zip(out, out[1:]):
        assert a["end"] <= b["start"], ("overlap", name, a["quote"], b["quote"])
    with open(os.path.join(HERE, name + ".gold.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def write_all(gold_marks: dict) -> None:
    """Write every article's gold file and say what each holds."""
    total = 0
    for name, entries in gold_marks.items():
        build(name, entries)
        gold = validate(name)
        with open(os.path.join(HERE, name + ".txt"), encoding="utf-8") as fh:
            words = len(fh.read().split())
        counts = {m: sum(g["mode"] == m for g in gold) for m in (D, I, R)}
        total += len(gold)
        print(f"{name}: {words} words, {len(gold)} statements {counts}")
    print("total", total, "- all quotes == text[start:end]")


if __name__ == "__main__":
    write_all(GOLD)
