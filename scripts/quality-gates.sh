#!/usr/bin/env bash
# Scores understanding and retrieval on ../shared/eval (when present) and on the project's own retrieval
# questions (when the announcement corpus is present), and fails below the pinned floors in eval/.
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=../shared/eval
corpus_dir=../shared/corpus/thaigov-sso
jar=$(ls target/sso-hotline-*.jar | grep -v original | head -n 1)
args=()
[ -f "$eval_dir/dev-intents.jsonl" ] && args+=(--intents "$eval_dir/dev-intents.jsonl")
if [ -f "$eval_dir/dev-corpus.jsonl" ] && [ -d "$corpus_dir" ]; then
  args+=(--corpus "$eval_dir/dev-corpus.jsonl")
  export CONTENT_DIRS="content,$corpus_dir"
fi
if [ ${#args[@]} -eq 0 ]; then
  echo "quality gates: no evaluation data beside the project, nothing to score"
  exit 0
fi
mkdir -p target/eval
status=0
java -Dhotline.index-dir=target/eval/index -jar "$jar" eval "${args[@]}" \
  --json target/eval/report.json --floors eval/floors.properties || status=1
# The project's own retrieval questions, beside the dev set, so tuning on one shows up on the other.
if [ -d "$corpus_dir" ]; then
  CONTENT_DIRS="content,$corpus_dir" java -Dhotline.index-dir=target/eval/index -jar "$jar" eval \
    --corpus eval/retrieval-questions.jsonl --json target/eval/retrieval-questions.json \
    --floors eval/floors-retrieval-questions.properties || status=1
fi
exit $status
