#!/usr/bin/env python3
"""Derives rules/lexicon/en/communication-verbs.yaml from WordNet 3.0 (Debian package wordnet-base).

A candidate is a one-word verb whose most frequent sense (the first synset in index.verb) lies in WordNet's
verb.communication lexicographer file (lex_filenum 32) and which WordNet gives the sentence frame
`Somebody ----s that CLAUSE` (frame 26): `acknowledge`, `reiterate`, `underscore`, `vow`. Left out:
- verbs the hand-written pack already lists (rules/lexicon/en/verbs.yaml decides their class);
- verbs used more often as nouns than as verbs in WordNet's sense-tagged corpus (cntlist.rev: `point`,
  `question`, `record`, `order`): as a cue they would break noun phrases such as `a record number`;
- `will` and other auxiliaries (rules/lexicon/en/function-words.yaml).
Every candidate is a neutral cue that reports speech only with `that` (`complement: that`): WordNet says the
verb may take a that-clause, not that any clause after it is what was said (`snapped the photo`).

Forms: the base, the third person, the past and the -ing form, by the regular English rules, with WordNet's
verb.exc for the irregular ones. Where a final consonant may double (`admit`: `admitted`), both spellings are
listed; the one English does not use never matches.

Usage: python3 scripts/derive_communication_verbs.py [/usr/share/wordnet] > rules/lexicon/en/communication-verbs.yaml
WordNet 3.0 licence (Princeton University): see rules/lexicon/en/WORDNET-LICENSE.
"""
import collections
import os
import re
import sys

COMMUNICATION_LEXFILE = 32
THAT_CLAUSE_FRAME = 26
# Verbs of judging someone aloud, by the synset their first sense descends from: `praise` (express approval
# of: extol, hail, laud), `knock, criticize` (find fault with: decry, deplore, disparage, reprimand) and
# `charge` (make an accusation: accuse, malign, slander). They report a stance toward an object, with or
# without a reason (`lauded Mr. Clarke for …`).
EVALUATION_ROOTS = {"00856842": "praise", "00826527": "criticize", "00843486": "charge"}
HERE = os.path.dirname(os.path.abspath(__file__))
PACK = os.path.join(HERE, "..", "rules", "lexicon", "en")


