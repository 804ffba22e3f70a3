#!/usr/bin/env python3
"""Gold offsets for the `blind5_*` articles (written and marked without having seen the rules or the
earlier development texts).

Same format and conventions as build_gold_blind2.py / build_gold_blind3.py / build_gold_blind4.py
(whose helpers are reused): each mark is (quote, speaker, mode[, occurrence]); the quote must occur
exactly once in the article unless an occurrence index is given.  Judgement calls beyond those files:

* Headlines, live-blog entry headings ("Housing minister says government will not ‘blink’ …",
  "Downing Street: PM ‘confident’ …"), timestamps and bylines are never statements; a quote in the
  headline that recurs, attributed, in the body is marked there by occurrence.
* Parliament: each speaker's words are their own, also shouted interjections ("rief Kehrer
  dazwischen: „Das ist doch Unsinn!“"); "konterte", "entgegnete", "behauptete", "betonte" are speech
  cues; "warf der Ministerin vor, … zu lassen", "forderte, … zurückzuziehen" and the chair's
  "ermahnte ihn, zur Sache zu sprechen" are reported (infinitive complements). "spricht die
  Opposition von einem „Bürokratiemonster“" in a standfirst is direct, speaker Opposition.
* A proposal or figure named as a noun object of a speech act is reported, the noun phrase as span:
  "hat eine Vier-Tage-Woche … ins Gespräch gebracht", "bezifferte die Kosten des Umbaus auf rund
  180 Millionen Euro", "verweist … auf einen Stadtratsbeschluss …". Stance without speech is not
  marked ("hält davon nichts", "zeigte sich skeptisch", "stellte sich hinter den Entwurf", "weist
  das zurück" when what follows the colon carries the content, which is marked).
* "so der Manager" after a quote names the manager introduced before; Konjunktiv sentences after it
  are his. "In Branchenkreisen heißt es, …" → Branchenkreise; "Aus dem Ministerium hieß es
  lediglich, …" → the ministry (a refusal that still says something).
* A quote standing after narration with no cue of its own ("Mara lacht bitter. „…“") belongs to
  the person the narration is about. A reportage quote over two paragraphs (the first without a
  closing mark) is one span per paragraph; so is a "said:" / "posted on X:" paragraph followed by a
  quote paragraph.
* Unnamed sources keep the description the text gives them ("people familiar with the matter" —
  also for "the people said" and "one of the people said" —, "a separate person with knowledge of
  the matter", "One senior Labour figure", "officials", "authorities", "Competition lawyers"). An
  official spokesperson speaks for the institution ("the prime minister’s official spokesperson" →
  Downing Street, "A council spokesperson" → the council).
* "according to the Hollis County Sheriff's Office / records from the Ohio EPA / the Drewry index /
  data from Alphaliner" + indicative (or a writer's "would") are reported, speaker the source.
  "X, authorities said" in a lead is indirect.
* "told MPs that X and had Y" (one cue) is one statement; "told me X, but admitted Y" and "say X
  but warn that Y" (a second cue) are two.
* Not statements: slogans and signs (a leaflet's „Rosenwinkel bleibt!“, a banner after a colon,
  placards "reading “…”", a town sign "reads "…""), titles („Gesetz zur Stärkung …“, „Hegemann
  2030“, „Informationen am Morgen“, “Keep Harwick Swimming”), scare quotes and terms („Hegemann
  light“ genannt wird, the so-called “freight recession”, whips "are said to be running a “charm
  offensive”"), negated speech and refusals ("wollte sich nicht dazu äußern, ob …", "hat sich …
  bisher nicht geäußert", "would not say whether", "declined to comment", "did not immediately
  respond", "did not say", "didn’t name", "has not said"), the journalist's questions ("Und die
  Ersatzflächen?", "Ob das reicht?", "So will the rebellion materialise?", "Would regulators wave it
  through?", "So what happens next?") and the question put to a speaker ("Auf die Frage, ob …",
  "Asked whether …"), hypotheticals in the writer's voice ("Würde der Bundesrat …", "Sollte die
  Nachfrage …", "If more than 40 Labour MPs …", "Should Nordvik proceed …", "If the closure goes
  ahead …"). A conditional inside someone's speech ("Würde man den freien Tag gut ausgestalten,
  könne er …", "warned that if the wind shifted …") is a statement.
"""
import os

