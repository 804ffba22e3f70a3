"""REFI-QDA export: valid against the schema and the rules the schema cannot express."""

import zipfile

from annotations.exporters import export
from tests.exports_fixture import fill
from tests.standards import validate


def test_qdpx_is_valid_and_offsets_are_code_points(store, tmp_path):
    ids = fill(store)
    out = export(store, "qdpx", tmp_path / "work.qdpx")
    result = validate("validate_qdpx.py", "--check-names", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    with zipfile.ZipFile(out) as z:
        qde = z.read("project.qde").decode("utf-8")
        assert any(n.startswith("sources/") for n in z.namelist())
    emoji = store.statement(ids["emoji"])
    assert f'startPosition="{emoji.start}" endPosition="{emoji.end}"' in qde
    assert 'name="Tokajew"' in qde and 'name="opposed"' in qde
