from faultlines.actors.outlets import headline_outlet, headline_outlet_span, home_country
from faultlines.model import Analysis


def _home(text: str = "The council met on Monday.", **meta) -> str | None:
    return home_country(Analysis(id="t", text=text, **meta))


def test_outlets_metadata_outlet_gives_its_country():
    assert _home(outlet="CBC News") == "CAN"
    assert _home(outlet="WaPo") == "USA"


def test_outlets_metadata_outlet_wins_over_the_headline():
    assert _home("Ferry fares rise again – Jerusalem Post\n\nFares rose.", outlet="Irish Times") == "IRL"


def test_outlets_headline_suffix_names_the_outlet():
    text = "Ferry fares rise for the third time – Toronto Star\n\nThe operator raised fares on Friday."
    assert headline_outlet(text) == "Toronto Star"
    start, end = headline_outlet_span(text)
    assert text[start:end] == "Toronto Star"
    assert _home(text) == "CAN"
    assert _home("Port strike enters second week | Reuters\n\nDockers stayed out.") == "GBR"


def test_outlets_place_inside_an_unknown_outlet_name():
    assert _home("Water rates climb - Nairobi Morning Courier\n\nRates rose.") == "KEN"


def test_outlets_country_code_domain_of_the_url():
    assert _home(url="https://www.lakeside-news.co.uk/2024/rates") == "GBR"
    assert _home(url="https://harbourgazette.ca/story") == "CAN"
    assert _home(url="https://news.example.com/story") is None
    # .tv and .io are sold worldwide: they say nothing of a site's home.
    assert _home(url="https://lakeside.tv/story") is None


def test_outlets_ordinary_dashed_headline_is_not_an_outlet():
    for text in (
        "Wheat prices fall - Farmers Brace for Losses\n\nPrices fell.",
        "Floods reach the coast – Dublin Braces\n\nRain fell.",
        "Covid-19 cases rise in Leeds\n\nCases rose.",
        "Vote delayed - the count resumes tomorrow\n\nThe count stopped.",
    ):
        assert headline_outlet(text) is None, text
        assert _home(text) is None, text
