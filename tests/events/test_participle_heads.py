"""Participle phrases inside a partner's noun phrase (session 15, helper "participle").

1. "с находящимся в Каире с визитом премьер-министром Израиля": the parser hangs the partner noun on a noun of the
   participle's own phrase ("визитом"), so the place inside the phrase read as the partner. The phrase hangs where
   the chain of its words leaves it; the place stays a circumstance of the participle.
2. "решение Генеральной Ассамблеи ООН, осудившей эмбарго": a participle after a comma agrees with its noun; when the
   tagger misreads its form and the parser hangs it on a word its ending cannot agree with ("решение", the verb),
   the nearest noun before the comma its word form agrees with is its noun, and the participle's actor.
"""

import pytest

from letopis.events.forms import form_agrees
from tests.events.conftest import dyads

PARTNER_AFTER_A_PLACED_PARTICIPLE = [
    ("Министр иностранных дел Египта провел встречу с находящимся в Каире с визитом премьер-министром Израиля.",
     ("04", "EGY", "ISR")),
    ("Президент Сирии провел переговоры с находящимся в Дамаске с визитом министром обороны России.",
     ("04", "SYR", "RUS")),
    ("Король Иордании провел беседу с находящимся в Аммане с трехдневным визитом президентом Франции.",
     ("04", "JOR", "FRA")),
    ("Премьер Индии встретился в Дели с прибывшим в Индию с визитом президентом Ирана.", ("04", "IND", "IRN")),
]


@pytest.mark.parametrize("text, dyad", PARTNER_AFTER_A_PLACED_PARTICIPLE)
def test_the_partner_is_the_participles_noun_not_its_place(code, text, dyad):
    found = dyads(code(text))
    assert dyad in found
    assert (dyad[0], dyad[1], dyad[1]) not in found


PARTICIPLE_OF_A_GENITIVE_OWNER = [
    ("Фидель Кастро приветствовал решение Генеральной Ассамблеи ООН, осудившей эмбарго, введенное Соединенными Штатами.",
     ("11", "IGO", "USA"), ("11", "CUB", "USA")),
    ("Москва одобрила решение правительства Сербии, отказавшегося от санкций против России.",
     ("12", "SRB", "RUS"), ("12", "RUS", "RUS")),
    ("Белоруссия поддержала инициативу делегации Венесуэлы, осудившей блокаду, установленную Вашингтоном.",
     ("11", "VEN", "USA"), ("11", "BLR", "USA")),
    ("Китай одобрил заявление руководства Ирана, отказавшегося от переговоров с Вашингтоном.",
     ("12", "IRN", "USA"), ("12", "CHN", "USA")),
]


@pytest.mark.parametrize("text, dyad, wrong", PARTICIPLE_OF_A_GENITIVE_OWNER)
def test_a_participle_acts_for_the_noun_its_form_agrees_with(code, text, dyad, wrong):
    found = dyads(code(text))
    assert dyad in found
    assert wrong not in found


def test_a_participle_that_agrees_with_its_head_keeps_it(code):
    found = dyads(code("Сирия приветствовала требование парламента Ирака, потребовавшего вывода американских войск."))
    assert ("10", "IRQ", "USA") in found


@pytest.mark.parametrize("participle, noun, agrees", [
    ("осудившей", "ассамблеи", True),
    ("осудившей", "решение", False),
    ("отказавшегося", "правительства", True),
    ("отказавшегося", "решение", False),
    ("находящимся", "премьер-министром", True),
    ("выступившие", "страны", True),
    ("выступившие", "ассамблее", False),
])
def test_a_participles_form_agrees_by_its_ending(participle, noun, agrees):
    assert form_agrees(participle, noun) is agrees


BARE_PARTICIPLE_PHRASES = [
    ("Россия выразила протест находящемуся в Москве с визитом послу Латвии.", ("11", "RUS", "LVA")),
    ("МИД Китая заявил протест прибывшему в Пекин с визитом послу Японии.", ("11", "CHN", "JPN")),
    ("Турция выразила поддержку находящемуся в Анкаре с визитом президенту Азербайджана.", ("05", "TUR", "AZE")),
]


@pytest.mark.parametrize("text, dyad", BARE_PARTICIPLE_PHRASES)
def test_an_addressee_after_a_bare_participle_phrase_is_the_verbs(code, text, dyad):
    assert dyad in dyads(code(text))
