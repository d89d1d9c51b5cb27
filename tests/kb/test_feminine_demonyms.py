"""Regular feminine demonyms derived from the masculine ones of the country lexicon."""

from letopis.kb.countries import country_lexicon, feminine_demonyms


def test_regular_feminines():
    assert feminine_demonyms("израильтянин") == ["израильтянка"]
    assert feminine_demonyms("канадец") == ["канадка"]
    assert feminine_demonyms("австралиец") == ["австралийка"]


def test_irregular_or_homonymous_feminines_are_not_derived():
    assert feminine_demonyms("француз") == []
    assert feminine_demonyms("испанец") == []  # "испанка" is first of all the 1918 flu
    assert feminine_demonyms("россиянка") == []


def test_the_lexicon_reads_a_feminine_demonym():
    lexicon = country_lexicon()
    assert lexicon.by_demonym("израильтянка") == "ISR"
    assert lexicon.by_demonym("канадка") == "CAN"
