"""Co-subjects that act on an object naming no actor are not each other's partners (round 24)."""

from tests.events.conftest import dyads


def test_co_subjects_approving_a_candidacy_do_not_support_each_other(code):
    events = code("Накануне его кандидатуру поддержали министры иностранных дел Франции и члены правительства Германии.")
    assert not {dyad for dyad in dyads(events) if dyad[0] == "05"}


def test_co_subjects_visiting_an_exhibition_do_not_visit_each_other(code):
    events = code("Премьер-министр Японии и канцлер Германии в среду осмотрели выставку и одобрили её программу.")
    assert ("05", "JPN", "DEU") not in dyads(events) and ("05", "DEU", "JPN") not in dyads(events)


def test_co_subjects_supporting_each_other_are_partners(code):
    events = code("Индия и Бразилия в понедельник поддержали друг друга.")
    assert ("05", "IND", "BRA") in dyads(events) or ("05", "BRA", "IND") in dyads(events)


def test_co_subjects_supporting_a_named_country_support_it(code):
    events = code("Франция и Германия поддержали Грецию.")
    assert {("05", "FRA", "GRC"), ("05", "DEU", "GRC")} <= dyads(events)
