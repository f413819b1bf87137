// Corpus runs from the command line: directories, compressed files, standard input, one JSON document for many
// articles, threads that keep the output's order, and an output file that appears whole or not at all.
#include "attrib/compressed.hpp"
#include "cli/audit.hpp"
#include "cli/quotes.hpp"
#include "testing/helpers.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <zlib.h>
#include <zstd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

using namespace attrib::cli;
namespace fs = std::filesystem;

struct run_result {
  int code;
  std::string out, err;
};

run_result quotes(quotes_options opts, std::string stdin_text = "") {
  std::istringstream in(stdin_text);
  std::ostringstream out, err;
  int const code = run_quotes(opts, in, out, err);
  return {code, out.str(), err.str()};
}

quotes_options with_files(std::vector<std::string> files, std::string format = "jsonl", unsigned jobs = 1) {
  quotes_options opts;
  opts.input.files = std::move(files);
  opts.format = std::move(format);
  opts.run.jobs = jobs;
  return opts;
}

std::string const one = "\u201CWe will rebuild the pier,\u201D said Mayor Ana Ruiz.\n";
std::string const two = "The council will vote in May, a spokesman said.\n";

fs::path fresh_dir(std::string const& name) {
  fs::path const d = fs::path(::testing::TempDir()) / name;
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

void write(fs::path const& p, std::string const& bytes) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << bytes;
}

std::string gzip(std::string const& bytes) {
  std::string out(compressBound(static_cast<uLong>(bytes.size())) + 64, '\0');
  z_stream z{};
  deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);  // + 16: a gzip header
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

std::string zstd(std::string const& bytes) {
  std::string out(ZSTD_compressBound(bytes.size()), '\0');
  out.resize(ZSTD_compress(out.data(), out.size(), bytes.data(), bytes.size(), 3));
  return out;
}

std::vector<std::string> ids_of(std::string const& jsonl) {
  std::vector<std::string> ids;
  std::istringstream lines(jsonl);
  for (std::string l; std::getline(lines, l);) ids.push_back(nlohmann::json::parse(l)["id"]);
  return ids;
}

TEST(corpus_cli, a_directory_is_read_recursively_in_path_order_without_hidden_files) {
  auto const d = fresh_dir("corpus-dir");
  write(d / "b.txt", two);
  write(d / "a" / "one.txt", one);
  write(d / ".drafts" / "hidden.txt", one);
  write(d / "notes.csv", "not an article\n");
  auto const r = quotes(with_files({d.string()}));
  EXPECT_EQ(r.code, exit_ok) << r.err;
  EXPECT_EQ(ids_of(r.out), (std::vector<std::string>{"one", "b"}));
  EXPECT_EQ(r.err, "");
}

TEST(corpus_cli, compressed_files_are_read_by_their_content) {
  auto const d = fresh_dir("corpus-compressed");
  write(d / "one.txt.gz", gzip(one));
  write(d / "records.jsonl.zst", zstd("{\"id\":\"r1\",\"text\":\"The vote slipped, officials said.\"}\n"));
  write(d / "misnamed.txt", gzip(two));  // gzip bytes under a plain name
  auto const r = quotes(with_files({(d / "one.txt.gz").string(), (d / "records.jsonl.zst").string(), (d / "misnamed.txt").string()}));
  EXPECT_EQ(r.code, exit_ok) << r.err;
  EXPECT_EQ(ids_of(r.out), (std::vector<std::string>{"one", "r1", "misnamed"}));
}

TEST(corpus_cli, a_truncated_compressed_file_is_reported_and_the_others_still_run) {
  auto const d = fresh_dir("corpus-truncated");
  std::string const packed = gzip(std::string(20000, 'a') + "\n" + one);
  write(d / "cut.txt.gz", packed.substr(0, packed.size() / 2));
  write(d / "fine.txt", one);
  auto const r = quotes(with_files({(d / "cut.txt.gz").string(), (d / "fine.txt").string()}));
  EXPECT_EQ(r.code, exit_error);
  EXPECT_EQ(r.err, (d / "cut.txt.gz").string() + ": error: the compressed data ends early (a truncated file?)\n");
  EXPECT_EQ(ids_of(r.out), (std::vector<std::string>{"fine"}));
}

