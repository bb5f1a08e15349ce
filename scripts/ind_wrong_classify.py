#!/usr/bin/env python3
"""Classify PolNeAR indirect speech found with the wrong speaker: scorer artefacts
against real errors, by family.

usage: ind_wrong_classify.py BIN|JSON SPLIT [OUTDIR] [--show FAMILY N]
  BIN is a hearsay binary (run on a fresh cache) or a saved `quotes --json` output.
  SHARED (default ../shared beside the repository) holds the corpora and the scorers.
Prints the count of each family; with OUTDIR writes one file per family (rows with the
sentence around the prediction). Matching is rows.py's (score_attrib's own functions).
"""
import json, os, re, subprocess, sys, tempfile
SHARED = os.environ.get("SHARED", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared"))
sys.path.insert(0, os.path.join(SHARED, "tools"))
import score_attrib as S
from score import same_speaker

PRON = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "its",
        "their", "this", "that", "these", "those", "who", "which", "one"}


def gold_indirect(corpus):
    """load_gold's indirect list, in its order, with offsets of source, cue and content."""
    out = {}
    for stem, g in S.load_gold(corpus).items():
        txt = os.path.join(corpus, "text", stem)
        anns = sorted(__import__("glob").glob(os.path.join(corpus, "attributions",
                                                           __import__("glob").escape(stem[:-4]) + "_*.ann")))
        text = open(txt, encoding="utf-8").read()
        attrs = S.parse_ann(anns[0])
        extra = []
        for a in attrs:
            runs = []
            for x, y in a["content"]:
                seg = text[x:y]
                runs += S.quoted_runs(seg)
                if not S.quoted_runs(seg) and x > 0 and text[x - 1] in "\u201c\"" and text[y:y + 1] in "\u201d\"":
                    runs.append((x, y))
            if not runs and a["content"]:
                extra.append(a)
        assert len(extra) == len(g["indirect"]), stem
        for gi, a in zip(g["indirect"], extra):
            gi["attr"] = a
        out[stem] = (text, g, attrs)
    return out


def sentence(text, s, e):
    a = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
    b = min([x for x in (text.find(". ", e), text.find("\n", e)) if x >= 0] or [len(text)])
    return text[a:b + 1].strip()


def words(s):
    return [w.lower().strip(".,'’s\"") for w in (s or "").split()]


def classify(text, p, gi, attrs):
    sp, src = p.get("speaker"), gi["source"]
    a = gi["attr"]
    if src is None:
        return "A:no_gold_source"
    gcue = " ".join(text[x:y] for x, y in a["cue"]).lower()
    described = gi["source_kind"] != "named" or words(src)[0] in ("the", "a", "an", "this")
    if sp is not None and (p.get("cue") or "").lower() in gcue and described:
        # same cue, a description or pronoun source we name (scorer's approximation)
        return "A:same_cue_coreferent"
    sw, pw = set(words(src)), set(words(sp))
    if words(src)[-1:] and words(src)[-1] in ("who", "which", "that"):
        return "A:gold_relative"
    if sp is None:
        return "R:no_speaker"
    if sw & pw - PRON - {"the", "a", "an", "of", "and", "mr", "ms", "mrs"}:
        return "A:overlap_partial"
    # another gold attribution in the same sentence whose source we took
    ps, pe = p["cstart"], p["cend"]
    sent_a = max(text.rfind(". ", 0, ps), text.rfind("\n", 0, ps))
    sent_b = text.find("\n", pe)
    sent_b = len(text) if sent_b < 0 else sent_b
    for o in attrs:
        if o is a or not o["source"]:
            continue
        os_ = " ".join(text[x:y] for x, y in o["source"])
        if not (sent_a <= o["source"][0][0] <= sent_b):
            continue
        if same_speaker(sp, os_) or (set(words(os_)) & pw - PRON - {"the", "a", "an", "of"}):
            ocue = " ".join(text[x:y] for x, y in o["cue"]).lower()
            if (p.get("cue") or "").lower() in ocue:
                # our speaker and cue are another gold attribution's: the scorer paired
                # this prediction with a neighbouring gold content
                return "A:paired_with_neighbour"
            # nested: the other cue's content covers this one's cue
            oc = o["content"]
            if a["cue"] and any(x <= a["cue"][0][0] < y for x, y in oc):
                return "R:nested_outer"
            return "R:mixed_cue"
    if words(sp)[0] in PRON and len(words(sp)) <= 2:
        return "R:unresolved_pronoun"
    kind = gi["source_kind"]
    if kind == "pronoun":
        return "A:pronoun_approx"
    if sp[:1].islower() and not re.match(r"(the|a|an|this|that|these|those|some|many|one|two|three|several|most|all|both|each|another|other|\d)\b", sp):
        return "R:junk_fragment"
    if kind in ("definite", "description"):
        return "A?:description_vs_ours"
    return "R?:other_named"


def main():
    src, split = sys.argv[1], sys.argv[2]
    out = sys.argv[3] if len(sys.argv) > 3 and not sys.argv[3].startswith("--") else None
    corpus = os.path.join(SHARED, "corpora", "polnear", split)
    if src.endswith(".json"):
        preds_all = json.load(open(src))
    else:
        with tempfile.TemporaryDirectory() as cache:
            env = dict(os.environ, HEARSAY_CACHE_DIR=cache)
            r = subprocess.run([src, "quotes", "--json", os.path.join(corpus, "text")],
                               capture_output=True, text=True, env=env)
        preds_all = json.loads(r.stdout)
    preds = {}
    for q in preds_all:
        preds.setdefault(os.path.basename(q.get("article", "")), []).append(q)
    fam = {}
    for name, (text, g, attrs) in gold_indirect(corpus).items():
        raw = text.encode("utf-8")
        ip = [p for p in preds.get(name, []) if p.get("kind") == "indirect"]
        iused = set()
        for gi in g["indirect"]:
            hit = next((i for i, p in enumerate(ip) if i not in iused and S.covers(p.get("text", ""), gi["text"])), None)
            if hit is None:
                continue
            iused.add(hit)
            p = ip[hit]
            sp = p.get("speaker")
            if any(same_speaker(sp, x) for x in gi["speaker"]) or (not gi["speaker"] and sp is None):
                continue
            p["cstart"] = len(raw[:p["start"]].decode("utf-8", "replace"))
            p["cend"] = len(raw[:p["end"]].decode("utf-8", "replace"))
            f = classify(text, p, gi, attrs)
            cue = " ".join(text[x:y] for x, y in gi["attr"]["cue"])
            row = (f"{name}\tspeaker {sp!r} cue {p.get('cue')!r}\tgold {gi['source']!r} cue {cue!r} "
                   f"[{gi['source_kind']}]\n    {sentence(text, p['cstart'], p['cend'])[:400]}")
            fam.setdefault(f, []).append(row)
    total = sum(len(v) for v in fam.values())
    print(f"{split}: {total} wrong-speaker rows")
    for f, rows in sorted(fam.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(rows):5d}  {f}")
    if out:
        os.makedirs(out, exist_ok=True)
        for f, rows in fam.items():
            open(os.path.join(out, f.replace(":", "_").replace("?", "q") + ".txt"), "w").write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
