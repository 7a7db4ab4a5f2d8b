"""spaCy alone, as `tasdiq extract` runs it: start-up, each component, and what it decided.

The workload's report texts (bench/workload.py) go through `extract.language.nlp()`: CPU
seconds of building the pipeline, of each component over the texts in turn, and of
`nlp.pipe` as the extractor calls it. The last line is a digest of every token's entity
(IOB, label, ent_id), dependency label, head and sentence start: two checkouts that print
the same digest decide the same for every token. Run two checkouts interleaved
(PYTHONPATH picks one) and compare CPU seconds, never wall time, on a shared machine.

    PYTHONPATH=src .venv/bin/python bench/spacy_bench.py [N] [PASSES]   # default 2000 texts, 2 passes
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from workload import records

from tasdiq.extract import language


def cpu_of(work: Any) -> tuple[float, Any]:
    started = time.process_time()
    result = work()
    return time.process_time() - started, result


def per_component(nlp: Any, texts: list[str]) -> dict[str, float]:
    """Each component over all texts in batches of the extractor's size, one after the other."""
    spent, docs = cpu_of(lambda: [nlp.make_doc(text) for text in texts])
    seconds = {"tokenizer": spent}
    for name, component in nlp.pipeline:
        batches = [docs[i : i + language.BATCH] for i in range(0, len(docs), language.BATCH)]
        spent, docs = cpu_of(lambda c=component, b=batches: [d for batch in b for d in c.pipe(batch)])
        seconds[name] = spent
    return seconds


def digest(docs: Iterable[Any]) -> str:
    hashed = hashlib.sha256()
    for doc in docs:
        for t in doc:
            hashed.update(f"{t.i}|{t.ent_iob_}|{t.ent_type_}|{t.ent_id_}|{t.dep_}|{t.head.i}|{t.is_sent_start}\n".encode())
    return hashed.hexdigest()[:16]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    passes = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    texts = [record["text"] for record in records(n)]
    start_up, nlp = cpu_of(language.nlp)
    print(f"start-up (spaCy, model, rulers): {start_up:.2f} CPU s; load {os.getloadavg()[0]:.1f}")
    components = per_component(nlp, texts)
    print("per component, CPU s: " + ", ".join(f"{k} {v:.3f}" for k, v in components.items()))
    for _ in range(passes):
        spent, docs = cpu_of(lambda: list(nlp.pipe(texts, batch_size=language.BATCH)))
        print(f"nlp.pipe over {n:,} texts: {spent:.3f} CPU s = {n / spent:,.0f} texts per CPU s; "
              f"load {os.getloadavg()[0]:.1f}")
    print(f"digest={digest(docs)} texts={n}")


if __name__ == "__main__":
    main()
