#!/usr/bin/env python3
"""Builds content/antonyms.yml from WordNet's antonym pairs (Debian's wordnet-base, /usr/share/wordnet).

Only pairs of single words of which at least one occurs in the texts (content/*.md) are kept: the quote check flags a
word of the text replaced by its opposite, so a pair neither of whose words the texts use can never fire. Irregular
forms of the kept words (WordNet's verb.exc and adj.exc: won -> win, lost -> lose) are listed with them. The output is
committed and edited by hand like any content; this script is only how it was first built (docs/quote-check.md).

    python3 tools/build-antonyms.py > content/antonyms.yml
"""
import glob, os, re, sys

WORDNET = "/usr/share/wordnet"
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

text_words = set()
for path in glob.glob(os.path.join(root, "content", "*.md")):
    with open(path, encoding="utf-8") as f:
        text_words.update(w.lower() for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", f.read()))

# Irregular forms, form -> base.
irregular = {}
for pos in ("verb", "adj"):
    with open(os.path.join(WORDNET, pos + ".exc"), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and "_" not in parts[0]:
                irregular.setdefault(parts[0], parts[1])

def inflected(word):
    """Regular forms the quote check folds itself (docs/quote-check.md), and the irregular ones WordNet lists."""
    forms = {word, word + "s", word + "es", word + "ed", word + "d", word + "ing", word + "ly"}
    if word.endswith("e"): forms |= {word[:-1] + "ing", word[:-1] + "ed"}
    if word.endswith("y"): forms |= {word[:-1] + "ies", word[:-1] + "ied", word[:-1] + "ily"}
    forms |= {form for form, base in irregular.items() if base == word}
    return forms

pairs = set()
for pos in ("noun", "verb", "adj", "adv"):
    with open(os.path.join(WORDNET, "data." + pos), encoding="latin-1") as f:
        offsets = {}
        lines = [l for l in f if not l.startswith("  ")]
    by_offset = {}
    for line in lines:
        fields = line.split(" | ")[0].split()
        offset, count = fields[0], int(fields[3], 16)
        words = [fields[4 + 2 * i].lower() for i in range(count)]
        by_offset[offset] = (words, fields[4 + 2 * count:])
    for offset, (words, rest) in by_offset.items():
        pointers = int(rest[0])
        for p in range(pointers):
            symbol, target, tpos, st = rest[1 + 4 * p: 5 + 4 * p]
            if symbol != "!" or tpos not in "nvasr": continue
            source, goal = int(st[:2], 16), int(st[2:], 16)
            target_words = by_offset.get(target, (None,))[0]
            if target_words is None or source == 0 or goal == 0: continue
            a = re.sub(r"\(.*\)$", "", words[source - 1]); b = re.sub(r"\(.*\)$", "", target_words[goal - 1])
            if "_" in a or "_" in b or a == b or not re.fullmatch(r"[a-z]+(-[a-z]+)*", a) or not re.fullmatch(r"[a-z]+(-[a-z]+)*", b): continue
            if inflected(a) & text_words or inflected(b) & text_words:
                pairs.add(tuple(sorted((a, b))))

# Opposites of the texts' own verbs of stance that WordNet does not pair ("oppose" has no antonym there): added by
# hand, and named so in the list. The editors later added, by hand in content/antonyms.yml, the reversals of the
# paper's verbs of commitment (phrases among them: "take into account"), each with a comment naming the paper's words,
# below the line "# Added by hand from the paper's verbs of commitment": a rebuild must carry that block over.
BY_HAND = [("oppose", "support"), ("oppose", "endorse"), ("oppose", "advocate"), ("reject", "uphold"), ("reject", "embrace"), ("resist", "embrace")]
pairs |= {tuple(sorted(p)) for p in BY_HAND}
kept = sorted(pairs)
used = {w for pair in kept for w in pair}
forms = {form: base for form, base in sorted(irregular.items()) if base in used and form not in used and re.fullmatch(r"[a-z]+", form)}

print("# Words of opposite meaning, for the quote check: a word of the text replaced by its opposite (\"oppose\" by")
print("# \"support\", \"reject\" by \"accept\") is flagged as a change of meaning, naming both words. Read by ContentLoader")
print("# (AntonymsReader), checked when the content loads, watched like search-terms.yml, and part of the edition's version.")
print("#")
print("# Built from WordNet 3.0's antonym pairs (Debian's wordnet-base) by tools/build-antonyms.py: only pairs of which")
print("# the texts use at least one word. Edit by hand like any content; rebuilding is only a start.")
print("# antonyms: two words of opposite meaning, base forms in lower case (regular -s, -ed, -ing forms are understood).")
print("# Added by hand, since WordNet pairs no antonym with them: " + ", ".join(f"{a}/{b}" for a, b in BY_HAND) + ".")
print("# forms: irregular forms of those words, each with its base form (won: win).")
print("antonyms:")
for a, b in kept: print(f"  - [{a}, {b}]")
print("forms:")
for form, base in forms.items(): print(f"  {form}: {base}")
