import pytest

from letopis.kb.titles import parse_title


@pytest.mark.parametrize(
    "title, expected",
    [("президент России", ("RUS", "head_of_state")),
     ("премьер-министр России", ("RUS", "head_of_government")),
     ("глава МИД РФ", ("RUS", "foreign_minister")),
     ("министр обороны Таджикистана", ("TJK", "defence_minister")),
     ("председатель ГКНБ Таджикистана", ("TJK", "security_chief")),
     ("глава правительства Республики Таджикистан", ("TJK", "head_of_government")),
     ("министр иностранных дел Южной Кореи", ("KOR", "foreign_minister")),
     ("президент Соединённых Штатов", ("USA", "head_of_state")),
     ("генсек ООН", ("IGOUN", "secretary_general")),
     ("генеральный секретарь ОДКБ", ("IGOCSTO", "secretary_general")),
     ("директор ФСБ", ("RUS", "security_chief")),
     ("таджикский лидер", ("TJK", "head_of_state")),
     ("российский президент", ("RUS", "head_of_state")),
     ("вице-президент", (None, "vice_president")),
     ("президент Нарнии", (None, None)),
     ("повар", (None, None))],
)
def test_parse_title(title, expected):
    assert parse_title(title) == expected
