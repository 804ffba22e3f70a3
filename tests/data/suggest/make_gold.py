"""Write NAME.gold.json from the statements marked below: (quote, speaker, mode), each quote found once in NAME.txt.

Run in this folder: python make_gold.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def gold(name: str, items: list[tuple[str, str, str]]) -> None:
    text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
    out = []
    for quote, speaker, mode in items:
        i = text.find(quote)
        assert i >= 0 and text.find(quote, i + 1) < 0, quote
        j = i + len(quote)
        out.append({"start": i, "end": j, "quote": quote, "prefix": text[max(0, i - 32):i], "suffix": text[j:j + 32],
                    "speaker": speaker, "stance": "", "target": "", "mode": mode})  # fmt: skip
    out.sort(key=lambda g: g["start"])
    (HERE / f"{name}.gold.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")


def main() -> None:
    gold('harbour-strike',[
     ("a fair compromise","Union leaders","direct"),
     ("We have shown that nothing moves in this city without us,","Marieke de Vries","direct"),
     ("This agreement gives every family a little more security.","Marieke de Vries","direct"),
     ("the backlog would take at least ten days to clear","Port authority","indirect"),
     ("shipping lines had been \"remarkably patient\"","Allard Castelein","indirect"),
     ("no cargo had been lost","Allard Castelein","indirect"),
     ("the stoppage cost the Dutch economy around 40 million euros a day","ING Bank","reported"),
     ("The damage is not only in the numbers,","Pieter Janssen","direct"),
     ("Shipping lines have long memories, and Antwerp and Hamburg will use this.","Pieter Janssen","direct"),
     ("the government should have stepped in sooner","Pieter Janssen","indirect"),
     ("The state does not negotiate wages in private companies,","Anna Bergman","direct"),
     ("We kept the talks going, and the talks worked.","Anna Bergman","direct"),
     ("the government would review emergency rules for critical infrastructure before the summer","Anna Bergman","indirect"),
     ("their own working conditions had worsened during the strike","Truck drivers","indirect"),
     ("We slept in our cabs for six nights,","Karim Aziz","direct"),
     ("There were no toilets, no food stands, nothing. Nobody in The Hague seemed to care.","Karim Aziz","direct"),
        ("If it happens again, we will block the roads ourselves.","Karim Aziz","direct"),
    ])
    gold('wahl-brandenburg',[
     ("Das ist ein Auftrag, die Stadt weiter zusammenzuhalten","Sabine Krüger","direct"),
     ("Wer mich nicht gewählt hat, dem will ich zeigen, dass ich auch für ihn arbeite.","Sabine Krüger","direct"),
     ("Die Wahlbeteiligung sei ungewöhnlich niedrig gewesen, und in zwei Stimmbezirken habe es Unregelmäßigkeiten gegeben","Thomas Lehmann","indirect"),
     ("bislang keine Hinweise auf Fehler bei der Auszählung","Landeswahlleitung","reported"),
     ("Die Stadt ist in zwei fast gleich große Lager zerfallen","Jan Hoffmann","direct"),
     ("Wer jetzt regiert, muss vor allem zuhören.","Jan Hoffmann","direct"),
     ("vor allem junge Menschen kaum zur Wahl gegangen seien","Jan Hoffmann","indirect"),
     ("sie vertraue den Behörden vor Ort","Petra Schulz","indirect"),
     ("Die Wahl sei ordnungsgemäß verlaufen","Petra Schulz","indirect"),
     ("begrüßten den Ausgang der Wahl","Unternehmerverbände","reported"),
     ("mehrere Firmen nun Investitionen in der Stadt vorziehen","Industrie- und Handelskammer","reported"),
     ("das amtliche Endergebnis am Mittwoch bekannt gegeben werde","Stadtverwaltung","indirect"),
     ("historischen Abend","Stadtrat","direct"),
    ])


if __name__ == "__main__":
    main()
