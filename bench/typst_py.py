#!/usr/bin/env python3
"""The peer `pocketcard bench` compares with: typst-py (`pip install typst==0.15.0`), the same
Typst compiler in-process from Python, as a user batch-making cards would drive it: one
`typst.Compiler` per worker process (fonts loaded once per worker), one worker per core.

Usage: typst_py.py JOBS.json WORKERS

JOBS.json is written by the benchmark: {"fonts": [font folders], "jobs": [{"root", "input",
"pdf", "png", "ppi"}]}, one job per document: its layout `input` in a folder `root` holding the
layouts and the document's data files. Each job writes a tagged PDF/UA-1 (`pdf`) and one PNG
per page (`png`, with `{p}` for the page number) at `ppi`, as pocketcard does.
"""

import json
import sys
from multiprocessing import Pool

import typst

compiler = None


def start(fonts):
    global compiler
    compiler = typst.Compiler(font_paths=fonts, ignore_system_fonts=True)


def render(job):
    compiler.compile(input=job["input"], root=job["root"], output=job["pdf"], format="pdf", pdf_standards=["ua-1"])
    compiler.compile(input=job["input"], root=job["root"], output=job["png"], format="png", ppi=job["ppi"])


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        spec = json.load(f)
    workers = int(sys.argv[2])
    jobs = spec["jobs"]
    with Pool(workers, initializer=start, initargs=(spec["fonts"],)) as pool:
        # One document at a time per worker, the next to whichever is free.
        for _ in pool.imap_unordered(render, jobs, chunksize=1):
            pass


if __name__ == "__main__":
    main()
