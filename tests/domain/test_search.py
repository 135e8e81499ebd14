"""How a search compares text (`domain.search.fold`)."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from skill_ladder.domain.search import find_spans, fold, fold_with_map, words_of


def test_case_and_accents_do_not_count() -> None:
    assert fold("Métricas, PÉRDIDA") == "metricas, perdida"
    assert fold("Ingeniero/a de ML") == "ingeniero/a de ml"
    assert "metricas" in fold("Registra métricas y curvas de pérdida")


def test_letters_written_another_way_fold_as_they_read() -> None:
    assert fold("ℌilbert") == "hilbert"  # decomposed before the case is folded
    assert fold("Straße") == "strasse"
    assert fold("ﬁle") == "file"


def test_other_scripts_keep_their_letters() -> None:
    assert fold("データ") != ""
    assert fold("模型注册") == "模型注册"


@given(st.text())
def test_the_folded_text_with_its_map_is_the_folded_text(text: str) -> None:
    folded, starts, ends = fold_with_map(text)
    assert folded == fold(text)
    assert len(starts) == len(ends) == len(folded)
    assert all(0 <= s < e <= len(text) for s, e in zip(starts, ends, strict=True))
    assert starts == sorted(starts)


@given(st.text(), st.text(min_size=1), st.text())
def test_a_word_is_found_where_it_is_and_marks_what_folds_to_it(
    before: str, word: str, after: str
) -> None:
    words = words_of(word)
    assume(words)
    text = before + " " + word + " " + after
    spans = find_spans(text, words)
    assert spans  # it is in the text
    assert all(length > 0 for _, length in spans)
    # Each span is text that holds a searched word once folded; spans do not overlap.
    assert all(any(w in fold(text[s : s + n]) for w in words) for s, n in spans)
    assert all(s1 + n1 < s2 for (s1, n1), (s2, _) in zip(spans, spans[1:], strict=False))


def test_spans_mark_the_original_letters() -> None:
    text = "Straße, ﬁle y MÉTRICAS de métricas"
    spans = find_spans(text, words_of("strasse FILE metricas"))
    assert [text[s : s + n] for s, n in spans] == ["Straße", "ﬁle", "MÉTRICAS", "métricas"]
    assert find_spans(text, []) == ()
    assert find_spans("", ["a"]) == ()
    assert find_spans("banana", ["an"]) == ((1, 4),)  # overlapping occurrences merged
