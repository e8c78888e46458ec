"""WordNet 3.0's synsets and each lemma's senses, read from Debian's wordnet-base (/usr/share/wordnet): the one reading
of its data and index files that bench/search/wordnet-near.py (the meaning path's table) and lack-wordnet.py (the
twelfth turn's measure) both walk, so that the table is generated from exactly what was measured."""
import collections, re

WN = "/usr/share/wordnet"


def synsets():
    """(pos, offset) -> (words, pointers [(symbol, pos, offset)]); a satellite adjective's pos read as 'a'."""
    found = {}
    for name in ("noun", "verb", "adj", "adv"):
        for line in open(f"{WN}/data.{name}", encoding="latin-1"):
            if line.startswith("  "): continue
            f = line.split(" | ")[0].split()
            offset, pos, count = f[0], f[2], int(f[3], 16)
            pos = 'a' if pos == 's' else pos
            words = [re.sub(r"\(.*\)$", "", f[4 + 2 * i].lower()) for i in range(count)]
            k = 4 + 2 * count; n = int(f[k]); k += 1; pointers = []
            for _ in range(n):
                symbol, target, tpos, _st = f[k:k + 4]; k += 4
                pointers.append((symbol, 'a' if tpos == 's' else tpos, target))
            found[(pos, offset)] = (words, pointers)
    return found


def senses():
    """lemma -> its senses as (pos, offset), nouns first, then verbs, adjectives and adverbs, each by tagged frequency."""
    found = collections.defaultdict(list)
    for name, p in (("noun", "n"), ("verb", "v"), ("adj", "a"), ("adv", "r")):
        for line in open(f"{WN}/index.{name}", encoding="latin-1"):
            if line.startswith("  "): continue
            f = line.split(); lemma, count, npointers = f[0], int(f[2]), int(f[3])
            found[lemma] += [(p, o) for o in f[6 + npointers:6 + npointers + count]]
    return found


# WordNet's pointer symbols the near words follow: hypernym and hyponym (with instances), similar to, derivation,
# pertainym, attribute, and part/member/substance holonyms and meronyms.
FOLLOWED = {'@', '@i', '~', '~i', '&', '+', '\\', '=', '%p', '#p', '%m', '#m', '%s', '#s'}


def near(synsets, key, steps):
    """The words of the synsets within `steps` steps of the synset `key` by the FOLLOWED relations, its own included."""
    out = set()
    frontier, seen = [key], {key}
    for _ in range(steps):
        following = []
        for k in frontier:
            words, pointers = synsets[k]; out.update(words)
            for symbol, tpos, target in pointers:
                if symbol in FOLLOWED and (tpos, target) in synsets and (tpos, target) not in seen:
                    seen.add((tpos, target)); following.append((tpos, target))
        frontier = following
    for k in frontier: out.update(synsets[k][0])
    return out