from build_gold_blind2 import write_all
from build_gold_others import D, I, R  # noqa: E741

HERE = os.path.dirname(os.path.abspath(__file__))

GOLD = {
    "blind5_de_welt_fernwaerme": [
        ("Bürokratiemonster", "Opposition", D),
        ("die Fernwärmeversorger künftig einer bundesweiten Preisaufsicht zu unterstellen", "Henrike Albers", R),
        ("Wer heute in einem Plattenbau in Cottbus oder Halle wohnt, hat keine Wahl, bei wem er seine Wärme kauft", "Henrike Albers", D),
        ("Diese Menschen brauchen einen Staat, der hinschaut.", "Henrike Albers", D),
        ("Frau Ministerin, Sie schaffen eine neue Behörde, aber keine einzige Kilowattstunde günstigere Wärme", "Matthias Kehrer", D),
        ("Die Regierung lasse die Mieter im Kalten sitzen und verstecke sich hinter Gutachten", "Matthias Kehrer", I),
        ("die Stadtwerke seit Monaten im Unklaren zu lassen", "Jonas Wittkamp", R),
        ("die Union habe in ihrer eigenen Regierungszeit „nicht einmal einen Gesetzentwurf“ zustande gebracht", "Henrike Albers", I),
        ("Eine Preisaufsicht ohne Transparenzpflicht ist ein zahnloser Tiger.", "Lea Brandstätter", D),
        ("Die Versorger müssten ihre Kalkulation offenlegen, so wie es bei Strom und Gas längst üblich sei", "Lea Brandstätter", I),
        ("Planwirtschaft durch die Hintertür", "Rainer Tümmler", D),
        ("das Gesetz zurückzuziehen", "Rainer Tümmler", R),
        ("zur Sache zu sprechen", "Claudia Renner", R),
        ("die Fernwärme werde in Ostdeutschland „absichtlich verteuert“", "Rainer Tümmler", I),
        ("Das ist doch Unsinn!", "Matthias Kehrer", D),
        ("Ob eine Bundesbehörde in Bonn die Lage in Zwickau besser beurteilt als die Landeskartellbehörde, wage ich zu bezweifeln", "Konstantin Hafner", D),
        ("seine Fraktion werde im Ausschuss eigene Änderungsanträge einbringen", "Konstantin Hafner", I),
        ("Fernwärme gehöre in kommunale Hand", "Sevim Aydın", I),
        ("Solange Finanzinvestoren die Netze besitzen, wird jede Aufsicht nur Kosmetik sein.", "Sevim Aydın", D),
        ("man sei „für gute Vorschläge offen“", "Bauministerium", I),
        ("Lassen Sie uns im Ausschuss ernsthaft reden – die Menschen frieren nicht nach Parteibuch.", "Henrike Albers", D),
    ],
    "blind5_de_taz_wagenplatz": [
        ("Als ich hergekommen bin, war das hier eine Brache voller Scherben", "Mara", D),
        ("Wir haben den Boden entgiftet, Obstbäume gepflanzt, eine Werkstatt gebaut. Und jetzt heißt es, das Grundstück sei zu wertvoll für Leute wie uns.", "Mara", D),
        ("der Nutzungsvertrag zum 30. Juni ausläuft und nicht verlängert wird", "Stadt Leipzig", I),
        ("Die Leute denken immer, wir wären hier so eine Aussteiger-Romantik. Aber wir zahlen Pacht, wir haben eine Haftpflicht, wir reparieren Fahrräder für die halbe Nachbarschaft. Die Kita von gegenüber holt sich bei uns im Herbst die Äpfel.", "Jonas", D),
        ("Wenn die Stadt hier Reihenhäuser hinsetzt, ist das ihr gutes Recht. Aber dann soll sie auch ehrlich sagen, dass es ihr ums Geld geht und nicht um Wohnungsnot. Zwanzig Reihenhäuser lösen keine Wohnungsnot.", "Jonas", D),
        ("auf einen Stadtratsbeschluss aus dem vergangenen Jahr", "Stadt Leipzig", R),
        ("Das Gelände sei im Flächennutzungsplan als Wohnbaufläche ausgewiesen", "Stadt Leipzig", I),
        ("Man habe den Bewohner*innen zwei Ersatzflächen angeboten", "Stadt Leipzig", I),
        ("Die eine ist ein Parkplatz neben der Autobahn, die andere liegt in einem Überschwemmungsgebiet.", "Mara", D),
        ("sie anfangs skeptisch gewesen sei", "Helga", I),
        ("Ich dachte, da wohnen nur Punks mit Hunden.", "Helga", D),
        ("Heute backe sie jeden Monat Kuchen für das Nachbarschaftscafé auf dem Platz", "Helga", I),
        ("kurzsichtig", "Ute Brämer", D),
        ("Wir gehen hier nicht freiwillig weg", "Mara", D, 1),
        ("Aber wir sind auch keine Träumer. Wir wissen, wie so etwas meistens ausgeht.", "Mara", D),
    ],
    "blind5_de_handelsblatt_hegemann": [
        ("Wir haben zu lange gezögert", "Till Oberhausen", D, 1),
        ("Das Verbrennergeschäft schrumpft schneller, als wir es 2021 geplant hatten, und wir haben darauf zu spät reagiert.", "Till Oberhausen", D),
        ("bis Ende 2026 sollten rund 1200 der 7400 Stellen in Deutschland wegfallen, vor allem in der Getriebefertigung", "Hegemann Antriebstechnik", I),
        ("Da sind wir technologisch vorn, aber noch zu klein", "Till Oberhausen", D),
        ("Man rechne für 2027 mit einem Umsatzanteil der E-Sparte von einem Drittel", "Till Oberhausen", I),
        ("die Kosten des Umbaus auf rund 180 Millionen Euro", "Beatrix Lohmann", R),
        ("Die Rückstellungen würden das Ergebnis im laufenden Jahr belasten, eine Dividende werde es für 2025 voraussichtlich nicht geben", "Beatrix Lohmann", I),
        ("Hegemann habe bei mindestens zwei großen Autobauern Aufträge für die nächste Getriebegeneration verloren", "Branchenkreise", I),
        ("Über einzelne Kunden sprechen wir grundsätzlich nicht", "Till Oberhausen", D),
        ("Der Markt hat das seit zwei Jahren eingepreist. Überraschend ist allenfalls, wie zaghaft der Plan ausfällt", "Markus Feldhege", D),
        ("Kahlschlag mit Ansage", "Sandra Völkel", D),
        ("Der Vorstand habe die Belegschaft monatelang hingehalten und jetzt vor vollendete Tatsachen gestellt", "Sandra Völkel", I),
        ("Wer so mit seinen Leuten umgeht, braucht sich über fehlende Fachkräfte nicht zu wundern.", "Sandra Völkel", D),
        ("Betriebsbedingte Kündigungen werde man „mit allen Mitteln“ verhindern", "Sandra Völkel", I),
        ("Man habe den Betriebsrat frühzeitig eingebunden", "Till Oberhausen", I),
        ("Es werde ein Freiwilligenprogramm mit Abfindungen geben; Kündigungen wolle er „so weit wie möglich“ vermeiden", "Till Oberhausen", I),
        ("Wir bauen das Unternehmen nicht ab, wir bauen es um", "Till Oberhausen", D),
    ],
    "blind5_de_dlf_viertagewoche": [
        ("eine Vier-Tage-Woche an Grundschulen", "Gisela Hornbach", R),
        ("an vielen Schulen fehle inzwischen jede fünfte Lehrkraft", "Gisela Hornbach", I),
        ("Der Unterricht finde dort nur noch auf dem Papier vollständig statt", "Gisela Hornbach", I),
        ("Es sei ehrlicher, einen Tag pro Woche für Projektarbeit und Betreuung durch Erzieherinnen und Sozialpädagogen zu öffnen, als täglich Stunden ausfallen zu lassen", "Gisela Hornbach", I),
        ("Die Eltern seien dabei nicht ihr Gegner", "Gisela Hornbach", I),
        ("Viele Familien erlebten schon jetzt eine verkürzte Woche – nur ungeplant und ohne Vorwarnung", "Gisela Hornbach", I),
        ("es ohne verlässliche Ganztagsangebote nicht gehen werde", "Gisela Hornbach", I),
        ("Die Kultusministerkonferenz müsse endlich ehrlich rechnen", "Gisela Hornbach", I),
        ("Wir verwalten den Mangel, statt ihn zu beheben.", "Gisela Hornbach", D),
        ("Eine Vier-Tage-Woche sei ein „Offenbarungseid“ und gehe zulasten der Kinder aus bildungsfernen Familien", "Elke Rautenberg", I),
        ("Man arbeite mit Hochdruck an Programmen für Quereinsteiger", "Elke Rautenberg", I),
        ("diskussionswürdig", "Henning Dreyer", D),
        ("Es gebe allerdings Studien aus Frankreich, nach denen schwächere Schüler unter einer verkürzten Woche besonders litten", "Henning Dreyer", I),
        ("Würde man den freien Tag gut ausgestalten, könne er aber sogar Chancen bieten", "Henning Dreyer", I),
        ("Entscheidend sei, wer die Kinder an diesem Tag betreue", "Henning Dreyer", I),
        ("eine Vier-Tage-Woche sei für viele Familien „schlicht nicht organisierbar“", "Bundeselternrat", I),
        ("schon heute in manchen Landkreisen Hortplätze fehlten", "Sabine Karadeniz", I),
        ("Bildung sei Ländersache", "Bundesbildungsministerium", I),
        ("Sie habe mit Widerstand gerechnet", "Gisela Hornbach", I),
        ("Niemand wolle eine Vier-Tage-Woche, auch sie selbst nicht", "Gisela Hornbach", I),
        ("Aber man müsse über Alternativen reden, solange noch Zeit sei", "Gisela Hornbach", I),
        ("Wenn die Länder nicht bald handelten, würden die Schulen die Entscheidung selbst treffen – „und zwar ohne Konzept“", "Gisela Hornbach", I),
    ],
    "blind5_en_guardian_liveblog": [
        ("the government will not back down over its housing targets despite a threatened rebellion by up to 40 Labour MPs", "Daniel Okafor", I),
        ("We are not going to blink. People in their thirties are still living in their childhood bedrooms, and every MP who has knocked on doors knows that.", "Daniel Okafor", D),
        ("councils which failed to meet their targets would get “hands-on support, not punishment”", "Daniel Okafor", I),
        ("That is not going to happen.", "Daniel Okafor", D),
        ("the targets amounted to “top-down bullying” of local communities", "Fiona Maddock", I),
        ("If you live in a village in Kent, you have no say any more. The minister in London decides how many homes go on your playing field,", "Fiona Maddock", D),
        ("they support “more homes, built faster”", "Labour rebels", I),
        ("the bill in its current form “hands the keys to volume housebuilders”", "Labour rebels", I),
        ("This isn’t a rebellion. It’s a rescue mission.", "Helen Ashdown", D),
        ("he was “not in the business of bringing down governments”", "Kieran Moss", I),
        ("the PM was “confident” the bill would pass and would “continue to listen to colleagues”", "Downing Street", I),
        ("We don’t get into a running commentary on amendments.", "Downing Street", D),
        ("Another day, another Labour civil war. Meanwhile nobody is actually building anything.", "Tom Ferrier", D),
        ("the prime minister had “lost control of his own benches”", "Graham Whitlow", I),
        ("the Conservatives had built “fewer homes than any government since the war” and had “no lessons to give anyone”", "Martin Cobbold", I),
        ("the whips were “quietly confident”", "senior Labour figure", I),
        ("nobody had done a proper count yet", "senior Labour figure", I),
    ],
    "blind5_en_ap_warehouse": [
        ("An explosion ripped through a fertilizer warehouse on the edge of a small Ohio town early Tuesday, killing two workers and forcing hundreds of residents from their homes", "authorities", I),
        ("The blast at the Tri-County Agri Supply warehouse happened shortly after 5:30 a.m.", "Hollis County Sheriff's Office", R),
        ('crews arrived to find the building "fully involved" and a second explosion about 20 minutes later forced firefighters to pull back', "Dwayne Pruitt", I),
        ("We had guys maybe 50 feet from that wall when it went,", "Dwayne Pruitt", D),
        ("Another minute and I'd be standing here telling you about a lot more than two.", "Dwayne Pruitt", D),
        ("there was no indication the explosion was intentional, but the state fire marshal's office would investigate", "Linda Okonkwo", I),
        ("Right now we're treating this as an industrial accident,", "Linda Okonkwo", D),
        ("About 400 residents within a mile of the warehouse were ordered to leave their homes because of concerns about chemicals stored on site", "officials", I),
        ("if the wind shifted overnight, the evacuation zone could be expanded", "officials", I),
        ("the blast shook her house so hard that pictures fell off the walls", "Marcy Delgado", I),
        ("I thought a plane had crashed,", "Marcy Delgado", D),
        ("My daughter was screaming. We just grabbed the dog and drove.", "Marcy Delgado", D),
        ('he saw a "big orange ball" rise above the trees, followed by a boom he felt in his chest', "Ron Easley", I),
        ("The warehouse was cited in 2021 for improper storage of hazardous materials", "Ohio Environmental Protection Agency", R),
        ("the company had paid a $12,000 fine and corrected the violations", "Mark Tillery", I),
        ("he had spoken with local officials and that state emergency teams were on the scene", "Dale Whitcomb", I),
        ("Our hearts are with the families who lost loved ones this morning,", "Dale Whitcomb", D),
    ],
    "blind5_en_bloomberg_halden": [
        ("Nordvik Shipping ASA is exploring a takeover of smaller rival Halden Lines Ltd. in a deal that could value the container carrier at about $4 billion", "people familiar with the matter", R),
        ("The Oslo-based company has been working with advisers on a potential offer and could approach Halden’s board as soon as next month", "people familiar with the matter", I),
        ("No final decision has been made and Nordvik could decide not to proceed", "people familiar with the matter", I),
        ("it “does not comment on market rumors or speculation.”", "Halden Lines", I),
        ("Spot rates on the main Asia-Europe route have fallen about 30% this year", "Drewry World Container Index", R),
        ("A combination makes sense on paper — both are sub-scale on the Asia-Europe loop,", "Priya Venkataraman", D),
        ("The question is whether Nordvik’s balance sheet can carry it.", "Priya Venkataraman", D),
        ("the company was “open to consolidation” but would remain “disciplined on price.”", "Lars Eskeland", I),
        ("Halden’s largest shareholder, the Sørlie family trust, which controls about 22% of the company, is unlikely to sell at the current share price", "people familiar with the matter", I),
        ("the company should “explore all strategic alternatives, including a sale.”", "Greyhaven Capital", I),
        ("Halden was “the most undervalued asset in European shipping.”", "Tomasz Wrobel", I),
        ("At least one other carrier has studied a bid for Halden in the past year", "person with knowledge of the matter", I),
        ("A deal would create the world’s ninth-largest container line by capacity", "Alphaliner", R),
        ("the combined market share on most routes would stay below 15%", "Competition lawyers", I),
    ],
    "blind5_en_bbc_pool": [
        ("it could no longer afford to run it", "Harwick District Council", I),
        ("the 1970s building on Mill Road needed repairs costing £3.2m that it could not fund", "Harwick District Council", I),
        ("It's not just a pool. For a lot of us it's the only place we see anyone all week.", "Jean Parfitt", D),
        ("When my husband died, the lifeguards were the ones who noticed I'd stopped coming and rang to check on me. You don't get that from a spreadsheet.", "Jean Parfitt", D),
        ("she would be “first in the queue” to volunteer if a community trust took over", "Jean Parfitt", I),
        ("the nearest alternative was a 40-minute bus ride away in Cresford", "Tom Baxendale", I),
        ("Our kids are going to grow up in a seaside town and not be able to swim. That's not an exaggeration, that's just what will happen,", "Tom Baxendale", D),
        ("the authority had been left with “no good options”", "Angela Frith", I),
        ("Nobody became a councillor to close a swimming pool. But our budget has been cut by a third since 2015 and we have a legal duty to balance the books.", "Angela Frith", D),
        ("the council would consider any “credible” offer from a community group to take over the building", "Angela Frith", I),
        ("short-sighted and cruel", "Raj Mistry", D),
        ("the council had spent more than £500,000 on consultants over the past two years", "Raj Mistry", I),
        ("that figure was “misleading” because it included statutory planning work", "Harwick District Council", I),
        ("pool closures were “having a real impact on children's ability to learn to swim”", "Swim England", I),
        ("We're not naive about money. We just want them to show us they've looked at every other option first.", "Tom Baxendale", D),
    ],
}


if __name__ == "__main__":
    write_all(GOLD)
