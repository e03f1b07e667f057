"""Letters pages: the passages readers sign, and who wrote each."""

from __future__ import annotations

from faultlines import letters

PAGE = (
    "Readers on the harbour toll.\n\nLETTERS.\n\n"
    "The harbour toll is a mistake. I think the council should scrap the toll.\n\n"
    "Nora Vance.\n\nPortside, Maine.\n\n"
    'My neighbour told me: "The harbour toll is a blessing." She is wrong. I despise the harbour toll.\n\n'
    "Oscar Lindqvist.\n"
)


def _passages(doc) -> list[tuple[str, str]]:
    return [(doc.text[p.start : p.end], doc.text[slice(*p.signature)]) for p in letters.signed(doc)]


def test_letters_each_passage_is_signed_by_the_name_after_it(nlp):
    passages = _passages(nlp(PAGE))
    assert [name for _, name in passages] == ["Nora Vance", "Oscar Lindqvist"]
    # neither the section title nor the writer's town belongs to a letter
    assert passages[0][0].startswith("The harbour toll is a mistake")
    assert passages[1][0].startswith("My neighbour told me")


def test_letters_handles_sign_posts(nlp):
    page = "Posts.\n\nThe toll is a mistake.\n\n@harbour_fan.\n\nThe toll is fair.\n\n@lindq.\n"
    assert [name for _, name in _passages(nlp(page))] == ["@harbour_fan", "@lindq"]


def test_letters_one_name_alone_is_no_letters_page(nlp):
    page = "The harbour toll is a mistake, and the council knows it.\n\nNora Vance.\n"
    assert letters.signed(nlp(page)) == ()


def test_letters_section_titles_sign_nothing(nlp):
    page = "The council met.\n\nHarbour Tolls.\n\nThe toll rose.\n\nFerry Fares.\n\nFares fell.\n"
    assert letters.signed(nlp(page)) == ()


def test_letters_writer_is_what_a_word_of_the_signature_maps_to(nlp):
    doc = nlp(PAGE)
    signature = next(t.i for t in doc if t.text == "Vance")
    assert letters.writer(doc, PAGE.index("I think"), {signature: "nora"}) == "nora"
    assert letters.writer(doc, PAGE.index("Readers"), {signature: "nora"}) is None


def test_letters_passage_before_a_word_stays_in_its_letter(nlp):
    doc = nlp(PAGE)
    before = letters.passage_before(doc, PAGE.index("She is"))
    assert before.text.startswith("My neighbour") and "Nora" not in before.text


COLUMN = (
    "The harbour toll has to go.\n\n"
    "Every morning the ferries wait at the gate while the queue grows.\n\n"
    "The council promised a review last spring and has published nothing since.\n\n"
    "I have watched the fishing fleet lose a third of its boats in two years.\n\n"
    "The toll is a mistake, and the council should scrap it before the winter.\n\n"
    "Nora Vance is a former harbour master of Portside.\n"
)


def test_letters_a_column_is_signed_by_the_writer_its_last_line_introduces(nlp):
    ((passage, name),) = _passages(nlp(COLUMN))
    assert name == "Nora Vance"
    assert passage.startswith("The harbour toll has to go") and passage.endswith("before the winter.")


def test_letters_an_article_ending_on_someone_it_named_has_no_writer(nlp):
    article = COLUMN.replace("I have watched", "Nora Vance has watched")
    assert letters.signed(nlp(article)) == ()


def test_letters_a_short_piece_ending_on_a_persons_line_has_no_writer(nlp):
    note = "The toll rose.\n\nFerries waited.\n\nNora Vance is a former harbour master of Portside.\n"
    assert letters.signed(nlp(note)) == ()


def test_letters_an_article_ending_on_what_befell_someone_has_no_writer(nlp):
    for last in ("Nora Vance was arrested on Monday.", "Nora Vance is expected to testify next week."):
        article = COLUMN.replace("Nora Vance is a former harbour master of Portside.", last)
        assert letters.signed(nlp(article)) == ()
