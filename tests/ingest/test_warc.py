import gzip

from faultlines.ingest import load, warc
from tests.ingest import warcs


def test_warc_html_responses_become_pages_named_by_their_uri(tmp_path):
    path = warcs.write(
        tmp_path / "news.warc.gz",
        [
            warcs.response(
                "https://example.org/tunnel",
                warcs.page("Tunnel vote", "Mayor Ada Roos said the tunnel opens in May."),
            ),
            warcs.response("https://example.org/logo.png", b"\x89PNG", "image/png"),
            warcs.response(
                "https://example.org/ferry",
                warcs.page("Ferry fares", "Councillor Ben Ito said ferry fares must fall."),
            ),
        ],
    )
    pages = list(warc.pages(str(path)))
    assert [p.id for p in pages] == ["https://example.org/tunnel", "https://example.org/ferry"]
    assert pages[0].url == "https://example.org/tunnel"
    assert pages[0].title == "Tunnel vote" and "Ada Roos" in pages[0].text and not pages[0].errors


def test_warc_uncompressed_archives_read_the_same(tmp_path):
    body = warcs.page("Tunnel vote", "Mayor Ada Roos said the tunnel opens in May.")
    path = warcs.write(tmp_path / "news.warc", [warcs.response("https://example.org/t", body)], gzipped=False)
    assert [uri for uri, _ in warc.responses(str(path))] == ["https://example.org/t"]


def test_warc_a_missing_archive_is_one_error_record(tmp_path):
    (page,) = warc.pages(str(tmp_path / "gone.warc.gz"))
    assert page.errors[0].code == "E100"


def test_warc_a_body_sent_gzipped_is_read_as_its_page(tmp_path):
    body = warcs.page("Ferry fares", "Councillor Ben Ito said ferry fares must fall.")
    path = warcs.write(
        tmp_path / "news.warc.gz", [warcs.response("https://example.org/f", body, encoding="gzip")]
    )
    (page,) = warc.pages(str(path))
    assert page.title == "Ferry fares" and "Ben Ito" in page.text


def test_warc_an_archive_cut_inside_a_record_ends_with_an_error(tmp_path):
    records = [
        warcs.response(f"https://example.org/{n}", warcs.page("Ferry", f"Ben Ito said fares fall {n}."))
        for n in range(3)
    ]
    whole = warcs.write(tmp_path / "whole.warc.gz", records).read_bytes()
    cut_at = len(whole) - len(gzip.compress(records[-1])) // 2
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(whole[:cut_at])
    pages = list(warc.pages(str(path)))
    assert [p.id for p in pages] == ["https://example.org/0", "https://example.org/1", str(path)]
    assert [e.code for e in pages[-1].errors] == ["E100"]
    assert "cut or damaged" in pages[-1].errors[0].message


def test_warc_load_reads_an_archive_as_its_pages(tmp_path):
    body = warcs.page("Tunnel vote", "Mayor Ada Roos said the tunnel opens in May.")
    path = warcs.write(tmp_path / "news.warc.gz", [warcs.response("https://example.org/t", body)])
    (page,) = load(str(path))
    assert page.id == "https://example.org/t" and "Ada Roos" in page.text
