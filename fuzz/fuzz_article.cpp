// Article text through every stage and every writer: load, analyse, graph, audit, and each output format.
#include "attrib/article.hpp"
#include "attrib/audit.hpp"
#include "attrib/pipeline.hpp"
#include "attrib/report/report.hpp"
#include "attrib/source_graph.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  static attrib::engine const eng(attrib::default_lexicon());
  auto loaded = attrib::load_article("fuzz", std::string(reinterpret_cast<char const*>(data), size), "fuzz.txt");
  auto* art = std::get_if<attrib::article>(&loaded);
  if (!art) return 0;
  auto const result = eng.analyze(*art);
  auto const graph = attrib::source_graph::build(*art, result);
  auto const findings = attrib::audit(*art, result, graph, attrib::default_rules().rules, eng.lex());
  std::string line;
  attrib::report::write_json(line, *art, result);
  (void)attrib::report::to_json(*art, result).dump();
  (void)attrib::report::table(*art, result, "fuzz.txt");
  (void)attrib::report::audit_text(*art, result, findings, "fuzz.txt", attrib::report::text_options{true});
  (void)attrib::report::jsonl_line(attrib::report::audit_json(*art, result, findings));
  attrib::report::sarif_stream sarif(attrib::default_rules().rules, "fuzz");
  for (auto const& r : attrib::report::sarif_results(*art, findings, "fuzz.txt")) (void)sarif.result(r);
  (void)sarif.close();
  (void)attrib::to_dot(graph, art->id);
  return 0;
}
