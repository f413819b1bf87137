// Throughput of the pipeline on a ~1 MB article made of the samples repeated, and on pathological input
// (a 1 MB paragraph of unclosed quotation marks) that must stay within ~10x of a normal article.
// Run: build/bench/attrib_bench   (reports bytes_per_second as MB/s)
#include "attrib/article.hpp"
#include "attrib/corpus.hpp"
#include "attrib/pipeline.hpp"
#include "grammar/parse.hpp"

#include <benchmark/benchmark.h>

namespace {

using namespace attrib;

std::string samples_mb() {
  std::string one;
  for (char const* name : {"river-talks", "harbor-vote", "border-hearing"}) {
    auto r = read_file(std::string(ATTRIB_SOURCE_DIR) + "/samples/" + name + ".txt");
    if (auto* s = std::get_if<std::string>(&r)) one += *s + "\n";
  }
  std::string out;
  while (out.size() < (1u << 20)) out += one;
  return out;
}

// One paragraph of opening marks that never close (the pathological case).
std::string unclosed_mb() {
  std::string out;
  while (out.size() < (1u << 20)) out += "\u201Cword \u2018open and more text ";
  return out;
}

// One paragraph, one "sentence", of mixed marks that pair up into ~37,000 short quotations: the
// attribute stage's worst case (every quotation searches the same sentence for a speaker).
std::string stray_marks_mb() {
  std::string out;
  while (out.size() < (1u << 20)) out += "\u201Cword 'open \"more text and ";
  return out;
}

article must_load(std::string text) { return std::get<article>(load_article("bench", std::move(text), "bench")); }

void run_pipeline(benchmark::State& state, std::string const& text) {
  engine const eng(default_lexicon());
  article const art = must_load(text);
  for (auto _ : state) benchmark::DoNotOptimize(eng.analyze(art));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}

void bm_pipeline_samples(benchmark::State& state) { run_pipeline(state, samples_mb()); }
void bm_pipeline_unclosed(benchmark::State& state) { run_pipeline(state, unclosed_mb()); }
void bm_pipeline_stray_marks(benchmark::State& state) { run_pipeline(state, stray_marks_mb()); }

void bm_scan_only(benchmark::State& state) {
  std::string const text = samples_mb();
  for (auto _ : state) benchmark::DoNotOptimize(grammar::scan_quotations(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}

void bm_load(benchmark::State& state) {
  std::string const text = samples_mb();
  for (auto _ : state) benchmark::DoNotOptimize(load_article("b", text, "b"));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}

BENCHMARK(bm_pipeline_samples)->Unit(benchmark::kMillisecond);
BENCHMARK(bm_pipeline_unclosed)->Unit(benchmark::kMillisecond);
BENCHMARK(bm_pipeline_stray_marks)->Unit(benchmark::kMillisecond);
BENCHMARK(bm_scan_only)->Unit(benchmark::kMillisecond);
BENCHMARK(bm_load)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
