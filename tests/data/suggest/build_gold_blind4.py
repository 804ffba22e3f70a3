#!/usr/bin/env python3
"""Gold offsets for the `blind4_*` articles (written and marked without having seen the rules or the
earlier development texts).

Same format and conventions as build_gold_blind2.py / build_gold_blind3.py (whose helpers are
reused): each mark is (quote, speaker, mode[, occurrence]); the quote must occur exactly once in the
article unless an occurrence index is given.  Judgement calls beyond those files:

* Headline and subheadings are never statements, even a quote in the headline („Das tut richtig
  weh“: …) that recurs, attributed, in the body (marked there by occurrence). A standfirst is body
  text ("The bill’s chief negotiator says that is a pretext", "Residents say …").
* Group attributions speak as the group: "Kritiker werfen ihm vor, … zu" → Kritiker (reported);
  "Befürworter argumentieren, …" → Befürworter; "Die Grünen … fordern, dass …" → Grüne (a dass- or
  that-clause after a demand verb is indirect, "demanding that the decision be paused" too);
  "Democrats accused Republicans of …" → Democrats (reported); "traders said", "Some researchers have
  argued" → the group.
* Documents speak for whoever wrote them: "heißt es in einem internen Papier der
  Exportkontrollabteilung" → Exportkontrollabteilung (and "Die Verfasser empfahlen, … zu" too);
  minutes ("vermerkt das Protokoll") → Geschäftsführung; an e-mail → its writer; board papers →
  the trust; "Laut dem Protokoll … sagte X, …" → X.
* A study speaks for its authors, named by the lead author: "according to a study", "the study
  found", "the researchers wrote", "the authors caution" → Helena Marchetti. "according to a study"
  + indicative is reported; "the study found that …" is indirect.
* Someone reporting what a third person said ("Ein zweiter Insider … schildert es ähnlich: Anselm
  habe intern mehrfach gesagt, …") is the speaker of the whole; the journalist's own findings
  ("nach SPIEGEL-Recherchen") are not statements, "nach Erkenntnissen von Ermittlern" + indicative is
  reported (Ermittler).
* Court: the verdict and sentence are acts, not statements; "räumte ein, … genommen zu haben",
  "bestritt, … gestohlen zu haben" are reported (a denial is a statement of its content); "forderte
  eine Freiheitsstrafe von …", "plädierte auf …" are reported with the noun phrase as span; "Als
  Zeugin sagte … aus" and the question put to a witness are not statements; "Den Diebstahl der Uhr
  sah das Gericht nicht als erwiesen an" is a finding, not marked. Anonymised defendants keep the
  paper's form ("Dennis K.").
* An indirect statement split by its cue ("Der Fonds sei …, schreibt er …, allerdings nur, wenn …")
  is two statements, like a split quote. Conditionals inside someone's speech ("have warned that if
  the bill fails, …", "If I'd had to get a taxi …") are statements; in the writer's voice ("Würde
  das Verfassungsgericht …", "Should the talks collapse …", "If the change goes ahead …",
  "Sollte sich der Verdacht bestätigen …") they are not.
* Not statements: belief and stance ("hält den Fonds für überfällig", "sieht das naturgemäß
  anders", "are expected to oppose", "Investors were unconvinced", "Several analysts expect");
  negated speech ("hat sich nicht öffentlich geäußert", "did not name", "did not rule out", "did not
  dispute", "Nor did … claim", "has not said", "wollte eine Sprecherin nicht sagen", "will … nichts
  sagen", "declined to comment", "ließ … unbeantwortet", "verschwand ohne ein Wort"); the
  journalist's questions ("Ist der Vorwurf berechtigt?", "Ob der Elfmeter berechtigt war?", "Would a
  narrower bill fare any better?", "Did the trust ask patients …?") and the question someone was asked
  ("Asked whether …", "Auf die Frage, ob …"); titles („Risikobewertung Projekt Nordlicht“, "Thermal
  stress disrupts …", "Save Our Night Nurses", “Halvorsen 2028”); scare quotes and terms
  („Sondervermögen“, „Dual-Use-Güter“, 'sleeping' in the headline, the so-called “wall of
  maturities”) and a chant named in a compound noun („Ottersbach raus“-Rufe). A refusal that still
  says something ("telling reporters only that …", "sagte lediglich, man äußere sich nicht zu …",
  "Nur so viel: „…“") is a statement.
* A quoted phrase after "called / described … as / describe … as" is direct, also from a document
  (board papers' "cost pressure"); a quote inside a that-/dass-clause stays in the indirect span,
  which then ends after the closing mark when the sentence's punctuation stands inside it.
* "said X and that Y" (one cue, two that-clauses) is one indirect statement; "wrote … that X, adding
  that Y" (a second cue) is two.
"""
import os

