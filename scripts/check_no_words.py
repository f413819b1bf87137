#!/usr/bin/env python3
"""Fails when a word of a language is written in the C++ of src/attrib/ or grammar/.

Every word the grammar and the stages know lives in a language pack (rules/lexicon/<language>/*.yaml).
This check reads every pack's entries (the words and phrases of its lists, verb forms, pronouns, map
keys and values) and every string literal of the C++ (comments removed). A literal is a word literal
when it is one to three words of letters (an apostrophe, hyphen or trailing space allowed) and, trimmed
and lowercased, is an entry of a pack (suffixes such as `ing` are entries too). Names the code needs for its
own formats (JSON fields, YAML keys, enum values) that happen to be words are listed in
scripts/identifier_words.txt, each with the reason.

usage: check_no_words.py [REPO]   (exit 1 and a file:line list when a word literal is found)
"""
import os, re, sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..')

def pack_words():
    words = set()
    lexdir = os.path.join(root, 'rules', 'lexicon')
    for lang in sorted(os.listdir(lexdir)):
        d = os.path.join(lexdir, lang)
        if not os.path.isdir(d): continue
        for f in sorted(os.listdir(d)):
            if not f.endswith('.yaml'): continue
            text = open(os.path.join(d, f), encoding='utf-8').read()
            text = re.sub(r'(?m)#.*$', '', text)
            for m in re.finditer(r'"([^"\n]+)"|([^\s\[\]{},:"|]+(?: [^\s\[\]{},:"|#]+)*)', text):
                if text[m.end():m.end() + 1] == ':' and m.group(2): continue  # a section or field name
                w = (m.group(1) or m.group(2)).strip().lower()
                if w and len(w) <= 40: words.add(w)
    return words

def allowed():
    out = set()
    p = os.path.join(root, 'scripts', 'identifier_words.txt')
    for line in open(p, encoding='utf-8'):
        line = line.split('#', 1)[0].strip()
        if line: out.add(line)
    return out

STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
WORDLIKE = re.compile(r"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'\u2019-]*(?: [A-Za-z\u00C0-\u024F'\u2019-]+){0,2} ?$")

def strip_comments(src):
    # drop // and /* */ comments, keep string literals and line numbers
    out, i, n = [], 0, len(src)
    while i < n:
        c = src[i]
        if c == '"' or (c == "'" and i + 1 < n):
            q = c; j = i + 1
            while j < n and src[j] != q and src[j] != '\n':
                j += 2 if src[j] == '\\' else 1
            out.append(src[i:j + 1]); i = j + 1
        elif src.startswith('//', i):
            j = src.find('\n', i); j = n if j < 0 else j
            i = j
        elif src.startswith('/*', i):
            j = src.find('*/', i + 2); j = n if j < 0 else j + 2
            out.append('\n' * src.count('\n', i, j)); i = j
        elif src.startswith('R"', i):
            m = re.match(r'R"([^(]*)\(', src[i:])
            end = src.find(')' + m.group(1) + '"', i) if m else -1
            j = n if end < 0 else end + len(m.group(1)) + 2
            out.append('\n' * src.count('\n', i, j)); i = j
        else:
            out.append(c); i += 1
    return ''.join(out)

def decode(lit):
    return re.sub(r'\\u([0-9a-fA-F]{4})', lambda m: chr(int(m.group(1), 16)), lit)

# The interface layer: messages, output labels, JSON and YAML field names and the rule language's keywords
# are the tool's own formats, not the vocabulary of the language it reads, and are not checked.
INTERFACE = {'src/attrib/report', 'src/attrib/audit.cpp', 'src/attrib/audit_fields.cpp', 'src/attrib/rules.cpp', 'src/attrib/condition.cpp',
             'src/attrib/lexicon_yaml.cpp', 'src/attrib/lexicon.cpp', 'src/attrib/jsonl.cpp', 'src/attrib/jsonl.hpp', 'src/attrib/dot.cpp',
             'src/attrib/packs.cpp', 'src/attrib/model.cpp', 'src/attrib/corpus.cpp', 'src/attrib/article.cpp', 'src/attrib/source_graph.cpp',
             'grammar/expression.cpp', 'grammar/expression.hpp', 'src/attrib/index/index_output.cpp', 'src/attrib/index/state_io.cpp', 'src/attrib/index/index_graph.cpp', 'src/attrib/index/corpus_audit.cpp'}

def interface(rel):
    return any(rel == i or rel.startswith(i + '/') for i in INTERFACE)

def main():
    words, allow = pack_words(), allowed()
    bad = []
    for base in ('src/attrib', 'grammar'):
        for dirpath, _, files in os.walk(os.path.join(root, base)):
            for f in sorted(files):
                if not f.endswith(('.cpp', '.hpp', '.in')): continue
                path = os.path.join(dirpath, f)
                if interface(os.path.relpath(path, root)): continue
                src = strip_comments(open(path, encoding='utf-8').read())
                for lineno, line in enumerate(src.split('\n'), 1):
                    if '#include' in line: continue
                    for m in STRING.finditer(line):
                        lit = decode(m.group(1))
                        if not WORDLIKE.match(lit): continue
                        key = lit.strip().lower()
                        if key in allow: continue
                        if key in words or key.replace('\u2019', "'") in words:
                            bad.append(f'{os.path.relpath(path, root)}:{lineno}: "{lit}" is a word of a language pack')
    for b in bad: print(b)
    if bad:
        print(f'{len(bad)} word literal(s): move them to a pack section (rules/README.md) or, for a format name, '
              'to scripts/identifier_words.txt', file=sys.stderr)
        return 1
    print('no word of any language pack in src/attrib/ or grammar/')
    return 0

sys.exit(main())
