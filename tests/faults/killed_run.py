"""``swapscore extract ARGS`` in this process, which sends itself SIGNAL when it reaches STAGE.

    python killed_run.py STAGE SIGNAL ARGS...

STAGE: parse (after the first file's result is cached, others still parsing),
write (after reports.parquet and indicators.parquet are renamed into place,
the other datasets still staged), audit (when the audit starts).  The signal
is real (os.kill on this process): SIGKILL ends it at once, SIGTERM and
SIGINT go through swapscore's own handling.
"""

from __future__ import annotations

import os
import signal
import sys
import time


def main() -> None:
    stage, signame, *args = sys.argv[1:]
    sig = getattr(signal, signame)

    def hit() -> None:
        os.kill(os.getpid(), sig)
        time.sleep(5)  # the signal lands here (a Python handler runs at once; SIGKILL needs no wait)

    if stage == "parse":
        from swapscore.pipeline import batch

        put = batch.ResultCache.put

        def put_then_hit(self, extraction):
            put(self, extraction)
            hit()

        batch.ResultCache.put = put_then_hit
    elif stage == "write":
        from swapscore.pipeline import write

        replace = os.replace

        def replace_then_hit(source, target):
            replace(source, target)
            if str(target).endswith("indicators.parquet"):
                hit()

        write.os.replace = replace_then_hit
    elif stage == "audit":
        import swapscore.pipeline.audit as audit

        def audit_hit(data):
            hit()

        audit.audit = audit_hit
    else:
        raise SystemExit(f"unknown stage {stage!r}")
    from swapscore.pipeline.cli import app

    app(["extract", *args], prog_name="swapscore")


if __name__ == "__main__":
    main()
