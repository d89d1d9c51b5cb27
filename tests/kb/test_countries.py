import pytest

from letopis.kb.countries import country_lexicon, role_code


@pytest.fixture(scope="module")
def lexicon():
    return country_lexicon()


def test_every_un_member_and_the_disputed_states_are_there(lexicon):
    assert len(lexicon) >= 193 + 2 + 7
    for iso3 in ["RUS", "TJK", "AFG", "USA", "CHN", "VAT", "PSE", "XKX", "TWN", "XAB", "XSO", "XPR", "ESH"]:
        assert iso3 in lexicon


@pytest.mark.parametrize(
    "name, iso3",
    [("россия", "RUS"), ("Российская Федерация", "RUS"), ("рф", "RUS"), ("таджикистан", "TJK"),
     ("сша", "USA"), ("соединенные штаты", "USA"), ("соединённые штаты америки", "USA"),
     ("кыргызстан", "KGZ"), ("киргизия", "KGZ"), ("белоруссия", "BLR"), ("беларусь", "BLR"),
     ("великобритания", "GBR"), ("кнр", "CHN"), ("кндр", "PRK"), ("южная корея", "KOR"),
     ("«днр»", "XDN"), ("косово", "XKX"), ("оаэ", "ARE")],
)
def test_by_name(lexicon, name, iso3):
    assert lexicon.by_name(name) == iso3


@pytest.mark.parametrize(
    "adjective, iso3",
    [("таджикский", "TJK"), ("таджикистанский", "TJK"), ("российский", "RUS"), ("афганский", "AFG"),
     ("американский", "USA"), ("британский", "GBR"), ("английский", "GBR"), ("немецкий", "DEU"),
     ("кыргызский", "KGZ"), ("северокорейский", "PRK")],
)
def test_by_adjective(lexicon, adjective, iso3):
    assert lexicon.by_adjective(adjective) == iso3


def test_combining_demonyms_and_capitals(lexicon):
    assert [lexicon.by_combining(f) for f in ["таджикско", "российско", "американо", "русско", "франко"]] == [
        "TJK", "RUS", "USA", "RUS", "FRA"]
    assert [lexicon.by_demonym(f) for f in ["таджик", "россиянин", "афганец", "американец"]] == [
        "TJK", "RUS", "AFG", "USA"]
    assert [lexicon.by_capital(f) for f in ["москва", "кремль", "белый дом", "вашингтон", "душанбе",
                                            "киев", "пекин", "даунинг-стрит", "елисейский дворец"]] == [
        "RUS", "RUS", "USA", "USA", "TJK", "UKR", "CHN", "GBR", "FRA"]


def test_unknown_forms_and_names(lexicon):
    assert lexicon.by_name("нарния") is None
    assert lexicon.by_adjective("красный") is None
    assert lexicon.by_name("and") is None  # ISO codes are not names
    assert lexicon.name("TJK") == "Таджикистан"
    assert lexicon.name("USA") == "США"


def test_a_form_belongs_to_one_state_only(lexicon):
    seen = {}
    for country in lexicon.countries.values():
        for form in country.adjectives + country.demonyms + country.capitals + country.combining:
            assert seen.setdefault((form, "form"), country.iso3) == country.iso3, form


@pytest.mark.parametrize(
    "country, role, code",
    [("RUS", "MIL", "RUSMIL"), ("XDN", "MIL", "UKRREB"), ("XLN", "GOV", "UKRREB"), ("XDN", "CVL", "UKRCVL"),
     ("XTR", "MIL", "DEUMIL"), ("XKX", "GOV", "XKXGOV"), ("XPR", "GOV", "MDAREB"), ("XPR", "MIL", "MDAREB"),
     ("XPR", "CVL", "MDACVL"), ("XAB", "GOV", "XABGOV")],
)
def test_role_code_of_pseudo_and_former_states(country, role, code):
    assert role_code(country, role) == code


def test_the_army_of_a_pseudo_state_is_the_rebels_of_its_country(analyzer):
    from letopis.pipeline import make_article

    article = analyzer.run([make_article("Армия ДНР обстреляла позиции украинских военных.", published="2019-05-01")])[0]
    assert {(event.cameo[:2], event.source, event.target) for event in article.events} == {("19", "UKRREB", "UKRMIL")}


def test_transnistria_acts_as_moldovan_rebels(analyzer):
    from letopis.pipeline import make_article

    text = "Власти Приднестровья обвинили Кишинев в подготовке провокаций."
    article = analyzer.run([make_article(text, published="2019-05-01")])[0]
    assert {(event.cameo[:2], event.source, event.target) for event in article.events} == {("11", "MDAREB", "MDAGOV")}
