"""Seed check: how much of an analyst's coding of three real reports the whole pipeline reproduces.

The reports and their coding (README.md, expected.json) are reference material in
../shared/examples/seeds; they are read in place, never copied into the project. The check
builds a throw-away store (TASDIQ_HOME in a temporary folder), runs `tasdiq init`, `ingest`,
`extract` and `link` in subprocesses, reads the results back with `incidents list/show --json`,
`sources list --json` and `claims list --json` (and the mentions' provinces, which no JSON
output carries, from the store), and checks every coded fact on its own:

- each coded incident: a mention of its report is found (same attack family, province, place),
  with the attack type, province, date and killed figures the analyst coded;
- each coded claim: kind, subject actor and claimant on that mention or its incident, and the
  confession's flags (released by a party, possible coercion);
- across the reports: the airport attack is one incident, different attacks are kept apart,
  and the store holds as many incidents as the coding.

Claims the coding does not list are printed as notes, not counted. It is a measurement, not a
test: it exits 0 whatever the score (1 only if a pipeline step fails) and ends with
`seeds: N of M facts`.

    python bench/seed_check.py [SEEDS_DIR] [--json]      # or: make bench (BENCH_ONLY=seeds)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from tasdiq.model import Mention
from tasdiq.settings import Settings
from tasdiq.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "examples" / "seeds"
FLAGS = {"released by a party to the conflict": "released_by_party", "possible coercion": "possible_coercion"}
ACTOR_KEY = re.compile(r"[A-Z][A-Z0-9_]*")
STOP_WORDS = {"a", "an", "and", "at", "in", "near", "of", "the", "was", "were", "where"}
MIN_MATCH = 1.5  # of 3: attack family + province + place-name overlap
Json = dict[str, Any]


class PipelineError(Exception):
    """A `tasdiq` step exited non-zero."""


@dataclass(frozen=True)
class Coded:
    """One incident as the analyst coded it in one report."""

    file: str
    spec: Json

    @property
    def ref(self) -> str:
        return f"{self.file}#{self.spec['key']}"


@dataclass(frozen=True)
class Found:
    """One stored mention, as `incidents show --json` links it, with its province."""

    id: int = 0
    source_id: int = 0
    incident_id: int = 0
    attack_type: str = "—"
    admin1: str | None = None
    place_name: str | None = None
    date: str | None = None
    date_precision: str = "unknown"
    killed: list[int | None] = field(default_factory=lambda: [None, None, None])


@dataclass(frozen=True)
class Stored:
    incidents: int
    sources: dict[str, int]  # sha256 of the original -> source id
    mentions: list[Found]
    claims: list[Json]


@dataclass(frozen=True)
class Fact:
    group: str  # "report.txt#key" or "incidents"
    name: str
    ok: bool
    found: str
    expected: str


@dataclass
class Result:
    facts: list[Fact] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)

    def add(self, group: str, name: str, ok: bool, found: object, expected: object) -> None:
        self.facts.append(Fact(group, name, ok, _show(found), _show(expected)))


def _show(value: object) -> str:
    return "null" if value is None else str(value)


# --- the pipeline, through the CLI -------------------------------------------------------

def _tasdiq() -> str:
    beside = Path(sys.executable).with_name("tasdiq")
    return str(beside) if beside.exists() else shutil.which("tasdiq") or "tasdiq"


def _run(home: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if k != "TASDIQ_DATABASE_URL"} | {"TASDIQ_HOME": str(home)}
    done = subprocess.run([_tasdiq(), *args], env=env, capture_output=True, text=True, check=False)
    if done.returncode:
        tail = (done.stderr.strip() or done.stdout.strip()).splitlines()[-1:]
        raise PipelineError(f"tasdiq {' '.join(args)} exited {done.returncode}: {' '.join(tail)}")
    return done.stdout


def _json(home: Path, *args: str) -> Any:
    return json.loads(_run(home, *args, "--json"))


def _build(home: Path, files: list[Path]) -> None:
    _run(home, "init")
    _run(home, "ingest", "--quiet", *map(str, files))
    _run(home, "extract")
    _run(home, "link")


def _provinces(home: Path) -> dict[int, str | None]:
    """Each mention's admin1, the one value no JSON output carries."""
    store = Store.open(Settings(home=home, database_url=None))
    try:
        with store.session() as session:
            return {m.id: m.admin1 for m in session.scalars(select(Mention)) if m.id is not None}
    finally:
        store.dispose()


def _read(home: Path) -> Stored:
    listing = _json(home, "incidents", "list", "--limit", "100000")
    provinces = _provinces(home)
    mentions = []
    for item in listing["items"]:
        for link in _json(home, "incidents", "show", str(item["id"]))["links"]:
            mentions.append(Found(
                id=link["mention_id"], source_id=link["source_id"], incident_id=item["id"],
                attack_type=link["attack_type"], admin1=provinces.get(link["mention_id"]),
                place_name=link["place_name"], date=link["date"], date_precision=link["date_precision"],
                killed=link["killed"]))
    sources = _json(home, "sources", "list", "--limit", "100000")["items"]
    return Stored(listing["total"], {s["sha256"]: s["id"] for s in sources}, mentions,
                  _json(home, "claims", "list"))


