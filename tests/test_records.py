import gzip
import json

import pytest

from faultlines.errors import InputError, InvalidRecord
from faultlines.records import read


def test_records_reads_jsonl_an_indented_object_an_array_and_gzip(tmp_path):
    one, two = {"id": "a"}, {"id": "b"}
    (tmp_path / "lines.jsonl").write_text(json.dumps(one) + "\n\n" + json.dumps(two) + "\n")
    (tmp_path / "one.json").write_text(json.dumps(one, indent=2))
    (tmp_path / "array.json").write_text(json.dumps([one, two], indent=2))
    (tmp_path / "lines.jsonl.gz").write_bytes(gzip.compress((json.dumps(one) + "\n").encode()))
    assert read(str(tmp_path / "lines.jsonl")) == [one, two]
    assert read(str(tmp_path / "one.json")) == [one]
    assert read(str(tmp_path / "array.json")) == [one, two]
    assert read(str(tmp_path / "lines.jsonl.gz")) == [one]


def test_records_a_line_that_is_not_json_is_e101_with_its_line_number(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a"}\n{oops\n')
    with pytest.raises(InvalidRecord, match=r"bad.jsonl:2: not valid JSON") as caught:
        read(str(path))
    assert caught.value.code == "E101"


def test_records_a_value_that_is_not_an_object_is_e101(tmp_path):
    path = tmp_path / "numbers.json"
    path.write_text("[1, 2]")
    with pytest.raises(InvalidRecord, match="not an object"):
        read(str(path))


def test_records_a_directory_or_a_missing_file_is_e100(tmp_path):
    for source in (tmp_path, tmp_path / "missing.jsonl"):
        with pytest.raises(InputError) as caught:
            read(str(source))
        assert caught.value.code == "E100" and str(source) in str(caught.value)
