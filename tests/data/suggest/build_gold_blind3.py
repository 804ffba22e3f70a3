#!/usr/bin/env python3
"""Gold offsets for the `blind3_*` articles (written and marked without having seen the rules).

Same format and conventions as build_gold_blind2.py (whose helpers are reused): each mark is
(quote, speaker, mode[, occurrence]); the quote must occur exactly once in the article unless an
occurrence index is given.  Judgement calls beyond those of build_gold_blind2.py:

* The headline (first line) and subheadings are never statements, even when they attribute
  something ("Police: Man posing as officer …", a scare-quoted word like “flood”). A teaser or
  standfirst under the headline is body text: a quoted phrase attributed there ("spricht von einem
  „Übergangsjahr“", "campaigners call penalty ‘a drop in the ocean’") is direct.
* Indicative speech with a cue verb ("Gegen halb elf geht es los, erzählt X") is indirect; the
  indicative narration around it is the writer's.
* Nach Angaben / laut / according to (a report, court records, data) + indicative is reported;
  "according to a police report" and "the report said" speak for the police.
* "hieß es aus Regierungskreisen" → speaker Regierungskreise; "aus dem Büro von X hieß es" → the
  office of X; an unnamed government spokesman → Bundesregierung.
* Speech acts with a noun object ("berichtet von Nächten, in denen …", "described dead trout …",
  "called for an immediate ban …") are reported; infinitive complements ("schlug vor, … zu decken",
  "warf vor, … zu stellen", "forderte auf, … abzugeben") are reported.
* "Said:" at the end of a paragraph followed by a quote paragraph is direct; a quote running over two
  paragraphs (British style, the first without a closing mark) is one span per paragraph.
* A rhetorical question inside a speaker's quote is direct; the journalist's own questions
  ("Und was sagt die Stadt?", "Would that be enough …?") are not statements, nor the question the
  speaker was asked ("Asked whether …").
* Not statements: belief verbs ("hält das für zu optimistisch", "which he felt had been a fair
  tackle"), refusals ("declined to comment", "would not speculate", "ließ er offen", "war für eine
  Stellungnahme nicht erreichbar", "did not respond to questions"), intentions ("will … einsparen"),
  "the court heard", hypotheticals in the writer's voice ("Had Mottram stayed on …", "Should the
  Commission go ahead …", "Was passiert, wenn …? Dann müsste …"), titles („Rentenpaket III“,
  „Fokus 2027“, „Handelsblatt“) and scare quotes (“storm events”, "fines", sogenannte Poser-Szene).
  A refusal that still says something ("saying only that …", "man kommentiere keine Marktgerüchte")
  is a statement.
"""
import os

from build_gold_blind2 import write_all
from build_gold_others import D, I, R  # noqa: E741

HERE = os.path.dirname(os.path.abspath(__file__))

