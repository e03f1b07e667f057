from faultlines import tables


def test_tables_rows_skip_comments_and_blank_lines_and_keep_empty_fields(tmp_path):
    path = tmp_path / "roles.tsv"
    path.write_text("# source: written for a test\n\nminister\tGOV\t\n  # an indented comment\ncoach\t\tm\n")
    assert tables.rows(path) == [["minister", "GOV", ""], ["coach", "", "m"]]


def test_tables_rows_pad_or_cut_to_a_width(tmp_path):
    path = tmp_path / "lexicon.tsv"
    path.write_text("verb\tbomb\tASSAULT\nverb\tmeet\tCONSULT\tmeet\textra\n")
    assert tables.rows(path, 4) == [["verb", "bomb", "ASSAULT", ""], ["verb", "meet", "CONSULT", "meet"]]


def test_tables_sections_gather_the_entries_under_each_header(tmp_path):
    path = tmp_path / "words.txt"
    path.write_text("[speech]\nsay\ntell\taddressee\n\n[belief]\nthink\n")
    assert tables.sections(path) == {"speech": [["say"], ["tell", "addressee"]], "belief": [["think"]]}
