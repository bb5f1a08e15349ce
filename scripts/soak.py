#!/usr/bin/env python3
"""Soak test helpers for scripts/soak.sh (Python 3, standard library only).

  soak.py rewrite SRC DST       writes rewritten copies of every article under SRC into
                                DST/<variant>/ (same relative paths), one folder a variant
  soak.py run BIN NAME DIR...   runs `quotes`, `actors` and `search` (--json --no-cache)
                                on each DIR, checks them, prints one line per DIR; exits 1
                                if any check failed

Checks: every command exits 0 and its stdout is a JSON array; stderr has no "internal
error" (a panic caught in extraction) and no "panicked"; every quote row (quotes and
search) has 0 <= start <= end, end - start == the UTF-8 length of its text, and, for a
plain-text article whose body can be rebuilt from its file (UTF-8, no control characters
that loading removes), body[start:end] is exactly its text (so on character boundaries).
"""

import json
import os
import random
import re
import subprocess
import sys
import time
import zlib

ARTICLE_EXTS = (".txt", ".text", ".md", ".html", ".htm", ".json", ".jsonl", ".ndjson")
VARIANTS = ("title", "upper", "lower", "joined", "swapped", "dropped", "cut")
MARKS = "\"“”‘’«»„'"
SEARCH_QUERY = "figures"

WORD = re.compile(r"[^\W\d_]+")
TAG = re.compile(r"(<[^>]*>)")


def title_case(text):
    return WORD.sub(lambda m: m.group(0)[:1].upper() + m.group(0)[1:].lower(), text)


def joined(text):
    """Paragraphs joined onto one line."""
    return re.sub(r"[ \t]*\n[\s]*", " ", text)


def swapped(text):
    """Curly marks made straight, straight ones curly (alternating open and close)."""
    # Doubled single marks (‘‘…’’, as some agencies write) are one double mark.
    text = text.replace("‘‘", "“").replace("’’", "”")
    out, double_open, single_open = [], True, True
    for i, c in enumerate(text):
        if c in "“”„":
            out.append('"')
        elif c in "‘’":
            out.append("'")
        elif c == '"':
            out.append("“" if double_open else "”")
            double_open = not double_open
        elif c == "'":
            prev = text[i - 1] if i else " "
            nxt = text[i + 1] if i + 1 < len(text) else " "
            if prev.isalnum() and nxt.isalnum():
                out.append("’")  # an apostrophe
            else:
                out.append("‘" if single_open else "’")
                single_open = not single_open
        else:
            out.append(c)
    return "".join(out)


def dropped(text, rng):
    """A third of the quote marks (and apostrophes) left out."""
    return "".join(c for c in text if c not in MARKS or rng.random() >= 0.33)


def cut(text, rng):
    """Lines cut at random points; one file in five cut short."""
    lines = []
    for line in text.split("\n"):
        if line and rng.random() < 0.5:
            at = rng.randrange(len(line) + 1)
            lines.extend([line[:at], line[at:]])
        else:
            lines.append(line)
    text = "\n".join(lines)
    if text and rng.random() < 0.2:
        text = text[: rng.randrange(len(text))]
    return text


def rewrite_text(text, variant, rng):
    if variant == "title":
        return title_case(text)
    if variant == "upper":
        return text.upper()
    if variant == "lower":
        return text.lower()
    if variant == "joined":
        return joined(text)
    if variant == "swapped":
        return swapped(text)
    if variant == "dropped":
        return dropped(text, rng)
    if variant == "cut":
        return cut(text, rng)
    raise ValueError(variant)


def rewrite(text, variant, rng, html):
    if not html:
        return rewrite_text(text, variant, rng)
    # Only the text between tags.
    parts = TAG.split(text)
    return "".join(p if p.startswith("<") else rewrite_text(p, variant, rng) for p in parts)


