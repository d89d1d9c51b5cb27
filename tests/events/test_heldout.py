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
# 10 Wikinews articles annotated for the tests: reached main F1 0.737 (P 0.875) when the floor was set
ARTICLES_F1_FLOOR = 0.68
ARTICLES_STRICT_F1_FLOOR = 0.33  # reached 0.381 with the held-out gold's roles as the contract codes them


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

HELDOUT_ARTICLES2 = Path(__file__).resolve().parent / "data" / "heldout-articles2"
# 15 Wikinews articles annotated blind (gold committed before the coder ever ran on them; README.md there):
# reached main F1 0.476 (P 0.714, R 0.357; 14 required tuples, so one tuple moves F1 by about 0.07).
# The floor lets one matched tuple go, since two of the five matches are other events that share the key.
# eighth round: 0.727 (P 1.000, R 0.571); ninth round 0.833 (P 1.000, R 0.714); the floor keeps one tuple of margin
ARTICLES2_F1_FLOOR = 0.76


def test_blind_heldout_articles_keep_their_score(analyzer):
    evaluation = run_gold(HELDOUT_ARTICLES2, analyze=analyzer.pipe)
    main = evaluation.scores["main"]
    assert main.f1 >= ARTICLES2_F1_FLOOR, main.as_dict()

HELDOUT_ARTICLES3 = Path(__file__).resolve().parent / "data" / "heldout-articles3"
# 20 Wikinews articles annotated blind (gold 94d8a2f before the first coder run; README.md there): 0.278 blind,
# main F1 0.513 (P 0.667, R 0.417; 24 required tuples, one tuple about 0.04) after the eighth round, 0.650
# (P 0.812, R 0.542) after the ninth
ARTICLES3_F1_FLOOR = 0.60
ARTICLES3_PRECISION_FLOOR = 0.70  # precision on unseen articles was the weak side (0.417 blind)


def test_third_blind_heldout_articles_keep_their_score(analyzer):
    evaluation = run_gold(HELDOUT_ARTICLES3, analyze=analyzer.pipe)
    main = evaluation.scores["main"]
    assert main.f1 >= ARTICLES3_F1_FLOOR, main.as_dict()
    assert main.precision >= ARTICLES3_PRECISION_FLOOR, main.as_dict()


HELDOUT_ARTICLES4 = Path(__file__).resolve().parent / "data" / "heldout-articles4"
# 20 Wikinews articles annotated blind (README.md there): 0.286 (P 0.444, R 0.211) before the ninth round looked at
# it, 0.588 (P 0.667, R 0.526; 19 required tuples, one tuple about 0.05) after
ARTICLES4_F1_FLOOR = 0.53
ARTICLES4_PRECISION_FLOOR = 0.58


def test_fourth_heldout_articles_keep_their_score(analyzer):
    evaluation = run_gold(HELDOUT_ARTICLES4, analyze=analyzer.pipe)
    main = evaluation.scores["main"]
    assert main.f1 >= ARTICLES4_F1_FLOOR, main.as_dict()
    assert main.precision >= ARTICLES4_PRECISION_FLOOR, main.as_dict()


HELDOUT_ARTICLES5 = Path(__file__).resolve().parent / "data" / "heldout-articles5"
# 20 Wikinews articles annotated blind (README.md there): 0.296 (P 0.444, R 0.222) before the tenth round looked at
# it, 0.606 (P 0.667, R 0.556; 18 required tuples, one tuple about 0.05) after
ARTICLES5_F1_FLOOR = 0.55
ARTICLES5_PRECISION_FLOOR = 0.60


def test_fifth_heldout_articles_keep_their_score(analyzer):
    evaluation = run_gold(HELDOUT_ARTICLES5, analyze=analyzer.pipe)
    main = evaluation.scores["main"]
    assert main.f1 >= ARTICLES5_F1_FLOOR, main.as_dict()
    assert main.precision >= ARTICLES5_PRECISION_FLOOR, main.as_dict()


HELDOUT_ARTICLES6 = Path(__file__).resolve().parent / "data" / "heldout-articles6"
# 20 Wikinews articles annotated blind (README.md there): 0.375 (P 0.400, R 0.353) before the eleventh round looked
# at it, 0.519 (P 0.700, R 0.412; 17 required tuples, one tuple about 0.05) after
ARTICLES6_F1_FLOOR = 0.46
ARTICLES6_PRECISION_FLOOR = 0.60


def test_sixth_heldout_articles_keep_their_score(analyzer):
    evaluation = run_gold(HELDOUT_ARTICLES6, analyze=analyzer.pipe)
    main = evaluation.scores["main"]
    assert main.f1 >= ARTICLES6_F1_FLOOR, main.as_dict()
    assert main.precision >= ARTICLES6_PRECISION_FLOOR, main.as_dict()
