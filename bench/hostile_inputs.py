"""The hostile inputs of issue 16's probe at full size, each ingested under /usr/bin/time -v.

    python bench/hostile_inputs.py [--keep DIR] [--only NAME...] [--database-url URL]

Builds every input in a temporary folder (about 50 MB on disk; the bombs are small files
that inflate to gigabytes), then runs `tasdiq ingest` once per input, each into a fresh
store, and once on the whole folder with good reports mixed in. For each run it prints the
peak resident memory (GNU time's "Maximum resident set size"), the wall time, the exit
code and what ingest said on stderr. Target: every peak under 1 GiB, one line per bad
file, and the good files of the mixed run ingested. Timings on the shared 2-core machine
are noisy; peaks are not.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

GIB = 1024**3
MIB = 1024**2
TASDIQ = [sys.executable, "-c", "from tasdiq.cli.main import app; app(prog_name='tasdiq')"]
WARC_HEAD = b"WARC/1.0\r\nWARC-Type: response\r\n"
GOOD = {
    "good-1.md": "---\ntitle: Checkpoint blast\npublished: 2023-05-04\n---\nA roadside bomb killed two officers "
    "at a checkpoint in Jalalabad on Saturday, a provincial spokesman said.\n",
    "good-2.txt": "Gunmen killed three guards at a bank in Quetta on Friday, police said.\n",
    "good-3.jsonl": json.dumps({"text": "A grenade attack wounded four people in Peshawar.", "published": "2023-06-01"})
    + "\n",
}


def deflate_zeros(out: Callable[[bytes], object], compressor: zlib._Compress, size: int, prefix: bytes = b"") -> None:
    """Feed `prefix` then `size` zero bytes to a compressor, writing what it gives, in 16 MiB steps."""
    out(compressor.compress(prefix))
    block = bytes(16 * MIB)
    left = size
    while left > 0:
        out(compressor.compress(block[: min(left, len(block))]))
        left -= len(block)


def gzip_warc_bomb(path: Path, inflated: int = 3 * GIB) -> None:
    """One gzip member holding a WARC resource record of `inflated` zeros (the probe's 3 MB -> 3 GiB)."""
    head = b"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: http://bomb.example/\r\nContent-Length: %d\r\n\r\n"
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    with path.open("wb") as fh:
        deflate_zeros(fh.write, compressor, inflated, prefix=head % inflated)
        fh.write(compressor.compress(b"\r\n\r\n") + compressor.flush())


def plain_gzip_bomb(path: Path, inflated: int = 3 * GIB) -> None:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    with path.open("wb") as fh:
        deflate_zeros(fh.write, compressor, inflated)
        fh.write(compressor.flush())


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_bomb(path: Path, side: int = 40_000) -> None:
    """A greyscale PNG of side x side pixels (1.6 gigapixels) that compresses to about 1.5 MB."""
    compressor = zlib.compressobj(9)
    parts: list[bytes] = []
    row = bytes(side + 1)  # filter byte + one byte per pixel
    for _ in range(side):
        parts.append(compressor.compress(row))
    parts.append(compressor.flush())
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", b"".join(parts))
                     + _png_chunk(b"IEND", b""))


def pdf_bomb(path: Path, inflated: int = 2 * GIB) -> None:
    """A one-page PDF whose content stream inflates to `inflated` bytes of zeros."""
    compressor = zlib.compressobj(9)
    chunks: list[bytes] = []
    deflate_zeros(chunks.append, compressor, inflated)
    stream = b"".join(chunks) + compressor.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 5\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    path.write_bytes(bytes(out))


def billion_laughs(path: Path) -> None:
    entities = ['<!ENTITY lol "lol">'] + [f'<!ENTITY lol{i} "{"&lol{i - 1};" * 10}">'.replace("&lol0;", "&lol;")
                                          for i in range(1, 10)]
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE rss [\n' + "\n".join(entities) + "\n]>\n"
                    '<rss version="2.0"><channel><title>&lol9;</title><item><title>x</title>'
                    "<description>&lol9;</description></item></channel></rss>\n")


def tiny_records(path: Path, count: int = 843_298) -> None:
    """The probe's 20 MB JSONL: 843,298 records of 24 bytes each."""
    with path.open("w", encoding="utf-8") as fh:
        for number in range(count):
            fh.write(json.dumps({"text": f"r{number:09d}"}) + "\n")


