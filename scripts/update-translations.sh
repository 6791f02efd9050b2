#!/usr/bin/env bash
# Refreshes translations/callscope_<lang>.ts from the tr() strings in src and ui:
# new strings arrive as "unfinished", strings gone from the code are dropped.
# Then translate them (Qt Linguist, or any editor) and run
#   ctest --test-dir build -R tst_translations --output-on-failure
# which lists every message still unfinished. Finally refreshes the English
# plural forms (scripts/update-english-plurals.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
for ts in translations/callscope_*.ts; do
  case "$ts" in *_en.ts) continue ;; esac   # English holds plural forms only
  "$lupdate" -silent -no-obsolete -locations none src ui -ts "$ts"
  echo "updated $ts"
done
bash scripts/update-english-plurals.sh
