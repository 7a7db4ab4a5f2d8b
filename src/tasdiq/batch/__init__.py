"""`tasdiq batch`: the single-machine pipeline over partitions of input files, on a Dask cluster.

- inputs.partitions: local paths, folders, globs and file:// URLs to partition URLs
- partition.run_partition: one partition through ingest and extraction, then its batch entry
- runner.run_batch: partitions on a cluster (LocalCluster by default), each then linked
- linking: one linker at a time, on the workers as partitions commit (PostgreSQL), then one last
  link of what is left (on a worker; on SQLite in the client)

Every step is the library's own: `Ingester` for ingest, `extract.service.extract_pending` for
extraction, `link` and `workflow.after_link` for linking
(docs/scale.md says how partitions append to the audit chain).
"""

from tasdiq.batch.inputs import partitions
from tasdiq.batch.partition import PartitionResult, run_partition
from tasdiq.batch.runner import BatchReport, run_batch

__all__ = ["BatchReport", "PartitionResult", "partitions", "run_batch", "run_partition"]
