"""The British English dictionary: Debian's hunspell-en-gb files, read by Hunspell through
Enchant, found where Hunspell keeps them, and a clear message naming the packages when they
are not there."""

import builtins
import sys

import pytest

from moot.quality import dictionary


@pytest.fixture
def fresh_dictionary():
    """The dictionary loaded afresh in the test, and again after it for the tests after."""
    dictionary._hunspell.cache_clear()
    dictionary.known.cache_clear()
    yield
    dictionary._hunspell.cache_clear()
    dictionary.known.cache_clear()


def test_it_reads_the_en_gb_hunspell_files_from_the_system_folder():
    folder = dictionary.dictionary_folder()
    assert (folder / "en_GB.dic").exists()
    assert (folder / "en_GB.aff").exists()
    assert dictionary.known("organisation")
    assert dictionary.known("Council") and dictionary.known("COUNCIL")  # Hunspell's case rules
    assert dictionary.known("Stockton") and not dictionary.known("stockton")
    assert not dictionary.known("reginal")
    assert not dictionary.known("")


def test_a_folder_in_enchants_configuration_comes_first(tmp_path, monkeypatch, fresh_dictionary):
    (tmp_path / "hunspell").mkdir()
    (tmp_path / "hunspell" / "en_GB.dic").write_text("1\nzorbleword\n", encoding="utf-8")
    (tmp_path / "hunspell" / "en_GB.aff").write_text("SET UTF-8\n", encoding="utf-8")
    monkeypatch.setenv("ENCHANT_CONFIG_DIR", str(tmp_path))
    assert dictionary.dictionary_folder() == tmp_path / "hunspell"
    assert dictionary.known("zorbleword")
    assert not dictionary.known("organisation")  # the system's copy is not read


def test_missing_files_fail_with_a_message_naming_the_package(tmp_path, monkeypatch):
    monkeypatch.setenv("ENCHANT_CONFIG_DIR", str(tmp_path))
    monkeypatch.setattr(dictionary, "SYSTEM_FOLDERS", (str(tmp_path / "nowhere"),))
    with pytest.raises(dictionary.DictionaryMissing, match="hunspell-en-gb") as error:
        dictionary.dictionary_folder()
    assert str(tmp_path / "hunspell") in str(error.value)


def test_a_dictionary_enchant_cannot_find_fails_with_a_message(monkeypatch, fresh_dictionary):
    monkeypatch.setattr(dictionary, "NAME", "xx_ZZ")
    with pytest.raises(dictionary.DictionaryMissing, match=r"xx_ZZ\.dic and xx_ZZ\.aff"):
        dictionary.known("organisation")


def test_a_missing_enchant_library_fails_with_a_message_naming_it(monkeypatch, fresh_dictionary):
    def without_the_library(name, *args, **kwargs):
        if name == "enchant":  # as pyenchant fails to import without libenchant-2
            raise ImportError("The 'enchant' C library was not found")
        return real_import(name, *args, **kwargs)

    real_import = builtins.__import__
    monkeypatch.delitem(sys.modules, "enchant", raising=False)
    monkeypatch.setattr(builtins, "__import__", without_the_library)
    with pytest.raises(dictionary.DictionaryMissing, match="libenchant-2-2"):
        dictionary.known("organisation")


def test_a_missing_package_fails_with_a_message_naming_the_install(monkeypatch, fresh_dictionary):
    monkeypatch.setitem(sys.modules, "enchant", None)  # import fails as without the package
    with pytest.raises(dictionary.DictionaryMissing, match="make install"):
        dictionary.known("organisation")
