""""будет убеждать губернатора уйти в отставку", "уговаривают министра остаться": an imperfective verb of persuading
tells an effort under way, and the act it urges is not reported as done (h13 precision audit, modality kind
"persuasion"). The perfective "убедил уйти" tells that the act followed."""

import pytest

pytestmark = pytest.mark.slow


def test_persuading_to_resign_is_no_resignation(code):
    events = code("Отставка\nКремль будет убеждать губернатора Иркутской области Сергея Левченко уйти в отставку.")
    assert not [e for e in events if e.cameo.startswith("083")]


def test_coaxing_to_free_prisoners_frees_none(code):
    events = code("Пленные\nФранция уговаривает власти Мали освободить задержанных журналистов.")
    assert not [e for e in events if e.cameo.startswith("08")]


def test_persuaded_to_resign_resigned(code):
    events = code("Отставка\nКремль убедил губернатора Иркутской области Сергея Левченко уйти в отставку.")
    assert [e for e in events if e.cameo == "0831" and not e.negated]
