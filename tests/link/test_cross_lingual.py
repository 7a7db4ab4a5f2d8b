"""An Urdu report of an attack joins the incident of the English reports of it.

The linker compares date, place, type, tolls and actors, none of which depend on the
language once the native path has read them; text similarity only ever adds points, so two
reports in different scripts (whose wording shares nothing) are not kept apart by it.
Runs the real commands: ingest, extract (English and native paths), link.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from tasdiq.cli.main import app

runner = CliRunner()

REPORTS = {
    "en-desk.md": """---
title: Suicide blast at JUI-F rally in Bajaur
publisher: Frontier Desk (test)
published: 2023-07-31
---
A suicide bomber blew himself up at a convention of the Jamiat Ulema-e-Islam-Fazl party in Khar,
the main town of Bajaur district, on Sunday, killing at least 54 people and wounding more than 200,
police said.
""",
    "en-wire.md": """---
title: Islamic State claims Bajaur rally bombing
publisher: Wire Service (test)
published: 2023-07-31
---
The Islamic State's Khorasan province said it was behind Sunday's suicide bombing of a JUI-F rally
in Bajaur that killed 54 people, in a statement carried by its Amaq news agency.
""",
    "ur-paper.md": """---
title: باجوڑ میں خودکش دھماکا
publisher: اردو ڈیسک (test)
published: 2023-07-31
---
باجوڑ کی تحصیل خار میں اتوار کے روز جمعیت علمائے اسلام (ف) کے ورکرز کنونشن کے دوران خودکش دھماکے میں
کم از کم 54 افراد جاں بحق اور 200 سے زائد زخمی ہو گئے۔ کالعدم داعش خراسان نے حملے کی ذمہ داری قبول کر لی ہے۔
""",
    "en-other.md": """---
title: Blast in Quetta
publisher: Frontier Desk (test)
published: 2023-07-31
---
A bomb hidden in a motorcycle killed three policemen in Quetta on Sunday, officials said.
""",
}


def tasdiq(home: Path, *args: str) -> str:
    result = runner.invoke(app, ["--data-dir", str(home), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_an_urdu_report_of_the_bajaur_rally_bombing_joins_the_english_reports_incident(tmp_path: Path) -> None:
    folder, home = tmp_path / "in", tmp_path / "store"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    tasdiq(home, "init")
    tasdiq(home, "ingest", str(folder))
    tasdiq(home, "extract")
    tasdiq(home, "link")
    con = sqlite3.connect(home / "tasdiq.sqlite")
    try:
        rows = con.execute(
            "select s.language, s.title, im.incident_id from sources s join mentions m on m.source_id = s.id "
            "join incident_mentions im on im.mention_id = m.id order by s.id").fetchall()
    finally:
        con.close()
    incident = {title: (language, incident_id) for language, title, incident_id in rows}
    urdu = incident["باجوڑ میں خودکش دھماکا"]
    assert urdu[0] == "ur"
    assert urdu[1] == incident["Suicide blast at JUI-F rally in Bajaur"][1]
    assert urdu[1] == incident["Islamic State claims Bajaur rally bombing"][1]
    assert incident["Blast in Quetta"][1] != urdu[1]  # the same day's Quetta blast stays apart
