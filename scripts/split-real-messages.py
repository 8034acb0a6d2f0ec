#!/usr/bin/env python3
"""Splits eval/real-messages.jsonl once, by source page, into a tuning half and a locked half.

All items from one page go to the same half. Pages that already have a half keep it (the split is made
once; adding items from a known page puts them in that page's half). New pages are shuffled with a fixed
seed and each goes, in that order, to the half that has fewer items so far, so the halves stay about
equal. Items without a "words" count get one: whitespace tokens outside Thai script plus one word per
3 Thai characters (so "more than 30 words" means about 90 Thai characters).

Usage: python3 scripts/split-real-messages.py [eval/real-messages.jsonl]
"""
import json
import random
import re
import sys

SEED = 20261202
THAI = re.compile(r"[\u0E00-\u0E7F]+")


def words(text):
    thai = sum(len(m) for m in THAI.findall(text))
    return len(THAI.sub(" ", text).split()) + round(thai / 3)


def main(path):
    with open(path, encoding="utf-8") as f:
        items = [json.loads(line) for line in f if line.strip()]
    half_of_page = {}
    for item in items:
        if "split" in item:
            half_of_page.setdefault(item["source"], item["split"])
            if half_of_page[item["source"]] != item["split"]:
                sys.exit("page %s is in both halves" % item["source"])
    count = {"tune": 0, "locked": 0}
    per_page = {}
    for item in items:
        per_page[item["source"]] = per_page.get(item["source"], 0) + 1
    for page, half in half_of_page.items():
        count[half] += per_page[page]
    new_pages = sorted(p for p in per_page if p not in half_of_page)
    random.Random(SEED).shuffle(new_pages)
    for page in new_pages:
        half = "tune" if count["tune"] <= count["locked"] else "locked"
        half_of_page[page] = half
        count[half] += per_page[page]
    with open(path, "w", encoding="utf-8") as f:
        for item in items:
            item.setdefault("words", words(item["text"]))
            item["split"] = half_of_page[item["source"]]
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    pages = {h: sum(1 for p in half_of_page.values() if p == h) for h in count}
    print("tune: %d items from %d pages; locked: %d items from %d pages"
          % (count["tune"], pages["tune"], count["locked"], pages["locked"]))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "eval/real-messages.jsonl")
