#!/usr/bin/env python3
"""Gold offsets for the `blind7_*` articles (written and marked without having seen the rules or the
earlier development texts).

Same format and conventions as build_gold_blind2.py … build_gold_blind6.py (whose helpers are
reused): each mark is (quote, speaker, mode[, occurrence]); the quote must occur exactly once in the
article unless an occurrence index is given.  This round is everyday news, not exotic styles: a dpa
Landesdienst police/fire report, a SPIEGEL coalition row (»…«), a tagesschau.de inflation report, a FAZ
culture news item (theatre Intendantin and a museum), an AP wildfire report, a Reuters earnings story,
a BBC politics story and a Guardian local school story.  Judgement calls:

* Headlines and standfirsts: a headline is never a statement (»Das ist kein Basar«, ‘painful’, ‘in
  the dark’), also when its words recur attributed in the body, where they are marked. A standfirst is
  body text ("Families say they learned …" is indirect); "Die SPD will … verschieben, die Union hält
  dagegen" (intention, stance without content) is not a statement.
* Police and fire reports: "wie das Polizeipräsidium … mitteilte" / "wie ein Sprecher des Rathauses
  sagte" + indicative, "Nach Angaben der Feuerwehr / der Statistiker", "Nach Einschätzung der
  Feuerwehr" (also with a Konjunktiv II hypothetical as its content) are reported, speaker the
  organisation; "Die Polizei schätzt den Sachschaden auf …" is reported (noun object). An unnamed
  police spokesman speaks for the police organisation named in the text; "Die Polizei" later in the
  text is that same organisation. A Konjunktiv sentence after a speaker's quote continues him
  (indirect), also an "Ob …, sei noch unklar" sentence. "Die Feuerwehr rief dazu auf, … zu
  überprüfen" and "forderte … auf, … zu prüfen" are reported (the infinitive as span). "konnte keine
  Angaben machen", "wollte sich nicht dazu äußern, ob …" are not statements. A sentence in the
  narrator's voice followed by "Das teilte der Aufsichtsrat … mit." is reported, the sentence as span.
* Politics: "kündigte an, … zu verschieben", "warf … vor, … »nach Kassenlage« auszulegen", "Die Linke
  forderte, … zu ersetzen" are reported; "sprach von einem »Schauspiel mit Ansage«" is direct (the
  phrase); "In Koalitionskreisen hieß es" → Koalitionskreise; "Aus dem Finanzministerium hieß es" →
  Finanzministerium. A quote after a cue sentence with no cue of its own belongs to that speaker.
  "verteidigte den Vorschlag", "hat sich … nicht öffentlich geäußert", "wollte Details nicht
  bestätigen" are not statements. BBC: "accused the government of “…”" with the whole complement
  quoted is direct, speaker the party; "called for an independent review of …" is reported (noun
  object); "told the BBC that X and that Y" (one cue) is one statement; "did not rule out" is negated.
* Economy: "Von Reuters befragte Ökonomen hatten … gerechnet", "The company now expects adjusted
  earnings …" (expectation/guidance with no speech cue) and "Davon gehen die meisten Fachleute nicht
  aus" (negated belief) are not statements; "Analysts on average had expected $3.08, according to
  LSEG data" is reported, speaker LSEG (the according-to source). "Sie gehe davon aus, dass …" after a
  quote is indirect, the whole sentence as span. "told analysts X, but said Y" is two statements;
  "said in a note that X and lowered his price target" is one (the second verb is an action). "…, some
  investors say" after a conditional is a statement of the investors (the conditional is their
  content). "saying …" after a company's action is indirect, speaker the company. "Zu … wollte sie
  sich nicht festlegen" is a refusal.
* Culture: "begründete den Schritt mit den Kürzungen, …" and "verwies auf die kommunale
  Zuständigkeit" are reported (noun object). An open letter speaks for those who signed it
  ("Beschäftigte des Landestheaters"); "heißt es, …" in it is indirect. Titles of productions,
  series and exhibitions and a town sign („Kulturstadt an der Saale“, wie es auf den Ortsschildern
  heißt) are not statements; the exhibition title inside Marquardt's reported statement stays inside
  its span.
* AP / Guardian: "X, officials said" in the lead is indirect; "said Lt. …, a spokesperson for …"
  names the spokesperson as speaker (a named person); "said in a statement", "told The Associated
  Press" are cues; "said X, and warned that Y" is two statements. "would not speculate", "did not
  say", "declined to comment" are not statements, but "declined to comment, but … she wrote that …"
  is one. A parent's rhetorical question ("… ?” he asked") is a direct statement; the journalist's
  questions ("Will the council change course?", "So what does this mean for passengers?", "Wer setzt
  sich durch?", "Ist das der Beginn …?", "Ob sich … jemand findet …?") are not. "inspectors praised
  its “warm and nurturing” atmosphere" is direct (the phrase), speaker Ofsted; "rated “good”", the
  so-called “surplus places” / "trade-down", »heißer Herbst«, an evacuation level meaning "Go now.",
  a road sign, petition titles are not statements. Writer hypotheticals ("If the wind shifts as
  expected, …", "If the closure goes ahead, …", "If the delay goes ahead as planned, …", "Sollte die
  Union …", "Hätte das Feuer …", "Sollten die Lebensmittelpreise …") are not statements.
  "For now, Emmott said, the children have been told very little": one indirect statement, the clause
  after the cue (the fronted adverbial "For now" is left out).
"""
import os

