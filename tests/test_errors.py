import string

from faultlines.errors import EmptyText, Messages


def test_errors_messages_are_one_line_templates():
    templates = {k: v for k, v in vars(Messages).items() if k.isupper()}
    assert templates
    for text in templates.values():
        assert "\n" not in text
        list(string.Formatter().parse(text))  # every placeholder is well formed


def test_errors_entry_carries_the_code_and_the_filled_message():
    entry = EmptyText(Messages.NO_TEXT.format(doc_id="a1")).entry()
    assert (entry.code, entry.message) == ("E103", "a1: the document has no text")