from build_gold_blind2 import write_all
from build_gold_others import D, I, R  # noqa: E741

HERE = os.path.dirname(os.path.abspath(__file__))

GOLD = {
    "blind4_de_zeit_fonds": [
        ("Wer heute nicht baut, zahlt morgen doppelt.", "Arnold Kettelhake", D),
        ("die Schuldenbremse durch die Hintertür auszuhebeln", "Kritiker", R),
        ("der Investitionsstau sei längst selbst zu einem Haushaltsrisiko geworden", "Befürworter", I),
        ("Das ist ein Schattenhaushalt mit Heiligenschein", "Florian Dürrhammer", D),
        ("Der Minister wolle sich von den Regeln befreien, die er selbst jahrelang verteidigt habe", "Florian Dürrhammer", I),
        ("Die Union prüfe eine Klage in Karlsruhe", "Florian Dürrhammer", I),
        ("Er habe die Konstruktion seines Fonds von drei Gutachtern prüfen lassen", "Mitarbeiter aus seinem Haus", I),
        ("Der Fonds sei verfassungsrechtlich „vertretbar“", "Bernhard Oelkers", I),
        ("allerdings nur, wenn die Mittel strikt zweckgebunden blieben", "Bernhard Oelkers", I),
        ("Vertretbar heißt nicht: sicher", "Bernhard Oelkers", D),
        ("Karlsruhe hat in den letzten Jahren mehrfach überrascht.", "Bernhard Oelkers", D),
        ("Wir reden hier nicht über Wahlgeschenke, sondern über Substanzverzehr", "Henrike Valtersdorf", D),
        ("Allein die Bahn schiebe einen Sanierungsbedarf von mehr als 90 Milliarden Euro vor sich her", "Henrike Valtersdorf", I),
        ("Wer die Schuldenbremse einmal aufweiche, werde sie nie wieder festzurren können", "Matthias Wennemann", I),
        ("Arnold verkauft das als Befreiungsschlag. In Wahrheit ist es eine Wette darauf, dass Karlsruhe diesmal mitspielt.", "Mitglied des SPD-Fraktionsvorstands", D),
        ("auch Klimaschutzprojekte aus dem Fonds bezahlt werden dürfen", "Grüne", I),
        ("Eine Brücke, über die in zwanzig Jahren kein Zug mehr fahren kann, weil die Strecke überflutet ist, ist keine Investition.", "Sabine Meyer-Olbrich", D),
        ("man prüfe den Vorschlag „ergebnisoffen“", "Kanzleramt", I),
        ("Der Fonds sei an strenge Regeln gebunden", "Arnold Kettelhake", I),
        ("jeder Euro werde einem konkreten Projekt zugeordnet und jährlich vom Rechnungshof geprüft", "Arnold Kettelhake", I),
        ("solche Nebenhaushalte untergrüben die Transparenz des Etats", "Bundesrechnungshof", I),
        ("Kettelhake sei sich dieses Risikos bewusst", "Umfeld von Arnold Kettelhake", I),
        ("Er gehe es trotzdem ein, weil er das andere Risiko für größer halte: ein Land, das sich kaputtspart", "Umfeld von Arnold Kettelhake", I),
    ],
    "blind4_de_spiegel_hallberg": [
        ("Bitte keine Seriennummern mehr in die Lieferscheine", "Vertriebsleiter der Hallberg Systemtechnik GmbH", D),
        ("Der Kunde legt Wert auf Diskretion.", "Vertriebsleiter der Hallberg Systemtechnik GmbH", D),
        ("Von dort aus aber gingen die Teile nach Erkenntnissen von Ermittlern weiter nach Russland", "Ermittler", R),
        ("Eine Weiterleitung an sanktionierte Endabnehmer kann nicht ausgeschlossen werden", "Exportkontrollabteilung", D),
        ("die Geschäftsbeziehung „bis auf Weiteres“ auszusetzen", "Exportkontrollabteilung", R),
        ("man dürfe „diesen Kunden nicht an die Chinesen verlieren“", "Ruprecht Anselm", I),
        ("Einwände der Rechtsabteilung seien „zur Kenntnis genommen“ worden", "Geschäftsführung", I),
        ("Alle wussten, wohin die Teile am Ende gehen", "langjähriger Mitarbeiter", D),
        ("Man hat nur sehr darauf geachtet, dass es niemand aufschreibt.", "langjähriger Mitarbeiter", D),
        ("Anselm habe intern mehrfach gesagt, ohne das Osteuropa-Geschäft sei das Werk in Neuburg nicht zu halten", "zweiter Insider", I),
        ("man halte sich „selbstverständlich an sämtliche exportrechtlichen Vorgaben“", "Hallberg Systemtechnik GmbH", I),
        ("Zu einzelnen Geschäftsbeziehungen äußere man sich grundsätzlich nicht", "Hallberg Systemtechnik GmbH", I),
        ("es habe von den Lieferungen erst im Sommer 2024 erfahren", "Bundesamt für Wirtschaft und Ausfuhrkontrolle", I),
        ("sie ein Ermittlungsverfahren wegen des Verdachts auf Verstöße gegen das Außenwirtschaftsgesetz führt", "Staatsanwaltschaft München I", I),
        ("eine lückenlose Aufklärung durch das Wirtschaftsministerium", "Malte Siebenhaar", R),
        ("Wenn sich das bestätigt, muss die Bundesregierung jede Förderung sofort stoppen", "Malte Siebenhaar", D),
        ("Die Frage sei auch, warum die Behörden so lange nichts bemerkt hätten", "Malte Siebenhaar", I),
        ("man äußere sich nicht zu laufenden Verfahren", "Wirtschaftsministerium", I),
        ("Wir bauen Motoren. Was andere damit machen, steht nicht auf meinem Zettel.", "Schichtleiter", D),
    ],
    "blind4_de_regional_pflegeheim": [
        ("zwischen Februar und Dezember 2023 Ringe, Ketten und Bargeld aus den Zimmern von Bewohnern genommen zu haben", "Dennis K.", R),
        ("auch eine goldene Armbanduhr gestohlen zu haben, die ein Bewohner im Herbst vermisst gemeldet hatte", "Dennis K.", R),
        ("Ich schäme mich dafür jeden Tag", "Dennis K.", D),
        ("Er habe damals hohe Spielschulden gehabt und keinen anderen Ausweg gesehen", "Dennis K.", I),
        ("Der Mann habe das Vertrauen von Menschen missbraucht, die sich nicht wehren konnten", "Karin Vosskötter", I),
        ("Einige der Geschädigten seien dement und hätten den Verlust ihrer Erinnerungsstücke nicht einmal bemerkt", "Karin Vosskötter", I),
        ("eine Freiheitsstrafe von zwei Jahren und drei Monaten ohne Bewährung", "Karin Vosskötter", R),
        ("sein Mandant habe sich selbst angezeigt, bevor die Polizei überhaupt einen Verdacht hatte", "Thomas Brüggemann", I),
        ("Das ist kein abgebrühter Täter, das ist ein Mensch, der in einer Sucht gefangen war", "Thomas Brüggemann", D),
        ("auf eine Bewährungsstrafe von höchstens einem Jahr", "Thomas Brüggemann", R),
        ("Der Angeklagte sei bei Kollegen und Bewohnern beliebt gewesen", "Pflegedienstleiterin", I),
        ("Als die ersten Beschwerden kamen, haben wir an alles gedacht, nur nicht an ihn.", "Pflegedienstleiterin", D),
        ("Erst als eine Bewohnerin ihren Ehering vermisste, habe die Heimleitung die Polizei eingeschaltet", "Pflegedienstleiterin", I),
        ("Ihre Mutter habe nach dem Diebstahl wochenlang kaum geschlafen", "Tochter einer Geschädigten", I),
        ("das Gericht habe lange mit sich gerungen", "Anja Telgmann", I),
        ("Für den Angeklagten spreche sein frühes und umfassendes Geständnis, gegen ihn die Skrupellosigkeit der Taten", "Anja Telgmann", I),
        ("Sie haben Menschen bestohlen, die Ihnen anvertraut waren", "Anja Telgmann", D),
        ("Diese Menschen hatten nichts mehr außer ihren Erinnerungen.", "Anja Telgmann", D),
        ("Eine Bewährungsstrafe sei nur deshalb noch vertretbar, weil er seit einem Jahr eine Therapie mache und inzwischen in einer Spedition arbeite", "Anja Telgmann", I),
        ("Inzwischen gebe es in allen Zimmern abschließbare Fächer", "Emsland Pflege gGmbH", I),
        ("man werde zunächst das schriftliche Urteil abwarten", "Staatsanwaltschaft Osnabrück", I),
    ],
    "blind4_de_sport_weserstadt": [
        ("Das tut richtig weh", "Sven Ottersbach", D, 1),
        ("Wir machen 70 Minuten ein richtig gutes Spiel, kriegen den Ausgleich aus dem Nichts und dann so ein Elfmeter. Da fehlen mir ein bisschen die Worte.", "Sven Ottersbach", D),
        ("Ich habe es mir noch nicht in Ruhe angeschaut", "Sven Ottersbach", D),
        ("Aber wenn man so einen Elfmeter gibt, kann man in jedem Spiel zehn geben.", "Sven Ottersbach", D),
        ("Wir hätten zur Pause 3:0 führen müssen", "Jonas Freitag", D),
        ("Wenn du die Dinger nicht machst, wirst du in dieser Liga bestraft.", "Jonas Freitag", D),
        ("Wir haben in der Pause klar gesagt, dass wir mutiger werden müssen", "Dragan Kovačević", D),
        ("Seine Mannschaft habe „Charakter gezeigt“, der Sieg sei aber „vielleicht ein bisschen glücklich“", "Dragan Kovačević", I),
        ("Ich schieße im Training jeden Tag Elfmeter, deshalb war ich nicht nervös", "Mats Ekholm", D),
        ("Ich bin Stürmer, ich halte jeden Elfmeter für berechtigt.", "Mats Ekholm", D),
        ("Wo soll ich denn mit dem Arm hin? Soll ich ihn mir abschneiden?", "Jonas Freitag", D),
        ("Der Ball sei abgefälscht gewesen, er habe ihn gar nicht kommen sehen", "Jonas Freitag", I),
        ("Eine Diskussion über den Trainer gebe es nicht", "Heiko Lindqvist", I),
        ("Sven hat unser volles Vertrauen. Wer jetzt anfängt, Schlagzeilen zu schreiben, hat dieses Spiel nicht gesehen.", "Heiko Lindqvist", D),
    ],
    "blind4_en_nyt_border": [
        ("that is a pretext", "Dale Whitcombe", I),
        ("they would not vote for the package unless it included deeper cuts to foreign aid", "Republican senators", I),
        ("I’m not going to pretend this is easy,", "Dale Whitcombe", D),
        ("But I’ve been doing this for 22 years, and I have never seen a deal this close fall apart because people decided they liked the issue more than the solution.", "Dale Whitcombe", D),
        ("the package was “a blank check for countries that do not share our values,”", "Maureen Tallis", I),
        ("she would “not be bullied into voting for it by a deadline somebody made up.”", "Maureen Tallis", I),
        ("Republicans of moving the goalposts", "Democrats", R),
        ("They asked for tougher asylum standards. They got them. They asked for more Border Patrol agents. They got them,", "Luis Arrondo", D),
        ("At some point you have to take yes for an answer.", "Luis Arrondo", D),
        ("his low profile during the negotiations is deliberate, meant to avoid giving Republicans a reason to walk away", "Aides to Harlan Pryce", I),
        ("the president had called several Republican senators over the weekend and remained “optimistic that the votes will be there.”", "White House", I),
        ("the administration believed “everything is on the table except abandoning our allies.”", "White House", I),
        ("she intended to bring the bill to the floor next week regardless", "Corinne Haskell", I),
        ("If they want to vote no, they can explain that to the Border Patrol agents in their states,", "Corinne Haskell", D),
        ("he was “still reading the text.”", "Ward Pelletier", I),
        ("the party’s leadership was wary of handing the president a legislative victory months before the midterm elections", "Republican aides", I),
        ("Nobody wants to be the guy who fixed the border for Pryce.", "Republican aide", D),
        ("the deal’s asylum provisions would “gut protections that have existed since 1980.”", "Advocates for immigrants", I),
        ("if the bill fails, the agency could run out of money for detention beds by August", "Department of Homeland Security", I),
        ("You don’t get a second bite at this,", "Dale Whitcombe", D),
        ("Not this year, and maybe not for a long time.", "Dale Whitcombe", D),
    ],
    "blind4_en_science_reeffish": [
        ("Fish living on coral reefs hit by marine heatwaves spend less time resting at night and are more likely to be caught by predators", "Helena Marchetti", R),
        ("We were surprised by how quickly the behaviour changed,", "Helena Marchetti", D),
        ("Within two or three nights of the water warming, the fish were simply not settling down the way they normally would.", "Helena Marchetti", D),
        ("fish on reefs where the water was 1.5 degrees Celsius above the summer average rested for about 40 percent less time than fish on cooler reefs", "Helena Marchetti", I),
        ("Tired fish were also slower to react to a model predator", "Helena Marchetti", I),
        ('"sleep" may be too strong a word for what the fish do, since they have no eyelids and never fully lose awareness of their surroundings', "Helena Marchetti", I),
        ("reef fish will simply adapt to warmer water by moving to deeper, cooler reefs", "Some researchers", I),
        ("The team's leading hypothesis is that higher temperatures speed up the fishes' metabolism, forcing them to forage for longer", "Helena Marchetti", I),
        ("They are hungry, basically. A fish that is hungry doesn't get to rest.", "Helena Marchetti", D),
        ("a warning light on the dashboard", "Samuel Okonjo", D),
        ("This is a careful piece of work,", "Owen Fairbrother", D),
        ("But it was done on a handful of reefs, and I'd want to see it repeated elsewhere before drawing big conclusions.", "Owen Fairbrother", D),
        ("heatwaves could be affecting prey as well as predators, which might complicate the picture", "Owen Fairbrother", I),
        ("Last year was the warmest on record for the world's oceans", "Global Ocean Observing Consortium", R),
        ("If this happens every summer, we could see populations decline even where the coral survives,", "Helena Marchetti", D),
        ("That would be a very different kind of reef.", "Helena Marchetti", D),
        ("it had no role in the design of the research or the interpretation of the results", "Reef Futures Foundation", I),
    ],
    "blind4_en_ft_halvorsen": [
        ("provisions for bad loans would more than double this year", "Halvorsen Bank", I),
        ("it now expected loan-loss provisions of NKr4.2bn for the full year, up from NKr1.9bn last year, largely because of falling valuations of office buildings in Stockholm and Copenhagen", "Halvorsen Bank", I),
        ("the bank had been “conservative” in marking down its portfolio", "Ingrid Solbakken", I),
        ("We would rather take the pain now than drip-feed bad news to the market over the next two years,", "Ingrid Solbakken", D),
        ("The worry is not the number itself, it’s what it says about how late in the cycle we are,", "Marcus Feldhaus", D),
        ("If Halvorsen is only discovering this now, who else is?", "Marcus Feldhaus", D),
        ("Halvorsen’s commercial property book was “larger and lumpier” than those of its Nordic peers", "Aldgate Capital", I),
        ("We think the market is right to be nervous,", "Whitlock & Reyes", D),
        ("Provisioning cycles rarely end after the first upgrade.", "Whitlock & Reyes", D),
        ("Halvorsen has held preliminary talks with at least two private credit funds about selling a portfolio of up to NKr8bn of office loans", "people familiar with the matter", R),
        ("the talks were at an early stage and might not lead to a deal", "people familiar with the matter", I),
        ("commercial real estate remained “a key vulnerability” for lenders in the region", "European Central Bank", I),
        ("the comparison was overblown", "Rebecca Tanaka", I),
        ("European banks have far more capital than they had going into the financial crisis,", "Rebecca Tanaka", D),
        ("This is an earnings problem, not a solvency problem.", "Rebecca Tanaka", D),
        ("Thin trading ahead of US payrolls data on Friday amplified the moves", "traders", I),
        ("he continued to back the management team", "Lars Eidsvåg", I),
        ("Ingrid has been straight with the market. I would rather have that than a bank that pretends everything is fine,", "Lars Eidsvåg", D),
    ],
    "blind4_en_uk_nightunit": [
        ("the decision will leave thousands without urgent care after 8pm", "Residents", I),
        ("the town's minor injuries unit will no longer open overnight", "Northmoor Hospitals NHS Foundation Trust", I),
        ("The unit at Thornbury Vale Community Hospital, which currently operates 24 hours a day, will shut between 8pm and 8am from March 3", "Northmoor Hospitals NHS Foundation Trust", I),
        ('the overnight service was seeing "on average fewer than six patients a night" and that the nurses would be redeployed to the emergency department at Northmoor General, 14 miles away', "Northmoor Hospitals NHS Foundation Trust", I),
        ("We understand this is a difficult change for some people in Thornbury Vale,", "Northmoor Hospitals NHS Foundation Trust", D),
        ("But we have to put our nurses where the patients are, and at the moment that is not in an empty waiting room at 3am.", "Northmoor Hospitals NHS Foundation Trust", D),
        ("she had used the unit twice last winter after falls on ice", "Margaret Holt", I),
        ("If I'd had to get a taxi to Northmoor at midnight, I wouldn't have gone. Simple as that,", "Margaret Holt", D),
        ("I'd have sat at home and hoped for the best.", "Margaret Holt", D),
        ("They keep telling us it's about safety. How is it safer to have my kids in the back of the car for 40 minutes with a broken arm?", "Craig Pennington", D),
        ('the trust had "ridden roughshod" over the people it was supposed to serve', "Janet Rourke", I),
        ("the decision be paused until a public consultation has taken place", "Janet Rourke", I),
        ("Nobody from the trust came to a single public meeting before this was decided. Not one,", "Janet Rourke", D),
        ('the decision was "not about money"', "Aled Prothero", I),
        ("cost pressure", "Northmoor Hospitals NHS Foundation Trust", D),
        ("a six-week online survey had been carried out in the autumn and had received 312 responses", "Northmoor Hospitals NHS Foundation Trust", I),
        ("a false economy", "Brian Seddon", D),
        ("You'll get people who should have had a dressing and a tetanus jab turning up at Northmoor A&E at two in the morning, sitting there for six hours,", "Brian Seddon", D),
        ("Or worse, you'll get people who don't go anywhere at all.", "Brian Seddon", D),
        ("he would raise the issue with the health secretary when Parliament returns next week", "Simon Achterberg", I),
    ],
}


if __name__ == "__main__":
    write_all(GOLD)
