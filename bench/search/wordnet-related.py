#!/usr/bin/env python3
"""Prints src/GsiPortal.Core/Search/wordnet-related.tsv: a reader's word the texts lack → words of the texts WordNet
relates to it (issue 24).

    apt-get install wordnet-base && python3 bench/search/wordnet-related.py > src/GsiPortal.Core/Search/wordnet-related.tsv

For every single-word lemma of WordNet 3.0 (Debian's /usr/share/wordnet), hyphenated or not, that content/ never writes: the words of its
first senses (WordNet orders a word's senses by how often they were tagged), the words derivationally related to it
("militarization" → "militarize"; not its synonyms' derived forms, which wandered: "population" → "populate" → "live"),
kept when content/ writes them. The list is generated, committed and embedded in GsiPortal.Core: WordNet is not a
runtime dependency, and nothing reads a file on a request. Regenerate it when the texts gain many words.
"""
import collections, glob, os, re, sys

WN = "/usr/share/wordnet"
SENSES = 2          # a word's commonest senses only: "mine" means a pit before it means an excavation
MAX_FORMS = 6       # per word: more would search half the texts
HYPHENATED = re.compile(r"[a-z]+(?:-[a-z]+)+")

root = os.path.join(os.path.dirname(__file__), "..", "..")
vocab = collections.Counter()
for path in glob.glob(os.path.join(root, "content", "*.md")):
    text = open(path, encoding="utf-8").read().split("\n---", 1)[-1]
    vocab.update(w.lower() for w in re.findall(r"[A-Za-z]+", text))
    # Hyphenated words as the texts write them ("non-proliferation", "one-year"): not words the texts lack.
    vocab.update(w.lower() for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)+", text))
stop = {"a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of",
        "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with"}

pos_files = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}
synsets = {}  # (pos, offset) -> (words, derivations per word index {i: [(pos, offset, j)]})
for name in ("noun", "verb", "adj", "adv"):
    for line in open(f"{WN}/data.{name}", encoding="latin-1"):
        if line.startswith("  "): continue
        f = line.split(" | ")[0].split()
        offset, pos, count = f[0], f[2], int(f[3], 16)
        words = [f[4 + 2 * i].lower() for i in range(count)]
        words = [re.sub(r"\(.*\)$", "", w) for w in words]
        k = 4 + 2 * count
        npointers = int(f[k]); k += 1
        derived = collections.defaultdict(list)
        for _ in range(npointers):
            symbol, target, tpos, st = f[k:k + 4]; k += 4
            if symbol == "+" or symbol == "\\":  # derivationally related, pertainym
                source, goal = int(st[:2], 16), int(st[2:], 16)
                derived[source - 1].append((pos_files[tpos][0] if tpos != "s" else "a", target, goal - 1))
        synsets[(pos[0] if pos != "s" else "a", offset)] = (words, derived)

def derivations(key, i):
    words, derived = synsets[key]
    for tpos, target, j in derived.get(i, []):
        if (tpos, target) not in synsets: continue
        if j >= 0:
            yield synsets[(tpos, target)][0][j]
            continue
        goal = synsets[(tpos, target)]
        for n, w in enumerate(goal[0]):
            yield w
            for dpos, dtarget, dj in goal[1].get(n, []):
                if dj >= 0 and (dpos, dtarget) in synsets: yield synsets[(dpos, dtarget)][0][dj]

related = collections.defaultdict(list)
other_pos = set()
for name in ("noun", "verb", "adj"):
    for line in open(f"{WN}/index.{name}", encoding="latin-1"):
        other_pos.add(line.split()[0])
for name in ("noun", "verb", "adj", "adv"):
    for line in open(f"{WN}/index.{name}", encoding="latin-1"):
        if line.startswith("  "): continue
        f = line.split()
        lemma, pos, count, npointers = f[0], f[1], int(f[2]), int(f[3])
        # A hyphenated word too ("one-sided" → "unilateral"): the site analyses it as its parts, which the texts may
        # hold apart ("one", "side"), and looks it up whole (QueryBuilder, IndexedWordForms.RelatedCompound).
        if not (lemma.isalpha() or HYPHENATED.fullmatch(lemma)) or lemma in vocab or lemma in stop or len(lemma) < 3: continue
        # An adverb sense of a word that is also a noun, verb or adjective is a rare one ("powerful": "right").
        if name == "adv" and lemma in other_pos: continue
        tagged = int(f[5 + npointers])
        # A hyphenated word is almost never tagged, so the order of its senses says nothing of which is common: its
        # first SENSES are taken ("one-sided": "nonreversible" first, "unilateral" second). Not for every untagged word:
        # measured on the tuning files (docs/search.md, the fifteenth turn), that moved no result and searched
        # "pipeline" by "line" and "canal" by "channel".
        senses = SENSES if tagged == 0 and "-" in lemma else max(1, min(SENSES, tagged))
        offsets = f[6 + npointers:6 + npointers + count][:senses]
        for offset in offsets:
            key = (pos if pos != "s" else "a", offset)
            if key not in synsets: continue
            words, _ = synsets[key]
            me = words.index(lemma) if lemma in words else -1
            found = list(words) + (list(derivations(key, me)) if me >= 0 else [])
            for w in found:
                if w != lemma and w.isalpha() and w in vocab and w not in stop and w not in related[lemma]:
                    related[lemma].append(w)

# Irregular forms WordNet lists ("sent" → "send"): the form takes its base's words (regular ones are stemmed).
for name in ("noun", "verb", "adj"):
    for line in open(f"{WN}/{name}.exc", encoding="latin-1"):
        form, base = line.split()[:2]
        if form.isalpha() and form not in vocab and base in related and form not in related:
            related[form] = list(related[base])

print("# Generated by bench/search/wordnet-related.py from WordNet 3.0 (wordnet-base): a word content/ lacks, then the")
print("# words of content/ WordNet relates to it (its commonest senses' synonyms and derived forms). Do not edit by hand.")
for lemma in sorted(related):
    forms = related[lemma][:MAX_FORMS]
    print(lemma + "\t" + " ".join(forms))
