#include "attrib/pipeline.hpp"

#include "attrib/attribute.hpp"
#include "attrib/reported.hpp"
#include "attrib/resolve.hpp"
#include "attrib/sentences.hpp"
#include "attrib/sources.hpp"
#include "attrib/spaces.hpp"
#include "attrib/transcript.hpp"

namespace attrib {

engine::engine(lexicon lex, options opts)
    : lex_(std::move(lex)), opts_(opts), tables_(grammar::compile(lex_.vocabulary())),
      abbreviations_(lex_.abbreviations.begin(), lex_.abbreviations.end()), names_(std::make_shared<names::index const>(lex_)) {}

analysis engine::analyze(article const& art) const {
  if (auto spaced = ascii_spaces(art)) return original_offsets(analyze_spaced(spaced->art), spaced->map);
  return analyze_spaced(art);
}

analysis engine::analyze_spaced(article const& art) const {
  analysis out;
  out.id = art.id;
  std::string_view const body = std::string_view(art.text);
  auto const quotations = grammar::scan_quotations(body);
  auto const sentences = split_sentences(body, art.paragraphs, quotations, abbreviations_);
  clause_caches clauses;
  attribute_input const in{art, quotations, sentences, *tables_, lex_, clauses};
  out.quotes = add_transcript_turns(art, lex_, attribute(in));
  if (opts_.reported_speech) out.quotes = add_reported(in, std::move(out.quotes), reported_options{opts_.beliefs});
  if (!opts_.include_scare)
    std::erase_if(out.quotes, [](quote const& q) { return q.kind == quote_kind::scare; });
  auto resolved = resolve(art, sentences, std::move(out.quotes), *names_);
  out.quotes = std::move(resolved.quotes);
  out.speakers = std::move(resolved.speakers);
  out.speakers = describe_sources(art, out.quotes, std::move(out.speakers), lex_, *names_);
  return out;
}

}  // namespace attrib
