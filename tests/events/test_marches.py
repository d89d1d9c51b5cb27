"""A crowd marching through a city's streets: the city places the crowd (letopis/events/implied.py). Sentences
written for these tests."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


def test_a_march_through_the_streets_is_placed_by_the_city(code):
    assert ("141", "KORCVL", "KOR") in codes(code("Тысячи человек прошли маршем по улицам Сеула."))
