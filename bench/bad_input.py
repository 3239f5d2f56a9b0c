"""Bad input, measured: each kind of bad page through ``onrecord check``, in a child
process, with its exit code, message, wall time and peak memory.

    python bench/bad_input.py [--mb 50]

The large pages are made here from random words of the project's demo page.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path


def prose(n_bytes: int, seed: int = 1) -> str:
    words = re.findall(
        r"[A-Za-z]+", (resources.files("onrecord") / "demo" / "page.txt").read_text("utf-8")
    )
    rnd = random.Random(seed)
    out: list[str] = ["A Very Long Page"]
    size = 0
    while size < n_bytes:
        sentence = " ".join(rnd.choice(words) for _ in range(rnd.randint(8, 20)))
        para = " ".join(sentence.capitalize() + "." for _ in range(5))
        out.append(para)
        size += len(para) + 2
    return "\n\n".join(out)


def cases(tmp: Path, mb: int) -> list[tuple[str, Path]]:
    made: list[tuple[str, bytes]] = [
        ("empty file", b""),
        ("whitespace only", b" \n\n\t \n"),
        ("binary (random bytes)", random.Random(2).randbytes(200_000)),
        ("PNG image", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 100),
        ("truncated UTF-8", "Title\n\n“Quoted words".encode()[:-2]),
        ("latin-1 page", "Caf\xe9 owner says \xabwe stay open\xbb.\n".encode("latin-1")),
        (
            "unbalanced quotes",
            "Title\n\n“Open and never closed, he said.\n\nNext paragraph.".encode(),
        ),
        ("page without quotes", prose(20_000).encode()),
        ("hostile: 200k quote marks", ("“" * 200_000).encode()),
        ("hostile: 1 MB one line", ("word " * 200_000).encode()),
        (f"{mb} MB text", prose(mb * 1_000_000).encode()),
        ("9 MB text", prose(9_000_000).encode()),
    ]
    out = []
    for i, (name, data) in enumerate(made):
        path = tmp / f"case{i}.txt"
        path.write_bytes(data)
        out.append((name, path))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=int, default=50)
    parser.add_argument("--facts", action="store_true", help="also run claims/times/entities")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in cases(Path(tmp), args.mb):
            cmd = [sys.executable, "-m", "onrecord", "check", str(path), "-f", "json"]
            if not args.facts:
                cmd.append("--no-facts")
            err_path = Path(tmp) / "stderr"
            t0 = time.perf_counter()
            with open(err_path, "wb") as err:
                child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
                _, status, usage = os.wait4(child.pid, 0)
            dt = time.perf_counter() - t0
            code = os.waitstatus_to_exitcode(status)
            stderr = err_path.read_text("utf-8", "replace").strip()
            message = stderr.splitlines()[-1] if stderr else ""
            trace = "TRACEBACK " if "Traceback" in stderr else ""
            print(
                f"{name:<28} exit {code}  {dt:6.1f} s  peak {usage.ru_maxrss / 1024:6.0f} MB  "
                f"{trace}{message[:90]}"
            )


if __name__ == "__main__":
    main()
