"""Quotes: direct and reported speech, their speakers and attribution chains."""

from __future__ import annotations

import pytest

from letopis.model import Article, Quote
from tests.conftest import DATA

HEADLINE = "Заголовок\n\n"


def _consistent(article: Article) -> None:
    """Every span of every quote points at its own text in the original."""
    for quote in article.quotes:
        assert article.text[quote.start: quote.stop] == quote.text
        for source in [quote.speaker, *quote.via]:
            if source is not None:
                assert article.text[source.start: source.stop] == source.text


def _quotes(analyzer, body: str) -> list[Quote]:
    article = analyzer(HEADLINE + body)
    _consistent(article)
    return article.quotes


def _only(quotes: list[Quote]) -> Quote:
    assert len(quotes) == 1, [(quote.kind, quote.text) for quote in quotes]
    return quotes[0]


# ---------------------------------------------------------------- quotation marks, no models

def test_quoted_spans_nest_and_skip_names() -> None:
    from letopis.nlp.quotes import quoted_spans

    text = 'Он сказал: "Мы поддержим движение "Талибан" и партию «Единство»". Клуб «Спартак».'
    spans = [(text[start + 1: stop]) for start, stop in quoted_spans(text)]
    assert spans == ['Мы поддержим движение "Талибан" и партию «Единство»', "Спартак"]


# ---------------------------------------------------------------- direct speech

@pytest.mark.slow
def test_direct_with_trailing_source(analyzer) -> None:
    quote = _only(_quotes(
        analyzer, "«Мы не допустим эскалации на границе», — заявил министр обороны Таджикистана Шерали Мирзо."
    ))
    assert quote.kind == "direct"
    assert quote.text == "Мы не допустим эскалации на границе"
    assert quote.speaker.text == "министр обороны Таджикистана Шерали Мирзо"
    assert quote.speaker.entity is not None


@pytest.mark.slow
def test_wire_idiom_refers_to_the_source_before(analyzer) -> None:
    article = analyzer(
        HEADLINE + "Стороны провели переговоры в Душанбе, сообщает пресс-служба МИД России.\n\n"
        '"Стороны обсудили вопросы безопасности и торговли", - говорится в сообщении.'
    )
    _consistent(article)
    direct = [quote for quote in article.quotes if quote.kind == "direct"]
    assert [quote.text for quote in direct] == ["Стороны обсудили вопросы безопасности и торговли"]
    assert direct[0].speaker.text == "пресс-служба МИД России"


@pytest.mark.slow
def test_direct_with_leading_source(analyzer) -> None:
    quote = _only(_quotes(analyzer, "Глава МИД России Сергей Лавров заявил: «Мы готовы к переговорам с Киевом»."))
    assert quote.kind == "direct"
    assert quote.text == "Мы готовы к переговорам с Киевом"
    assert quote.speaker.text == "Глава МИД России Сергей Лавров"


@pytest.mark.slow
def test_names_in_quotes_are_not_quotes(analyzer) -> None:
    quotes = _quotes(
        analyzer,
        'Боевики движения "Талибан" захватили город. Клуб «Спартак» обыграл «Зенит». '
        "Компания «Газпром» повысила цены.",
    )
    assert quotes == []


# ---------------------------------------------------------------- reported speech

@pytest.mark.slow
def test_reported_that_clause(analyzer) -> None:
    quote = _only(_quotes(analyzer, "Президент Казахстана Касым-Жомарт Токаев заявил, что страна усилит охрану границы."))
    assert quote.kind == "reported"
    assert quote.text == "страна усилит охрану границы"
    assert quote.speaker.text == "Президент Казахстана Касым-Жомарт Токаев"


@pytest.mark.slow
def test_reported_opinion(analyzer) -> None:
    quote = _only(_quotes(analyzer, "Эксперт Андрей Серенко уверен, что талибы не пойдут на север."))
    assert quote.text == "талибы не пойдут на север"
    assert quote.speaker.text == "Эксперт Андрей Серенко"


@pytest.mark.slow
def test_according_to(analyzer) -> None:
    quote = _only(_quotes(analyzer, "По словам официального представителя МИД Марии Захаровой, Москва готова к диалогу."))
    assert quote.kind == "reported"
    assert quote.text == "Москва готова к диалогу"
    assert quote.speaker.text == "официального представителя МИД Марии Захаровой"


@pytest.mark.slow
def test_source_after_the_clause(analyzer) -> None:
    quote = _only(_quotes(analyzer, "Боевики отступили к границе, сообщает агентство Reuters."))
    assert quote.text == "Боевики отступили к границе"
    assert quote.speaker.text == "агентство Reuters"
    assert quote.via == []