GOLD = {
    "blind3_de_tagesschau_rente": [
        ("Wir können nicht jedes Jahr Milliarden zusätzlich in die Rentenkasse überweisen und gleichzeitig so tun, als gäbe es die Schuldenbremse nicht", "Tobias Wehrenpfennig", D),
        ("Das Paket müsse „ehrlich gegenfinanziert“ werden, bevor seine Fraktion zustimmen könne", "Tobias Wehrenpfennig", I),
        ("Die Rente ist kein Sparschwein des Finanzministers", "Petra Langhoff", D),
        ("Das Rentenniveau von 48 Prozent sei im Koalitionsvertrag vereinbart, und daran werde nicht gerüttelt", "Petra Langhoff", I),
        ("Wer jetzt neue Bedingungen stelle, gefährde das Vertrauen von Millionen Beschäftigten", "Petra Langhoff", I),
        ("die Koalition dürfe sich „nicht wochenlang öffentlich zerlegen“", "Miriam Olbertz", I),
        ("einen Teil der Kosten über einen höheren Bundeszuschuss aus dem Klima- und Transformationsfonds zu decken", "Miriam Olbertz", R),
        ("man sei zuversichtlich, bis zur Kabinettssitzung am Mittwoch einen Kompromiss zu finden", "Regierungskreise", I),
        ("Die Gespräche würden „in konstruktiver Atmosphäre“ geführt", "Regierungskreise", I),
        ("hat Bundeskanzler Konrad Elsässer für Dienstagabend die Spitzen der Koalitionsfraktionen ins Kanzleramt eingeladen", "Bundesregierung", R),
        ("auch die FDP im Wahlkampf ein stabiles Rentenniveau versprochen habe", "Tobias Wehrenpfennig", I),
        ("Das bestreite ich gar nicht", "Tobias Wehrenpfennig", D),
        ("Aber Versprechen ersetzen keine Finanzierung.", "Tobias Wehrenpfennig", D),
        ("noch in dieser Woche ein eigenes Konzept vorzulegen, das unter anderem eine stärkere Kapitaldeckung vorsieht", "Tobias Wehrenpfennig", R),
        ("Diese Regierung streitet sich lieber, als das Land zu regieren.", "Jens-Ulrich Bramkamp", D),
        ("Die Koalition sei „am Ende ihrer Kraft“", "Jens-Ulrich Bramkamp", I),
        ("das Rentenniveau dauerhaft zu halten, koste bis 2040 rund 30 Milliarden Euro jährlich", "Ines Radtke-Volkmer", I),
        ("Das ist bezahlbar, aber nicht umsonst", "Ines Radtke-Volkmer", D),
        ("müsste der Beitragssatz bis dahin auf gut 22 Prozent steigen", "Institut für Sozialforschung", R),
        ("Die Rechnung unterschätze die Zahl der Babyboomer, die in den kommenden zehn Jahren in Rente gingen", "Hartmut Lönnecke", I),
        ("Die jüngere Generation werde die Last allein tragen müssen", "Hartmut Lönnecke", I),
        ("Wir haben schon schwierigere Dinge hinbekommen", "Petra Langhoff", D),
        ("Am Ende wird es eine Lösung geben, mit der alle leben können.", "Petra Langhoff", D),
    ],
    "blind3_de_faz_kroeller": [
        ("Übergangsjahr", "Matthias Ebersbächer", D),
        ("Der Umsatz werde 2025 voraussichtlich zwischen 3,1 und 3,3 Milliarden Euro liegen", "Kröller Werke", I),
        ("Die bereinigte operative Marge werde nur noch 6 bis 7 Prozent erreichen statt der angepeilten 9 Prozent", "Kröller Werke", I),
        ("sank der Auftragseingang im dritten Quartal um 14 Prozent auf 712 Millionen Euro", "Kröller Werke", R),
        ("vor allem die Nachfrage aus China und aus der Autoindustrie sei eingebrochen", "Matthias Ebersbächer", I),
        ("Unsere Kunden verschieben Investitionen, sie stornieren sie aber nicht", "Matthias Ebersbächer", D),
        ("Man rechne damit, dass sich das Geschäft in der zweiten Hälfte des kommenden Jahres erhole", "Matthias Ebersbächer", I),
        ("Wir werden nicht in Panik verfallen. Wir haben in der Krise 2009 gelernt, dass man den Aufschwung mit den eigenen Leuten schafft und nicht mit Leiharbeitern.", "Matthias Ebersbächer", D),
        ("Betriebsbedingte Kündigungen seien nicht geplant", "Matthias Ebersbächer", I),
        ("die Kurzarbeit an den Standorten Metzingen und Plauen werde aber bis März verlängert", "Matthias Ebersbächer", I),
        ("Die Eigenkapitalquote liege bei 41 Prozent, die Nettoliquidität bei knapp 600 Millionen Euro", "Sabine Odenthal-Kurz", I),
        ("Wir haben keinen Finanzierungsbedarf, auch nicht in einem schlechteren Szenario", "Sabine Odenthal-Kurz", D),
        ("Die Dividende wolle man trotz des Gewinnrückgangs stabil halten", "Sabine Odenthal-Kurz", I),
        ("Über deren Höhe entscheide der Aufsichtsrat im Februar", "Sabine Odenthal-Kurz", I),
        ("Gewinnwarnung mit Ansage", "Florian Haubrich", D),
        ("Die ursprüngliche Prognose sei schon im Sommer zu optimistisch gewesen", "Florian Haubrich", I),
        ("der Markt habe Kröller lange einen Bewertungsaufschlag gewährt, der nun verschwinde", "Fondsmanager", I),
        ("Kröller ist solide, aber eben nicht mehr besonders.", "Fondsmanager", D),
        ("Die Auftragslage im Servicegeschäft sei stabil, und dort verdiene Kröller das meiste Geld", "Johanna Trebitz", I),
        ("man kommentiere keine Marktgerüchte", "Kröller Werke", I),
        ("Die Beschäftigten zahlen mit der Kurzarbeit schon heute für Managementfehler der Vergangenheit", "Dirk Schwenninger", D),
        ("eine Standortgarantie für alle deutschen Werke bis 2030 abzugeben", "Dirk Schwenninger", R),
    ],
    "blind3_de_sz_raser": [
        ("Gegen halb elf geht es los", "Gerlinde Hofstetter", I),
        ("Dann lassen sie die Motoren aufheulen, immer wieder, bis zwei oder drei Uhr früh", "Gerlinde Hofstetter", D),
        ("Schlafen könne sie in solchen Nächten nur mit Ohrstöpseln, und selbst die hülfen wenig", "Gerlinde Hofstetter", I),
        ("Nächten, in denen ihr Sohn senkrecht im Bett saß", "junge Mutter", R),
        ("Er hat mich gefragt: ‚Mama, warum fahren die immer im Kreis?‘ Was soll ich ihm darauf sagen?", "junge Mutter", D),
        ("gingen seit April mehr als 140 Beschwerden über Lärm und illegale Rennen an der Wiesenfeldstraße ein", "Polizeipräsidium München", R),
        ("Man habe die Kontrollen deutlich verstärkt", "Andreas Vierlinger", I),
        ("Bei drei Großkontrollen seien 27 Fahrzeuge stillgelegt worden, weil an ihnen unerlaubte Umbauten vorgenommen worden waren", "Andreas Vierlinger", I),
        ("Wir sprechen hier nicht von ein paar Jugendlichen, die ein bisschen Spaß haben", "Andreas Vierlinger", D),
        ("Manche dieser Autos sind schlicht nicht verkehrssicher.", "Andreas Vierlinger", D),
        ("Wir treffen uns hier, weil wir sonst nirgends hinkönnen", "Timo", D),
        ("Rennen fahre hier niemand, jedenfalls niemand aus seinem Freundeskreis", "Timo", I),
        ("Die Beschwerden der Nachbarn halte er trotzdem für berechtigt", "Timo", I),
        ("Wenn einer um zwei Uhr nachts Vollgas gibt, versteh ich, dass die sauer sind.", "Timo", D),
        ("den Parkplatz nachts mit einer Schranke zu sperren", "Bernhard Gleixner", R),
        ("Der Baumarkt habe signalisiert, dass er dazu grundsätzlich bereit sei", "Bernhard Gleixner", I),
        ("man prüfe „verschiedene bauliche und verkehrsrechtliche Maßnahmen“", "Mobilitätsreferat", I),
        ("Eine Entscheidung solle noch vor Weihnachten fallen", "Mobilitätsreferat", I),
        ("Ich bin hier geboren, ich zieh hier nicht mehr weg", "Gerlinde Hofstetter", D),
        ("Aber ein bisschen Ruhe, das wäre schon schön.", "Gerlinde Hofstetter", D),
    ],
    "blind3_de_standard_boden": [
        ("Angriff auf die Gemeindeautonomie", "Gernot Pirker", D),
        ("Wir haben fünf Jahre lang verhandelt, wir haben Arbeitsgruppen gebildet und Strategiepapiere geschrieben", "Sophie Kranewitter", D),
        ("Jetzt ist die Zeit der Freiwilligkeit vorbei.", "Sophie Kranewitter", D),
        ("werden in Österreich derzeit rund elf Hektar Boden pro Tag verbraucht, das entspricht etwa 16 Fußballfeldern", "Umweltbundesamt", R),
        ("Eine starre Obergrenze aus Wien treffe vor allem ländliche Gemeinden, die Betriebe ansiedeln und leistbaren Wohnraum schaffen wollten", "Gernot Pirker", I),
        ("Der Bürgermeister in Hermagor weiß besser als jede Beamtin in einem Ministerium, wo bei ihm ein Gewerbegebiet hingehört.", "Gernot Pirker", D),
        ("Ein Bundesgesetz halte er für verfassungswidrig, man werde es „selbstverständlich“ beim Verfassungsgerichtshof bekämpfen", "Gernot Pirker", I),
        ("das Land habe mit seinem eigenen Bodenschutzprogramm bereits „mehr erreicht als jede Bundesvorgabe“", "Büro von Landeshauptfrau Maria Eichinger-Haas", I),
        ("Die Länder hätten jahrelang Zeit gehabt, das Problem selbst zu lösen", "Lukas Hinterleitner", I),
        ("Stattdessen entstehen weiter Supermärkte mit riesigen Parkplätzen auf der grünen Wiese, während in den Ortskernen die Geschäfte leer stehen.", "Lukas Hinterleitner", D),
        ("Österreich sei beim Bodenverbrauch „trauriger Europameister“", "Lukas Hinterleitner", I),
        ("die Gemeinden „pauschal an den Pranger zu stellen“", "Alfred Rieger", R),
        ("Viele Kommunen hätten ihre Widmungen in den vergangenen Jahren deutlich zurückgefahren", "Alfred Rieger", I),
        ("Das ist rechtlich dünnes Eis", "Heinz Leitgeb", D),
        ("Ohne eine Verfassungsänderung mit Zweidrittelmehrheit im Nationalrat werde ein solches Gesetz wohl beim Höchstgericht landen", "Heinz Leitgeb", I),
        ("Ich werde mir nicht vorwerfen lassen, dass wir zugeschaut haben, wie das Land zubetoniert wird.", "Sophie Kranewitter", D),
        ("Wer gegen die Obergrenze sei, müsse erklären, welche Flächen er künftigen Generationen noch hinterlassen wolle", "Sophie Kranewitter", I),
    ],
    "blind3_en_reuters_tariffs": [
        ("The European Commission is preparing to open an anti-subsidy investigation into heat pumps imported from China as early as next month", "EU diplomats", I),
        ("The Commission has the evidence it needs. The question now is timing, not substance,", "EU diplomat", D),
        ("Imports of Chinese heat pumps into the EU rose by 38% in the first nine months of the year", "European Heat Pump Manufacturers' Alliance", R),
        ("several European producers had cut shifts at their factories", "Annelies Vroemen", I),
        ("We are not asking for protection. We are asking for a level playing field,", "Annelies Vroemen", D),
        ("If nothing happens, there will be no European heat pump industry left to protect in five years.", "Annelies Vroemen", D),
        ('the EU executive "monitors the market closely and will use all instruments at its disposal where appropriate"', "European Commission", I),
        ("Germany and Sweden, both home to large heat pump makers, are broadly supportive, but Poland and Italy have raised concerns in closed-door meetings", "people briefed on the talks", R),
        ("Rome was worried that duties would make the pumps unaffordable for households at a time when subsidies were being scaled back", "Italian official", I),
        ("You cannot tell people to rip out their gas boilers and then make the alternative 20% more expensive,", "Italian official", D),
        ("When we have something to announce, you will be the first to know,", "Mikael Saarnivaara", D),
        ("officials were also examining whether Chinese manufacturers had routed exports through third countries to avoid possible duties", "person familiar with the Commission's thinking", I),
        ("the success of Chinese clean-tech companies is the result of innovation and competition, not state support", "China's commerce ministry", I),
        ('it would take "all necessary measures" to defend their interests', "China's commerce ministry", I),
        ("any duties were unlikely to be as high as those imposed on electric vehicles last year", "Analysts", I),
        ("Heat pumps are a much more fragmented market, and a lot of the Chinese product is sold under European brands,", "Clara Mendonça", D),
        ("Hitting them hard would also hit European companies.", "Clara Mendonça", D),
    ],
    "blind3_en_ap_impostor": [
        ('A man who used a flashing light bar and a fake badge to pull over at least nine drivers on suburban Cincinnati roads and demand cash "fines" has been arrested', "Police", I),
        ("Darnell Whitcomb, 34, of Forest Park, was charged with impersonating a peace officer, robbery and abduction", "Hamilton County court records", R),
        ("the stops began in late August and happened mostly after dark on quiet stretches of road", "Renata Kowalczyk", I),
        ("The drivers, most of them women traveling alone, were told they had been speeding and would be taken to jail unless they paid on the spot", "Renata Kowalczyk", I),
        ("He picked his victims carefully, and he knew exactly what a real traffic stop looks like,", "Renata Kowalczyk", D),
        ("That's what makes this so disturbing.", "Renata Kowalczyk", D),
        ("Whitcomb wore a dark uniform shirt with a sewn-on patch and carried what appeared to be a holstered handgun", "Police", R),
        ("Investigators later determined it was a pellet gun", "Police", I),
        ("the man took $340 from her wallet and then followed her for several miles after she drove away", "woman", I),
        ("she had handed over her debit card and PIN after the man threatened to impound her car", "college student", I),
        ("I thought, if I argue with a police officer, it's only going to get worse,", "college student", D),
        ("So I did what he said.", "college student", D),
        ("the break in the case came when a retired sheriff's deputy, who had been pulled over near Glendale Milford Road, noticed that the man's car had no department markings on the rear bumper and wrote down its license plate", "Police", I),
        ("Real officers don't ask you for cash. Ever,", "Renata Kowalczyk", D),
        ("If something feels wrong, call 911 and ask the dispatcher to confirm that it's a legitimate stop.", "Renata Kowalczyk", D),
        ("they had found a police scanner, two sets of handcuffs and a notebook listing the makes of cars and the times they were stopped when they searched his apartment", "Prosecutors", I),
        ("deeply alarming.", "Lorraine Beecham", D),
        ("her son had struggled to find steady work since losing his job as a security guard last year", "Whitcomb's mother", I),
        ("He's not a violent person,", "Whitcomb's mother", D),
        ("I don't know who that is they're describing.", "Whitcomb's mother", D),
        ("investigators suspected there could be more victims who had been too embarrassed to come forward", "Renata Kowalczyk", I),
    ],
    "blind3_en_guardian_sewage": [
        ("a drop in the ocean", "Campaigners", D, 0),
        ("a sustained and cynical failure", "Alison Prideaux", D),
        ("the company had put profits before the river", "Alison Prideaux", I),
        ("This was not an accident, nor was it an act of God. It was a choice, made repeatedly, by people who knew exactly what was happening,", "Alison Prideaux", D),
        ("the fine was the largest ever imposed on a water company in England", "Environment Agency", I),
        ("The Lambourne is a globally rare habitat, and for three years it was treated as a drain. Today’s sentence sends a clear message to the whole industry that the era of cheap fines is over.", "Martin Oyelaran", D),
        ("the penalty was small compared with the £310m in dividends the company has paid its shareholders since 2020", "Campaigners", I),
        ("the fine amounted to “a drop in the ocean” for a firm of Thamesdown’s size", "Priya Nandakumar", I),
        # a quote running over two paragraphs: one span per paragraph
        ("We first reported the spills in the spring of 2021. We sent photographs, we sent water samples, we sent letters to the chief executive. Nobody came.", "Priya Nandakumar", D),
        ("If it had not been for volunteers standing in that river with test kits, this would still be going on today.", "Priya Nandakumar", D),
        ("dead trout and a grey film of sewage fungus covering the gravel beds", "Local anglers", R),
        ("the river had not yet recovered", "Ron Batchelor", I),
        ("You used to see mayfly hatches so thick you could barely breathe,", "Ron Batchelor", D),
        ("Last summer I counted six.", "Ron Batchelor", D),
        ("it “deeply regretted” the harm caused and had replaced the pump and installed new monitoring equipment at Easton Row", "Thamesdown Water", I),
        ("the fine would be paid from its own profits and would not be passed on to customers through higher bills", "Thamesdown Water", I),
        ("an immediate ban on bonuses for executives of polluting firms", "Opposition MPs", R),
        ("the government was “absolutely clear” that customers should not pay for companies’ failures and that new powers to block bonuses would come into force in the spring", "Rebecca Hallworth", I),
        ("Water companies have been warned repeatedly. Where they break the law, they will face the full consequences.", "Defra", D),
        ("chalk streams could recover within a decade if pollution stopped entirely", "Fiona Carradine", I),
        ("but only if it really stops – not just until the cameras go away", "Fiona Carradine", D),
    ],
    "blind3_en_bbc_football": [
        ('his side had shown "real character" after a poor first half in which they failed to manage a shot on target', "Neil Dunmore", I),
        ("I wasn't happy at half-time and I told them that, in language I won't repeat here,", "Neil Dunmore", D),
        ("But the response was brilliant. We went after them, the crowd got behind us and in the end I think we deserved it.", "Neil Dunmore", D),
        ('Okafor, who had not scored since September, had been working on his heading "every single day" in training', "Neil Dunmore", I),
        ("Tunde's been frustrated, and you could see what that goal meant to him,", "Neil Dunmore", D),
        ("He's a big part of what we're doing here.", "Neil Dunmore", D),
        ("I've watched it back three times now and he wins the ball. He wins the ball cleanly. I don't know what the referee saw, but it changed the game completely.", "Kieran Sowerby", D),
        ("What's the point? We'll get a letter in a fortnight saying sorry, and we'll still have lost the three points.", "Kieran Sowerby", D),
        ('they had "given everything" with 10 men', "Kieran Sowerby", I),
        ("the late goal had come from a set-piece his side should have defended better", "Kieran Sowerby", I),
        ("That's the bit that hurts,", "Kieran Sowerby", D),
        ("You can't switch off for one second at this level.", "Kieran Sowerby", D),
        ("I just closed my eyes and threw my head at it,", "Tunde Okafor", D),
        ("The gaffer keeps telling me to attack the ball, so I suppose I listened for once.", "Tunde Okafor", D),
    ],
}


if __name__ == "__main__":
    write_all(GOLD)
