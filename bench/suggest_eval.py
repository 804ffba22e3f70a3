"""How well suggested statements match statements marked by hand.

    python bench/suggest_eval.py GOLD_DIR [--verbose]

GOLD_DIR holds pairs NAME.txt + NAME.gold.json (a list of {"start", "end", "speaker", "mode", ...},
code points over the text as Standpoint stores it, end exclusive). A proposal matches a gold
statement when each covers at least half of the other; pairs are made one to one, largest
overlap first. Printed per file and over all: span precision, recall and F1, speaker accuracy
and mode accuracy on the matched spans. Speakers count as the same when their names are equal
or one is part of the other ("Putin" for "Wladimir Putin"), after case and German adjective
endings are set aside; a list of speakers ("Russland und Kasachstan") must be equal.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from annotations.importers import read_document  # noqa: E402
from annotations.suggest import Suggestion, same_speaker, suggest  # noqa: E402


@dataclass
class Score:
    proposed: int = 0
    gold: int = 0
    matched: int = 0
    speaker_right: int = 0
    mode_right: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("proposed", "gold", "matched", "speaker_right", "mode_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def row(self, name: str) -> str:
        p = self.matched / self.proposed if self.proposed else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        sp = self.speaker_right / self.matched if self.matched else 0.0
        mode = self.mode_right / self.matched if self.matched else 0.0
        return f"{name:<32} {self.gold:>5} {self.proposed:>5} {p:>9.3f} {r:>7.3f} {f1:>6.3f} {sp:>8.3f} {mode:>6.3f}"


def covers_half(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether each span covers at least half of the other."""
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    return overlap > 0 and 2 * overlap >= a[1] - a[0] and 2 * overlap >= b[1] - b[0]


def score(proposals: list[Suggestion], gold: list[dict]) -> Score:
    """Pair proposals with gold statements one to one and count what agrees."""
    s = Score(proposed=len(proposals), gold=len(gold))
    pairs = sorted(
        ((min(p.end, g["end"]) - max(p.start, g["start"]), i, j)
         for i, p in enumerate(proposals) for j, g in enumerate(gold)
         if covers_half((p.start, p.end), (g["start"], g["end"]))),
        reverse=True,
    )  # fmt: skip
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _overlap, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        p, g = proposals[i], gold[j]
        s.matched += 1
        s.speaker_right += same_speaker(p.speaker, g.get("speaker", ""))
        s.mode_right += p.mode == g.get("mode", "")
        if not same_speaker(p.speaker, g.get("speaker", "")):
            s.misses.append(f"  speaker {p.speaker!r} for {g.get('speaker')!r}: {g['quote'][:60]!r}")
    s.misses += [f"  missed ({g.get('speaker')}, {g.get('mode')}): {g.get('quote', '')[:70]!r}"
                 for j, g in enumerate(gold) if j not in used_g]  # fmt: skip
    s.misses += [f"  extra ({p.speaker}, {p.mode}): {p.quote[:70]!r}" for i, p in enumerate(proposals) if i not in used_p]
    return s


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses, extras and wrong speakers")
    args = parser.parse_args(argv)
    files = sorted(args.gold_dir.glob("*.gold.json"))
    if not files:
        print(f"no NAME.gold.json files in {args.gold_dir}", file=sys.stderr)
        return 1
    print(f"{'file':<32} {'gold':>5} {'found':>5} {'precision':>9} {'recall':>7} {'F1':>6} {'speaker':>8} {'mode':>6}")
    total = Score()
    for gold_path in files:
        text_path = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")
        doc = read_document(text_path)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        s = score(suggest(doc.text, doc.meta.get("language", "")), gold)
        total.add(s)
        print(s.row(text_path.stem[:32]))
        if args.verbose:
            print("\n".join(s.misses))
    if len(files) > 1:
        print(total.row("all"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
