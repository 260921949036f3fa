"""The generator against a tiny fixture schema: byte-exact golden output, and the protocol-change workflow."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.__main__ import main as codegen_main
from codegen.loader import SchemaError, load_schema
from codegen.pipeline import generate

HERE = Path(__file__).parent
FIXTURE = HERE / "fixture" / "schema"
GOLDEN = HERE / "golden" / "fixture_pkg"


def test_fixture_output_matches_golden_files() -> None:
    files = generate(FIXTURE, package="fixture_pkg", out=GOLDEN)
    committed = {p.name: p.read_text() for p in GOLDEN.iterdir() if p.is_file()}
    assert sorted(files) == sorted(committed)
    for name, text in files.items():
        assert text == committed[name], f"{name} differs: run the generator on the fixture"


def test_every_generated_file_carries_the_do_not_edit_header() -> None:
    for path in GOLDEN.glob("*.py"):
        assert path.read_text().startswith("# GENERATED FILE - DO NOT EDIT."), path.name


def test_generation_is_deterministic() -> None:
    assert generate(FIXTURE, package="p", out=GOLDEN) == generate(FIXTURE, package="p", out=GOLDEN)


def test_golden_bindings_import_and_round_trip() -> None:
    sys.path.insert(0, str(GOLDEN.parent))
    try:
        from fixture_pkg import converter, endpoints, pets

        dog = converter.structure({"kind": "dog", "goodBoy": True, "weightKg": 3}, pets.Pet)
        assert isinstance(dog, pets.Dog) and dog.weight_kg == 3
        assert converter.unstructure(dog) == {"kind": "dog", "goodBoy": True, "weightKg": 3}
        assert endpoints.PETS_ENDPOINTS["walk"].kind == "channel"
    finally:
        sys.path.remove(str(GOLDEN.parent))


def test_changing_the_schema_changes_the_bindings_and_check_notices(tmp_path: Path) -> None:
    schema = tmp_path / "schema"
    shutil.copytree(FIXTURE, schema)
    out = tmp_path / "out"
    assert codegen_main(["--schema", str(schema), "--out", str(out), "--package", "pkg"]) == 0
    assert (
        codegen_main(["--check", "--schema", str(schema), "--out", str(out), "--package", "pkg"])
        == 0
    )

    doc = json.loads((schema / "pets/pets.json").read_text())
    doc["$defs"]["Dog"]["properties"]["barkVolume"] = {
        "type": "integer",
        "description": "Loudness.",
    }
    (schema / "pets/pets.json").write_text(json.dumps(doc))

    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "codegen",
            "--check",
            "--schema",
            str(schema),
            "--out",
            str(out),
            "--package",
            "pkg",
        ],
        capture_output=True,
        text=True,
        cwd=HERE.parent.parent,
    )
    assert proc.returncode == 1
    assert "+    bark_volume: int | None = None" in proc.stdout
    assert "stale" in proc.stderr
    assert codegen_main(["--schema", str(schema), "--out", str(out), "--package", "pkg"]) == 0
    assert "bark_volume: int | None = None" in (out / "pets.py").read_text()


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["$defs"]["Cat"]["required"].append("nope"), "unknown properties"),
        (lambda d: d["$defs"].update(bad_name={"type": "string"}), "PascalCase"),
        (
            lambda d: d["$defs"]["Cat"]["properties"].update(x={"$ref": "#/$defs/Nope"}),
            r"pets\.json#/\$defs/Cat/properties/x: \$ref '#/\$defs/Nope': no such definition",
        ),
        (
            lambda d: d["$defs"]["Cat"]["properties"].update(x={"$ref": "../none.json#/$defs/X"}),
            r"#/\$defs/Cat/properties/x: \$ref '\.\./none\.json#/\$defs/X' names a file that",
        ),
        (
            lambda d: d["$defs"]["Dog"]["properties"]["weightKg"].update(minimum="heavy"),
            r"#/\$defs/Dog/properties/weightKg/minimum: must be a number",
        ),
        (
            lambda d: d["$defs"].update(Weight={"type": "number", "minimum": 0}),
            r"#/\$defs/Weight: minimum can only be stated on an object's property",
        ),
    ],
)
def test_schema_errors_name_the_place(tmp_path: Path, mutate, message: str) -> None:
    schema = tmp_path / "schema"
    shutil.copytree(FIXTURE, schema)
    doc = json.loads((schema / "pets/pets.json").read_text())
    mutate(doc)
    (schema / "pets/pets.json").write_text(json.dumps(doc))
    with pytest.raises(SchemaError, match=message) as info:
        load_schema(schema)
    assert "pets/pets.json" in str(info.value)


def test_two_names_for_the_same_union_are_refused(tmp_path: Path) -> None:
    schema = tmp_path / "schema"
    shutil.copytree(FIXTURE, schema)
    doc = json.loads((schema / "pets/pets.json").read_text())
    doc["$defs"]["AnyPet"] = {"oneOf": [{"$ref": "#/$defs/Dog"}, {"$ref": "#/$defs/Cat"}]}
    (schema / "pets/pets.json").write_text(json.dumps(doc))
    with pytest.raises(SchemaError, match="AnyPet is the same type as Pet"):
        generate(schema, package="pkg", out=tmp_path / "out")
