"""Writing a team-written style set: the one writer the build scripts of bench/styles can share.

Each set's build script holds its records (id, style, text, published, gold, origin) and calls `write_set`,
which checks the ids are unique and the count is the one the README states, then writes one JSON object a line.
"""
import json
from pathlib import Path

# CASE-style gold, as in the CASE dev file: attack categories and claims are attacks, the strategic, peaceful
# and disaster ones are not, and the categories CASE leaves undecided (riots, repression of protests,
# territory taken by force, arrests, disrupted weapons use, looting, sexual violence) are None.
CASE_ATTACK = {"Suicide bomb", "Remote explosive/landmine/IED", "Grenade", "Air/drone strike", "Chemical weapon",
               "Shelling/artillery/missile attack", "Armed clash", "Attack", "Abduction/forced disappearance",
               "Attribution of responsibility"}
CASE_UNDECIDED = {"Violent demonstration", "Excessive force against protesters", "Mob violence", "Arrests",
                  "Protest with intervention", "Government regains territory", "Non-state actor overtakes territory",
                  "Disrupted weapons use", "Looting/property destruction", "Sexual violence", "Other"}


def case_is_attack(category: str) -> bool | None:
    """`gold.is_attack` of a CASE-style record with this category."""
    return True if category in CASE_ATTACK else None if category in CASE_UNDECIDED else False


def write_set(path: Path, records: list[dict], expected: int) -> None:
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)) == expected, (len(ids), len(set(ids)), expected)
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            # U+2028/2029 stay escaped: readers that split lines with str.splitlines() would cut a record there.
            line = json.dumps(r, ensure_ascii=False).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
            fh.write(line + "\n")
    nulls = sum(r["published"] is None for r in records)
    print(f"wrote {len(records)} records to {path.name} ({nulls} with published null)")
