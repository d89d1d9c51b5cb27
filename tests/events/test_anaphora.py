"""Antecedents of pronouns and role nouns (``letopis/events/anaphora.py``), and nested country mentions, on
sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_pronoun_agrees_in_gender_with_its_antecedent(code):
    # "его" is the ambassador, not the (feminine) minister who is the subject of the sentence before
    events = code(
        "Министр иностранных дел Австрии Карин Кнайсль встретилась в Вене с послом Израиля. "
        "Полиция Австрии задержала его."
    )
    assert ("17", "AUT", "ISR") in dyads(events)
    assert not any(e.cameo.startswith("17") and e.target.startswith("AUT") for e in events)
    # "она" is the minister
    events = code(
        "Министр иностранных дел Австрии Карин Кнайсль встретилась в Вене с послом Израиля. Позже она осудила Иран."
    )
    assert ("11", "AUT", "IRN") in dyads(events)


def test_pronoun_means_an_actor_of_its_own_sentence_but_not_its_co_argument(code):
    events = code("Президент Египта заявил, что власти Израиля арестовали его.")
    assert ("17", "ISR", "EGY") in dyads(events)
    assert not any(e.source == e.target for e in events)


def test_plural_pronoun_means_the_coordinated_subjects(code):
    events = code(
        "Министры иностранных дел России и Китая встретились в Пекине. Они договорились расширить сотрудничество."
    )
    assert ("03", "RUS", "CHN") in dyads(events)


def test_the_parties_are_the_actors_just_named(code):
    events = code(
        "Президент России Владимир Путин встретился с президентом Казахстана Касым-Жомартом Токаевым. "
        "Стороны подписали соглашение о сотрудничестве."
    )
    signed = {d for d in dyads(events) if d[0] == "05"}
    assert signed and signed <= {("05", "RUS", "KAZ"), ("05", "KAZ", "RUS")}


def test_role_noun_with_a_named_owner_is_the_owner_not_an_anaphor(code):
    events = code("Президент Франции прибыл в Берлин. Глава ОБСЕ задержан в Минске.")
    arrests = [e for e in events if e.cameo.startswith("17")]
    assert arrests and {(e.source[:3], e.target) for e in arrests} == {("BLR", "IGOOSCE")}


def test_nested_country_is_never_a_participant_in_place_of_its_organisation(code):
    # "Мали" inside the name of an organisation the knowledge base does not know
    for text in (
        "Полиция Франции задержала лидера Движения за развитие Мали.",
        "Власти Алжира выслали представителей Движения за развитие Мали.",
    ):
        events = code(text)
        # the organisation may take the country of its name (a movement of Mali is MLI), the bare country may not
        # stand in for it
        assert not any(name == "Мали" for e in events for name in (e.source_name, e.target_name)), text
        assert all(e.target_name.startswith("Движени") for e in events if (e.target or "").startswith("MLI")), text
    # a known organisation stays the participant
    events = code("Армия Нигера атаковала отряды Фронта освобождения Мали.")
    assert any(e.target_name and e.target_name.startswith("Фронт") for e in events)


def test_appeal_without_addressee_goes_to_the_other_side_of_the_conversation_before(code):
    talk = "Канцлер Германии Олаф Шольц побеседовал по телефону с президентом Франции Эммануэлем Макроном. "
    assert ("02", "DEU", "FRA") in dyads(code(talk + "Шольц попросил поддержать реформу энергетического рынка."))
    assert ("10", "DEU", "FRA") in dyads(code(talk + "Шольц потребовал ускорить поставки оружия."))
    # a visit is not a conversation: the host city is no addressee
    events = code("Канцлер Германии Олаф Шольц прибыл в Париж. Шольц попросил поддержать реформу энергетического рынка.")
    assert not any(e.cameo.startswith("02") for e in events)


def test_act_named_with_a_demonstrative_stands_for_its_actor(code):
    shelling = "Армия Азербайджана обстреляла позиции армянских военных. "
    assert ("11", "ARM", "AZE") in dyads(code(shelling + "Власти Армении осудили эти действия."))
    assert ("11", "RUS", "ISR") in dyads(code("Израиль нанёс удар по складам в Сирии. МИД России назвал этот шаг провокацией."))
    # without the demonstrative the noun is not an anaphor
    assert ("11", "ARM", "AZE") not in dyads(code(shelling + "Власти Армении осудили действия миротворцев."))


def test_a_sentence_with_no_trigger_word_still_names_the_antecedents_of_the_next(analyzer):
    # the coder parses such a sentence only when a later pronoun asks for its actors
    from letopis.events.coder import SentenceCoder
    from letopis.events.context import EarlierSubjects
    from letopis.events.lexicon import load_lexicon
    from letopis.pipeline import make_article

    text = "Президент Франции Эмманюэль Макрон находится в Берлине. Он осудил Россию."
    article = analyzer.run([make_article(text, published="2023-03-15")])[0]
    first = SentenceCoder(0, article.sentences[0], [], load_lexicon(), EarlierSubjects())
    assert not first.has_triggers
    assert ("11", "FRA", "RUS") in dyads(article.events)


def test_a_long_run_of_pronoun_sentences_codes_without_exhausting_the_stack(code):
    # each sentence asks the one before for its antecedent, lazily: a thousand of them nested one ask per sentence
    # deep enough to exhaust Python's stack, and the article lost all its events
    text = (
        "Президент России Владимир Путин прибыл в Душанбе. "
        + " ".join(["Он сказал, что всё хорошо."] * 1000)
        + " Он встретился с Эмомали Рахмоном."
    )
    assert ("04", "RUS", "TJK") in dyads(code(text))
