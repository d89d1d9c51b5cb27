"""Round 32 (vocab-b): rows for CAMEO roots 08 and 15-20 grown from the PETRARCH2 CAMEO verb dictionary
(surrender and pull-back, weapons yielded, cases dropped, sanctions lists; patrols, deployment nouns, exercises
held; treaties denounced, expulsions told with nouns, organisations banned, fines; attempts on a life,
skirmishes, war declared, intervention, militants neutralised, chemical attacks, slaughter), on sentences written
for these tests."""

import pytest

pytestmark = pytest.mark.slow


def coded(events):
    """(cameo, source country, target country) of the events that happened."""
    return {(e.cameo, e.source[:3], e.target[:3] if e.target else None) for e in events if not e.negated}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 08: surrender, pulling back, cases dropped, names taken off a sanctions list
        ("Иракская армия капитулировала перед американскими войсками.", ("0874", "IRQ", "USA")),
        ("Грузинские войска отошли от Цхинвали.", ("0874", "GEO", "XSO")),
        ("Министерство обороны России объявило об отходе войск от Киева.", ("0874", "RUS", "UKR")),
        ("Следственный комитет прекратил уголовное дело в отношении украинского журналиста.", ("081", "RUS", "UKR")),
        ("Евросоюз исключил российского бизнесмена из санкционного списка.", ("085", "IGO", "RUS")),
        # 15: military patrols, deployments told with nouns, exercises told by their taking place
        ("Российские военные патрулируют границу с Афганистаном.", ("150", "RUS", "AFG")),
        ("Турецкие военные начали патрулирование на севере Сирии.", ("150", "TUR", "SYR")),
        ("Минобороны России объявило о переброске войск к границе с Украиной.", ("154", "RUS", "UKR")),
        ("Военные учения НАТО прошли в Эстонии.", ("150", "IGO", None)),
        # 16: a treaty denounced, a sanctions list, sanctions fallen under, diplomats expelled
        ("Россия денонсировала договор с Украиной о дружбе.", ("161", "RUS", "UKR")),
        ("Минфин США внес в санкционный список десять российских компаний.", ("163", "USA", "RUS")),
        ("Белорусский банк попал под санкции Евросоюза.", ("163", "IGO", "BLR")),
        ("Польша объявила о выдворении российских дипломатов.", ("166", "POL", "RUS")),
        # 17: organisations banned or branded, fines, nationalisation
        ("Минюст России признал американскую организацию нежелательной.", ("1722", "RUS", "USA")),
        ("Минюст России признал британскую газету иностранным агентом.", ("172", "RUS", "GBR")),
        ("Роскомнадзор оштрафовал американскую компанию Google на три миллиона рублей.", ("172", "RUS", "USA")),
        ("Суд оштрафовал российского оппозиционера на десять тысяч рублей.", ("116", "RUS", "RUS")),
        ("Венесуэла объявила о национализации американской нефтяной компании.", ("171", "VEN", "USA")),
        # 18: an attempt on a life, rape by soldiers
        ("Чеченские боевики покушались на жизнь президента Ингушетии.", ("185", "RUS", "RUS")),
        ("Израильский солдат изнасиловал палестинскую девушку.", ("1821", "ISR", "PSE")),
        # 19: skirmishes, war declared, intervention, vehicles knocked out, militants neutralised, strikes
        ("Бои и стычки между армянскими и азербайджанскими военными продолжились в Карабахе.", ("190", "ARM", "AZE")),
        ("Россия объявила войну Японии.", ("190", "RUS", "JPN")),
        ("Саудовская Аравия начала военную интервенцию в Йемен.", ("190", "SAU", "YEM")),
        ("Сирийская армия подбила турецкий танк.", ("190", "SYR", "TUR")),
        ("Израиль осуществил удар по позициям Хезболлы в Ливане.", ("190", "ISR", "LBN")),
        ("Российская авиация нанесла бомбовый удар по позициям боевиков в Сирии.", ("195", "RUS", "SYR")),
        # 20: chemical attacks, slaughter
        ("Сирийская армия провела химическую атаку на пригород Дамаска.", ("2041", "SYR", "SYR")),
        ("Суданские военные устроили бойню в Дарфуре.", ("202", "SDN", "SDN")),
    ],
)
def test_dictionary_rows_code_their_event(code, sentence, expected):
    assert expected in coded(code(sentence))


@pytest.mark.parametrize(
    ("sentence", "roots"),
    [
        ("Футбольная команда Англии капитулировала перед сборной Германии.", ("08",)),
        ("Он отошёл от дел и уехал в деревню.", ("08",)),
        ("Полиция патрулирует улицы Москвы.", ("15",)),
        ("Учения МЧС прошли в Москве.", ("15",)),
        ("В Молдавии из-за учений НАТО началась война ветвей власти.", ("15", "19")),
        ("Скопление техники на дороге вызвало пробку.", ("15",)),
        ("Россия выступила против размещения американских ракет в Европе.", ("15",)),
        ("Президент объявил войну коррупции.", ("19",)),
        ("Книга о войне вызвала споры в России.", ("19",)),
        ("Он покушался на суверенитет Украины.", ("18",)),
        ("Продюсер изнасиловал актрису в номере гостиницы.", ("18",)),
        ("В Госдуме предлагают штрафовать за нарушение тишины.", ("13", "17")),
    ],
)
def test_the_same_words_in_other_senses_code_none_of_these_roots(code, sentence, roots):
    assert not {event for event in coded(code(sentence)) if event[0][:2] in roots}
