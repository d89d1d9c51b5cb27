"""Generic NGOs get the NGO role; a bare "Совбез" in international news is the UN Security Council."""

from letopis.pipeline import make_article


def codes(analyzer, text: str) -> dict[str, str]:
    article = analyzer.run([make_article(text, published="2021-07-05")])[0]
    return {entity.name: entity.actor.code for entity in article.entities if entity.actor}


def test_human_rights_group_with_country_genitive(analyzer):
    found = codes(analyzer, "Правозащитники Белоруссии обвинили милицию в пытках задержанных.")
    assert "BLRNGO" in found.values()


def test_ngo_takes_country_from_context(analyzer):
    found = codes(analyzer, "Неправительственная организация из Кении призвала правительство освободить активистов.")
    assert "KENNGO" in found.values()


def test_bare_security_council_with_resolution_is_un(analyzer):
    found = codes(analyzer, "Совет Безопасности принял резолюцию, осуждающую ракетные испытания КНДР.")
    assert found.get("Совет Безопасности") == "IGOUN"


def test_owned_security_council_stays_national(analyzer):
    found = codes(analyzer, "Совет безопасности России обсудил резолюцию о пограничной безопасности.")
    assert "IGOUN" not in found.values()
    assert "RUSGOV" in found.values()