# --- matching coded incidents to mentions ------------------------------------------------

def _family(attack_type: str) -> str:
    return "bombing" if attack_type == "suicide_bombing" else attack_type


def _words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", (text or "").lower()) if w not in STOP_WORDS}


def _similarity(a: str | None, b: str | None) -> float:
    wa, wb = _words(a), _words(b)
    return 2 * len(wa & wb) / (len(wa) + len(wb)) if wa and wb else 0.0


def _score(coded: Coded, mention: Found) -> float:
    loc = coded.spec["location"]
    place = f"{loc.get('name') or ''} {loc.get('detail') or ''}"
    return (float(_family(mention.attack_type) == _family(coded.spec["attack_type"]))
            + float(mention.admin1 == loc.get("admin1"))
            + _similarity(place, mention.place_name))


def _assign(coded: list[Coded], mentions: list[Found]) -> dict[str, Found]:
    """Best pairs first, each mention used once, none below MIN_MATCH."""
    pairs = sorted(((_score(c, m), c, m) for c in coded for m in mentions), key=lambda p: p[0], reverse=True)
    chosen: dict[str, Found] = {}
    for score, c, m in pairs:
        if score >= MIN_MATCH and c.ref not in chosen and m.id not in {f.id for f in chosen.values()}:
            chosen[c.ref] = m
    return chosen


def _match(coded: list[Coded], seeds: Path, stored: Stored) -> dict[str, Found]:
    """Each coded incident's mention among those of its report (the source with its SHA-256)."""
    chosen: dict[str, Found] = {}
    for name in dict.fromkeys(c.file for c in coded):
        source = stored.sources.get(hashlib.sha256((seeds / name).read_bytes()).hexdigest())
        own = [m for m in stored.mentions if m.source_id == source]
        chosen |= _assign([c for c in coded if c.file == name], own)
    return chosen


# --- facts of one coded incident ---------------------------------------------------------

def _date(spec: Json, m: Found) -> tuple[bool, str, str]:
    found = f"{m.date} ({m.date_precision})" if m.date else "unknown"
    if spec.get("date"):
        return m.date == spec["date"], found, spec["date"]
    if spec.get("date_precision"):
        precision = spec["date_precision"]
        return m.date is not None and m.date_precision == precision, found, f"a date to the {precision}"
    return m.date is None, found, "unknown"


def _type_found(got: str, want: str) -> str:
    return got + (" (compatible)" if got != want and _family(got) == _family(want) else "")


def _fields(r: Result, c: Coded, m: Found | None) -> None:
    got, spec = m or Found(), c.spec
    want = spec["attack_type"]
    checks: list[tuple[str, bool, object, object]] = [
        ("attack type", got.attack_type == want, _type_found(got.attack_type, want), want),
        ("province", got.admin1 == spec["location"].get("admin1"), got.admin1, spec["location"].get("admin1")),
        ("date", *_date(spec, got)),
    ]
    killed = spec.get("killed")
    if killed and killed.get("low") is not None:
        checks.append(("killed low", got.killed[0] == killed["low"], got.killed[0], killed["low"]))
    if killed:
        checks.append(("killed best", got.killed[1] == killed.get("best"), got.killed[1], killed.get("best")))
    for name, ok, found, expected in checks:
        r.add(c.ref, name, m is not None and ok, found if m else "no mention", expected)


def _claimant_matches(expected: str, found: str | None) -> bool:
    """Actor keys equal; a common noun ("columnist") or a person's surname contained."""
    if not found:
        return False
    if ACTOR_KEY.fullmatch(expected):
        return found == expected
    word = expected.split("(")[0].split()[-1]
    return re.search(rf"\b{re.escape(word)}\b", found, re.IGNORECASE) is not None


def _find_claim(want: Json, m: Found, claims: list[Json]) -> Json | None:
    own = [c for c in claims if c["mention_id"] == m.id]
    shared = [c for c in claims if c["incident_id"] == m.incident_id and c["mention_id"] != m.id]
    return next((c for c in own + shared if c["kind"] == want["kind"] and c["subject"] == want["subject"]
                 and _claimant_matches(want["claimant"], c["claimant"])), None)


def _claim_text(claim: Json) -> str:
    return f"#{claim['id']} {claim['kind']} {claim['subject']} by {claim['claimant']}"


