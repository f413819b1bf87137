"""The Python module against the command line: same analysis, same JSON, errors as exceptions."""
import gzip
import json
import os
import subprocess
from concurrent.futures import ThreadPoolExecutor

import pytest

import attrib

ROOT = os.environ.get("ATTRIB_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.environ.get("ATTRIB_BINARY")
SAMPLE = os.path.join(ROOT, "samples", "river-talks.txt")
TEXT = ("\u201cWe will not move the deadline,\u201d Mayor Linda Okafor said on Tuesday.\n"
        "A senior city official, who spoke on condition of anonymity because the talks are private, "
        "told Reuters the council would vote in May.\n")


def test_analyze_returns_the_json_output_as_dicts():
    a = attrib.analyze(TEXT, id="council")
    assert a.id == "council"
    assert [q.kind for q in a.quotes] == ["direct", "indirect"]
    assert a.quotes[0].speaker == "linda-okafor"
    assert a.quotes[0]["cue"]["text"] == "said"
    assert a.quotes[1].outlet.text == "Reuters"
    official = a.speakers[1]
    assert official.anonymous is True
    assert official.anonymity.reason == "because the talks are private"
    assert official.anonymity.spans.reason.start == TEXT.encode().index(b"because")
    assert isinstance(a, dict) and json.loads(json.dumps(a)) == a


@pytest.mark.skipif(not BINARY, reason="ATTRIB_BINARY names the command line to compare with")
def test_a_file_gives_what_the_command_line_prints():
    out = subprocess.run([BINARY, "quotes", "--format", "json", SAMPLE], check=True, capture_output=True, text=True).stdout
    assert attrib.analyze_file(SAMPLE) == json.loads(out)


def test_options_reach_the_analysis():
    full = attrib.analyze(TEXT)
    quoted_only = attrib.analyze(TEXT, reported_speech=False)
    assert len(full.quotes) == 2 and len(quoted_only.quotes) == 1


def test_audit_with_the_built_in_pack_a_users_pack_and_disabled_rules(tmp_path):
    a = attrib.analyze(TEXT)
    rules = {f.rule for f in a.audit()}
    assert {"anonymous-source", "quote-from-other-outlet"} <= rules
    own = tmp_path / "own.yaml"
    own.write_text("rules:\n  - id: dated\n    severity: error\n    applies_to: quote\n    when: quote.time\n"
                   "    message: \"dated {quote.time}\"\n")
    only = a.audit(rules=own)  # a path-like, as a str would be
    assert [(f.rule, f.message, f.severity, f.quote) for f in only] == [("dated", "dated on Tuesday", "error", "q1")]
    added = {f.rule for f in a.audit(rules="+" + str(own), disable=["anonymous-source"])}
    assert "dated" in added and "quote-from-other-outlet" in added and "anonymous-source" not in added


def test_a_bad_rule_file_raises_with_every_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules:\n  - id: a\n    severity: loud\n    applies_to: quote\n    when: quote.kind == \"Direct\"\n    message: m\n")
    with pytest.raises(attrib.Error) as caught:
        attrib.analyze(TEXT).audit(rules=str(bad))
    assert [(e.line, e.column) for e in caught.value.errors] == [(3, 15), (5, 33)]
    assert "did you mean 'direct'?" in str(caught.value)
    with pytest.raises(attrib.Error, match="no rule has the id 'nope'"):
        attrib.analyze(TEXT).audit(disable=["nope"])


def test_bad_input_raises_an_error_naming_the_place():
    with pytest.raises(attrib.Error) as empty:
        attrib.analyze("")
    assert str(empty.value) == "<text>: error: the article is empty"
    with pytest.raises(attrib.Error) as utf8:
        attrib.analyze(b"Sam said: caf\xc3 ok")
    assert str(utf8.value) == "<text>:1:14: error: invalid UTF-8 (byte 0xC3)"
    # text read with errors="surrogateescape" keeps its bad bytes, and attrib finds them
    with pytest.raises(attrib.Error, match=r"<text>:1:4: error: invalid UTF-8 \(byte 0xC3\)"):
        attrib.analyze("caf\udcc3 ok")


def test_missing_file_and_unknown_language():
    with pytest.raises(attrib.Error) as missing:
        attrib.analyze_file("/nonexistent/story.txt")
    assert (missing.value.file, str(missing.value)) == ("/nonexistent/story.txt", "/nonexistent/story.txt: error: no such file")
    with pytest.raises(attrib.Error, match="no language pack 'xx'"):
        attrib.analyze(TEXT, lang="xx")


def test_german_pack():
    a = attrib.analyze("\u201eWir sind bereit\u201c, sagte Bürgermeisterin Anna Weber am Montag.\n", lang="de")
    assert a.quotes[0].speaker == "anna-weber"


def write_corpus(path, opener=open):
    lines = [json.dumps({"id": "a", "text": TEXT}), '{"id": "b", "text":', json.dumps({"id": "c", "text": "Sam Lee said the vote was close."})]
    with opener(path, "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def test_jsonl_streams_records_and_reports_a_bad_one(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus)
    problems = []
    ids = [a.id for a in attrib.analyze_jsonl(corpus, on_error=problems.append)]
    assert ids == ["a", "c"]
    assert [(p.line, p.message) for p in problems] == [(2, "error: malformed JSON record: unexpected end of the record")]
    with pytest.warns(UserWarning, match="corpus.jsonl:2:20: error: malformed JSON record"):
        assert len(list(attrib.analyze_jsonl(corpus))) == 2


def test_jsonl_reads_gzip(tmp_path):
    corpus = tmp_path / "corpus.jsonl.gz"
    write_corpus(corpus, gzip.open)
    assert [a.id for a in attrib.analyze_jsonl(corpus, on_error=lambda d: None)] == ["a", "c"]


def test_threads_share_an_analyzer():
    texts = [TEXT.replace("Okafor", name) for name in ("Okafor", "Mendes", "Achebe", "Laine")] * 4
    with ThreadPoolExecutor(max_workers=4) as pool:
        speakers = list(pool.map(lambda t: attrib.analyze(t).quotes[0].speaker, texts))
    assert speakers == ["linda-" + n.lower() for n in ("Okafor", "Mendes", "Achebe", "Laine")] * 4


def test_graph_as_dot():
    dot = attrib.analyze(TEXT).dot()
    assert "digraph" in dot and '"speaker:linda-okafor" -> "quote:q1"' in dot
