from letopis.kb.cities import city_country


def test_cities_of_the_news_are_placed_in_their_countries():
    assert city_country("Нью-Йорк") == "USA"
    assert city_country("Латакия") == "SYR"
    assert city_country("Кёльн") == "DEU"  # ё and е spell one key
    assert city_country("Кельн") == "DEU"
    assert city_country("Ханты-Мансийск") == "RUS"


def test_a_name_of_cities_in_two_countries_counts_for_the_much_larger_one():
    assert city_country("Париж") == "FRA"  # not Paris, Texas


def test_unknown_names_are_none():
    assert city_country("Техас") is None  # a state, not a city
    assert city_country("Победа") is None


def test_the_countries_an_article_names_decide_between_cities_called_alike():
    assert city_country("Санта-Фе") == "ARG"  # the largest Santa Fe, by far
    assert city_country("Санта-Фе", named=["USA"]) == "USA"  # an article about Texas


def test_a_namesake_far_smaller_never_wins_by_the_country_an_article_names():
    # talks in Geneva in a story about the United States and Iran, not Geneva, Illinois; Odessa, not Odessa, Texas
    assert city_country("Женева", named=["USA", "IRN"]) == "CHE"
    assert city_country("Одесса", named=["USA"]) == "UKR"
    # a namesake of a comparable size still goes with the article's country
    assert city_country("Триполи", named=["LBN"]) == "LBN"
    assert city_country("Армавир", named=["ARM"]) == "ARM"
