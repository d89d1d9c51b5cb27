"""The held-out sentence set (tests/events/data/heldout: news sentences written and annotated for this check,
never used to write rules) must keep its score: a floor below the figure reached, so that a change that
fits the dev sets at the cost of generality fails here."""

from pathlib import Path

import pytest

from letopis.events.evaluate import run_gold

pytestmark = pytest.mark.slow

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout"
# 87 sentences (ho-58..77, ho-78..87 written for the constructions of later rounds before their rules):
# reached 0.947 (P 0.964, R 0.930) when the floor was last raised; margin of about four points
MAIN_F1_FLOOR = 0.90
MAIN_PRECISION_FLOOR = 0.92
# strict (full codes), since the held-out gold codes a state named by its country as the contract's gold does
# (acting or addressed: its government): reached 0.592
STRICT_F1_FLOOR = 0.55
HELDOUT_ARTICLES = Path(__file__).resolve().parent / "data" / "heldout-articles"
# 10 Wikinews articles annotated for the tests: reached main F1 0.737 (P 0.875) when the floor was set, 0.800
# (P 0.889) after the sixteenth round
ARTICLES_F1_FLOOR = 0.72
ARTICLES_STRICT_F1_FLOOR = 0.18  # reached 0.381 with the held-out gold's roles as the contract codes them; 0.190
# once unnamed people arrested are civilians (BELCVL, the CVL of the other read sets' gold; this gold has BEL)


def test_heldout_sentences_keep_their_score(analyzer):
    evaluation = run_gold(HELDOUT, analyze=analyzer.pipe)
    main = evaluation.scores["main"]
    assert main.f1 >= MAIN_F1_FLOOR, main.as_dict()
    assert main.precision >= MAIN_PRECISION_FLOOR, main.as_dict()
    assert evaluation.scores["strict"].f1 >= STRICT_F1_FLOOR, evaluation.scores["strict"].as_dict()


def test_heldout_articles_keep_their_score(analyzer):
    evaluation = run_gold(HELDOUT_ARTICLES, analyze=analyzer.pipe)
    main = evaluation.scores["main"]
    assert main.f1 >= ARTICLES_F1_FLOOR, main.as_dict()
    assert evaluation.scores["strict"].f1 >= ARTICLES_STRICT_F1_FLOOR, evaluation.scores["strict"].as_dict()

# Wikinews article sets annotated blind (gold committed before the coder ever ran on them; README.md in each):
# (folder, main F1 floor, main precision floor or None). Their history, main F1:
# 2: 15 articles, 14 required tuples (one tuple ~0.07): 0.476 blind (P 0.714, R 0.357); 0.727 after the
#    eighth round, 0.833 (P 1.000, R 0.714) after the ninth: the floor keeps one tuple of margin.
# 3: 20 articles, 24 tuples (~0.04): 0.278 blind; 0.513 after the eighth round, 0.650 (P 0.812, R 0.542) after
#    the ninth; precision on unseen articles was the weak side (0.417 blind).
# 4: 20 articles, 19 tuples (~0.05): 0.286 (P 0.444, R 0.211) before the ninth round looked at it, 0.588
#    (P 0.667, R 0.526) after.
# 5: 20 articles, 18 tuples (~0.05): 0.296 (P 0.444, R 0.222) before the tenth round, 0.606 (P 0.667) after.
# 6: 20 articles, 17 tuples (~0.05): 0.375 (P 0.400, R 0.353) before the eleventh round, 0.519 (P 0.700) after.
# Third session (rounds 14-17; docs/events.md, "Blind article sets 7-10"): sets 2-6 reached 0.880, 0.773, 0.765,
# 0.722, 0.606, and
# 7: 20 articles, 16 tuples: 0.320 blind (P 0.444, R 0.250); 0.759 (P 0.846) after rounds 15-16.
# 8: 20 articles, 20 tuples: 0.276 blind (P 0.444, R 0.200); 0.588 (P 0.714) after rounds 15-16.
# 9: 12 articles, 8 tuples (one tuple ~0.1): 0.167 blind, 0.308 still blind after round 15; 0.462 after round 16.
# 10: 16 articles, 14 tuples: 0.333 blind (P 0.750, R 0.214), the same after round 15; 0.545 after round 16.
# Round 18: set 4 0.800, set 6 0.647, set 9 0.667 (P 0.714), set 10 0.696 (P 0.889). Set 11 stays blind (no floor).
BLIND_ARTICLE_SETS = [
    ("heldout-articles2", 0.80, None),
    ("heldout-articles3", 0.70, 0.75),
    ("heldout-articles4", 0.75, 0.75),
    ("heldout-articles5", 0.65, 0.60),
    ("heldout-articles6", 0.58, 0.55),
    ("heldout-articles7", 0.68, 0.75),
    ("heldout-articles8", 0.52, 0.60),
    ("heldout-articles9", 0.55, None),
    ("heldout-articles10", 0.60, 0.70),
]


@pytest.mark.parametrize("folder, f1_floor, precision_floor", BLIND_ARTICLE_SETS)
def test_blind_heldout_articles_keep_their_score(analyzer, folder, f1_floor, precision_floor):
    evaluation = run_gold(Path(__file__).resolve().parent / "data" / folder, analyze=analyzer.pipe)
    main = evaluation.scores["main"]
    assert main.f1 >= f1_floor, main.as_dict()
    if precision_floor is not None:
        assert main.precision >= precision_floor, main.as_dict()


# Probe sets of the fifth session (tests/events/data/probe-*, README in each): wire-style sentences written from the
# CAMEO definitions, one PLOVER family each, scored at the PLOVER level. Floors a few points under the figures
# at the end of the session, so that a later change that loses a family's constructions shows.
PROBE_SETS = [
    ("probe-agree", 0.75),
    ("probe-consult", 0.90),
    ("probe-force", 0.85),
    ("probe-protest", 0.80),
    ("probe-request", 0.83),
    ("probe-yield", 0.75),
    # long wire sentences, English original first (the kind the coder still fails on)
    ("probe-groups", 0.60),
    ("probe-args", 0.60),
    ("probe-long2", 0.50),
    ("probe-attrib", 0.72),
    # long wire sentences of one CAMEO family each (sixth session, written before the family's rows)
    ("probe-accuse-wire", 0.70),
    ("probe-agree-wire", 0.80),
    ("probe-assault-wire", 0.68),
    ("probe-coerce-wire", 0.48),
    ("probe-demand-wire", 0.57),
    ("probe-support-wire", 0.72),
    # two paraphrases of each of 40 fully-right odd documents (fourteenth session; 0.734 when built, 0.834 after)
    ("probe-para", 0.80),
]


@pytest.mark.parametrize("folder, f1_floor", PROBE_SETS)
def test_probe_sets_keep_their_plover_score(analyzer, folder, f1_floor):
    evaluation = run_gold(Path(__file__).resolve().parent / "data" / folder, analyze=analyzer.pipe)
    plover = evaluation.scores["plover"]
    assert plover.f1 >= f1_floor, plover.as_dict()


def test_blind_plover_set_keeps_its_score(analyzer):
    # blind: only this aggregate is ever read (0.442 when built, 0.470 at the end of the fifth session, 0.466 at the
    # end of the sixth)
    evaluation = run_gold(Path(__file__).resolve().parent / "data" / "heldout-plover", analyze=analyzer.pipe)
    assert evaluation.scores["plover"].f1 >= 0.40, evaluation.scores["plover"].as_dict()
