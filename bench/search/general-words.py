#!/usr/bin/env python3
"""Prints the `general` and `nouns` lists of content/search-terms.yml from WordNet 3.0's sense-tagged counts.

    apt-get install wordnet-base && python3 bench/search/general-words.py

Every single-word, lower-case lemma of /usr/share/wordnet/cntlist.rev tagged 20 times or more; under `general` when
most of its tags are as a verb, adjective or adverb, under `nouns` otherwise. WordNet is not a runtime dependency:
its output is pasted into the YAML (keeping the header comment there) and edited by hand where it needs to be.
"""
import collections, textwrap

tags = collections.defaultdict(collections.Counter)
for line in open("/usr/share/wordnet/cntlist.rev"):
    key, _, count = line.split()
    lemma, rest = key.split("%")
    tags[lemma]["noun" if rest.split(":")[0] == "1" else "other"] += int(count)
words = [w for w in tags if sum(tags[w].values()) >= 20 and w.isalpha() and w.islower() and len(w) > 1]

def block(name, chosen):
    body = textwrap.wrap(", ".join(sorted(chosen)), 114, initial_indent="  ", subsequent_indent="  ", break_on_hyphens=False)
    return f"{name}: [\n" + "\n".join(body) + "\n  ]"

print(block("general", [w for w in words if tags[w]["other"] > tags[w]["noun"]]))
print(block("nouns", [w for w in words if tags[w]["other"] <= tags[w]["noun"]]))
