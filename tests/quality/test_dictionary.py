"""The British English dictionary: Debian's hunspell-en-gb files, found where Hunspell keeps
them, and a clear message naming the package when they are not there."""

import pytest

from moot.quality import dictionary


def test_it_reads_the_en_gb_hunspell_files_from_the_system_folder():
    folder = dictionary.dictionary_folder()
    assert (folder / "en_GB.dic").exists()
    assert (folder / "en_GB.aff").exists()
    assert dictionary.known("organisation")
    assert not dictionary.known("reginal")


def test_a_folder_named_in_dicpath_comes_first(tmp_path, monkeypatch):
    (tmp_path / "en_GB.dic").write_text("1\nword\n", encoding="utf-8")
    (tmp_path / "en_GB.aff").write_text("SET UTF-8\n", encoding="utf-8")
    monkeypatch.setenv("DICPATH", str(tmp_path))
    assert dictionary.dictionary_folder() == tmp_path


def test_a_missing_dictionary_fails_with_a_message_naming_the_package(tmp_path, monkeypatch):
    monkeypatch.setenv("DICPATH", str(tmp_path))
    monkeypatch.setattr(dictionary, "SYSTEM_FOLDERS", (str(tmp_path / "nowhere"),))
    with pytest.raises(dictionary.DictionaryMissing, match="hunspell-en-gb"):
        dictionary.dictionary_folder()
