#!/usr/bin/env python3
"""Gold offsets for the `blind6_*` articles (written and marked without having seen the rules or the
earlier development texts).

Same format and conventions as build_gold_blind2.py … build_gold_blind5.py (whose helpers are
reused): each mark is (quote, speaker, mode[, occurrence]); the quote must occur exactly once in the
article unless an occurrence index is given.  Judgement calls beyond those files:

* Headlines, subheadings (also a quoted one, „Es stinkt bis in die Stadt“, that recurs attributed in
  the body and is marked there by occurrence), bylines, a radio programme line ("Dieses Thema im
  Programm: …"), a Kicker line-up / goals box, a Reuters reporting-and-editing credit and a Verge
  "Update …: Added comment from …" line are never statements. A standfirst is body text ("The company
  says …", "Customers say …", "wirbt … für ein Bündnis …" — the last a proposal named as the noun
  object of a speech act, reported); "She talks grief, diesel and …" names topics, not content.
* "Wie ein Sprecher der Polizeidirektion mitteilte, <indicative>" is like "nach Angaben": reported,
  speaker the organisation; the Konjunktiv sentence after it continues it (indirect). "Darin hieß es,
  …" after a warning app message → the Landkreis. "Auf der Internetseite der Firma hieß es lediglich,
  …" → the firm (a refusal that still says something). "riet der Sprecher" after a Konjunktiv
  sentence is indirect.
* A quote standing after a sentence with a cue and no cue of its own belongs to that speaker; one
  after narration about a person ("Heger lachte. „…“", "Aldag wollte sich dazu nicht äußern. „Darüber
  rede ich heute nicht …“" — a refusal that still speaks) belongs to that person.
* Party conference: "rief … den Delegierten zu", "warnte, …", "mahnte, …", "hielt dagegen" +
  Konjunktiv are indirect; "warnte davor, … „zur Glaubensfrage zu machen“" is reported (infinitive
  complement, the quoted words inside the span); "spricht von einem „…“", "nannte das Ergebnis „…“",
  "sprach von einer „bitteren Nacht“ und kündigte eine „ehrliche Analyse“ an", "lobte … für eine
  „reife Leistung“" give direct phrases; an elliptical "die Opposition [sprach] von „…“" too. An
  indirect statement split by "sagte er" is two statements, a quote split by its cue ( „Heute“,
  sagte …, „…“) two direct ones. "Sie will, dass …" (intention) and "an … gezweifelt" (stance) are
  not statements.
* Checkpoint newsletter: "sagt uns", "schreibt uns", "teilte auf Checkpoint-Anfrage mit", "sagte er
  dem Checkpoint" are cues; "Nach eigenen Angaben" → the organisation just named (BVG); "Er verspricht
  Abhilfe bis März" is reported (noun object). "Der Senat hat beschlossen, dass …" is a decision, not a
  statement. Mottos, a note on a shop door and a demo slogan are not statements.
* Washington Post: "according to two people familiar with the discussions / a person familiar with
  the call" + indicative is reported, speaker that description; "a senior Democratic aide, who spoke
  on the condition of anonymity …" keeps that description; a spokesman for a named senator speaks for
  the senator; "urged senators to pass …" is reported, "arguing that …" (a second cue) indirect;
  "which it says would …" is an indirect statement of the industry; "wrote on X that Democrats "…""
  is indirect with the quoted words inside (span ends after the closing mark); "declined to say
  whether …, saying only that …" is a statement of what follows "saying only that".
* Guardian profile: present-tense "she says", "he says", "she laughs", "Tranter says" are cues; a
  remembered line of a third person inside someone's quote stays inside it. Not statements: song and
  album titles, a sung lyric after "she sings:", the interviewer's questions ("Does she regret it?",
  "Would she ever play …?"), a van sticker. "A review … called the album “…”" is direct, speaker the
  review's magazine.
* Reuters: "told Reuters by phone", "said in Swahili", "said through an interpreter" are cues;
  "according to government figures" is reported; "accused the government of "…"" with the whole
  complement quoted is direct; a banner "reading "…"" is not a statement.
* Verge: "wrote in the post", "told The Verge", "wrote in a post on the … subreddit", "put it …
  in a tweet:", "writing only that …", the readme's "warns that …", "said in an email to customers"
  are cues; a user handle in quotes ("hubhacker") and an app banner that "reads “…”" are not
  statements; "would not say" is a refusal.
"""
import os

