#!/usr/bin/env bash
# Scores this project's understanding and NLP.js 4.27 trained on the same intents/ examples
# (../shared/tools/nlpjs/anchor.js) on the same messages in one run, and prints both with "answered right minus
# answered wrong" over all messages (in scope answered with a gold intent, minus in scope answered with another
# intent and out of scope answered with any intent), the issue's comparison.
#   scripts/side-by-side.sh [tune|locked|dev|own]   (default: tune; locked only as a final measure)
# Needs node and a copy of the nlpjs tool with its packages installed, NLPJS_DIR (default /tmp/nlpjs):
#   cp -r ../shared/tools/nlpjs /tmp/nlpjs && (cd /tmp/nlpjs && npm install --no-audit --no-fund)
set -euo pipefail
cd "$(dirname "$0")/.."
set_name=${1:-tune}
nlpjs=${NLPJS_DIR:-/tmp/nlpjs}
jar=$(ls target/sso-hotline-*.jar | grep -v original | head -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
case "$set_name" in
  tune|locked) file=eval/real-messages.jsonl; split=(--split "$set_name")
               python3 -c "import json,sys
for l in open('$file'):
    if l.strip() and json.loads(l).get('split') == '$set_name': sys.stdout.write(l)" > "$work/set.jsonl" ;;
  dev) file=../shared/eval/dev-intents.jsonl; split=(); cp "$file" "$work/set.jsonl" ;;
  own) file=eval/intent-questions.jsonl; split=(); cp "$file" "$work/set.jsonl" ;;
  *) echo "usage: $0 [tune|locked|dev|own]" >&2; exit 2 ;;
esac
java -Dhotline.index-dir=target/eval/index -jar "$jar" eval --intents "$file" "${split[@]}" \
  --json "$work/ours.json" >/dev/null 2>&1
python3 "$nlpjs/intents_to_jsonl.py" intents > "$work/train.jsonl"
node "$nlpjs/anchor.js" "$work/train.jsonl" "$work/set.jsonl" > "$work/nlpjs.json"
python3 - "$set_name" "$work/ours.json" "$work/nlpjs.json" "$work/set.jsonl" <<'PY'
import json, sys
name, ours, theirs, items = sys.argv[1:]
o = json.load(open(ours))["intents"]
t = json.loads(open(theirs).read().strip().splitlines()[-1])
gold = [json.loads(l)["intents"] for l in open(items) if l.strip()]
n_oos = sum(1 for g in gold if g == ["out_of_scope"])
n_ins = len(gold) - n_oos
for who, r in (("ours", o), ("nlp.js", t)):
    right = r["in_scope_accuracy"] * n_ins
    wrong = r["answered_wrong_rate"] * n_ins + (1 - r["oos_rejection"]) * n_oos
    print(f"{name:6} {who:7} in-scope {r['in_scope_accuracy']:.3f}  rejection {r['oos_rejection']:.3f}  "
          f"answered wrong {r['answered_wrong_rate']:.3f}  right-minus-wrong {(right - wrong) / len(gold):.3f}"
          f"  (n={len(gold)}, out of scope {n_oos})")
PY
