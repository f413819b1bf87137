// JSON Lines corpora: one bad record is reported, the rest are processed.
#include "attrib/corpus.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace {

using namespace attrib;

TEST(corpus, bad_records_are_reported_and_the_rest_processed) {
  std::istringstream in(
      "{\"id\": \"a\", \"text\": \"\\u201cHi,\\u201d he said.\"}\n"
      "{\"id\": \"b\", \"text\": \n"
      "\n"
      "{\"id\": \"c\"}\n"
      "{\"id\": 7, \"text\": \"Seven.\", \"extra\": [1,2]}\n"
      "{\"id\": \"d\", \"text\": \"\"}\n");
  std::vector<std::string> ids, errors;
  read_jsonl(in, "c.jsonl", [&](article a) { ids.push_back(a.id); return true; }, [&](diagnostic d) { errors.push_back(d.str()); });
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "7"}));
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0], "c.jsonl:2:21: error: malformed JSON record: unexpected end of the record");
  EXPECT_EQ(errors[1], "c.jsonl:4: error: record has no string field \"text\"");
  EXPECT_EQ(errors[2], "c.jsonl:6 (id d): error: the article is empty");
}

TEST(corpus, missing_file_and_directory) {
  auto const missing = read_file("/nonexistent/article.txt");
  EXPECT_EQ(std::get<diagnostic>(missing).str(), "/nonexistent/article.txt: error: no such file");
  auto const dir = read_file("/tmp");
  EXPECT_EQ(std::get<diagnostic>(dir).str(), "/tmp: error: is a directory, not a file");
}

TEST(corpus, id_from_path) {
  EXPECT_EQ(id_from_path("samples/harbor-vote.txt"), "harbor-vote");
  EXPECT_EQ(id_from_path("-"), "stdin");
}

}  // namespace
