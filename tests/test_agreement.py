"""Agreement: each measure against published worked examples (to three decimals), the pairing of statements
into units, the report over a real project file, and `python main.py agreement`."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotations.agreement import (
    DEFAULT_OVERLAP,
    Coded,
    agreement,
    cohen_kappa,
    coincidences,
    krippendorff_alpha,
    pair_units,
    unitizing_alpha,
)
from annotations.agreement.measures import observed_and_expected, unitizing_distance
from annotations.agreement.units import overlaps_enough
from annotations.cli import main
from annotations.errors import StandpointError


def repeated(*cells: tuple[int, object, object]) -> list[tuple[object, object]]:
    """A contingency table as pairs: (count, first coder's value, second coder's value)."""
    return [(a, b) for n, a, b in cells for _ in range(n)]


# -- Krippendorff's alpha, nominal ------------------------------------------------------------------------


def test_alpha_krippendorff_2011_four_coders_twelve_units_with_missing_values():
    """Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the reliability data example (4 coders
    A-D, 12 units, '.' a missing value): nominal alpha = 0.743."""
    rows = [
        "1 2 3 3 2 1 4 1 2 . . .",
        "1 2 3 3 2 2 4 1 2 5 . 3",
        ". 3 3 3 2 3 4 2 2 5 1 .",
        "1 2 3 3 2 4 4 1 2 5 1 .",
    ]
    coders = [[None if v == "." else int(v) for v in row.split()] for row in rows]
    units = list(zip(*coders))
    assert krippendorff_alpha(units) == pytest.approx(0.743, abs=5e-4)
    co = coincidences(units)
    assert co.n == pytest.approx(40)  # the paper's n: pairable values (unit 12 has one value and drops out)
    assert co.units == 11
    assert co.n_c == pytest.approx({1: 9, 2: 13, 3: 10, 4: 5, 5: 3})  # the paper's n_c row of marginals


def test_alpha_artstein_poesio_2008_example_2():
    """Artstein & Poesio (2008), Computational Linguistics 34(4), p. 568: 100 items, STAT/IReq/Chck; nominal
    alpha 0.800 ± 0.001 in DKPro Statistics' ArtsteinPoesio2008Test.testWeightedAgreement; exactly
    1 - 199 · 24 / 23944 = 0.80053 (n = 200, n_c = 98, 76, 26)."""
    pairs = repeated((46, "STAT", "STAT"), (6, "IReq", "STAT"), (32, "IReq", "IReq"), (6, "IReq", "Chck"),
                     (10, "Chck", "Chck"))  # fmt: skip
    assert krippendorff_alpha(pairs) == pytest.approx(0.800, abs=1e-3)
    assert krippendorff_alpha(pairs) == pytest.approx(1 - 199 * 24 / 23944)
    assert coincidences(pairs).observed == pytest.approx(0.880)


def test_alpha_is_undefined_without_variation_and_ignores_lone_values():
    assert krippendorff_alpha([("a", "a"), ("a", "a")]) is None
    assert krippendorff_alpha([("a", None), (None, "b")]) is None
    assert krippendorff_alpha([("a", "a"), ("b", "b"), ("c", None)]) == pytest.approx(1.0)


# -- Cohen's kappa ----------------------------------------------------------------------------------------


def test_kappa_artstein_poesio_2008_example_1():
    """Artstein & Poesio (2008), p. 558 (STAT/IReq, 100 utterances): A_o 0.7, A_e 0.54, kappa 0.348
    (DKPro Statistics, ArtsteinPoesio2008Test.testExample1)."""
    pairs = repeated((20, "STAT", "STAT"), (20, "IReq", "STAT"), (10, "STAT", "IReq"), (50, "IReq", "IReq"))
    observed, expected = observed_and_expected(pairs)
    assert (round(observed, 3), round(expected, 3)) == (0.7, 0.54)
    assert cohen_kappa(pairs) == pytest.approx(0.348, abs=5e-4)


def test_kappa_artstein_poesio_2008_example_2():
    """Artstein & Poesio (2008), p. 568: kappa 0.801, A_e 0.396 (DKPro Statistics, testExample2)."""
    pairs = repeated((46, "STAT", "STAT"), (6, "IReq", "STAT"), (32, "IReq", "IReq"), (6, "IReq", "Chck"),
                     (10, "Chck", "Chck"))  # fmt: skip
    assert observed_and_expected(pairs)[1] == pytest.approx(0.396, abs=5e-4)
    assert cohen_kappa(pairs) == pytest.approx(0.801, abs=5e-4)


def test_kappa_cohen_1960_example():
    """Cohen (1960), Educational and Psychological Measurement 20(1), p. 45: p_o 0.70, p_c 0.41, kappa 0.492
    (DKPro Statistics, Cohen1960Test.testExample2)."""
    pairs = repeated((88, 1, 1), (14, 1, 2), (18, 1, 3), (10, 2, 1), (40, 2, 2), (10, 2, 3), (2, 3, 1), (6, 3, 2),
                     (12, 3, 3))  # fmt: skip
    observed, expected = observed_and_expected(pairs)
    assert (round(observed, 2), round(expected, 2)) == (0.70, 0.41)
    assert cohen_kappa(pairs) == pytest.approx(0.492, abs=5e-4)


def test_kappa_is_undefined_when_both_coders_use_one_value():
    assert cohen_kappa([("a", "a")] * 5) is None
    assert cohen_kappa([]) is None


# -- Krippendorff's alpha_u -------------------------------------------------------------------------------


def study(begin: int, units: list[tuple[int, int, int, str]], coders: int = 2) -> list[list[tuple[int, int, str]]]:
    """DKPro Statistics' addUnit(offset, length, rater, category) calls as coders' (start, end, category),
    the continuum moved to begin at 0."""
    out: list[list[tuple[int, int, str]]] = [[] for _ in range(coders)]
    for offset, length, rater, category in units:
        out[rater].append((offset - begin, offset - begin + length, category))
    return out


KRIPPENDORFF_2004 = [(225, 70, 0, "c"), (370, 30, 0, "c"), (220, 80, 1, "c"), (355, 20, 1, "c"), (400, 20, 1, "c"),
                     (180, 60, 0, "k"), (300, 50, 0, "k"), (180, 60, 1, "k"), (300, 50, 1, "k")]  # fmt: skip


def test_alpha_u_krippendorff_2004_example():
    """Krippendorff (2004), Content Analysis, 2nd ed., p. 254: two coders on the continuum [150, 450).
    DKPro Statistics' unitizing/Krippendorff2004Test: D_o(c) 0.0144, D_e(c) 0.0532, alpha_c 0.7286;
    D_o(k) 0, D_e(k) 0.0490, alpha_k 1; alpha_u 0.8591 ± 0.0005 (its older AlphaUnitizedAgreementTest: 0.8587,
    the paper's own figure differs in the fourth decimal because it rounds its steps)."""
    result = unitizing_alpha(300, study(150, KRIPPENDORFF_2004))
    c, k = result.categories["c"], result.categories["k"]
    assert (round(c.observed, 4), round(c.expected, 4), round(c.alpha, 4)) == (0.0144, 0.0532, 0.7286)
    assert (round(k.observed, 4), round(k.expected, 4), k.alpha) == (0.0, 0.0490, 1.0)
    assert result.alpha == pytest.approx(0.859, abs=5e-4)


def test_alpha_u_dkpro_unitizing_agreement_example():
    """DKPro Statistics, unitizing/UnitizingAgreementTest.testAgreement: r0 -11111111-, r1 --1-1-1--- on [0, 10):
    D_o 0.9100, D_e 0.5351, alpha -0.7003."""
    result = unitizing_alpha(10, study(0, [(1, 8, 0, "A"), (2, 1, 1, "A"), (4, 1, 1, "A"), (6, 1, 1, "A")]))
    a = result.categories["A"]
    assert (a.observed, a.expected, a.alpha) == pytest.approx((0.91, 0.5351, -0.7003), abs=1e-4)


def test_alpha_u_krippendorff_1995_observed_disagreements():
    """Krippendorff (1995), "On the reliability of unitizing contiguous data", p. 57, pairs A-D on 24 positions;
    DKPro Statistics, unitizing/Krippendorff1995Test.testAgreement: D_o A 0.03125, B 2.26736, C 0.02777,
    D 0.38715; stretched 50,000 times, alpha_c A 0.553, B -0.926, C 0.679, D 0.066 (± 0.02 there: the paper's
    D_e has a slip, DKPro notes)."""
    units = [(2, 8, 0, "A"), (14, 6, 0, "A"), (4, 4, 1, "A"), (15, 2, 1, "A"),
             (0, 18, 0, "B"), (0, 2, 1, "B"), (2, 1, 1, "B"), (3, 1, 1, "B"), (4, 1, 1, "B"), (5, 1, 1, "B"),
             (6, 3, 1, "B"), (9, 1, 1, "B"),
             (2, 6, 0, "C"), (10, 2, 0, "C"), (14, 4, 0, "C"), (20, 2, 0, "C"), (0, 2, 1, "C"), (4, 4, 1, "C"),
             (10, 4, 1, "C"), (16, 2, 1, "C"), (20, 2, 1, "C"),
             (0, 2, 0, "D"), (2, 8, 0, "D"), (10, 4, 0, "D"), (14, 6, 0, "D"), (20, 4, 0, "D"), (0, 4, 1, "D"),
             (4, 4, 1, "D"), (8, 7, 1, "D"), (15, 2, 1, "D"), (17, 7, 1, "D")]  # fmt: skip
    # Each pair is its own study in the paper: one category per study.
    for category, observed in (("A", 0.03125), ("B", 2.26736), ("C", 0.02777), ("D", 0.38715)):
        mine = [u for u in units if u[3] == category]
        result = unitizing_alpha(24, study(0, mine))
        assert result.categories[category].observed == pytest.approx(observed, abs=1e-5)
    stretch = 50_000
    for category, expected, alpha in (("A", 0.06990, 0.553), ("B", 1.17731, -0.926), ("C", 0.08642, 0.679),
                                      ("D", 0.41445, 0.066)):  # fmt: skip
        mine = [(o * stretch, n * stretch, r, c) for o, n, r, c in units if c == category]
        result = unitizing_alpha(24 * stretch, study(0, mine)).categories[category]
        assert result.expected == pytest.approx(expected, abs=0.005)  # DKPro's tolerance
        assert result.alpha == pytest.approx(alpha, abs=0.02)


def test_alpha_u_distances_krippendorff_2004():
    """DKPro Statistics, Krippendorff2004Test.testDistanceMetric1/2: (begin, length, unit?) pairs."""
    assert unitizing_distance(5, 6, True, 4, 2, True) == 26
    assert unitizing_distance(5, 6, True, 7, 2, True) == 8
    assert unitizing_distance(225, 70, True, 220, 80, True) == 50
    assert unitizing_distance(370, 30, True, 355, 20, True) == 850
    assert unitizing_distance(400, 50, False, 400, 20, True) == 400
    assert unitizing_distance(2, 3, False, 2, 2, True) + unitizing_distance(5, 6, True, 4, 7, False) == 40
    assert unitizing_distance(1, 8, True, 3, 1, False) == 0


def test_alpha_u_of_identical_coders_is_one_and_of_nobody_is_undefined():
    same = [(3, 9, "x"), (20, 25, "x")]
    assert unitizing_alpha(40, [same, same, same]).alpha == pytest.approx(1.0)
    assert unitizing_alpha(40, [[], []]).alpha is None


# -- pairing statements into units ------------------------------------------------------------------------


def coded(i: int, who: str, start: int, end: int, stance: str | None = "pro") -> Coded:
    return Coded(i, 1, start, end, who, "Tokayev", stance, None, None)


def test_statements_pair_when_they_share_half_of_the_longer_span():
    a, b, c = coded(1, "ana", 0, 100), coded(2, "ben", 40, 120), coded(3, "cem", 60, 160)
    units = pair_units([a, b, c])
    assert [tuple(s.id for s in u) for u in units] == [(1, 2), (3,)]  # ana-ben share 60%; ana-cem 40%
    assert [len(u) for u in pair_units([a, b, c], threshold=0.4)] == [3]
    assert DEFAULT_OVERLAP == 0.5


def test_a_unit_holds_one_statement_per_annotator_and_the_best_match_wins():
    a = coded(1, "ana", 0, 100)
    near, far = coded(2, "ben", 5, 100), coded(3, "ben", 30, 100)
    units = pair_units([far, a, near])
    assert [tuple(s.id for s in u) for u in units] == [(1, 2), (3,)]


# -- over a project ---------------------------------------------------------------------------------------


@pytest.fixture
def coded_project(store, sample_doc):
    """Two annotators on the sample: one unit agreed, one with different stances, one each alone."""
    return code_two_annotators(store, sample_doc.id)


def code_two_annotators(store, document_id: int):
    """ana and ben on a document: one unit agreed, one with different stances, one each alone."""
    pro = next(s.id for s in store.stances() if s.label == "supportive")
    con = next(s.id for s in store.stances() if s.label == "opposed")
    speaker = store.add_speaker("Tokayev").id
    with store.operation("Code"):
        for who, start, end, stance in (("ana", 0, 60, pro), ("ben", 0, 60, pro),
                                        ("ana", 300, 360, pro), ("ben", 310, 360, con),
                                        ("ana", 600, 660, pro),
                                        ("ana", 900, 960, con), ("ben", 940, 1000, con)):  # fmt: skip
            store.add_statement(document_id, start, end, speaker_id=speaker, stance_id=stance, annotator=who)
    return store


def test_report_over_a_project(coded_project):
    report = agreement(coded_project)
    assert report.annotators == ["ana", "ben"]
    assert (len(report.units), report.paired) == (5, 2)
    stance = report.fields["stance"]
    assert (stance.observed, stance.kappa, stance.alpha) == (0.5, 0.0, 0.0)
    assert stance.confusion == {"supportive": {"opposed": 1, "supportive": 1}}
    assert stance.categories["supportive"]["agreement"] == pytest.approx(2 / 3)
    speaker = report.fields["speaker"]
    assert speaker.observed == 1.0 and speaker.alpha is None  # one speaker only: no variation
    assert report.fields["target"].categories == {"(none)": {"agreement": 1.0, "values": 4.0}}
    [pair] = report.pairs
    assert (pair.matched, pair.precision, pair.recall, pair.f1) == (2, 2 / 3, 2 / 4, 4 / 7)
    assert report.f1 == pytest.approx(4 / 7)
    assert report.alpha_u is not None and -1 < report.alpha_u < 1
    assert any("Only 2 units" in w for w in report.warnings)
    kinds = [(tuple(s.id for s in d.unit), d.missing, d.fields) for d in report.disagreements()]
    assert kinds == [((3, 4), (), ("stance",)), ((5,), ("ben",), ()), ((6,), ("ben",), ()), ((7,), ("ana",), ())]


def test_identical_annotations_agree_fully(store, sample_doc):
    with store.operation("Code"):
        for who in ("ana", "ben", "cem"):
            for start in range(0, 3000, 100):
                store.add_statement(sample_doc.id, start, start + 50, mode="direct" if start % 200 else "indirect",
                                    annotator=who)  # fmt: skip
    report = agreement(store)
    assert report.paired == 30 and not any("Only" in w for w in report.warnings)
    mode = report.fields["mode"]
    assert (mode.observed, mode.alpha, mode.kappa) == (1.0, 1.0, None)  # kappa: two annotators only
    assert report.alpha_u == pytest.approx(1.0) and report.f1 == 1.0
    assert agreement(store, ["ana", "cem"]).fields["mode"].kappa == 1.0
    assert "stance: alpha is undefined, the annotators used one value only." in report.warnings  # no stance at all
    assert not any("dominant" in w for w in report.warnings)


def test_one_dominant_category_is_flagged(store, sample_doc):
    with store.operation("Code"):
        for who in ("ana", "ben"):
            for i, start in enumerate(range(0, 4000, 100)):
                store.add_statement(sample_doc.id, start, start + 50, mode="indirect" if i == 0 else "direct",
                                    annotator=who)  # fmt: skip
    warnings = agreement(store).warnings
    assert any(w.startswith("mode: “direct” is 98% of the values") for w in warnings)


def test_reviewed_statements_and_unshared_documents_are_left_out(coded_project, sample_doc):
    other = coded_project.add_document("Other", "Nur ana hat diesen Text gelesen.")
    coded_project.add_statement(other.id, 0, 10, annotator="ana")
    coded_project.add_statement(sample_doc.id, 0, 60, annotator="judge", status="reviewed")
    report = agreement(coded_project)
    assert report.documents == [sample_doc.id] and report.annotators == ["ana", "ben"]


def test_too_few_annotators_is_an_error(store, sample_doc):
    store.add_statement(sample_doc.id, 0, 10, annotator="ana")
    with pytest.raises(StandpointError, match="two or more annotators"):
        agreement(store)
    with pytest.raises(StandpointError, match="No statements by zoe"):
        agreement(store, ["ana", "zoe"])


# -- the command line -------------------------------------------------------------------------------------


def test_agreement_command_prints_one_json_object(coded_project, project_path, capsys):
    coded_project.close()
    assert main(["agreement", str(project_path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["units"] == 5 and out["annotators"] == ["ana", "ben"]
    assert set(out["fields"]) == {"speaker", "stance", "target", "mode"}
    assert out["fields"]["stance"]["kappa"] == 0.0 and out["fields"]["stance"]["observed"] == 0.5
    assert set(out["fields"]["stance"]["categories"]) == {"supportive", "opposed"}
    assert out["spans"]["f1"] == pytest.approx(4 / 7) and isinstance(out["spans"]["alpha_u"], float)


def test_agreement_command_prints_a_table_and_warnings(coded_project, project_path, capsys):
    doc = coded_project.document_ids()[0]
    coded_project.close()
    assert main(["agreement", str(project_path), "--annotators", "ana", "ben", "--document", str(doc)]) == 0
    captured = capsys.readouterr()
    assert "stance" in captured.out and "0.500" in captured.out and "F1 0.571" in captured.out
    assert "warning: Only 2 units" in captured.err
    assert main(["agreement", str(project_path), "--annotators", "ana"]) == 1
    assert "two or more annotators" in capsys.readouterr().err


@given(st.lists(st.tuples(st.sampled_from(["ana", "ben", "cem"]), st.integers(0, 200), st.integers(1, 80)),
                max_size=40), st.sampled_from([0.3, 0.5, 0.9]))  # fmt: skip
def test_pairing_puts_every_statement_in_one_unit_with_one_per_annotator(marks, threshold):
    statements = [coded(i, who, start, start + length) for i, (who, start, length) in enumerate(marks)]
    units = pair_units(statements, threshold)
    assert sorted(s.id for u in units for s in u) == list(range(len(statements)))
    for unit in units:
        assert len({s.annotator for s in unit}) == len(unit)
        assert all(overlaps_enough(a, b, threshold) for a in unit for b in unit if a is not b)


@given(st.lists(st.lists(st.tuples(st.integers(0, 90), st.integers(1, 10)), max_size=6), min_size=2, max_size=4))
def test_alpha_u_does_not_depend_on_the_order_of_coders(coders):
    spans = [[(a, a + n, "x") for a, n in c] for c in coders]
    forward, backward = unitizing_alpha(100, spans).alpha, unitizing_alpha(100, spans[::-1]).alpha
    assert forward == backward or forward == pytest.approx(backward)
