#!/usr/bin/env python3
"""PolNeAR reported speech that hearsay misses, grouped by the gold cue's words, with how
many of each have a predicted `indirect` quote overlapping the gold content ("near": the
boundaries are wrong) and how many have none (nothing predicted there).

usage: missed_indirect.py BIN SPLIT [TOP]   (SPLIT dev or train; fresh cache each run)
SHARED (default ../shared beside the repository) holds the corpora and the scorers; matching
is score_attrib.py's own (its functions are imported)."""
import collections, glob, json, os, subprocess, sys, tempfile
SHARED = os.environ.get("SHARED", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared"))
sys.path.insert(0, os.path.join(SHARED, "tools"))
import score_attrib as S
from score import tokens
binp, split = sys.argv[1], sys.argv[2]; top = int(sys.argv[3]) if len(sys.argv) > 3 else 60
corpus = os.path.join(SHARED, "corpora", "polnear", split)
with tempfile.TemporaryDirectory() as cache:
    r = subprocess.run([binp, "quotes", "--json", os.path.join(corpus, "text")], capture_output=True, text=True, env=dict(os.environ, HEARSAY_CACHE_DIR=cache))
preds = {}
for q in json.loads(r.stdout): preds.setdefault(os.path.basename(q["article"]), []).append(q)
cnt = collections.Counter(); near = collections.Counter()
for txt in sorted(glob.glob(os.path.join(corpus, "text", "*.txt"))):
    stem = os.path.basename(txt)[:-4]
    anns = sorted(glob.glob(os.path.join(corpus, "attributions", glob.escape(stem) + "_*.ann")))
    if not anns: continue
    text = open(txt, encoding="utf-8").read()
    ip = [p for p in preds.get(stem + ".txt", []) if p.get("kind") == "indirect"]
    used = set()
    for a in S.parse_ann(anns[0]):
        if not a["content"]: continue
        ct = " ".join(text[x:y] for x, y in a["content"])
        if any(S.quoted_runs(text[x:y]) for x, y in a["content"]): continue
        hit = next((i for i, p in enumerate(ip) if i not in used and S.covers(p.get("text", ""), ct)), None)
        if hit is not None: used.add(hit); continue
        cue = " ".join(text[x:y] for x, y in a["cue"]).lower() or "(none)"
        # The .ann offsets count characters, hearsay's `start`/`end` count bytes.
        cs, ce = (len(text[:i].encode("utf-8")) for i in (a["content"][0][0], a["content"][-1][1]))
        ov = any(p["start"] < ce and p["end"] > cs for p in ip)
        cnt[cue] += 1; near[cue] += ov
for c, n in cnt.most_common(top): print(f"{n:5} near {near[c]:4}  {c}")
print("missed", sum(cnt.values()), "near", sum(near.values()), "nothing predicted", sum(cnt.values()) - sum(near.values()))
