// The JSON Lines record reader: what it takes from a record, and the exact message and column of each
// kind of bad record.
#include "attrib/corpus.hpp"
#include "attrib/jsonl.hpp"
#include "attrib/report/report.hpp"
#include "testing/helpers.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace {

using namespace attrib;

std::string read(std::string const& line) {
  auto const r = jsonl::parse_record(line);
  if (auto const* e = std::get_if<jsonl::error>(&r)) return std::to_string(e->column) + ": " + e->message;
  auto const& rec = std::get<jsonl::record>(r);
  return "id=" + rec.id.value_or("-") + " text=" + rec.text.value_or(rec.has_text ? "<not a string>" : "-");
}

struct record_case {
  char const* name;
  char const* line;
  char const* expected;
};
class record_table : public ::testing::TestWithParam<record_case> {};
TEST_P(record_table, reads) { EXPECT_EQ(read(GetParam().line), GetParam().expected); }

INSTANTIATE_TEST_SUITE_P(
    jsonl, record_table,
    ::testing::Values(
        record_case{"plain", R"({"id": "a", "text": "Hi."})", "id=a text=Hi."},
        record_case{"other fields are skipped", R"({"gold": [{"x": [1, 2.5e-3, null, true]}], "text": "T", "id": "b"})", "id=b text=T"},
        record_case{"byte-order mark", "\xEF\xBB\xBF{\"text\": \"T\"}", "id=- text=T"},
        record_case{"number id keeps its text", R"({"id": 17, "text": "T"})", "id=17 text=T"},
        record_case{"huge number id", R"({"id": 1e400, "text": "T"})", "id=1e400 text=T"},
        record_case{"escapes", R"({"text": "\"Q,\" \u201cR\u201d\n\ud83d\ude00 \/"})", "id=- text=\"Q,\" \u201CR\u201D\n\U0001F600 /"},
        record_case{"the last of a repeated member", R"({"text": "one", "text": "two"})", "id=- text=two"},
        record_case{"text not a string", R"({"id": "c", "text": 5})", "id=c text=<not a string>"},
        record_case{"no text", R"({"id": "c"})", "id=c text=-"},
        record_case{"not an object", R"([1, 2])", "1: expected an object with \"id\" and \"text\""},
        record_case{"cut short", R"({"id": "b", "text": )", "21: unexpected end of the record"},
        record_case{"trailing text", R"({"text": "T"} x)", "15: unexpected text after the record"},
        record_case{"unquoted name", R"({id: 1})", "2: expected a member name in quotes"},
        record_case{"bad number", R"({"text": "T", "n": 01})", "21: expected ',' or '}' in an object"},
        record_case{"lone surrogate", R"({"text": "\ud800 x"})", "11: a lone surrogate \\u escape is not a character"},
        record_case{"bad escape", R"({"text": "\q"})", "12: unknown escape in a string"},
        record_case{"raw control character", "{\"text\": \"a\tb\"}", "12: a control character must be escaped in a string"},
        record_case{"invalid UTF-8, column in code points", "{\"text\": \"\u00E9\u00E9 \xC3(\"}", "14: invalid UTF-8 (byte 0xC3)"},
        record_case{"deep nesting", "{\"x\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
                                     "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
                                     "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]}",
                    "262: the record nests deeper than 256 levels"}),
    attrib::testing::case_name);

TEST(jsonl, bad_records_are_reported_once_each_and_the_rest_kept_in_order) {
  std::istringstream in(
      "{\"id\": \"a\", \"text\": \"One.\"}\n"
      "{\"id\": \"b\", \"text\": \"\xFF\"}\n"
      "{\"id\": \"a\", \"text\": \"Two.\"}\n"
      "{\"id\": \"c\", \"text\": \"Three.\"}\n");
  std::vector<std::string> texts, messages;
  read_jsonl(
      in, "c.jsonl", [&](article a) { texts.push_back(a.text); return true; }, [&](diagnostic d) { messages.push_back(d.str()); });
  EXPECT_EQ(texts, (std::vector<std::string>{"One.", "Two.", "Three."}));
  EXPECT_EQ(messages, (std::vector<std::string>{"c.jsonl:2:22: error: malformed JSON record: invalid UTF-8 (byte 0xFF)",
                                                "c.jsonl:3: warning: duplicate id 'a' (first on line 1)"}));
}