TEST(corpus_cli, no_input_reads_standard_input_unless_it_is_a_terminal) {
  auto opts = with_files({});
  auto const piped = quotes(opts, one);
  EXPECT_EQ(piped.code, exit_ok);
  EXPECT_EQ(ids_of(piped.out), (std::vector<std::string>{"stdin"}));
  opts.input.stdin_is_terminal = true;
  auto const terminal = quotes(opts, one);
  EXPECT_EQ(terminal.code, exit_error);
  EXPECT_EQ(terminal.err, "attrib: error: no input: name files or directories, or - for standard input\n");
}

TEST(corpus_cli, every_record_says_where_it_came_from) {
  auto const d = fresh_dir("corpus-where");
  write(d / "a" / "story.txt", one);
  write(d / "b" / "story.txt", two);
  write(d / "c.jsonl", "{\"id\":\"x\",\"text\":\"The vote slipped, officials said.\"}\n\n{\"id\":\"y\",\"text\":\"It rained, she said.\"}\n");
  auto const r = quotes(with_files({d.string()}));
  std::istringstream lines(r.out);
  std::vector<std::string> inputs;
  for (std::string l; std::getline(lines, l);) inputs.push_back(nlohmann::json::parse(l)["input"].dump());
  EXPECT_EQ(inputs, (std::vector<std::string>{
                        "{\"path\":\"" + (d / "a" / "story.txt").string() + "\"}",
                        "{\"path\":\"" + (d / "b" / "story.txt").string() + "\"}",
                        "{\"line\":1,\"path\":\"" + (d / "c.jsonl").string() + "\"}",
                        "{\"line\":3,\"path\":\"" + (d / "c.jsonl").string() + "\"}"}));
}

TEST(corpus_cli, json_over_several_articles_is_one_array) {
  auto const d = fresh_dir("corpus-json");
  write(d / "a.txt", one);
  write(d / "b.txt", two);
  auto const many = quotes(with_files({d.string()}, "json"));
  auto const doc = nlohmann::json::parse(many.out);  // throws if it is not one document
  ASSERT_TRUE(doc.is_array());
  EXPECT_EQ(doc.size(), 2u);
  auto const single = quotes(with_files({(d / "a.txt").string()}, "json"));
  EXPECT_TRUE(nlohmann::json::parse(single.out).is_object());
  auto const none = quotes(with_files({d.string() + "/missing.jsonl"}, "json"));
  EXPECT_TRUE(nlohmann::json::parse(none.out).is_array());
}

TEST(corpus_cli, threads_keep_the_output_byte_identical) {
  auto const d = fresh_dir("corpus-jobs");
  std::string records;
  for (int i = 0; i < 300; ++i)
    records += "{\"id\":\"r" + std::to_string(i) + "\",\"text\":" + nlohmann::json(i % 2 ? one : two + one).dump() + "}\n";
  records += "{broken\n";
  write(d / "many.jsonl", records);
  auto const serial = quotes(with_files({(d / "many.jsonl").string()}, "jsonl", 1));
  for (unsigned jobs : {2u, 3u, 8u}) {
    auto const parallel = quotes(with_files({(d / "many.jsonl").string()}, "jsonl", jobs));
    EXPECT_EQ(parallel.out, serial.out) << jobs;
    EXPECT_EQ(parallel.err, serial.err) << jobs;
    EXPECT_EQ(parallel.code, serial.code) << jobs;
  }
  EXPECT_EQ(ids_of(serial.out).size(), 300u);
}

TEST(corpus_cli, an_output_file_appears_whole_and_leaves_no_temporary_file) {
  auto const d = fresh_dir("corpus-output");
  write(d / "a.txt", one);
  auto opts = with_files({(d / "a.txt").string()});
  opts.run.output = (d / "out.jsonl").string();
  auto const r = quotes(opts);
  EXPECT_EQ(r.code, exit_ok) << r.err;
  EXPECT_EQ(r.out, "");
  std::ifstream f(d / "out.jsonl");
  std::string const written((std::istreambuf_iterator<char>(f)), {});
  EXPECT_EQ(ids_of(written), (std::vector<std::string>{"a"}));
  std::size_t files = 0;
  for (auto const& e : fs::directory_iterator(d)) files += e.is_regular_file();
  EXPECT_EQ(files, 2u);  // a.txt and out.jsonl
}

