"""Arguments of long wire sentences: the recognised states as a predicative, the extradited fighters."""

from tests.events.conftest import dyads


def test_recognition_with_the_state_noun_as_predicative(code):
    events = code(
        "Правительство Латвии в четверг признало Эритрею независимым государством, "
        "сообщило министерство иностранных дел в Риге."
    )
    assert ("05", "LVA", "ERI") in dyads(events)


def test_a_court_finding_is_not_a_recognition(code):
    events = code("Суд в Париже признал государство виновным в нарушении договора, сообщили в среду юристы.")
    assert not any(event.cameo.startswith("054") for event in events)


def test_extradition_of_a_commander(code):
    events = code(
        "Власти Перу во вторник выдали Колумбии командира повстанцев, обвиняемого в похищении людей, "
        "сообщил представитель министерства юстиции."
    )
    assert ("06", "PER", "COL") in dyads(events)


def test_recalled_envoy_names_his_post_as_the_target(code):
    events = code(
        "Варшава в понедельник отозвала своего посла в Минске для консультаций, "
        "сообщило министерство иностранных дел Польши."
    )
    assert ("16", "POL", "BLR") in dyads(events)


def test_the_party_an_investigation_concerns_may_hang_low_in_the_tree(code):
    # "в отношении X" names whom a case concerns, though the parser hangs it on the case's last noun
    events = code(
        "Судья Хуан Перес начал расследование по делам о взяточничестве в отношении 12 аргентинских "
        "правительственных чиновников."
    )
    assert ("09", "ARG", "ARG") in dyads(events)
    events = code("Прокуратура Киргизии возбудила уголовное дело о хищении в отношении бывшего министра обороны Казахстана.")
    assert ("17", "KGZ", "KAZ") in dyads(events)  # a case against a named person: legal action


def test_an_arrest_warrant_names_its_issuers_arrest(code):
    # the warrant is a document by which the court acts (data/decrees.txt): the arrest it orders is the court's
    events = code("Прокуратура Турции выписала ордер на арест лидера курдских повстанцев.")
    assert ("17", "TUR", "TUR") in dyads(events)
    events = code("Суд в Мадриде выдал ордер на арест бывшего министра обороны Аргентины.")
    assert ("17", "ESP", "ARG") in dyads(events)


def test_an_act_claimed_is_the_claimants(code):
    # "взяли на себя ответственность за X": X is theirs, whatever support verb its rows ask for
    events = code("Группировка «Талибан» взяла на себя ответственность за нападение на военную базу США в Афганистане.")
    assert any(dyad[0] in ("18", "19") and dyad[2] == "USA" for dyad in dyads(events))
    events = code("Курдские повстанцы взяли на себя ответственность за взрыв в Анкаре.")
    assert ("18", "TUR", "TUR") in dyads(events)
    # who denies it, or lays it on another, is not the agent
    events = code("Курдские повстанцы не берут на себя ответственность за взрыв в Анкаре.")
    assert not any(dyad[0] == "18" for dyad in dyads(events))
    events = code("Правительство Турции возложило ответственность за взрыв в Анкаре на курдских повстанцев.")
    assert not any(event.cameo.startswith("18") and event.source == "TURGOV" for event in events)


def test_fire_with_no_named_agent_comes_from_where_it_is_fired_from(code):
    events = code("Во вторник из сектора Газа по территории Израиля была выпущена ракета.")
    assert ("19", "PSE", "ISR") in dyads(events)
    events = code("Из Ливана по северу Израиля были выпущены три ракеты.")
    assert ("19", "LBN", "ISR") in dyads(events)
    events = code("С территории Сирии был открыт огонь по турецкому пограничному посту.")
    assert ("19", "SYR", "TUR") in dyads(events)
    # a named agent stays the source; a place it fires from is no second one
    events = code("Израильская армия нанесла удар по сектору Газа из района Ашкелона.")
    assert {dyad[1] for dyad in dyads(events) if dyad[0] in ("18", "19")} <= {"ISR"}


def test_clashes_entered_are_one_armed_clash(code):
    # "вступили в столкновения с X": the verb and the noun its row asks for are one event, no troop entry (192)
    events = code("Израильские войска вступили в столкновения с палестинскими боевиками в Дженине.")
    assert dyads(events) == {("19", "ISR", "PSE")}


def test_a_quantity_stands_for_what_it_counts(code):
    # as a support verb's object ("выдвинула ряд требований") and as the object a row asks for
    events = code("Эфиопия выдвинула Эритрее ряд требований в качестве условия для начала мирных переговоров.")
    assert ("10", "ETH", "ERI") in dyads(events)
    events = code("Багдад в четверг сосредоточил на границе с Кувейтом десятки тысяч военнослужащих и сотни танков.")
    assert ("15", "IRQ", "KWT") in dyads(events)
    events = code("Власти Египта предъявили бывшему президенту ряд обвинений в шпионаже.")
    assert any(dyad[:2] == ("11", "EGY") for dyad in dyads(events))


def test_adjectives_coordinated_on_one_country_noun_name_a_country_each(code):
    # "Северной и Южной Кореи": the lone adjective shares the noun ("Северная Корея"), and each country's body acts
    events = code("Делегации Северной и Южной Кореи в четверг начали новый раунд переговоров.")
    assert ("04", "KOR", "PRK") in dyads(events) or ("04", "PRK", "KOR") in dyads(events)
