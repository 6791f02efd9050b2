#!/usr/bin/env bash
# Refreshes translations/callscope_en.ts: only the tr("%n ...(s)", n) strings,
# with English singular and plural forms filled in ("%n call" / "%n calls").
# Run after adding or changing such a string; the build compiles the result.
set -euo pipefail
cd "$(dirname "$0")/.."
ts=translations/callscope_en.ts
/usr/lib/qt6/bin/lupdate -silent -pluralonly -no-obsolete -locations none -target-language en src ui -ts "$ts"
python3 - "$ts" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()

def forms(source):
    if "(s)" in source:
        return source.replace("(s)", ""), source.replace("(s)", "s")
    if "retries" in source:
        return source.replace("retries", "retry"), source
    return source, source   # already reads right either way ("%n s", "%n min")

def fill(match):
    block = match.group(0)
    source = re.search(r"<source>(.*?)</source>", block, re.S).group(1)
    one, many = forms(source)
    translation = ("<translation>\n            <numerusform>%s</numerusform>\n"
                   "            <numerusform>%s</numerusform>\n        </translation>" % (one, many))
    return re.sub(r"<translation[^>]*/>|<translation[^>]*>.*?</translation>", translation, block, flags=re.S)

text = re.sub(r'<message numerus="yes">.*?</message>', fill, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
PY
echo "updated $ts"