@pytest.mark.slow
def test_impersonal_frame_takes_the_source_before(analyzer) -> None:
    quotes = _quotes(
        analyzer,
        "Министры обсудили поставки газа, сообщает пресс-служба правительства Узбекистана. "
        "Отмечается, что стороны подпишут соглашение в августе.",
    )
    assert [quote.text for quote in quotes] == ["Министры обсудили поставки газа", "стороны подпишут соглашение в августе"]
    assert {quote.speaker.text for quote in quotes} == {"пресс-служба правительства Узбекистана"}


@pytest.mark.slow
def test_about_this_reports_the_sentence_before(analyzer) -> None:
    quote = _only(_quotes(analyzer, "В Кабуле прогремел взрыв. Об этом во вторник сообщило агентство Reuters."))
    assert quote.kind == "reported"
    assert quote.text == "В Кабуле прогремел взрыв"
    assert quote.speaker.text == "агентство Reuters"


@pytest.mark.slow
def test_place_of_speech(analyzer) -> None:
    quote = _only(_quotes(analyzer, "В Минобороны России отметили, что учения пройдут в сентябре."))
    assert quote.text == "учения пройдут в сентябре"
    assert quote.speaker.text == "Минобороны России"
    quote = _only(_quotes(analyzer, "В заявлении МИД Китая говорится, что Пекин поддерживает переговоры."))
    assert quote.speaker.text == "МИД Китая"
    quote = _only(_quotes(analyzer, "«Мы готовы помочь», — говорится в заявлении пресс-службы ОДКБ."))
    assert quote.kind == "direct"
    assert quote.speaker.text == "пресс-службы ОДКБ"


@pytest.mark.slow
def test_time_is_no_speaker(analyzer) -> None:
    quote = _only(_quotes(analyzer, "В сентябре сообщалось, что завод закроют."))
    assert quote.text == "завод закроют"
    assert quote.speaker is None


@pytest.mark.slow
def test_coordinated_sources(analyzer) -> None:
    quote = _only(_quotes(
        analyzer, "По данным газет The Times, The Guardian и других британских СМИ, премьер уйдет в отставку."
    ))
    assert quote.text == "премьер уйдет в отставку"
    assert quote.speaker.text == "газет The Times, The Guardian и других британских СМИ"


# ---------------------------------------------------------------- chains

@pytest.mark.slow
def test_chain_with_reference(analyzer) -> None:
    quote = _only(_quotes(analyzer, "Как сообщает ТАСС со ссылкой на источник в силовых структурах, задержаны трое подозреваемых."))
    assert quote.text == "задержаны трое подозреваемых"
    assert quote.speaker.text == "источник в силовых структурах"
    assert [source.text for source in quote.via] == ["ТАСС"]


@pytest.mark.slow
def test_chain_citing(analyzer) -> None:
    quote = _only(_quotes(analyzer, "Армия отвела войска от границы, сообщает Интерфакс, цитируя представителя Генштаба."))
    assert quote.text == "Армия отвела войска от границы"
    assert quote.speaker.text == "представителя Генштаба"
    assert [source.text for source in quote.via] == ["Интерфакс"]


@pytest.mark.slow
def test_chain_referring_participle(analyzer) -> None:
    quote = _only(_quotes(analyzer, "Газета The New York Times, ссылаясь на своих источников, сообщила, что переговоры сорваны."))
    assert quote.text == "переговоры сорваны"
    assert quote.speaker.text == "своих источников"
    assert [source.text for source in quote.via] == ["Газета The New York Times"]


# ---------------------------------------------------------------- the seed

@pytest.mark.slow
def test_seed_quotes(seed) -> None:
    _consistent(seed)
    direct = [quote for quote in seed.quotes if quote.kind == "direct"]
    assert len(direct) == 2
    assert direct[0].text.startswith("Подробно обсуждена непростая ситуация")
    assert direct[0].text.endswith("(ОДКБ)")
    assert direct[0].speaker.text == "пресс-служба Кремля"
    assert direct[1].text.startswith("В целях предотвращения")
    assert direct[1].speaker.text == "пресс-служба президента Таджикистана"
    border = [quote for quote in seed.quotes if quote.text.startswith("на данный момент талибы контролируют")]
    assert len(border) == 1 and border[0].kind == "reported"
    assert border[0].speaker.text == "источник в руководстве Госкомитета Нацбезопасности Таджикистана"
    assert [source.text for source in border[0].via] == ["РИА Новости"]
    # the name in quotes is not a quote
    assert not any(quote.text == "Талибан" for quote in seed.quotes)


