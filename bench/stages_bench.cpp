// Each stage of the pipeline on its own, and the corpus path end to end, in MB/s of article text (and
// articles/s for the corpus). Input: the samples, each copy's capitalised words made its own so that a long
// run meets new people (as scripts/check_scaling.py builds it), about 1 MB of text.
// Run: build/bench/attrib_bench --benchmark_filter='stage|corpus'
#include "attrib/article.hpp"
#include "attrib/attribute.hpp"
#include "attrib/corpus.hpp"
#include "attrib/pipeline.hpp"
#include "attrib/report/report.hpp"
#include "attrib/reported.hpp"
#include "attrib/resolve.hpp"
#include "attrib/sentences.hpp"
#include "attrib/sources.hpp"
#include "grammar/parse.hpp"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <sstream>

namespace {

using namespace attrib;

// `Whitfield` → `Whitfieldbaf` in copy 1, … (capitalised words of four letters or more after a lowercase word)
std::string distinct_copy(std::string const& text, std::size_t k) {
  std::string suffix;
  for (k += 26 * 26; k; k /= 26) suffix.insert(suffix.begin(), static_cast<char>('a' + k % 26));
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    out += text[i];
    bool const starts = i + 1 < text.size() && std::isupper(static_cast<unsigned char>(text[i + 1])) && text[i] == ' ' && i > 0 &&
                        (std::islower(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == ',');
    if (!starts) continue;
    std::size_t e = i + 2;
    while (e < text.size() && std::islower(static_cast<unsigned char>(text[e]))) ++e;
    if (e - i - 1 < 4 || (e < text.size() && std::isalnum(static_cast<unsigned char>(text[e])))) continue;
    out.append(text, i + 1, e - i - 1).append(suffix);
    i = e - 1;
  }
  return out;
}

std::vector<std::string> copies() {
  std::vector<std::string> samples;
  for (char const* name : {"river-talks", "harbor-vote", "border-hearing", "clinic-closure", "quarry-inquiry"}) {
    auto r = read_file(std::string(ATTRIB_SOURCE_DIR) + "/samples/" + name + ".txt");
    if (auto* s = std::get_if<std::string>(&r)) samples.push_back(*s);
  }
  if (samples.empty()) {
    std::fprintf(stderr, "stages_bench: no sample under %s/samples\n", ATTRIB_SOURCE_DIR);
    std::abort();
  }
  std::vector<std::string> out;
  std::size_t bytes = 0;
  for (std::size_t k = 0; bytes < (1u << 20); ++k) {
    out.push_back(distinct_copy(samples[k % samples.size()], k));
    bytes += out.back().size();
  }
  return out;
}

// Every stage's input, computed once; each benchmark times one stage over all the articles.
struct fixture {
  engine eng{*builtin_pack("en")};
  std::shared_ptr<grammar::tables const> tables = grammar::compile(eng.lex().vocabulary());
  names::index names{eng.lex()};
  std::set<std::string, std::less<>> abbreviations{eng.lex().abbreviations.begin(), eng.lex().abbreviations.end()};
  std::vector<article> articles;
  std::vector<std::vector<grammar::quotation>> quotations;
  std::vector<std::vector<span>> sentences;
  std::vector<std::vector<quote>> attributed, reported;
  std::vector<resolution> resolved;
  std::int64_t bytes = 0;

  fixture() {
    for (auto& text : copies()) {
      bytes += static_cast<std::int64_t>(text.size());
      articles.push_back(std::get<article>(load_article(std::to_string(articles.size()), std::move(text), "bench")));
    }
    for (auto const& art : articles) {
      quotations.push_back(grammar::scan_quotations(art.text));
      sentences.push_back(split_sentences(art.text, art.paragraphs, quotations.back(), abbreviations));
      clause_caches clauses;
      attribute_input const in{art, quotations.back(), sentences.back(), *tables, eng.lex(), clauses};
      attributed.push_back(attribute(in));
      reported.push_back(add_reported(in, attributed.back(), reported_options{}));
      resolved.push_back(resolve(art, sentences.back(), reported.back(), names));
    }
  }
};

fixture const& data() {
  static fixture const f;
  return f;
}

void text_rate(benchmark::State& state) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * data().bytes);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(data().articles.size()));
}

