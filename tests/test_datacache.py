"""Tables built once and kept on disk (kg.datacache): read back equal, rebuilt when a source changes,
never a reason to fail."""
from __future__ import annotations

import pytest

from kg import datacache


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("KG_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def sources(tmp_path):
    code, data = tmp_path / "rules.py", tmp_path / "data.json"
    code.write_text("RULE = 1\n")
    data.write_text("[1, 2, 3]")
    return code, data


def counting(value):
    built = []

    def build():
        built.append(1)
        return value

    return build, built


def test_a_table_is_built_once_then_read_from_the_cache(cache, sources):
    build, built = counting({"paris": 2_138_551, "the hague": (1, 2)})
    first = datacache.kept("sizes", [sources[0]], [sources[1]], build)
    again = datacache.kept("sizes", [sources[0]], [sources[1]], build)
    assert first == again == {"paris": 2_138_551, "the hague": (1, 2)}
    assert built == [1]  # the second came from the file
    assert [p.name.split("-")[0] for p in cache.iterdir()] == ["sizes"]


def test_an_edited_module_or_data_file_gives_a_new_table(cache, sources):
    code, data = sources
    datacache.kept("sizes", [code], [data], lambda: "old")
    code.write_text("RULE = 2\n")  # an edit of the rules that build it
    assert datacache.kept("sizes", [code], [data], lambda: "new rules") == "new rules"
    data.write_text("[1, 2, 3, 4]")  # another version of the installed data
    assert datacache.kept("sizes", [code], [data], lambda: "new data") == "new data"
    # (and not the other way round: the old table is not read for the new sources)
    assert datacache.kept("sizes", [code], [data], lambda: "unread") == "new data"


def test_off_keeps_nothing(tmp_path, monkeypatch, sources):
    monkeypatch.setenv("KG_CACHE_DIR", "off")
    build, built = counting([1])
    datacache.kept("sizes", [sources[0]], [sources[1]], build)
    datacache.kept("sizes", [sources[0]], [sources[1]], build)
    assert built == [1, 1]
    assert datacache.cache_dir() is None


def test_an_unwritable_cache_or_a_damaged_file_only_means_building(tmp_path, monkeypatch, sources):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocked / "kg"))  # cannot be made
    assert datacache.kept("sizes", [sources[0]], [sources[1]], lambda: 7) == 7
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    datacache.kept("sizes", [sources[0]], [sources[1]], lambda: 7)
    [kept_file] = (tmp_path / "cache").iterdir()
    kept_file.write_bytes(b"\x80\x05 truncated")
    assert datacache.kept("sizes", [sources[0]], [sources[1]], lambda: 8) == 8
    assert datacache.kept("sizes", [sources[0]], [sources[1]], lambda: 9) == 8  # written again, whole


def test_only_the_tables_used_last_are_kept(cache, sources):
    code, data = sources
    for version in range(datacache._KEEP + 2):
        code.write_text(f"RULE = {version}\n")
        datacache.kept("sizes", [code], [data], lambda: version)
    assert len(list(cache.glob("sizes-*.pickle"))) == datacache._KEEP


def test_the_places_index_read_back_is_the_one_built(cache):
    """The real table: the same features under each first word, in the same order (the order
    names_matching returns them in), the same feature object under each of its names."""
    from kg.places import features

    features._index.cache_clear()
    try:
        built = features._index()
        assert list(cache.glob("places-index-*.pickle"))
        features._index.cache_clear()
        read = features._index()
    finally:
        features._index.cache_clear()
    assert read is not built
    assert list(read[1].items()) == list(built[1].items())
    assert read[0].keys() == built[0].keys()
    assert all([(f.id, own) for _, f, own in read[0][w]] == [(f.id, own) for _, f, own in built[0][w]]
               and sorted(n for n, _, _ in read[0][w]) == sorted(n for n, _, _ in built[0][w]) for w in built[0])
    assert all(f is read[1][f.id] for entries in read[0].values() for _, f, _ in entries)
    assert [f.name for f in features.features_named("Tehran")] == ["Tehran"]


def test_the_packed_places_index_is_the_built_index(cache):
    """The cache keeps the places index packed (each first word's entries as one string, each feature as a
    tuple: read back in a quarter of the time of the pickled dataclasses); unpacked, it is the index
    _build_index made, entry by entry and in order, each feature one object under all its names."""
    from kg.places import features

    features._index.cache_clear()
    try:
        by_word, by_id = features._index()
    finally:
        features._index.cache_clear()
    built_words, built_ids = features._build_index()
    assert list(by_id) == list(built_ids) and all(by_id[gid] == f for gid, f in built_ids.items())
    assert list(by_word) == list(built_words)
    assert all(by_word[w] == entries for w, entries in built_words.items())
    assert all(f is by_id[f.id] and type(own) is bool for entries in by_word.values() for _, f, own in entries)
    assert by_word.get("no-such-word") is None and "tehran" in by_word
    assert [(f.name, own) for _, f, own in by_word["tehran"]] == [(f.name, own) for _, f, own in built_words["tehran"]]


def test_the_place_sizes_read_back_are_the_ones_built(cache):
    from kg.resolve import placenames

    placenames._tables.cache_clear()
    placenames.place_size.cache_clear()
    try:
        built = placenames._tables()
        placenames._tables.cache_clear()
        read = placenames._tables()
        assert read is not built and read == built
        assert placenames.is_british_town("Islington") and not placenames.is_british_town("Kanye")
        assert placenames.place_size("Manchester") >= 200_000 and placenames.place_size("Bono") == 0
    finally:
        placenames._tables.cache_clear()
        placenames.place_size.cache_clear()


@pytest.mark.parametrize("where", ["file", "folder"])
def test_a_table_others_could_write_is_built_again_never_read(cache, sources, where):
    """Unpickling runs code: a cache file or folder writable by other accounts is not trusted."""
    import os

    build, built = counting({"paris": 1})
    datacache.kept("sizes", [sources[0]], [sources[1]], build)
    [kept_file] = cache.iterdir()
    os.chmod(kept_file if where == "file" else cache, 0o777 if where == "folder" else 0o666)
    datacache.kept("sizes", [sources[0]], [sources[1]], build)
    assert built == [1, 1]  # built again, the shared file not read
    os.chmod(kept_file if where == "file" else cache, 0o700 if where == "folder" else 0o600)
    datacache.kept("sizes", [sources[0]], [sources[1]], build)
    assert built == [1, 1]  # private again: read
