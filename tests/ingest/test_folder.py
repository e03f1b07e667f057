from faultlines.ingest import folder


def test_folder_files_are_found_recursively_with_ids_relative_to_the_folder(tmp_path):
    (tmp_path / "2026" / "03").mkdir(parents=True)
    (tmp_path / "2026" / "03" / "b.html").write_text("<p>b</p>")
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "feed.jsonl.zst").write_bytes(b"")
    (tmp_path / "page.html.gz").write_bytes(b"")
    (tmp_path / "notes.txt.zst").write_bytes(b"")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG")
    (tmp_path / ".DS_Store.txt").write_text("x")
    assert [doc_id for _, doc_id in folder.files(str(tmp_path))] == [
        "a.txt",
        "feed.jsonl.zst",
        "page.html.gz",
        "2026/03/b.html",
    ]
