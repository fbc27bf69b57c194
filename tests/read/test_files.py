from pathlib import Path

import pytest

from pledgegraph.errors import ArticleError, InputNotFound
from pledgegraph.read import decode, discover, read_file


def test_empty_file_is_reported_with_its_name(tmp_path: Path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n")
    with pytest.raises(ArticleError) as err:
        read_file(path)
    assert str(err.value) == f"{path}: the file is empty"


def test_binary_file_is_refused(tmp_path: Path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ArticleError, match="binary file"):
        read_file(path)


def test_legacy_cp1252_is_decoded_not_mangled():
    text = "Microsoft investit 4 milliards d\u2019euros \u00e0 l\u2019\u00c9lys\u00e9e, d\u00e9j\u00e0 pr\u00e9vu."
    assert decode(text.encode("cp1252"), "x.txt") == text


def test_utf8_bom_is_dropped():
    assert decode("\ufeffBonjour".encode("utf-8"), "x.txt") == "Bonjour"


def test_oversized_file_is_refused_without_reading(tmp_path: Path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(ArticleError) as err:
        read_file(path)
    assert str(err.value) == f"{path}: the file is 52.4 MB, over the 10 MB limit for one article"


def test_jsonl_bad_line_is_reported_and_the_others_read(tmp_path: Path):
    path = tmp_path / "wire.jsonl"
    path.write_text('{"text": "First article.", "title": "One", "lang": "en"}\n'
                    '{"text": broken\n'
                    '{"html": "<p>Second</p>", "url": "https://example.org/a"}\n', encoding="utf-8")
    sources, problems = read_file(path)
    assert [s.name for s in sources] == ["wire.jsonl#1", "wire.jsonl#3"]
    assert sources[0].title == "One" and sources[1].fmt == "html"
    assert [str(p) for p in problems] == [f"{path}#2: malformed JSON (Expecting value at column 10)"]


def test_unsupported_suffix(tmp_path: Path):
    path = tmp_path / "notes.pdf"
    path.write_bytes(b"%PDF")
    with pytest.raises(ArticleError, match="unsupported file type '.pdf'"):
        read_file(path)


def test_discover_recurses_in_stable_order_and_skips_hidden(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/z.md", "a.txt", "b/a.html", ".git/x.txt", "c.csv"):
        (tmp_path / name).write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])] == ["a.txt", "b/a.html", "b/z.md"]


def test_missing_path():
    with pytest.raises(InputNotFound, match="no such file or folder"):
        discover(["/nonexistent/articles"])
