#!/usr/bin/env python3
"""Prepares the PolNeAR train split as gold files for bench/eval_dev.py (nothing is committed).

PolNeAR (github.com/networkdynamics/PolNeAR) is 1,008 US political news articles of 2016 with
every attribution annotated. Its text has no licence: it stays in the git-ignored `var/polnear/`
and no piece of it may enter the repository. Only the **train** split is for development; dev
and test belong to the external evaluation and are never exported, converted or scored here.

    git clone --bare https://github.com/networkdynamics/PolNeAR var/polnear/PolNeAR.git
    .venv/bin/python bench/polnear.py var/polnear/PolNeAR.git    # any clone or bare git dir

Writes var/polnear/train.jsonl (all 840 articles) and var/polnear/train150.jsonl (a fixed,
publisher-balanced sample of 150 for quick iteration), converted by bench/convert_polnear.py with
the external evaluation's conventions.
"""
import argparse
import os
import subprocess
import sys
import tarfile
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "var", "polnear")
CONVERTER = os.path.join(ROOT, "bench", "convert_polnear.py")
TRAIN_ONLY = ["data/metadata.tsv", "data/train/attributions", "data/train/text"]
SAMPLES = {"train.jsonl": 0, "train150.jsonl": 150}


def export_train(git_dir: str, into: str) -> str:
    """Unpack the train split (and nothing else) of the repository at git_dir; returns data/."""
    archive = subprocess.run(["git", "--git-dir", git_dir, "archive", "--format=tar", "HEAD", *TRAIN_ONLY],
                             capture_output=True)
    if archive.returncode != 0:
        sys.exit(f"git archive failed in {git_dir}: {archive.stderr.decode(errors='replace').strip()}")
    tar_path = os.path.join(into, "train.tar")
    with open(tar_path, "wb") as handle:
        handle.write(archive.stdout)
    with tarfile.open(tar_path) as tar:
        tar.extractall(into, filter="data")
    return os.path.join(into, "data")


def git_dir_of(path: str) -> str:
    dot_git = os.path.join(path, ".git")
    return dot_git if os.path.isdir(dot_git) else path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("repository", help="a clone (or bare git directory) of networkdynamics/PolNeAR")
    args = parser.parse_args()
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        data = export_train(git_dir_of(args.repository), scratch)
        for name, count in SAMPLES.items():
            target = os.path.join(OUT, name)
            subprocess.run([sys.executable, CONVERTER, data, "train", str(count), target], check=True)
            print(f"wrote {os.path.relpath(target, ROOT)}")


if __name__ == "__main__":
    main()
