// A user's lexicon file: parsed, merged into the built-in one, compiled into the grammar, and used once.
#include "attrib/article.hpp"
#include "attrib/lexicon.hpp"
#include "attrib/pipeline.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  auto parsed = attrib::parse_lexicon(std::string(reinterpret_cast<char const*>(data), size), "fuzz.yaml");
  auto* lex = std::get_if<attrib::lexicon>(&parsed);
  if (!lex) {
    (void)std::get<attrib::diagnostic>(parsed).str();
    return 0;
  }
  attrib::lexicon merged = attrib::default_lexicon();
  merged.merge(*lex);
  attrib::engine const eng(std::move(merged));
  auto art = attrib::load_article("fuzz", "\u201CWe are ready,\u201D said Ana Smith, a spokeswoman. She told reporters that talks would go on.\n", "a.txt");
  (void)eng.analyze(std::get<attrib::article>(art));
  return 0;
}
