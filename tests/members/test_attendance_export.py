import csv

from moot.api.export import write_export


def test_the_export_holds_attendance_per_member_committee_and_municipal_year(council, tmp_path):
    manifest = write_export(tmp_path / "out")
    with (tmp_path / "out" / "attendance.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    bob = next(r for r in rows if r["name"] == "Bob Brown")
    assert (bob["municipal_year"], bob["committee_name"]) == ("2025/26", "Planning Committee")
    assert (bob["expected"], bob["present"], bob["apologies"], bob["absent"]) == (
        "2",
        "1",
        "1",
        "0",
    )
    assert bob["person"].endswith(f"/oparl/v1/person/{council.bob.pk}/")
    # Cat's presence at the meeting whose minutes are not published is not counted.
    cat = next(r for r in rows if r["name"] == "Cat Cole")
    assert (cat["expected"], cat["present"]) == ("2", "0")
    assert manifest["tables"]["attendance"]["count"] == len(rows)
    assert "ann@private.example" not in (tmp_path / "out" / "attendance.csv").read_text()