def synsets(root):
    out = {}
    with open(f"{root}/data.verb", encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            head = line.split("|")[0].split()
            count = int(head[3], 16)
            words = [head[4 + 2 * k].lower() for k in range(count)]
            i = 4 + 2 * count
            pointers = int(head[i])
            hypernyms = [head[i + 2 + 4 * k] for k in range(pointers) if head[i + 1 + 4 * k] == "@"]
            i += 1 + 4 * pointers
            frames = []
            if i < len(head):
                for _ in range(int(head[i])):
                    frames.append((int(head[i + 2]), int(head[i + 3], 16)))
                    i += 3
            out[head[0]] = (int(head[1]), words, frames, hypernyms)
    return out


def ancestors(syn, offset):
    """The synset and every hypernym above it."""
    seen, todo = {offset}, [offset]
    while todo:
        for h in syn[todo.pop()][3]:
            if h not in seen:
                seen.add(h)
                todo.append(h)
    return seen


def first_senses(root):
    out = {}
    with open(f"{root}/index.verb", encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            p = line.split()
            out[p[0]] = p[4 + int(p[3]) + 2]
    return out


def tagged_counts(root):
    counts = collections.Counter()
    with open(f"{root}/cntlist.rev", encoding="latin-1") as f:
        for line in f:
            key, _, n = line.split()
            lemma, rest = key.split("%")
            counts[(lemma, rest.split(":")[0])] += int(n)  # 1 noun, 2 verb
    return counts


def irregular_forms(root):
    forms = collections.defaultdict(set)
    with open(f"{root}/verb.exc", encoding="latin-1") as f:
        for line in f:
            inflected, *bases = line.split()
            for b in bases:
                forms[b].add(inflected)
    return forms


def listed_words(path, key):
    """The words of a YAML section written as a flow list or map keys, without a YAML parser."""
    text = open(path, encoding="utf-8").read()
    if key == "speech_verbs":
        block = text.split("speech_verbs:", 1)[1].split("\n\n", 1)[0]
        return set(re.findall(r"^\s{2}(\w+):", block, re.M)) | set(re.findall(r"[\[,]\s*\"?([a-z ]+?)\"?\s*(?=[,\]])", block))
    m = re.search(rf"^{key}:\s*\[(.*?)\]", text, re.M | re.S)
    return {w.strip().strip('"') for w in m.group(1).split(",")} if m else set()


VOWELS = "aeiou"


def doubles(w):
    """Whether a final consonant may double before -ed/-ing: consonant, one vowel, consonant (not w, x, y)."""
    return len(w) >= 3 and w[-1] not in VOWELS + "wxy" and w[-2] in VOWELS and w[-3] not in VOWELS


def syllables(w):
    return len(re.findall(r"[aeiouy]+", w))


def forms_of(w, irregular):
    third = w + "es" if w.endswith(("s", "x", "z", "ch", "sh")) else w[:-1] + "ies" if w.endswith("y") and w[-2] not in VOWELS else w + "s"
    forms = {w, third}
    if w.endswith("e"):
        past, ing = [w + "d"], [w[:-1] + "ing" if not w.endswith(("ee", "ye", "oe")) else w + "ing"]
    elif w.endswith("y") and w[-2] not in VOWELS:
        past, ing = [w[:-1] + "ied"], [w + "ing"]
    elif doubles(w):
        doubled = [w + w[-1] + "ed"], [w + w[-1] + "ing"]
        plain = [w + "ed"], [w + "ing"]
        past, ing = (doubled if syllables(w) == 1 else (doubled[0] + plain[0], doubled[1] + plain[1]))
    else:
        past, ing = [w + "ed"], [w + "ing"]
    if irregular.get(w):
        past = sorted(irregular[w])
    return sorted(forms | set(past) | set(ing))


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    syn, first, counts, irregular = synsets(root), first_senses(root), tagged_counts(root), irregular_forms(root)
    hand = listed_words(os.path.join(PACK, "verbs.yaml"), "speech_verbs")
    auxiliaries = listed_words(os.path.join(PACK, "function-words.yaml"), "auxiliaries")
    chosen = []
    for w, offset in sorted(first.items()):
        if not w.isalpha() or w in hand or w in auxiliaries:
            continue
        lexfile, words, frames, _ = syn[offset]
        if lexfile != COMMUNICATION_LEXFILE or counts[(w, "1")] > counts[(w, "2")]:
            continue
        index = words.index(w) + 1 if w in words else 0
        evaluates = bool(ancestors(syn, offset) & EVALUATION_ROOTS.keys())
        if not evaluates and not any(f == THAT_CLAUSE_FRAME and n in (0, index) for f, n in frames):
            continue
        forms = [f for f in forms_of(w, irregular) if f not in hand]
        if forms:
            chosen.append((w, forms, evaluates))
    print("# Generated by scripts/derive_communication_verbs.py from WordNet 3.0 (verb.communication, first senses):")
    print("# verbs with the frame `Somebody ----s that CLAUSE`, neutral cues of a that-clause; and verbs of praise,")
    print("# criticism and accusation, stance cues of an object. Do not edit by hand: list a verb in verbs.yaml to give")
    print("# it a class of its own, and run the script again. Licence: rules/lexicon/en/WORDNET-LICENSE.")
    print("speech_verbs:")
    for w, forms, evaluates in chosen:
        if evaluates:
            print(f"  {w}: {{class: stance, forms: [{', '.join(forms)}], takes_reason: true}}")
        else:
            print(f"  {w}: {{class: neutral, forms: [{', '.join(forms)}], complement: that}}")


if __name__ == "__main__":
    main()