@pytest.mark.slow
def test_seed_speakers_are_linked(seed) -> None:
    kremlin = next(quote for quote in seed.quotes if quote.speaker and quote.speaker.text == "пресс-служба Кремля")
    assert kremlin.speaker.entity is not None
    border = next(quote for quote in seed.quotes if quote.via)
    assert border.via[0].entity is not None


# ---------------------------------------------------------------- real articles

def _article(analyzer, name: str) -> Article:
    article = analyzer((DATA / name).read_text("utf-8"))
    _consistent(article)
    return article


@pytest.mark.slow
def test_wikinews_interrupted_quote(analyzer) -> None:
    article = _article(analyzer, "nerel-4894_text.txt")
    direct = [quote for quote in article.quotes if quote.kind == "direct"]
    assert len(direct) == 3
    assert direct[0].text == "Он был очень близким другом и потрясающим человеком. Гену любили все"
    assert direct[0].speaker.text == "руководитель дирекции ВГТРК по радиовещанию Сергей Архипов"
    # the second quote is cut in two by "— добавил Архипов. —"
    assert direct[1].text.endswith("Его все просто обожали")
    assert direct[2].text.startswith("Он — удивительный профессионал")
    entities = {quote.speaker.entity for quote in direct}
    assert len(entities) == 1 and None not in entities
    names = {"Полис", "Катюша", "Модерн", "Маяк", "Вести"}
    assert not any(quote.text in names for quote in article.quotes)


@pytest.mark.slow
def test_wikinews_agency_citing_source(analyzer) -> None:
    article = _article(analyzer, "nerel-1013.txt")
    chained = [quote for quote in article.quotes if quote.via]
    assert len(chained) == 1
    assert chained[0].text.startswith("Новый премьер-министр Палестины Рами Хамдалла")
    assert chained[0].speaker.text == "источник в палестинском правительстве"
    assert [source.text for source in chained[0].via] == ["агентство Рейтер"]
    reported = next(quote for quote in article.quotes if quote.text == "Хамдалла не поладил с двумя вице-премьерами")
    assert reported.speaker.text == "Источник в правительстве"
    direct = [quote for quote in article.quotes if quote.kind == "direct"]
    assert [quote.text for quote in direct] == ["Хамдалла подал прошение об отставке из-за расхождений с двумя вице-премьерами"]


@pytest.mark.slow
def test_wikinews_same_speaker_reported_and_direct(analyzer) -> None:
    article = _article(analyzer, "nerel-163487_text.txt")
    reported = next(quote for quote in article.quotes if quote.text == "покидает занимаемую должность")
    assert reported.kind == "reported"
    assert reported.speaker.text == "премьер-министр Грузии Георгий Квирикашвили"
    direct = [quote for quote in article.quotes if quote.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].text.startswith("Я вижу настрой в команде")
    assert direct[0].speaker.text == "Квирикашвили"
    assert direct[0].speaker.entity == reported.speaker.entity is not None
    assert not any("Грузинская мечта" in quote.text for quote in article.quotes)


@pytest.mark.slow
def test_wikinews_according_to_and_role(analyzer) -> None:
    article = _article(analyzer, "nerel-55484_text.txt")
    mayor = next(quote for quote in article.quotes if quote.speaker and quote.speaker.text == "Собянина")
    assert mayor.kind == "reported"
    assert mayor.text.startswith("новая сцена — это лучший подарок театру")
    menshikov = next(quote for quote in article.quotes if quote.speaker and quote.speaker.text == "Олег Меньшиков")
    assert menshikov.text == "на новой сцене первые премьеры пройдут в конце октября — начале ноября"
    direct = [quote for quote in article.quotes if quote.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].speaker.text == "художественный руководитель"
    assert "„бархатная“" in direct[0].text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("body", "speaker", "via"),
    [
        # session 19 (accsrc): a verb of quoting names the one quoted as its object, the medium as its subject
        ("«Действия Израиля незаконны», — цитирует агентство Anadolu министра иностранных дел Турции.",
         "министра иностранных дел Турции", ["агентство Anadolu"]),
        # (the parser gives "РБК" no subject relation here: the medium is then not told, the speaker still is)
        ("«Переговоры сорваны», — цитирует РБК белорусского лидера.", "белорусского лидера", None),
        ("«Мы не отступим», — цитирует слова премьер-министра Греции газета Kathimerini.",
         "премьер-министра Греции", ["газета Kathimerini"]),
    ],
)
def test_quoting_verb_names_the_one_quoted(analyzer, body, speaker, via) -> None:
    quote = _only(_quotes(analyzer, body))
    assert quote.speaker.text == speaker
    if via is not None:
        assert [source.text for source in quote.via] == via