void bm_stage_scan(benchmark::State& state) {
  auto const& f = data();
  for (auto _ : state)
    for (auto const& art : f.articles) benchmark::DoNotOptimize(grammar::scan_quotations(art.text));
  text_rate(state);
}

void bm_stage_sentences(benchmark::State& state) {
  auto const& f = data();
  for (auto _ : state)
    for (std::size_t i = 0; i < f.articles.size(); ++i)
      benchmark::DoNotOptimize(split_sentences(f.articles[i].text, f.articles[i].paragraphs, f.quotations[i], f.abbreviations));
  text_rate(state);
}

void bm_stage_attribute(benchmark::State& state) {
  auto const& f = data();
  for (auto _ : state)
    for (std::size_t i = 0; i < f.articles.size(); ++i) {
      clause_caches clauses;
      benchmark::DoNotOptimize(attribute({f.articles[i], f.quotations[i], f.sentences[i], *f.tables, f.eng.lex(), clauses}));
    }
  text_rate(state);
}

// (with a clause cache of its own: in the pipeline it shares the one the attribute stage filled)
void bm_stage_reported(benchmark::State& state) {
  auto const& f = data();
  for (auto _ : state)
    for (std::size_t i = 0; i < f.articles.size(); ++i) {
      clause_caches clauses;
      attribute_input const in{f.articles[i], f.quotations[i], f.sentences[i], *f.tables, f.eng.lex(), clauses};
      benchmark::DoNotOptimize(add_reported(in, f.attributed[i], reported_options{}));
    }
  text_rate(state);
}

void bm_stage_resolve(benchmark::State& state) {
  auto const& f = data();
  for (auto _ : state)
    for (std::size_t i = 0; i < f.articles.size(); ++i) benchmark::DoNotOptimize(resolve(f.articles[i], f.sentences[i], f.reported[i], f.names));
  text_rate(state);
}

void bm_stage_sources(benchmark::State& state) {
  auto const& f = data();
  for (auto _ : state)
    for (std::size_t i = 0; i < f.articles.size(); ++i)
      benchmark::DoNotOptimize(describe_sources(f.articles[i], f.resolved[i].quotes, f.resolved[i].speakers, f.eng.lex(), f.names));
  text_rate(state);
}

// The whole pipeline on the same articles, loaded (every stage above in turn).
void bm_stage_all(benchmark::State& state) {
  auto const& f = data();
  for (auto _ : state)
    for (auto const& art : f.articles) benchmark::DoNotOptimize(f.eng.analyze(art));
  text_rate(state);
}

// The corpus path: JSON Lines records read, analysed and written as JSON Lines, as `attrib quotes --format
// jsonl -j 1` does (start-up aside).
void bm_corpus_jsonl(benchmark::State& state) {
  auto const& f = data();
  std::string input;
  for (auto const& art : f.articles) input += nlohmann::json{{"id", art.id}, {"text", art.text}}.dump() + "\n";
  for (auto _ : state) {
    std::istringstream in(input);
    std::string out;
    read_jsonl(
        in, "bench.jsonl",
        [&](article art) {
          report::write_json(out, art, f.eng.analyze(art));
          out += '\n';
          return true;
        },
        [](diagnostic const&) {});
    benchmark::DoNotOptimize(out);
  }
  text_rate(state);
}

BENCHMARK(bm_stage_scan)->Unit(benchmark::kMillisecond);
BENCHMARK(bm_stage_sentences)->Unit(benchmark::kMillisecond);
BENCHMARK(bm_stage_attribute)->Unit(benchmark::kMillisecond);
BENCHMARK(bm_stage_reported)->Unit(benchmark::kMillisecond);
BENCHMARK(bm_stage_resolve)->Unit(benchmark::kMillisecond);
BENCHMARK(bm_stage_sources)->Unit(benchmark::kMillisecond);
BENCHMARK(bm_stage_all)->Unit(benchmark::kMillisecond);
BENCHMARK(bm_corpus_jsonl)->Unit(benchmark::kMillisecond);

}  // namespace
