#!/usr/bin/env python3
"""Writes N copies of a dump corpus whose text differs per copy (Thai consonants permuted, URL suffixed),
so that de-duplication keeps them all: a synthetic corpus of the same shape for index growth benchmarks.

  replicate-corpus.py SOURCE_DIR TARGET_DIR [N]
"""
import os, random, sys

src, dst = sys.argv[1], sys.argv[2]
copies = int(sys.argv[3]) if len(sys.argv) > 3 else 47
consonants = [chr(c) for c in range(0x0E01, 0x0E2F)]
files = []
for root, _, names in os.walk(src):
    files += [os.path.join(root, n) for n in names if n.endswith('.txt')]
for i in range(1, copies + 1):
    shuffled = consonants[:]
    random.Random(i).shuffle(shuffled)
    table = str.maketrans(dict(zip(consonants, shuffled)))
    for f in files:
        with open(f, encoding='utf-8') as fh:
            lines = fh.read().split('\n')
        out = [l if l.startswith('ที่มา') else l.translate(table) for l in lines]
        out = [l + f'?copy={i}' if l.startswith('ที่มา') else l for l in out]
        target = os.path.join(dst, f'r{i}', os.path.relpath(f, src))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, 'w', encoding='utf-8') as fh:
            fh.write('\n'.join(out))
print(f'{copies} copies of {len(files)} files in {dst}')
