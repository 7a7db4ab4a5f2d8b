"""Writes a Telegram Desktop chat export (result.json + photos/ + video_files/) for the tests.

The layout and fields follow Telegram Desktop's "Export chat history" JSON output. Message
texts are the team's own short wording about real attacks (no text copied from any
channel); photos are synthetic scenes from tasdiq.media.testset. Run as a script to look
at one: `python tests/ingest/telegram_export.py /tmp/export 200`.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from tasdiq.media.testset import encode_jpeg, render_scene

CHANNEL = {"name": "Frontier Monitor (test channel)", "type": "public_channel", "id": 1987654321}
START = dt.datetime(2021, 8, 26, 6, 0, tzinfo=dt.UTC)
REPORTS = [
    "Blast reported at Abbey Gate, Kabul airport, where crowds were waiting to be evacuated.",
    "Update: officials say at least 13 US service members and dozens of Afghans were killed at the airport gate.",
    "Gunmen fired on a police checkpoint in Peshawar's outskirts overnight; two constables wounded.",
    "A roadside bomb hit a security convoy in North Waziristan; the TTP said its fighters planted it.",
    "Explosion inside a Shia mosque in Kunduz during Friday prayers; dozens feared dead.",
    "Suicide attack on a mosque in Kandahar city during Friday prayers, local officials say.",
    "Baloch militants attacked a paramilitary post near Turbat; the BLA claimed the assault.",
    "Grenade thrown at a market stall in Quetta; three civilians hurt, police said.",
    "Taliban spokesman says their forces detained suspected ISKP members in Nangarhar.",
    "Bomb blast at a girls' school gate in west Kabul; casualties still being counted.",
]
# A claim in Arabic script, in our own words: "Wilayat Khorasan claims responsibility for the
# attack on the Shia mosque in Kunduz, and says one of its fighters carried it out."
ARABIC_CLAIM = "ولاية خراسان تعلن مسؤوليتها عن الهجوم على مسجد الشيعة في قندوز، وتقول إن أحد مقاتليها نفذه."


def message(number: int, *, photo_dir: Path) -> dict[str, Any]:
    when = START + dt.timedelta(minutes=37 * number)
    text: Any = f"{REPORTS[number % len(REPORTS)]} (report {number})"
    raw: dict[str, Any] = {
        "id": number, "type": "message", "date": when.strftime("%Y-%m-%dT%H:%M:%S"),
        "date_unixtime": str(int(when.timestamp())), "from": CHANNEL["name"], "from_id": f"channel{CHANNEL['id']}",
    }
    if number % 7 == 0:  # text with entities: a bold lead and a link
        text = [{"type": "bold", "text": "URGENT: "}, text, " ",
                {"type": "text_link", "text": "source", "href": "https://example.org/report"}]
    if number % 11 == 0:
        raw["forwarded_from"] = "Regional Newsdesk (test)"
    if number % 13 == 0:
        raw["reply_to_message_id"] = number - 1
    if number == 42:
        text = ARABIC_CLAIM
    if number % 10 == 3:
        name = f"photos/photo_{number}@{when:%d-%m-%Y_%H-%M-%S}.jpg"
        (photo_dir.parent / name).write_bytes(encode_jpeg(render_scene(1000 + number, (160, 120))))
        raw |= {"photo": name, "width": 160, "height": 120}
    raw["text"] = text
    return raw


def write_export(folder: Path, count: int, *, edited: dict[int, str] | None = None) -> Path:
    """An export of messages 1..count; `edited` gives new texts for messages edited since."""
    photos = folder / "photos"
    photos.mkdir(parents=True, exist_ok=True)
    messages = [message(n, photo_dir=photos) for n in range(1, count + 1)]
    for number, text in (edited or {}).items():
        raw = messages[number - 1]
        when = START + dt.timedelta(days=3, minutes=number)
        raw |= {"text": text, "edited": when.strftime("%Y-%m-%dT%H:%M:%S"),
                "edited_unixtime": str(int(when.timestamp()))}
    # One service message, as real exports have (a pin): not a report.
    messages.insert(0, {"id": 0, "type": "service", "date": START.strftime("%Y-%m-%dT%H:%M:%S"),
                        "date_unixtime": str(int(START.timestamp())), "action": "pin_message", "text": ""})
    path = folder / "result.json"
    path.write_text(json.dumps({**CHANNEL, "messages": messages}, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


if __name__ == "__main__":
    write_export(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 200)
