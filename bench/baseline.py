"""The baseline xhslint is measured against: Python jieba plus a substring
checker over the same lexicons.

It does the part of xhslint's work that needs segmentation: every lexicon
entry is a jieba user word, each Note's title and body are segmented, and
every lexicon entry found in them is reported where it starts and ends on a
word boundary. Nothing else (no rules, no spans in lines and columns).

    python3 bench/baseline.py NOTE_OR_DIR...
    python3 bench/baseline.py --jsonl notes.jsonl
"""

import json
import logging
import os
import re
import sys

import jieba

LEXICON_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dictionaries")
BRACES = re.compile(r"\{([^{}]*)\}")


def expand(term):
    """`第一{次,天}` -> `第一次`, `第一天`, as `Lexicon::parse` does."""
    match = BRACES.search(term)
    if not match:
        return [term]
    head, tail = term[: match.start()], term[match.end() :]
    return [head + option.strip() + rest for option in match.group(1).split(",") for rest in expand(tail)]


def strip_comment(line):
    previous_is_space = True
    for i, c in enumerate(line):
        if c == "#" and previous_is_space:
            return line[:i]
        previous_is_space = c.isspace()
    return line


def lexicon_terms():
    terms = []
    for name in sorted(os.listdir(LEXICON_DIR)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(LEXICON_DIR, name), encoding="utf-8") as f:
            for line in f:
                term = strip_comment(line).rstrip().split("\t")[0].strip()
                if term:
                    terms.extend(expand(term))
    return terms


def split_markdown(source):
    """Title and body of a Markdown Note with optional front matter."""
    title = ""
    body = source
    if source.startswith("---\n"):
        end = source.find("\n---\n", 4)
        if end >= 0:
            for line in source[4:end].splitlines():
                if line.startswith("title:"):
                    title = line[6:].strip().strip('"')
            body = source[end + 5 :]
    if not title:
        lines = body.split("\n", 1)
        title, body = lines[0].lstrip("# "), lines[1] if len(lines) > 1 else ""
    return title, body


class Checker:
    def __init__(self):
        jieba.setLogLevel(logging.ERROR)
        jieba.initialize()
        self.terms = lexicon_terms()
        for term in self.terms:
            jieba.add_word(term)

    def hits(self, text):
        boundaries = {0}
        offset = 0
        for word in jieba.cut(text, HMM=True):
            offset += len(word)
            boundaries.add(offset)
        found = []
        for term in self.terms:
            start = text.find(term)
            while start >= 0:
                if start in boundaries and start + len(term) in boundaries:
                    found.append((start, term))
                start = text.find(term, start + 1)
        return found

    def note(self, name, title, body):
        found = self.hits(title) + self.hits(body)
        return f"{name}: {len(found)} lexicon hits"


def note_files(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, _, files in os.walk(path):
                for name in sorted(files):
                    if name.endswith((".md", ".txt")):
                        yield os.path.join(root, name)
        else:
            yield path


def main(argv):
    checker = Checker()
    out = []
    if argv[:1] == ["--jsonl"]:
        with open(argv[1], encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                out.append(checker.note(record["id"], record.get("title", ""), record["body"]))
    else:
        for path in note_files(argv):
            with open(path, encoding="utf-8") as f:
                title, body = split_markdown(f.read())
            out.append(checker.note(path, title, body))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