from build_gold_blind2 import write_all
from build_gold_others import D, I, R  # noqa: E741

HERE = os.path.dirname(os.path.abspath(__file__))

GOLD = {
    "blind6_de_mdr_recyclinghof": [
        ("ging der Notruf gegen 2.40 Uhr ein", "Polizeidirektion Chemnitz", R),
        ("Auf dem Hof hätten mehrere Hundert Kubikmeter Kunststoffabfälle und Altreifen gebrannt", "Polizeidirektion Chemnitz", I),
        ("die Lage sei inzwischen unter Kontrolle", "Jens Uhlig", I),
        ("Wir haben den Brand eingedämmt, aber die Nachlöscharbeiten werden sich bis in den Mittwoch ziehen.", "Jens Uhlig", D),
        ("Die Ballen müssten mit einem Bagger auseinandergezogen werden, damit die Glutnester erreicht werden könnten", "Jens Uhlig", I),
        ("Anwohner in Grimmenau und im Ortsteil Kleinwaltersdorf sollten Fenster und Türen geschlossen halten und Lüftungsanlagen abschalten", "Landkreis", I),
        ("gilt die Warnung bis auf Weiteres", "Landratsamt", R),
        ("Messungen der Feuerwehr hätten bislang keine gefährlich erhöhten Schadstoffwerte ergeben", "Landratsamt", I),
        ("Wir empfehlen trotzdem, vorsichtig zu sein. Kinder sollten heute nicht draußen spielen.", "Landratsamt", D),
        ("Obst und Gemüse aus dem eigenen Garten solle man vor dem Verzehr gründlich waschen", "Landratsamt", I),
        ("Ich bin um drei Uhr von den Sirenen wach geworden, da war der ganze Himmel orange", "Katrin Seidel", D),
        ("Sie habe ihre beiden Kinder zur Oma nach Freiberg gebracht", "Katrin Seidel", I),
        ("Es stinkt bis in die Stadt", "Rentner", D, 1),
        ("die Lagermengen deutlich zu begrenzen", "Ortschaftsrat", R),
        ("Wir haben damals gewarnt. Passiert ist nichts.", "Mirko Lange", D),
        ("Er erwarte vom Landratsamt, dass die Genehmigung jetzt überprüft werde", "Mirko Lange", I),
        ("man arbeite eng mit den Behörden zusammen und werde den Betrieb vorerst ruhen lassen", "Erzgebirgische Wertstoff GmbH", I),
        ("ein Brandursachenermittler solle das Gelände begutachten, sobald es gefahrlos betreten werden könne", "Polizeidirektion Chemnitz", I),
        ("Brandstiftung könne derzeit nicht ausgeschlossen werden", "Polizeidirektion Chemnitz", I),
    ],
    "blind6_de_sz_parteitag": [
        ("ein Bündnis mit den Freien Wählern in den Kommunen", "Miriam Hollweck", R),
        ("Wir haben im Herbst Fehler gemacht, und ich habe sie mitgemacht", "Miriam Hollweck", D),
        ("Die SPD dürfe sich nicht länger kleinmachen, nur weil die Umfragen schlecht seien", "Miriam Hollweck", I),
        ("Wer in der Opposition nur auf den nächsten Fehler der Staatsregierung wartet, der wird selbst nie regieren.", "Miriam Hollweck", D),
        ("Kuschelkurs mit den Konservativen", "Leonie Abt", D),
        ("die Partei verliere so ihre letzten jungen Wählerinnen und Wähler", "Leonie Abt", I),
        ("Wir sind nicht die Reserve der Freien Wähler", "Leonie Abt", D),
        ("die SPD müsse jetzt geschlossen auftreten", "Gerhard Pröls", I),
        ("Wer die Vorsitzende beschädige, helfe nur der CSU", "Gerhard Pröls", I),
        ("Streitet euch meinetwegen bis Mitternacht, aber morgen früh steht ihr zusammen", "Gerhard Pröls", D),
        ("Es gehe nicht um Koalitionen, sondern um Bürgermeisterwahlen in Orten, in denen die SPD allein keine Chance habe", "Florian Märkl", I),
        ("den Antrag „zur Glaubensfrage zu machen“", "Florian Märkl", R),
        ("Niemand verlangt von euch, die Freien Wähler zu lieben.", "Florian Märkl", D),
        ("Er habe in seinem Stadtrat jahrelang mit den Freien Wählern zusammengearbeitet", "Kemal Aydın", I),
        ("und sei jedes Mal enttäuscht worden", "Kemal Aydın", I),
        ("Die nehmen unsere Stimmen und machen dann Politik für die Grundstücksbesitzer.", "Kemal Aydın", D),
        ("ein Mandat, keinen Blankoscheck", "Miriam Hollweck", D),
        ("Teilerfolg", "Leonie Abt", D),
        ("er habe für den Antrag gestimmt, „weil die Alternative eine Vorsitzende ohne Autorität gewesen wäre“", "Delegierter aus Oberfranken", I),
        ("Sie wolle die Jusos in die Arbeitsgruppe zur Kommunalwahl holen", "Miriam Hollweck", I),
        ("Heute", "Miriam Hollweck", D),
        ("haben wir uns gestritten wie eine Familie. Das ist mir lieber als Schweigen.", "Miriam Hollweck", D),
    ],
    "blind6_de_kicker_pokal": [
        ("seine Mannschaft „keine Angst vor großen Namen“ haben werde", "Tim Heger", I),
        ("Den übe ich seit Wochen, heute hat er endlich mal gepasst", "Marco Brenner", D),
        ("Ich habe gar nicht richtig nachgedacht, einfach draufgehalten", "Jonas Okafor", D),
        ("Wir hatten drei, vier hundertprozentige Möglichkeiten, das Spiel vorher zu entscheiden. Wenn du die nicht machst, wirst du im Pokal bestraft", "Sven Aldag", D),
        ("Seine Mannschaft habe „die Intensität nicht angenommen“", "Sven Aldag", I),
        ("Darüber rede ich heute nicht, das bringt nichts.", "Sven Aldag", D),
        ("zu spät gekommen zu sein", "Nils Ruhland", R),
        ("bitteren Nacht", "Holger Fenske", D),
        ("ehrliche Analyse", "Holger Fenske", D),
        ("Eine Trainerdiskussion werde es aber nicht geben", "Holger Fenske", I),
        ("Sven hat unser volles Vertrauen. Da muss keiner etwas hineininterpretieren.", "Holger Fenske", D),
        ("reife Leistung", "Tim Heger", D),
        ("er habe Okafor schon vor dem Spiel gesagt, dass er in der Verlängerung kommen werde", "Tim Heger", I),
        ("Ich habe ihm gesagt: Wenn es eng wird, bist du dran.", "Tim Heger", D),
        ("Gegen so eine Mannschaft spekulierst du auf gar nichts.", "Tim Heger", D),
        ("Einen Wunschgegner habe er nicht", "Marco Brenner", I),
        ("Hauptsache ein Heimspiel.", "Marco Brenner", D),
    ],
    "blind6_de_checkpoint_poller": [
        ("Wir haben die Markierung nicht entfernen lassen, das war eine Maßnahme der Senatsverwaltung", "Johanna Weil", D),
        ("die Fläche sei „im Zuge turnusmäßiger Fahrbahnarbeiten“ demarkiert worden, zuständig für eine Neumarkierung sei der Bezirk", "Senatsverkehrsverwaltung", I),
        ("Gestern hat mich ein Lieferwagen fast vom Rad geholt. Ich fahre jetzt auf dem Gehweg und schäme mich dafür.", "Sabine K.", D),
        ("sollen die Poller Falschparker abhalten", "Senatsverkehrsverwaltung", R),
        ("werden Ende Dezember 161 von 175 Bahnhöfen einen Aufzug haben", "BVG", R),
        ("Grund seien Lieferengpässe bei Aufzugsteilen", "BVG", I),
        ("Wenn die Bäderbetriebe nicht können, machen wir es eben selbst", "Thomas Oberhauser", D),
        ("mehr Verantwortung vor Ort", "Katja Brandl", D),
        ("Verantwortungsabschiebung", "Opposition", D),
        ("die Schulen bekämen keine zusätzlichen Ventilatoren oder Sonnenschutz", "GEW", I),
        ("So viele Anträge auf Anwohnerparkausweise sind im Bürgeramt Mitte derzeit unbearbeitet", "Enrico Lüdtke", I),
        ("Abhilfe bis März", "Enrico Lüdtke", R),
        ("Wir haben vier zusätzliche Leute eingestellt, die arbeiten das jetzt ab.", "Enrico Lüdtke", D),
    ],
    "blind6_en_wapo_railbill": [
        ("Senate Democratic leaders are considering postponing a vote on a sweeping rail safety bill until after the August recess", "two people familiar with the discussions", R),
        ('a late amendment exempting short-line railroads "guts the bill\'s core protections" and that it could no longer support the legislation in its current form', "Brotherhood of Track and Signal Workers", I),
        ("We did not spend two years fighting for this bill to watch it get hollowed out in the final week,", "Raymond Ocasio", D),
        ('she was "disappointed but not surprised" by the union\'s position and that talks were continuing', "Lorraine Whitcomb", I),
        ("I'm not going to let the perfect be the enemy of the good, and neither should anyone who has buried a conductor,", "Lorraine Whitcomb", D),
        ("no decision had been made about the floor schedule", "Dennis Harlow", I),
        ("Harlow was reluctant to bring the bill to the floor without labor united behind it, because several moderate Democrats have said they will follow the unions' lead", "senior Democratic aide", I),
        ("He's not going to put members on the record for a bill that half of labor is now attacking,", "senior Democratic aide", D),
        ("Harlow spoke with Ocasio by phone Monday night and asked the union to hold off on its statement for a day", "person familiar with the call", R),
        ("to pass the bill as quickly as possible", "National Conductors Union", R),
        ("the short-line exemption affects fewer than 4 percent of rail workers", "National Conductors Union", I),
        ("Every week we wait is another week a train runs with one person in the cab,", "Carla Jennings", D),
        ('Democrats "can\'t even get their own allies to agree on what this bill does."', "Wade Thornbury", I),
        ("would raise costs without improving safety", "freight industry", I),
        ('the administration "supports strong rail safety standards."', "White House", I),
        ("she planned to meet with leaders of both unions Wednesday", "Lorraine Whitcomb", I),
        ("My door is open. It has been open for two years,", "Lorraine Whitcomb", D),
    ],
    "blind6_en_guardian_tranter": [
        ("I’m not religious,", "Nell Tranter", D),
        ("But I’m not going to be the one who throws her out.", "Nell Tranter", D),
        ("People assume I quit because the industry chewed me up,", "Nell Tranter", D),
        ("It didn’t. I just had somewhere more important to be.", "Nell Tranter", D),
        ("Not for a second. Those were the best and worst years of my life, usually on the same day.", "Nell Tranter", D),
        ("Dad would have hated half of it,", "Nell Tranter", D),
        ("He liked Dolly Parton and Status Quo. He’d have said, ‘Very nice, love, but where’s the tune?’", "Nell Tranter", D),
        ("I wrote half the album in a lay-by on the A66,", "Nell Tranter", D),
        ("You get the lorries going past every 40 seconds and the whole van rocks. It’s like being in a very loud cradle.", "Nell Tranter", D),
        ("the songs arrived almost finished", "Owen Pryce", I),
        ("Nell doesn’t do demos. She turns up, sits down and sings it, and you either catch it or you don’t,", "Owen Pryce", D),
        ("he was nervous when she rang him in 2022", "Owen Pryce", I),
        ("I didn’t know if she still wanted it. Within ten minutes I knew.", "Owen Pryce", D),
        ("a beautiful eulogy that forgets to be a record", "music monthly", D),
        ("It’s fair, actually,", "Nell Tranter", D),
        ("No, it isn’t. But I’ve stuck it on the fridge anyway.", "Nell Tranter", D),
        ("If they ask nicely,", "Nell Tranter", D),
        ("And if there’s parking for the van.", "Nell Tranter", D),
        ("She told me last week she’s proud of me,", "Nell Tranter", D),
        ("She’s never said that before. Not once.", "Nell Tranter", D),
    ],
    "blind6_en_reuters_bodaboda": [
        ("The rule, which takes effect on April 1, is meant to curb a surge in robberies involving motorcycles", "interior ministry", I),
        ("the devices, which cost about 9,000 shillings ($70) each, are unaffordable and would allow police to harass them", "Riders", I),
        ("We are not against security. We are against being robbed by the government,", "Joseph Mwangi", D),
        ("Motorcycle taxis, known locally as boda bodas, employ more than 1.2 million people in Kenya", "Kenyan government", R),
        ("he earned about 800 shillings on a good day", "Peter Otieno", I),
        ("If I pay for this machine, my children don't eat this month,", "Peter Otieno", D),
        ("the government would subsidise half the cost of the trackers for registered riders and that the deadline would not be extended", "Grace Nduta", I),
        ("The law has been passed. Our job is to implement it,", "Grace Nduta", D),
        ('the company had "no access" to location data, which would be stored by the National Transport and Safety Authority', "Li Wen", I),
        ("We only make the box,", "Li Wen", D),
        ("14 people were arrested in the western city of Kisumu after protesters set fire to tyres and blocked a highway", "Police", I),
        ("turning every rider into a suspect", "Ruth Chebet", D),
        ("she would table a motion to suspend the rule when the Senate reconvenes next week", "Ruth Chebet", I),
        ("she had walked for almost two hours to reach her shift at Kenyatta National Hospital", "Mary Akinyi", I),
        ("Today I understand how important these boys are,", "Mary Akinyi", D),
        ("the strike would continue on Tuesday unless the ministry agreed to meet riders' representatives", "Joseph Mwangi", I),
        ("Maybe. But first they must listen.", "Joseph Mwangi", D),
    ],
    "blind6_en_verge_hub": [
        ("the 2017-era hubs can’t run its new security software", "Brightloop", I),
        ("nobody told them the hubs had an expiration date", "Customers", I),
        ("Smart home company Brightloop will stop supporting its first-generation Home Hub on June 30th", "Brightloop", I),
        ("the hubs — which Brightloop sold for $129 between 2017 and 2019 — will no longer connect to the Brightloop app after that date", "Brightloop", R),
        ("The first Home Hub was built for a very different internet,", "Daniel Osei", D),
        ("Keeping it running would mean shipping security updates we know are not good enough, and we’re not willing to do that.", "Daniel Osei", D),
        ("about 210,000 first-generation hubs are still active and that the company “looked hard at” a free replacement program before deciding against it", "Brightloop", I),
        ("I bought this thing to control my lights, not to rent them,", "Reddit user", D),
        ("the cost of switching is much higher than Brightloop suggests", "Kevin Marsh", I),
        ("The discount is on the hub. It’s not on the three days I’ll spend re-pairing every switch in my house,", "Kevin Marsh", D),
        ("smart home companies should be required to disclose a minimum support period at the point of sale", "Consumer advocates", I),
        ("If a product can be switched off remotely, the box should say when.", "Nathan Procter", D),
        ("the company is “exploring options for the community.”", "Brightloop", I),
        ("installing it “will void whatever warranty you have left, which is none.”", "hubhacker", I),
        ("it would not block the community firmware but could not support it", "Brightloop", I),
    ],
}


if __name__ == "__main__":
    write_all(GOLD)