def article_files(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and name.lower().endswith(ARTICLE_EXTS):
                yield os.path.join(dirpath, name)


def cmd_rewrite(src, dst):
    count = 0
    for path in article_files(src):
        rel = os.path.relpath(path, src)
        if rel.lower().endswith((".json", ".jsonl", ".ndjson")):
            continue
        with open(path, "rb") as f:
            text = f.read().decode("utf-8", errors="replace")
        html = rel.lower().endswith((".html", ".htm"))
        for variant in VARIANTS:
            rng = random.Random(zlib.crc32(f"{variant}/{rel}".encode()))
            out = os.path.join(dst, variant, rel)
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with open(out, "w", encoding="utf-8") as f:
                f.write(rewrite(text, variant, rng, html))
        count += 1
    print(f"rewrote {count} files of {src} in {len(VARIANTS)} variants", file=sys.stderr)


# Characters loading removes or changes (control characters but \n, bidi overrides): a body
# with any of them is not rebuilt from its file, only its spans' lengths are checked.
UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def body_of(path, cache):
    """The body hearsay reads from a plain-text file, or None when it cannot be rebuilt."""
    if path in cache:
        return cache[path]
    body = None
    if path.lower().endswith((".txt", ".text")) and os.path.isfile(path):
        with open(path, "rb") as f:
            raw = f.read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = None
        if text is not None:
            text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
            if not UNSAFE.search(text):
                body = text.encode("utf-8")
    cache[path] = body
    return body


def run(args):
    p = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", errors="replace")


def check_rows(rows, root, cache, problems, what):
    checked = 0
    for r in rows:
        start, end, text = r.get("start"), r.get("end"), r.get("text")
        if not (isinstance(start, int) and isinstance(end, int) and isinstance(text, str)):
            problems.append(f"{what}: a row without start/end/text: {r}")
            continue
        if not 0 <= start <= end or end - start != len(text.encode("utf-8")):
            problems.append(f"{what}: {r['article']}: bad span {start}..{end} for {text[:40]!r}")
            continue
        article = r["article"]
        body = None if "#" in article else body_of(os.path.join(root, article), cache)
        if body is None:
            continue
        checked += 1
        if end > len(body) or body[start:end] != text.encode("utf-8"):
            problems.append(
                f"{what}: {article}: {start}..{end} is not {text[:40]!r} in the body"
                f" ({body[start:end][:40]!r})"
            )
    return checked


def soak_dir(binary, name, root):
    problems, results, cache = [], {}, {}
    t0 = time.monotonic()
    commands = {
        "quotes": [binary, "quotes", "--json", "--no-cache", root],
        "actors": [binary, "actors", "--json", "--no-cache", root],
        "search": [binary, "search", "--json", "--no-cache", "--limit", "0", SEARCH_QUERY, root],
    }
    for what, args in commands.items():
        code, out, err = run(args)
        # `search` exits 1 when nothing matches (as fzf and ripgrep do): not a failure.
        if code != 0 and not (what == "search" and code == 1 and out.strip() in (b"[]", "[]")):
            problems.append(f"{what}: exit status {code}")
        for line in err.splitlines():
            if "internal error" in line or "panicked" in line:
                problems.append(f"{what}: {line}")
        try:
            rows = json.loads(out)
            assert isinstance(rows, list)
        except (ValueError, AssertionError):
            problems.append(f"{what}: stdout is not a JSON array")
            rows = []
        results[what] = rows
    seconds = time.monotonic() - t0
    checked = 0
    for what in ("quotes", "search"):
        checked += check_rows(results[what], root, cache, problems, what)
    files = sum(1 for _ in article_files(root))
    status = "ok" if not problems else f"FAILED ({len(problems)})"
    print(
        f"{name:34} files {files:7}  quotes {len(results['quotes']):8}"
        f"  actors {len(results['actors']):7}  search hits {len(results['search']):6}"
        f"  spans checked {checked:8}  {seconds:7.1f} s  {status}",
        flush=True,
    )
    for p in problems[:20]:
        print(f"    {p}", flush=True)
    return not problems


def main(argv):
    if len(argv) == 4 and argv[1] == "rewrite":
        cmd_rewrite(argv[2], argv[3])
        return 0
    if len(argv) >= 5 and argv[1] == "run":
        binary, name = argv[2], argv[3]
        ok = True
        for root in argv[4:]:
            label = name if len(argv) == 5 else f"{name}/{os.path.basename(root)}"
            ok &= soak_dir(binary, label, root)
        return 0 if ok else 1
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
