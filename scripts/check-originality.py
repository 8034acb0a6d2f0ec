#!/usr/bin/env python3
"""Reports text that content/ shares with the announcement corpus.

Every content article and every corpus file is compared with all whitespace removed and web addresses masked.
Any run of WINDOW (40) or more characters that appears in both is reported with the corpus file it came from.
Phrases in scripts/originality-allow.txt (one a line, an official name that cannot be reworded) are masked in
the articles first. The same check runs as a JUnit test (ContentOriginalityTest) when the corpus is present.

Usage: scripts/check-originality.py [--content content] [--corpus ../shared/corpus/thaigov-sso] [--window 40]
Exit status 1 when anything is shared, 0 otherwise, 2 when the corpus is missing.
"""
import argparse
import pathlib
import re
import sys

URL = re.compile(r"https?://\S+")
SPACE = re.compile(r"\s+")
MASK = "\u0000"


def squeeze(text, allowed=()):
    text = URL.sub(MASK, text)
    text = SPACE.sub("", text)
    for phrase in allowed:
        text = text.replace(phrase, MASK * len(phrase))
    return text


def allowed_phrases(path):
    if not path.is_file():
        return []
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return sorted({SPACE.sub("", l) for l in lines if l and not l.startswith("#")}, key=len, reverse=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--content", default="content")
    ap.add_argument("--corpus", default="../shared/corpus/thaigov-sso")
    ap.add_argument("--allow", default=str(pathlib.Path(__file__).with_name("originality-allow.txt")))
    ap.add_argument("--window", type=int, default=40)
    args = ap.parse_args()
    corpus = pathlib.Path(args.corpus)
    if not corpus.is_dir():
        print(f"no corpus at {corpus}", file=sys.stderr)
        return 2
    w = args.window
    allowed = allowed_phrases(pathlib.Path(args.allow))
    articles = {}
    windows = {}  # window -> list of (article, offset)
    for path in sorted(pathlib.Path(args.content).rglob("*.md")):
        text = squeeze(path.read_text(encoding="utf-8"), allowed)
        articles[path] = text
        for i in range(len(text) - w + 1):
            win = text[i:i + w]
            if MASK not in win:
                windows.setdefault(win, []).append((path, i))
    hits = {}  # article -> {offset: corpus file}
    for path in sorted(corpus.rglob("*.txt")):
        text = squeeze(path.read_text(encoding="utf-8", errors="replace"))
        for i in range(len(text) - w + 1):
            found = windows.get(text[i:i + w])
            if found:
                for article, offset in found:
                    hits.setdefault(article, {}).setdefault(offset, path)
    for article in sorted(hits):
        offsets = sorted(hits[article])
        runs, start, prev = [], offsets[0], offsets[0]
        for o in offsets[1:] + [None]:
            if o is not None and o == prev + 1:
                prev = o
                continue
            runs.append((start, prev + w))
            if o is not None:
                start = prev = o
        text = articles[article]
        for s, e in runs:
            print(f"{article}: {e - s} chars shared with {hits[article][s]}: {text[s:e]}")
    print(f"{len(hits)} of {len(articles)} articles share a run of {w}+ characters with {corpus}", file=sys.stderr)
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
