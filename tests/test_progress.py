"""``progress_bar``: ``(done, total)`` callbacks drive one tqdm bar on stderr, created on the
first report; a disabled bar prints nothing."""

from __future__ import annotations

from assistant.progress import progress_bar


def frames(err: str) -> list[str]:
    """The bar's redraws: tqdm rewrites its line after a carriage return."""
    return [f for f in err.replace("\n", "\r").split("\r") if f.strip()]


def test_the_bar_shows_the_description_and_the_given_counts_on_stderr(capsys):
    update, close = progress_bar("Indexing")
    update(3, 10)
    update(10, 10)
    close()
    out, err = capsys.readouterr()
    assert out == ""
    shown = frames(err)
    assert all(f.startswith("Indexing:") for f in shown)
    assert any("3/10" in f and "30%" in f for f in shown)
    assert "10/10" in shown[-1] and "100%" in shown[-1]
    assert "chunk/s" in err  # the unit is chunks
    assert err.endswith("\n")  # close() ends the line


def test_the_total_may_change_between_reports(capsys):
    update, close = progress_bar("Embedding")
    update(1, 5)
    update(2, 8)
    close()
    last = frames(capsys.readouterr().err)[-1]
    assert "2/8" in last and "25%" in last


def test_done_may_jump_and_go_back(capsys):
    update, close = progress_bar("Sync")
    update(7, 10)
    update(4, 10)  # counts are set, not added
    close()
    assert "4/10" in frames(capsys.readouterr().err)[-1]


def test_no_bar_is_drawn_before_the_first_report(capsys):
    progress_bar("Indexing")
    assert capsys.readouterr() == ("", "")


def test_close_without_updates_prints_nothing_and_does_not_fail(capsys):
    _, close = progress_bar("Indexing")
    close()
    close()
    assert capsys.readouterr() == ("", "")


def test_closing_twice_is_harmless(capsys):
    update, close = progress_bar("Indexing")
    update(1, 2)
    close()
    close()
    assert "1/2" in capsys.readouterr().err


def test_a_disabled_bar_prints_nothing(capsys):
    update, close = progress_bar("Indexing", enabled=False)
    update(1, 10)
    update(10, 10)
    close()
    assert capsys.readouterr() == ("", "")


def test_two_bars_are_independent(capsys):
    update_a, close_a = progress_bar("First")
    update_b, close_b = progress_bar("Second", enabled=False)
    update_a(1, 1)
    update_b(5, 9)
    close_a()
    close_b()
    err = capsys.readouterr().err
    assert "First:" in err and "Second" not in err and "5/9" not in err