from build_gold_blind2 import write_all
from build_gold_others import D, I, R  # noqa: E741

HERE = os.path.dirname(os.path.abspath(__file__))

GOLD = {
    "blind7_de_dpa_brand": [
        ("Eine 81 Jahre alte Frau kam mit einer Rauchgasvergiftung in ein Krankenhaus", "Polizeipräsidium Oberfranken", R),
        ("war das Feuer gegen 3.15 Uhr in einer Wohnung im ersten Stock ausgebrochen", "Feuerwehr", R),
        ("Das Treppenhaus war komplett verraucht, da war an einen Fluchtweg nicht mehr zu denken", "Markus Höfling", D),
        ("Die Bewohner hätten sich richtig verhalten und an den Fenstern auf die Feuerwehr gewartet", "Markus Höfling", I),
        ("Ich habe nur noch Rauch aus dem Fenster kommen sehen und sofort die 112 angerufen", "Nachbarin", D),
        ("Die ältere Dame aus dem ersten Stock stand am Fenster und hat um Hilfe gerufen.", "Nachbarin", D),
        ("hätte der Brand deutlich schlimmer ausgehen können, wenn die Nachbarin nicht so schnell reagiert hätte", "Feuerwehr", R),
        ("den Sachschaden auf rund 250.000 Euro", "Polizeipräsidium Oberfranken", R),
        ("Die Gemeinde brachte die Bewohner in einer Pension und bei Verwandten unter", "Gemeinde Weidenberg", R),
        ("es gebe bislang keine Hinweise auf Brandstiftung", "Polizeipräsidium Oberfranken", I),
        ("In dem betroffenen Haus seien zwar Rauchmelder installiert gewesen", "Markus Höfling", I),
        ("Ob sie rechtzeitig ausgelöst hätten, sei aber noch unklar", "Markus Höfling", I),
        ("Rauchmelder regelmäßig zu überprüfen und die Batterien rechtzeitig zu wechseln", "Feuerwehr", R),
    ],
    "blind7_de_spiegel_pendler": [
        ("die im Koalitionsvertrag vereinbarte Erhöhung der Pendlerpauschale um ein Jahr zu verschieben", "Tobias Kessler", R),
        ("Wir müssen ehrlich sein: Das Geld ist im Moment schlicht nicht da", "Tobias Kessler", D),
        ("Jede Milliarde, die man jetzt ausgebe, fehle später bei Investitionen in Schienen und Schulen", "Tobias Kessler", I),
        ("den Koalitionsvertrag »nach Kassenlage« auszulegen", "Carsten Breuning", R),
        ("Das ist kein Basar, auf dem man sich die angenehmen Teile heraussucht", "Carsten Breuning", D),
        ("Pendlerinnen und Pendler auf dem Land hätten sich auf die Zusage verlassen, viele hätten ihre Haushaltsplanung danach ausgerichtet", "Carsten Breuning", I),
        ("man werde bis zur Bereinigungssitzung im November eine Lösung finden", "Koalitionskreise", I),
        ("man prüfe eine gestaffelte Lösung, bei der die Erhöhung zunächst nur für Fernpendler ab 40 Kilometern gelten würde", "Finanzministerium", I),
        ("Niemand stelle die Pendlerpauschale infrage", "Anja Reutlinger", I),
        ("Aber wer solide Finanzen verlangt, kann nicht gleichzeitig jede Ausgabe für unantastbar erklären.", "Anja Reutlinger", D),
        ("Schauspiel mit Ansage", "Miriam Oswald", D),
        ("Erst verspricht man den Leuten Entlastung, dann wird sie kassiert, und am Ende wundert man sich über den Vertrauensverlust", "Miriam Oswald", D),
        ("die Pauschale durch ein einkommensunabhängiges Mobilitätsgeld zu ersetzen", "Linke", R),
        ("der Kanzler habe »volles Vertrauen« in die Fraktionen", "Jens Aldinger", I),
        ("Man sei sich in der Sache näher, als es von außen wirke", "Jens Aldinger", I),
    ],
    "blind7_de_tagesschau_inflation": [
        ("Die Verbraucherpreise lagen um 2,6 Prozent höher als ein Jahr zuvor", "Statistisches Bundesamt", R),
        ("trieben vor allem Nahrungsmittel die Teuerung, die sich binnen Jahresfrist um 3,9 Prozent verteuerten", "Statistisches Bundesamt", R),
        ("der Anstieg sei „kein Grund zur Panik, aber auch kein Ausreißer“", "Joachim Wendeler", I),
        ("Der Lohndruck halte vor allem im Dienstleistungssektor an", "Joachim Wendeler", I),
        ("Wir werden die Inflation erst dann nachhaltig bei zwei Prozent sehen, wenn sich die Dienstleistungspreise beruhigen", "Joachim Wendeler", D),
        ("die Regierung beobachte die Entwicklung „sehr genau“", "Sabine Arnholt", I),
        ("Die Hoffnung auf eine schnelle Zinssenkung dürfte mit diesen Zahlen einen Dämpfer bekommen", "Katharina Vollrath", D),
        ("Sie gehe davon aus, dass die EZB frühestens im Juli handeln werde", "Katharina Vollrath", I),
        ("Die Kerninflation ohne Energie und Lebensmittel habe sich zuletzt kaum bewegt", "Till Baumgart", I),
        ("Ein einzelner Monat macht noch keinen Trend", "Till Baumgart", D),
        ("die Preisgestaltung im Lebensmittelhandel genauer zu prüfen", "Initiative Faire Preise", R),
        ("Die Erzeugerpreise für Milch und Getreide sind gesunken, im Supermarkt kommt davon aber nichts an", "Daniela Korte", D),
    ],
    "blind7_de_faz_theater": [
        ("Die Intendantin des Landestheaters Saalheim wird ihren Vertrag, der noch bis 2027 lief, nicht erfüllen und das Haus zum Ende der kommenden Spielzeit verlassen", "Aufsichtsrat", R),
        ("den Schritt mit den Kürzungen, die der Stadtrat im Dezember beschlossen hatte", "Cordula Wendt-Asmus", R),
        ("Mit einem um 1,4 Millionen Euro gekürzten Etat kann ich kein Vierspartenhaus leiten, ich kann es nur abwickeln", "Cordula Wendt-Asmus", D),
        ("Dafür stehe ich nicht zur Verfügung.", "Cordula Wendt-Asmus", D),
        ("er bedauere die Entscheidung, respektiere sie aber", "Frank Liebisch", I),
        ("Die Kürzungen seien schmerzhaft, angesichts eines Defizits von 23 Millionen Euro jedoch unvermeidlich", "Frank Liebisch", I),
        ("Kein Bereich der Stadt kann sich ausnehmen, auch die Kultur nicht", "Frank Liebisch", D),
        ("mit Wendt-Asmus verliere Saalheim „die prägende Theaterfigur einer ganzen Generation“", "Beschäftigte des Landestheaters", I),
        ("die Kürzungen für das Theater zurückzunehmen", "Beschäftigte des Landestheaters", R),
        ("die für den Herbst geplante Ausstellung „Glas und Macht. Thüringer Hütten 1600–1800“ auf unbestimmte Zeit zu verschieben", "Helene Marquardt", R),
        ("Die Leihgaben aus Prag und Dresden seien bereits zugesagt gewesen", "Helene Marquardt", I),
        ("Nun müsse sie die Partner vertrösten", "Helene Marquardt", I),
        ("Das ist für ein Haus unserer Größe ein Ansehensverlust, der sich nicht in Euro beziffern lässt.", "Helene Marquardt", D),
        ("die kommunale Zuständigkeit", "Kulturministerium", R),
        ("Ich wünsche meiner Nachfolge alles Glück der Welt", "Cordula Wendt-Asmus", D),
        ("Sie wird es brauchen.", "Cordula Wendt-Asmus", D),
    ],
    "blind7_en_ap_wildfire": [
        ("A fast-moving wildfire fueled by gusty winds and bone-dry grass destroyed at least 40 homes in central Oregon on Tuesday and forced more than 6,000 people to evacuate", "officials", I),
        ("The Juniper Ridge Fire had burned about 18 square miles (47 square kilometers) by Tuesday evening and was 0% contained", "Oregon Department of Forestry", R),
        ("No deaths had been reported, but two firefighters were treated for heat exhaustion", "Dana Whitcomb", I),
        ("We had embers flying a half-mile ahead of the fire front,", "Rob Tessler", D),
        ("When it gets like that, you're not fighting the fire. You're just trying to get people out of its way.", "Rob Tessler", D),
        ("The fire started shortly after 1 p.m. near a highway rest area, and its cause is under investigation", "Rob Tessler", I),
        ("Oregonians in the path of this fire need to leave when they're told to leave. Don't wait,", "Patricia Lindqvist", D),
        ("she had about 10 minutes to grab her dogs, her medications and a box of family photos before deputies knocked on her door", "Marisol Vega", I),
        ("I looked up and the whole ridge was orange,", "Marisol Vega", D),
        ("I've lived here 22 years. I've never seen anything move that fast.", "Marisol Vega", D),
        ("I'm not going to pretend I wasn't scared,", "Dale Hunnicutt", D),
        ("But that house is everything I've got.", "Dale Hunnicutt", D),
        ("winds could gust up to 45 mph (72 kph) through Wednesday afternoon", "National Weather Service", I),
        ("a dry cold front could push the fire east toward the community of Lone Butte", "National Weather Service", I),
        ("it had shut off electricity to about 3,200 customers as a precaution", "Central Cascade Power", I),
        ("climate change has made the West warmer and drier over the past three decades, making wildfires more frequent and destructive", "Scientists", I),
    ],
    "blind7_en_reuters_halsted": [
        ("cash-strapped shoppers were increasingly swapping its cereals and snacks for cheaper store brands", "Halsted Brands", I),
        ("Analysts on average had expected $3.08", "LSEG", R),
        ("We underestimated how long the pressure on lower-income households would last,", "Gregory Haldane", D),
        ("the company would cut prices on about a fifth of its products in the United States by early next year and increase promotional spending in the fourth quarter", "Gregory Haldane", I),
        ("This is not a one-quarter problem,", "Gregory Haldane", D),
        ("and we're not going to treat it like one.", "Gregory Haldane", D),
        ("the price cuts would weigh on gross margins by about 150 basis points next year", "Lena Marsh", I),
        ("volumes should begin to recover by the second half", "Lena Marsh", I),
        ("it would also close two plants, in Ohio and Georgia, and cut about 1,100 jobs, or roughly 6% of its workforce, as part of a $400 million cost-savings program", "Halsted Brands", I),
        ("These are difficult decisions that affect colleagues and communities, and we do not take them lightly,", "Halsted Brands", D),
        ("the union had not been consulted and would seek talks with management", "United Food Processing Workers Local 212", I),
        ("Store brands have closed the quality gap, and consumers have noticed,", "Jessica Thornbury", D),
        ("Price cuts may stabilize volumes, but they won't bring back the margins investors were used to.", "Jessica Thornbury", D),
        ('the guidance cut was "larger than feared"', "Daniel Ashby", I),
        ("If promotions fail to win back shoppers, the company could face pressure to sell more brands", "investors", I),
    ],
    "blind7_en_bbc_railline": [
        ("it was “the responsible choice” given the pressure on public finances", "Helen Garside", I),
        ("the project’s costs had risen by £1.2bn since 2021 and the government “could not in good conscience” sign off the extra spending this year", "Helen Garside", I),
        ("Nobody goes into politics to delay a railway,", "Helen Garside", D),
        ("But I’m not going to pretend there is money there when there isn’t.", "Helen Garside", D),
        ("the delay would be “painful” for commuters in the region", "Helen Garside", I),
        ("breaking its promise to the north", "Conservatives", D),
        ("Ministers stood on station platforms across the region and promised this line would be finished. Now they are quietly shelving it.", "Marcus Achebe", D),
        ("an independent review of the project’s costs", "Liberal Democrats", R),
        ("she was “deeply frustrated” by the decision", "Joanne Pritchett", I),
        ("Every year we wait, the cost goes up and the trains get older. I will be asking the secretary of state to set out a firm timetable, not a vague promise.", "Joanne Pritchett", D),
        ("work on bridges and signalling will continue and existing timetables will not change", "Northern Vale Rail", R),
        ("all departments had been asked to find savings and that transport was “not being singled out”", "Treasury source", I),
        ("the decision could deter investment", "Businesses in the region", I),
        ("firms had been “planning around this line for a decade”", "Priya Doshi", I),
        ("We were told it was coming, so people built warehouses and signed leases on that basis,", "Priya Doshi", D),
        ("You can’t just pull the rug out and call it prudence.", "Priya Doshi", D),
    ],
    "blind7_en_guardian_school": [
        ("they learned of plans to shut St Anselm’s from a Facebook post", "Families", I),
        ("the local council of keeping them “in the dark” over plans to close it", "Parents", R),
        ("they found out from a post on social media", "Parents", I),
        ("St Anselm’s CE primary school in Holme Bridge, which has 112 pupils, would close in July next year", "Ashworth borough council", I),
        ("a 30% fall in pupil numbers since 2018", "Ashworth borough council", R),
        ("she had seen the news on a community Facebook group while waiting at the school gate", "Rachel Emmott", I),
        ("Nobody from the council had the decency to write to us first,", "Rachel Emmott", D),
        ("Half the parents were standing in the playground reading it on their phones.", "Rachel Emmott", D),
        ("the nearest alternative school was a 40-minute walk away along a road with no pavement", "Tom Whitehead", I),
        ("What are we supposed to do, put a five-year-old on that road?", "Tom Whitehead", D),
        ("the authority “fully understands” parents’ concerns and that letters had been sent to all families on the same day as the announcement", "Ashworth borough council", I),
        ("We recognise the timing of the social media post was regrettable,", "Ashworth borough council", D),
        ("the decision had not been taken lightly", "Sandra Kilbride", I),
        ("Every empty place costs money that could be spent on children’s learning elsewhere,", "Sandra Kilbride", D),
        ("Small schools are loved, but love doesn’t balance a budget.", "Sandra Kilbride", D),
        ("warm and nurturing", "Ofsted", D),
        ("Primary pupil numbers in England are projected to fall by about 400,000 by 2030", "Department for Education", R),
        ("it was “saddened” by the proposal and would respond to the consultation", "Diocese of Wrenford", I),
        ("staff were “heartbroken” and would “keep doing what we do best until the very last day”", "Claire Oduya", I),
        ("he would raise the closure with the education secretary", "Darren Fells", I),
        ("I have asked the council to pause this process until families have had a proper say.", "Darren Fells", D),
        ("the children have been told very little", "Rachel Emmott", I),
        ("My youngest asked me if her teacher was going to disappear,", "Rachel Emmott", D),
        ("I didn’t know what to tell her.", "Rachel Emmott", D),
    ],
}

if __name__ == "__main__":
    write_all(GOLD)
