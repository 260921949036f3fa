"""LM Studio's model-resolution rule (lmsdk.server.matching), without a server."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lmsdk.server.matching import best_match, names_match, path_matches


@attrs.frozen
class Model:
    key: str
    path: str


LLAMA = Model(
    "llama-3.2-1b-instruct",
    "hugging-quants/Llama-3.2-1B-Instruct-Q8_0-GGUF/llama-3.2-1b-instruct-q8_0.gguf",
)
QWEN = Model(
    "qwen2.5-7b-instruct-1m",
    "lmstudio-community/Qwen2.5-7B-Instruct-1M-GGUF/Qwen2.5-7B-Instruct-1M-Q4_K_M.gguf",
)


@pytest.mark.parametrize(
    "name",
    [
        "llama-3.2-1b-instruct",
        "LLAMA-3.2-1B-Instruct",
        "hugging-quants/llama-3.2-1b-instruct",  # the catalog name lmstudio-python's tests use
        "hugging-quants/Llama-3.2-1B-Instruct-Q8_0-GGUF",
        "hugging-quants/Llama-3.2-1B-Instruct-Q8_0-GGUF/llama-3.2-1b-instruct-q8_0.gguf",
        "/hugging-quants/llama-3.2-1b-instruct-q8_0-gguf/",
        "hugging-quants/llama-3.2-1b-instruct-q8_0",  # the repository without -GGUF
    ],
)
def test_key_path_and_catalog_names_match(name: str) -> None:
    assert names_match(LLAMA, name)
    assert not names_match(QWEN, name)


@pytest.mark.parametrize(
    "name",
    [
        "llama-3.2-1b",  # a prefix of the key is not the key
        "other-publisher/llama-3.2-1b-instruct",
        "hugging-quants",
        "hugging-quants/Llama-3.2-1B-Instruct-Q8_0-GGUF/other.gguf",
        "",
    ],
)
def test_near_misses_do_not_match(name: str) -> None:
    assert not names_match(LLAMA, name)


def test_a_folder_path_matches_every_file_in_it() -> None:
    assert path_matches(LLAMA, "hugging-quants/Llama-3.2-1B-Instruct-Q8_0-GGUF")
    assert not path_matches(LLAMA, "hugging-quants/Llama-3.2-1B")


def test_exact_identifier_wins_over_a_key_match_earlier_in_the_list() -> None:
    # Instance "a" is a load of llama whose key equals the name; "b" is named exactly.
    candidates = [("a", "first", LLAMA), ("b", "llama-3.2-1b-instruct", QWEN)]
    assert best_match(candidates, "llama-3.2-1b-instruct") == "b"


def test_case_insensitive_identifier_ranks_above_a_key_match() -> None:
    candidates = [("a", "x", LLAMA), ("b", "Llama-3.2-1B-Instruct", QWEN)]
    assert best_match(candidates, "llama-3.2-1b-instruct") == "b"


def test_among_equal_matches_the_first_wins() -> None:
    candidates = [("a", "one", LLAMA), ("b", "two", LLAMA)]
    assert best_match(candidates, "hugging-quants/llama-3.2-1b-instruct") == "a"
    assert best_match([], "anything") is None


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-._", min_size=1, max_size=30))
def test_every_instance_is_found_by_its_own_identifier_in_any_case(identifier: str) -> None:
    candidates = [("other", "zz-other", QWEN), ("mine", identifier, LLAMA)]
    if names_match(QWEN, identifier):
        return  # the name also selects the other model; precedence is tested above
    assert best_match(candidates, identifier) == "mine"
    assert best_match(candidates, identifier.upper()) == "mine"
