from faultlines.ingest import load, text


def test_text_keeps_the_input_unchanged_and_uses_the_path_as_id(tmp_path):
    content = 'Harbour workers walked out on Monday.\n\n"We are not moving," said Ines Darrow.\n'
    path = tmp_path / "strike.txt"
    path.write_bytes(content.encode("utf-8"))
    article = text.from_bytes(path.read_bytes(), str(path))
    assert article.id == str(path)
    assert article.text == content
    assert article.errors == []


def test_text_strips_only_the_bom(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(" Leading space stays.".encode("utf-16"))  # the codec writes a BOM
    assert text.from_bytes(path.read_bytes(), str(path)).text == " Leading space stays."


def test_text_missing_file_is_an_input_error(tmp_path):
    path = str(tmp_path / "nowhere.txt")
    (article,) = load(path)
    assert article.id == path
    assert [e.code for e in article.errors] == ["E100"]
    assert article.errors[0].message.startswith(f"{path}: ")


def test_text_binary_file_is_binary_input(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert [e.code for e in text.from_bytes(path.read_bytes(), str(path)).errors] == ["E104"]


def test_text_whitespace_only_is_empty_text(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t\n", encoding="utf-8")
    article = text.from_bytes(path.read_bytes(), str(path))
    assert [e.code for e in article.errors] == ["E103"]
    assert "\n" not in article.errors[0].message