def big_text(path: Path, size: int = 200 * MIB) -> None:
    line = b"A long report that never ends, repeated to two hundred megabytes.\n"
    with path.open("wb") as fh:
        for _ in range(size // len(line)):
            fh.write(line)


def deep_html(path: Path, depth: int = 100_000) -> None:
    path.write_text("<html><body>" + "<div>" * depth + "deep" + "</div>" * depth + "</body></html>")


def build(folder: Path) -> list[str]:
    """Every hostile input (and the good reports) in `folder`; returns the hostile names."""
    makers: dict[str, Callable[[Path], None]] = {
        "gzip-bomb.warc.gz": gzip_warc_bomb,
        "gzip-bomb.gz": plain_gzip_bomb,
        "png-bomb.png": png_bomb,
        "pdf-bomb.pdf": pdf_bomb,
        "billion-laughs.xml": billion_laughs,
        "tiny-records.jsonl": tiny_records,
        "200mb.txt": big_text,
        "deep.html": deep_html,
    }
    literal: dict[str, bytes] = {
        "content-length-12x.warc": WARC_HEAD + b"Content-Length: 12x\r\n\r\nhello world!\r\n\r\n",
        "breaks-iterator.warc": WARC_HEAD + b"Content-Length: 12\r\n\r\nHTTP/1.00 OK\r\n\r\n",
        # A page with frames and no <body>, as Markdown: lxml asserted "too many bodies".
        "too-many-bodies.md": b'<html>\n<head><title>Attack report</title></head>\n<frameset cols="50%,50%">'
        b'<frame src="a.html"><frame src="b.html"></frameset>\n<!-- ' + b"padding " * 14 + b"-->\n",
        "nul-in-json.jsonl": b'{"text": "Blast in Kabul\\u0000 killed 3", "publisher": "' + b"P" * 400 + b'"}\n',
        "nul-byte.txt": b"A report\x00 with a NUL byte in it.\n",
        "warc-declares-3gib.warc": b"WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 3221225472\r\n\r\nshort",
    }
    for name, make in makers.items():
        make(folder / name)
    for name, data in literal.items():
        (folder / name).write_bytes(data)
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    odd = os.fsdecode(b"report-\xff\xfe.md")
    (folder / odd).write_text(GOOD["good-1.md"].replace("two officers", "three officers"), encoding="utf-8")
    return [*makers, *literal, odd]


def timed_ingest(paths: list[Path], home: Path, env: dict[str, str]) -> tuple[int, float, float, list[str], str]:
    """(exit code, peak RSS in MiB, seconds, stderr lines of ingest, summary line)."""
    subprocess.run([*TASDIQ, "--data-dir", str(home), "init"], env=env, check=True, capture_output=True)
    started = time.monotonic()
    run = subprocess.run(["/usr/bin/time", "-v", *TASDIQ, "--data-dir", str(home), "ingest", "-q",
                          *map(str, paths)], env=env, capture_output=True, text=True, errors="replace")
    elapsed = time.monotonic() - started
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr)
    said = [line for line in run.stderr.splitlines() if line and not line.startswith(("\t", "Command exited"))]
    summary = next((line for line in run.stdout.splitlines() if line.startswith("ingest:")), "")
    return run.returncode, int(peak.group(1)) / 1024 if peak else float("nan"), elapsed, said, summary


def runs(folder: Path, names: list[str], only: list[str]) -> Iterator[tuple[str, list[Path]]]:
    for name in names:
        if not only or name in only:
            yield name, [folder / name]
    if not only:
        yield "whole folder (hostile + 4 good)", [folder]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", type=Path, help="build the inputs here and keep them")
    parser.add_argument("--only", nargs="*", default=[], help="run only these inputs")
    parser.add_argument("--database-url", help="ingest into this database (e.g. PostgreSQL) instead of SQLite")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="tasdiq-hostile-"))
    folder = args.keep or work / "inputs"
    folder.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, **({"TASDIQ_DATABASE_URL": args.database_url} if args.database_url else {})}
    worst = 0.0
    try:
        names = build(folder)
        print(f"{'input':<34} {'bytes':>12} {'peak MiB':>9} {'seconds':>8} exit  what ingest said", flush=True)
        for number, (name, paths) in enumerate(runs(folder, names, args.only)):
            code, peak, elapsed, said, summary = timed_ingest(paths, work / f"home-{number}", env)
            size = sum(p.stat().st_size for p in paths if p.is_file())
            worst = max(worst, peak)
            first = said[0] if said else summary
            shown = os.fsencode(name).decode("utf-8", "replace")
            print(f"{shown:<34} {size:>12} {peak:>9.0f} {elapsed:>8.1f} {code:>4}  {first[:150]}", flush=True)
            for line in said[1:]:
                print(f"{'':>71}{line[:150]}", flush=True)
            if said and summary:
                print(f"{'':>71}{summary}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"worst peak: {worst:.0f} MiB ({'under' if worst < 1024 else 'OVER'} 1 GiB)")
    return 0 if worst < 1024 else 1


if __name__ == "__main__":
    sys.exit(main())
