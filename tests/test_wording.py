"""Counts read as people write them."""

from annotations.wording import counted


def test_one_is_singular_and_everything_else_plural():
    assert [counted(n, "statement") for n in (0, 1, 2)] == ["0 statements", "1 statement", "2 statements"]
    assert counted(3, "passage of text", "passages of text") == "3 passages of text"
