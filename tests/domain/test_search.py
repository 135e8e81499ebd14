"""How a search compares text (`domain.search.fold`)."""

from __future__ import annotations

from skill_ladder.domain.search import fold


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
