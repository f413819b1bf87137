"""attrib: quotations, attributions and sources in news articles.

    import attrib
    a = attrib.analyze(text)                 # a dict shaped like `attrib quotes --format json`
    a.quotes[0].speaker, a["speakers"]       # keys read as attributes too, at every level
    a.audit()                                # findings of the default rule pack, as dicts
    for a in attrib.analyze_jsonl("corpus.jsonl.gz"):
        ...

Errors (a file that cannot be read, an empty article, a bad rule file) raise attrib.Error; in
analyze_jsonl a bad record is reported to `on_error` (a warning by default) and the others go on.
"""

import json
import os
import warnings

__all__ = ["Analysis", "Diagnostic", "Error", "Record", "analyze", "analyze_file", "analyze_jsonl", "__version__"]


class Record(dict):
    """A JSON object: a dict whose keys also read as attributes (`q.speaker` is `q["speaker"]`)."""

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __dir__(self):
        return list(super().__dir__()) + list(self.keys())


class Diagnostic(Record):
    """One problem: file, line, column (1-based; 0 when unknown), message, and `text` as the CLI prints it."""


class Error(Exception):
    """An input attrib could not use; `errors` lists every problem found (a rule file reports all at once)."""

    def __init__(self, items):
        self.errors = [Diagnostic(text=t, file=f, line=l, column=c, message=m) for (t, f, l, c, m) in items]
        first = self.errors[0] if self.errors else Diagnostic(text="", file="", line=0, column=0, message="")
        self.file, self.line, self.column = first.file, first.line, first.column
        super().__init__("\n".join(e.text for e in self.errors))


from . import _attrib  # noqa: E402  (Error must exist before the extension raises it)

__version__ = _attrib.version


class Analysis(Record):
    """One analysed article: `id`, `quotes`, `speakers` (and `input`, `outlet`, … as in the JSON output)."""

    def __init__(self, native):
        super().__init__(json.loads(native.json(), object_hook=Record))
        object.__setattr__(self, "_native", native)

    def audit(self, rules=None, disable=()):
        """Findings as dicts (rule, severity, message, start, end, line, column, quote, speaker, reference).

        `rules`: None for the built-in pack, or a rule file path (or a list of them) replacing it; a path
        written "+FILE" adds to the built-in pack instead, as on the command line. `disable`: rule ids to
        turn off."""
        files = [rules] if isinstance(rules, (str, os.PathLike)) else list(rules or [])
        return json.loads(self._native.audit_json(_rules(tuple(map(os.fspath, files)), tuple(disable))), object_hook=Record)["findings"]

    def dot(self):
        """The source graph as GraphViz DOT."""
        return self._native.dot()


_analyzers = {}
_packs = {}


def _rules(files, disabled):
    # a rule pack is read once per set of files and ids, however many articles it audits, and again when a
    # file changes (a rule being written in a notebook)
    def stamp(f):
        try:
            st = os.stat(f.lstrip("+"))
            return (st.st_mtime_ns, st.st_size)
        except OSError:
            return None  # load_rules reports it
    key = (files, tuple(stamp(f) for f in files), disabled)
    if key not in _packs:
        _packs[key] = _attrib.load_rules(list(files), list(disabled)) if files or disabled else _attrib.default_rules()
    return _packs[key]


def _analyzer(lang, lexicons, reported_speech, scare_quotes, beliefs):
    # a pack compiles once per set of options and is shared by every later call
    key = (lang, tuple(lexicons), reported_speech, scare_quotes, beliefs)
    if key not in _analyzers:
        _analyzers[key] = _attrib.Analyzer(lang, list(lexicons), reported_speech, scare_quotes, beliefs)
    return _analyzers[key]


def analyze(text, lang="en", id="article", lexicons=(), reported_speech=True, scare_quotes=True, beliefs=True):
    """Analyses one article's text (str, or UTF-8 bytes) and returns its Analysis.

    A str's lone surrogates (bytes kept by errors="surrogateescape") go back to the bytes they stand for,
    so that attrib reports them as invalid UTF-8 with their line and column."""
    if isinstance(text, str):
        text = text.encode("utf-8", "surrogateescape")
    return Analysis(_analyzer(lang, lexicons, reported_speech, scare_quotes, beliefs).analyze(bytes(text), id))


def analyze_file(path, lang="en", lexicons=(), reported_speech=True, scare_quotes=True, beliefs=True):
    """Reads and analyses a text file; its id is the file name without directory and extension."""
    return Analysis(_analyzer(lang, lexicons, reported_speech, scare_quotes, beliefs).analyze_file(str(path)))


def _warn(diagnostic):
    warnings.warn(diagnostic.text, stacklevel=3)


def analyze_jsonl(path, lang="en", lexicons=(), reported_speech=True, scare_quotes=True, beliefs=True, on_error=_warn):
    """Yields the Analysis of every record of a JSON Lines file (plain, gzip or zstd), reading as it goes.

    A bad record (malformed JSON, no text, invalid UTF-8, an unknown `lang`) is passed to `on_error` as a
    Diagnostic and the rest are still read; a repeated id is a warning and its record is still analysed."""
    stream = _analyzer(lang, lexicons, reported_speech, scare_quotes, beliefs).open_jsonl(str(path))
    for native, problem in stream:
        if native is not None:
            yield Analysis(native)
        else:
            t, f, l, c, m = problem
            on_error(Diagnostic(text=t, file=f, line=l, column=c, message=m))