TEST(jsonl, the_byline_comes_from_author_or_meta_author) {
  auto const top = std::get<jsonl::record>(jsonl::parse_record(R"({"text": "T", "author": "Ana Smith", "meta": {"author": "X"}})"));
  EXPECT_EQ(top.author.value_or("-"), "Ana Smith");
  auto const meta = std::get<jsonl::record>(jsonl::parse_record(R"({"meta": {"x": {"author": "no"}, "author": "Rui Costa"}, "text": "T"})"));
  EXPECT_EQ(meta.author.value_or("-"), "Rui Costa");
  auto const none = std::get<jsonl::record>(jsonl::parse_record(R"({"text": "T", "author": 5})"));
  EXPECT_FALSE(none.author);
}

TEST(jsonl, the_writers_i_is_the_byline_author) {
  std::istringstream in(R"({"id": "c1", "author": "Ana Smith", "text": "I said last week that the plan would fail."})" "\n");
  std::vector<std::string> speakers;
  read_jsonl(in, "c.jsonl", [&](article a) {
    auto const result = attrib::testing::default_engine().analyze(a);
    for (auto const& q : result.quotes) speakers.push_back(q.speaker < 0 ? "-" : result.speakers[static_cast<std::size_t>(q.speaker)].name);
    return true;
  }, [](diagnostic) {});
  EXPECT_EQ(speakers, (std::vector<std::string>{"Ana Smith"}));
}

TEST(jsonl, a_reader_that_stops_is_not_called_again) {
  std::istringstream in("{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");
  int calls = 0;
  read_jsonl(in, "c.jsonl", [&](article) { return ++calls < 1; }, [](diagnostic) {});
  EXPECT_EQ(calls, 1);
}

TEST(jsonl, line_separators_are_escaped_in_json_lines_output) {
  auto const art = attrib::testing::load("\u201CYes,\u2028no,\u201D she said.\u2029\n");
  auto const result = attrib::testing::default_engine().analyze(art);
  std::string line;
  report::write_json(line, art, result);
  EXPECT_EQ(line.find("\u2028"), std::string::npos);
  EXPECT_EQ(line.find("\u2029"), std::string::npos);
  EXPECT_NE(line.find("Yes,\\u2028no,"), std::string::npos);
  auto const audit_line = report::jsonl_line(report::to_json(art, result));
  EXPECT_EQ(audit_line.find("\u2028"), std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(audit_line), nlohmann::json::parse(report::to_json(art, result).dump()));
}

}  // namespace

namespace {

// a field read from a dotted path; the first path of a name that the record has wins
TEST(jsonl_fields, dotted_paths_and_overrides) {
  auto const fields = attrib::jsonl::with_overrides({std::get<attrib::jsonl::field>(attrib::jsonl::parse_field("text=content.body")),
                                                     std::get<attrib::jsonl::field>(attrib::jsonl::parse_field("outlet=source.name"))});
  auto const r = std::get<attrib::jsonl::record>(attrib::jsonl::parse_record(
      R"({"text": "not this", "content": {"body": "T", "x": [1, {"body": "no"}]}, "source": {"name": 7}, "id": "a"})", fields));
  EXPECT_EQ(r.text, "T");
  EXPECT_EQ(r.id, "a");
  EXPECT_EQ(r.passed.at("outlet"), "7");  // another value's JSON text
  auto const missing = std::get<attrib::jsonl::record>(attrib::jsonl::parse_record(R"({"content": "flat"})", fields));
  EXPECT_FALSE(missing.has_text);
}

}  // namespace