def _claims(r: Result, c: Coded, m: Found | None, claims: list[Json]) -> None:
    used: set[int] = set()
    for want in c.spec.get("claims", []):
        hit = _find_claim(want, m, claims) if m else None
        where = "" if hit is None or m is None or hit["mention_id"] == m.id else " (on the incident)"
        r.add(c.ref, f"claim {want['kind']} {want['subject']}", hit is not None,
              _claim_text(hit) + where if hit else "none", f"{want['kind']} {want['subject']} by {want['claimant']}")
        used |= {hit["id"]} if hit else set()
        for flag in want.get("flags", []):
            if flag not in FLAGS:
                r.notes.append((c.ref, f"not checked (no such field): {flag}"))
                continue
            r.add(c.ref, f"  flag {FLAGS[flag]}", bool(hit and hit[FLAGS[flag]]),
                  hit[FLAGS[flag]] if hit else "no claim", True)
    for extra in (x for x in claims if m and x["mention_id"] == m.id and x["id"] not in used):
        r.notes.append((c.ref, f"extra claim {_claim_text(extra)}"))


def _incident(r: Result, c: Coded, m: Found | None, claims: list[Json]) -> None:
    found = f"mention #{m.id} '{m.place_name}' in incident #{m.incident_id}" if m else "no mention"
    r.add(c.ref, "found", m is not None, found, c.spec["location"]["name"])
    _fields(r, c, m)
    _claims(r, c, m, claims)


# --- facts across the reports ------------------------------------------------------------

def _coded(expected: Json) -> list[Coded]:
    return [Coded(name, spec) for name, report in expected.items() for spec in report["incidents"]]


def _same(expected: Json) -> list[list[str]]:
    """The groups of refs coded as one attack told in several reports."""
    return [refs for report in expected.values() for refs in report.get("same_incident_across_texts", [])]


def _key(ref: str) -> str:
    return ref.partition("#")[2]


def _across(r: Result, expected: Json, stored: Stored, chosen: dict[str, Found]) -> None:
    attack = {c.ref: c.ref for c in _coded(expected)}  # ref -> the ref standing for its attack
    for first, *others in _same(expected):
        attack |= {other: attack[first] for other in others}
    attacks = sorted(set(attack.values()), key=_key)
    r.add("incidents", "number of incidents", stored.incidents == len(attacks), stored.incidents,
          f"{len(attacks)} ({len(attack)} coded, joined across reports)")
    for refs in _same(expected):
        where = sorted({chosen[ref].incident_id for ref in refs if ref in chosen})
        r.add("incidents", f"one incident: {_key(refs[0])}", len(where) == 1 and all(ref in chosen for ref in refs),
              ", ".join(f"#{i}" for i in where) or "not found", f"one for {len(refs)} reports")
    for one in attacks:
        mine = {m.incident_id for ref, m in chosen.items() if attack[ref] == one}
        merged = sorted(map(_key, {attack[ref] for ref, m in chosen.items() if m.incident_id in mine} - {one}))
        r.add("incidents", f"kept apart: {_key(one)}", bool(mine) and not merged,
              ("merged with " + ", ".join(merged)) if merged else "apart" if mine else "not found", "apart")


def check(seeds: Path, expected: Json, stored: Stored) -> Result:
    """Every fact of the coding, checked against what the pipeline stored."""
    result, coded = Result(), _coded(expected)
    chosen = _match(coded, seeds, stored)
    for c in coded:
        _incident(result, c, chosen.get(c.ref), stored.claims)
    _across(result, expected, stored, chosen)
    return result


# --- output ------------------------------------------------------------------------------

def _print(result: Result) -> None:
    groups = list(dict.fromkeys(f.group for f in result.facts))
    for group in groups:
        print(group)
        for f in (f for f in result.facts if f.group == group):
            print(f"  {'✓' if f.ok else '✗'} {f.name:<36} {f.found:<48} expected {f.expected}")
        for _, note in (n for n in result.notes if n[0] == group):
            print(f"    · {note}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("seeds", nargs="?", type=Path, default=SEEDS, help="folder of expected.json and reports")
    parser.add_argument("--json", action="store_true", help="print the facts as JSON")
    args = parser.parse_args(argv)
    seeds: Path = args.seeds
    if not (seeds / "expected.json").is_file():
        print(f"skipped: {seeds / 'expected.json'} not found")
        return 0
    expected: Json = json.loads((seeds / "expected.json").read_text(encoding="utf-8"))
    files = [seeds / name for name in expected]
    if missing := [f for f in files if not f.is_file()]:
        print(f"skipped: {', '.join(map(str, missing))} not found")
        return 0
    with tempfile.TemporaryDirectory(prefix="tasdiq-seeds-") as home:
        try:
            _build(Path(home), files)
            result = check(seeds, expected, _read(Path(home)))
        except PipelineError as exc:
            print(f"seeds: pipeline failed: {exc}")
            return 1
    ok = sum(f.ok for f in result.facts)
    if args.json:
        print(json.dumps({"facts": [asdict(f) for f in result.facts], "notes": result.notes,
                          "ok": ok, "total": len(result.facts)}, ensure_ascii=False, indent=1))
    else:
        _print(result)
        print(f"seeds: {ok} of {len(result.facts)} facts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
