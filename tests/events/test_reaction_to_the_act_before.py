"""A reaction that names nothing it reacts to ("Израиль нанёс удар по Газе. МИД Турции выступил с резкой критикой.")
is aimed at the agents of the act told just before it, in its sentence or the sentence before in the same block of
lines, and so is one whose object is a bare noun of any act ("осудил решение"); a neuter demonstrative points an act
noun back ("приветствовал это решение"); a headline's reaction told again keeps its target. On sentences written for
these tests."""

import pytest

pytestmark = pytest.mark.slow


def reactions(events, root):
    return {(e.source[:3], (e.target or "---")[:3]) for e in events if not e.negated and e.cameo.startswith(root)}


def body(*lines):
    return "Новости\n\n" + "\n\n".join(lines)


@pytest.mark.parametrize(
    ("text", "root", "dyad"),
    [
        ("Израиль нанёс удар по Газе. МИД Турции выступил с резкой критикой.", "11", ("TUR", "ISR")),
        ("Власти Белоруссии задержали литовского журналиста. Вильнюс выступил с осуждением.", "11", ("LTU", "BLR")),
        ("Турецкие войска вошли на север Сирии. Дамаск выразил возмущение.", "11", ("SYR", "TUR")),
        ("Азербайджан закрыл границу с Арменией. Ереван выразил негодование.", "11", ("ARM", "AZE")),
        ("Израиль нанёс удар по Газе. Турция резко осудила.", "11", ("TUR", "ISR")),
        ("Израиль нанёс удар по Газе. Турция отреагировала резкой критикой.", "11", ("TUR", "ISR")),
        ("Израиль нанёс удар по Газе. Турция ответила осуждением.", "11", ("TUR", "ISR")),
        ("Польша запретила въезд российским грузовикам. В ответ Москва выступила с резкой критикой.", "11", ("RUS", "POL")),
        ("Израиль нанёс удар по Газе. В МИД Турции выступили с резкой критикой.", "11", ("TUR", "ISR")),
        # an attribution tail, another word order, a clause of the same sentence
        ("Израиль нанёс удар по Газе. Турция выразила возмущение, заявил министр иностранных дел.", "11", ("TUR", "ISR")),
        ("Венгрия заблокировала помощь Украине, и Киев выразил возмущение.", "11", ("UKR", "HUN")),
        # a complaint
        ("Россия выслала двух американских дипломатов. Посольство США в Москве выразило протест.", "11", ("USA", "RUS")),
        ("Китай провёл военные учения у берегов Тайваня. Тайбэй выразил решительный протест.", "11", ("TWN", "CHN")),
        ("Израиль нанёс удар по Газе. Анкара заявила протест.", "11", ("TUR", "ISR")),
        ("Израиль нанёс удар по Газе. Протест выразила Турция.", "11", ("TUR", "ISR")),
        ("Израиль нанёс удар по Газе, после чего Турция выразила протест.", "11", ("TUR", "ISR")),
        # concern at the act just told
        ("Россия разместила войска у границы с Украиной. НАТО выразило обеспокоенность.", "01", ("IGO", "RUS")),
    ],
)
def test_a_reaction_with_no_object_is_aimed_at_the_act_just_told(code, text, root, dyad):
    assert dyad in reactions(code(body(text)), root)


@pytest.mark.parametrize(
    ("text", "root", "dyad"),
    [
        ("Евросоюз ввёл санкции против Ирана. Лондон приветствовал это решение.", "05", ("GBR", "IGO")),
        ("Евросоюз ввёл санкции против Ирана. Тегеран назвал это решение ошибкой.", "11", ("IRN", "IGO")),
        ("Евросоюз ввёл санкции против Ирана. Тегеран выразил недовольство этим решением.", "11", ("IRN", "IGO")),
    ],
)
def test_a_neuter_demonstrative_points_an_act_noun_back(code, text, root, dyad):
    assert dyad in reactions(code(body(text)), root)


@pytest.mark.parametrize(
    ("text", "root", "dyad"),
    [
        ("Евросоюз ввёл санкции против Ирана. Тегеран осудил решение.", "11", ("IRN", "IGO")),
        ("Евросоюз ввёл санкции против Ирана. Лондон приветствовал решение.", "05", ("GBR", "IGO")),
        ("Израиль нанёс удар по Газе. Турция резко осудила действия.", "11", ("TUR", "ISR")),
        ("Россия выслала двух американских дипломатов. Вашингтон назвал решение необоснованным.", "11", ("USA", "RUS")),
    ],
)
def test_a_bare_act_noun_stands_for_the_act_just_told(code, text, root, dyad):
    assert dyad in reactions(code(body(text)), root)


def test_an_act_noun_with_its_own_content_is_another_act(code):
    text = body("Евросоюз ввёл санкции против Ирана. Лондон приветствовал решение о выделении помощи Киеву.")
    assert ("GBR", "IGO") not in reactions(code(text), "05")


@pytest.mark.parametrize(
    ("text", "root", "dyad"),
    [
        # another block of lines
        (body("Израиль нанёс удар по Газе.", "МИД Турции выступил с резкой критикой."), "11", ("TUR", "ISR")),
        # the reacting side's own act
        (body("Израиль нанёс удар по Газе. Израиль выразил протест."), "11", ("ISR", "ISR")),
        # a reaction that names what it reacts to, with no actor
        (body("Россия выслала двух американских дипломатов. Вашингтон выразил протест в связи с инцидентом."), "11",
         ("USA", "RUS")),
        (body("Россия разместила войска у границы с Украиной. НАТО выразило обеспокоенность эскалацией."), "01",
         ("IGO", "RUS")),
        # an appeal or a demand told before is not what a concern is about
        (body("ОАГ потребовала восстановить президента Гондураса. Президент США выразил обеспокоенность."), "01",
         ("USA", "IGO")),
        # a reaction after a reaction: whose, "также" would tell
        (body("Израиль нанёс удар по Газе. МИД Турции осудил удар. Иран выступил с резкой критикой."), "11",
         ("IRN", "TUR")),
    ],
)
def test_no_aim_across_a_blank_line_at_oneself_or_at_a_named_object(code, text, root, dyad):
    assert dyad not in reactions(code(text), root)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Япония протестует против визита Медведева на Курилы\n\nПрезидент России посетил остров Кунашир.\n\n"
         "Токио немедленно выразил протест.", ("JPN", "RUS")),
        ("Иран протестует против новых санкций США\n\nВашингтон расширил санкционный список.\n\n"
         "Тегеран выразил решительный протест.", ("IRN", "USA")),
        ("Польша протестует против строительства газопровода Россией\n\nРаботы начались в понедельник.\n\n"
         "Варшава выразила протест.", ("POL", "RUS")),
    ],
)
def test_a_headline_reaction_told_again_keeps_its_target(code, text, dyad):
    body_events = [e for e in code(text) if e.cameo.startswith("11") and not e.negated]
    assert body_events and {(e.source[:3], (e.target or "---")[:3]) for e in body_events} == {dyad}
