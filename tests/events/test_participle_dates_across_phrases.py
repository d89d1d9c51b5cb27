"""Session 21 (auditk), written for these tests: a participle set off by a comma after an act noun that carries a
place ("за убийство школьницы в Перми, совершённое в 2001 году") or is one of coordinated act nouns ("за похищение и
убийство ..., совершённые в 2003 году") belongs to that act noun, so the year it names dates the act: an old crime
named as the reason of a sentence is history, not news."""

import pytest

from letopis.events.syntax import SentenceView
from letopis.pipeline import make_article
from tests.events.conftest import codes

pytestmark = pytest.mark.slow


def _crimes(events):
    return [e for e in events if e.cameo[:2] in ("18", "19") and not e.negated]


def test_a_sentence_served_for_a_crime_of_long_ago_codes_no_crime(code):
    events = code(
        "Полиция задержала Игоря Крюкова, который отбывает пожизненный срок за убийство школьницы в Перми, "
        "совершённое в 2001 году."
    )
    assert not _crimes(events), "the killing of 2001 is history"
    assert ("173", "RUSCOP", "RUSCVL") in codes(events), "the arrest is the news"


def test_coordinated_crimes_with_a_plural_participle(code):
    events = code(
        "Следователи допросили Игоря Крюкова, осуждённого за похищение и убийство журналиста в Казани, "
        "совершённые в 2003 году."
    )
    assert not _crimes(events), "the kidnapping and killing of 2003 are history"


def test_a_release_after_a_sentence_for_old_crimes_codes_no_killing(code):
    events = code(
        "Прокуратура освободила Игоря Крюкова, отбывшего восемь лет за похищение и убийство коммерсанта в Омске, "
        "совершённые в 2005 году."
    )
    assert not _crimes(events), "the crimes of 2005 are history"
    assert [e for e in events if e.cameo == "0841"], "the release is the news"


def test_a_wanted_man_arrested_abroad_for_an_old_killing(code):
    events = code(
        "Полиция Испании задержала Игоря Крюкова, разыскиваемого за убийство двух полицейских в Самаре, "
        "совершённое в 2006 году."
    )
    assert not _crimes(events), "the killing of 2006 is history, and the Spanish police did not commit it"
    assert ("173", "ESPCOP", "ESPCVL") in codes(events)


def _head_of(analyzer, text, participle):
    """The word the coder's repaired tree hangs ``participle`` on."""
    article = analyzer.run([make_article(text, published="2016-05-10")])[0]
    view = SentenceView(0, article.sentences[0], [])
    words = [token.text for token in view.tokens]
    return words[view.heads[words.index(participle)]]


def test_the_participle_hangs_on_the_act_noun_across_its_place(analyzer):
    text = (
        "Полиция задержала Игоря Крюкова, который отбывает пожизненный срок за убийство школьницы в Перми, "
        "совершённое в 2001 году."
    )
    assert _head_of(analyzer, text, "совершённое") == "убийство"


def test_a_plural_participle_hangs_on_the_first_of_coordinated_act_nouns(analyzer):
    text = "Игорь Крюков осуждён за похищение и убийство бизнесмена в Омске, совершённые в 2004 году."
    assert _head_of(analyzer, text, "совершённые") == "похищение"


def test_a_name_of_both_numbers_does_not_hold_a_plural_participle(analyzer):
    # "Никиты" reads as a plural nominative too; the tagger reads it singular, and the participle is plural
    text = (
        "Следователи изучают дело Никиты Орлова, который отбывает срок за похищение и убийство бизнесмена в Омске, "
        "совершённые в 2004 году."
    )
    assert _head_of(analyzer, text, "совершённые") == "похищение"