TEST(corpus_cli, an_output_file_in_a_missing_directory_is_refused_before_reading) {
  auto opts = with_files({attrib::testing::source_path("samples/river-talks.txt")});
  opts.run.output = "/nonexistent-dir/out.jsonl";
  auto const r = quotes(opts);
  EXPECT_EQ(r.code, exit_error);
  EXPECT_EQ(r.err, "/nonexistent-dir/out.jsonl: error: cannot create a file beside it to write to: No such file or directory\n");
}

TEST(corpus_cli, audit_threads_keep_the_text_report_identical) {
  audit_options opts;
  opts.input.files = {attrib::testing::source_path("samples")};
  std::ostringstream serial_out, serial_err, parallel_out, parallel_err;
  std::istringstream in;
  opts.run.jobs = 1;
  int const a = run_audit(opts, in, serial_out, serial_err, false);
  opts.run.jobs = 2;
  int const b = run_audit(opts, in, parallel_out, parallel_err, false);
  EXPECT_EQ(a, b);
  EXPECT_EQ(serial_out.str(), parallel_out.str());
  EXPECT_NE(serial_out.str().find("harbor-vote"), std::string::npos);
}

TEST(corpus_cli, fields_are_read_where_the_records_keep_them_and_passed_through) {
  auto const d = fresh_dir("corpus-fields");
  write(d / "feed.jsonl",
        "{\"guid\":\"a1\",\"body\":\"The vote slipped, officials said.\",\"meta\":{\"publisher\":\"Ellis Gazette\","
        "\"published\":\"2026-11-30\"},\"link\":\"https://example.org/a1\"}\n"
        "{\"guid\":\"a2\",\"text\":\"It rained, she said.\"}\n");
  auto opts = with_files({(d / "feed.jsonl").string()});
  opts.input.fields = {"id=guid", "text=body", "outlet=meta.publisher", "date=meta.published", "url=link"};
  auto const r = quotes(opts);
  EXPECT_EQ(r.code, exit_error);
  EXPECT_EQ(r.err, (d / "feed.jsonl").string() + ":2: error: record has no string field \"body\"\n");
  auto const rec = nlohmann::json::parse(r.out);
  EXPECT_EQ(rec["id"], "a1");
  EXPECT_EQ(rec["meta"].dump(), "{\"date\":\"2026-11-30\",\"outlet\":\"Ellis Gazette\",\"url\":\"https://example.org/a1\"}");
  EXPECT_EQ(rec["quotes"].size(), 1u);
}

TEST(corpus_cli, an_unknown_field_name_is_refused_with_the_known_ones) {
  auto opts = with_files({attrib::testing::source_path("samples/river-talks.txt")});
  opts.input.fields = {"publisher=meta.publisher"};
  auto const r = quotes(opts);
  EXPECT_EQ(r.code, exit_error);
  EXPECT_EQ(r.err, "attrib: error: --field publisher=meta.publisher: unknown field 'publisher' (known: id, text, author, lang, outlet, date, url)\n");
  opts.input.fields = {"text=body..x"};
  EXPECT_EQ(quotes(opts).err, "attrib: error: --field text=body..x: empty member name in path 'body..x'\n");
}

TEST(compression, first_bytes_tell_the_format) {
  EXPECT_EQ(attrib::compression_of("\x1f\x8b\x08"), attrib::compression::gzip);
  EXPECT_EQ(attrib::compression_of(std::string("\x28\xb5\x2f\xfd", 4)), attrib::compression::zstd);
  EXPECT_EQ(attrib::compression_of("{\"id\""), attrib::compression::none);
  EXPECT_EQ(attrib::without_compression_suffix("a/corpus.jsonl.zst"), "a/corpus.jsonl");
  EXPECT_EQ(attrib::without_compression_suffix("story.txt"), "story.txt");
}

}  // namespace
