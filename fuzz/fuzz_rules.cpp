// A rule file: parsed and validated, then every rule applied to a small article.
#include "attrib/article.hpp"
#include "attrib/audit.hpp"
#include "attrib/pipeline.hpp"
#include "attrib/report/report.hpp"
#include "attrib/rules.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  static attrib::engine const eng(attrib::default_lexicon());
  static auto const loaded = attrib::load_article(
      "fuzz", "\u201CWe are ready,\u201D said a senior official, who spoke on condition of anonymity. Ana Smith claimed it was over.\n", "a.txt");
  auto parsed = attrib::parse_rules(std::string(reinterpret_cast<char const*>(data), size), "fuzz.yaml");
  auto* pack = std::get_if<attrib::rule_pack>(&parsed);
  if (!pack) {
    for (auto const& d : std::get<std::vector<attrib::diagnostic>>(parsed)) (void)d.str();
    return 0;
  }
  auto const& art = std::get<attrib::article>(loaded);
  auto const result = eng.analyze(art);
  auto const graph = attrib::source_graph::build(art, result);
  auto const findings = attrib::audit(art, result, graph, pack->rules, eng.lex());
  (void)attrib::report::audit_text(art, result, findings, "a.txt", {});
  (void)attrib::report::jsonl_line(attrib::report::audit_json(art, result, findings));
  attrib::report::sarif_stream sarif(pack->rules, "fuzz");
  for (auto const& r : attrib::report::sarif_results(art, findings, "a.txt")) (void)sarif.result(r);
  return 0;
}
