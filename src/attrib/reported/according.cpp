// `According to SPEAKER, CLAUSE.` / `CLAUSE, according to SPEAKER.` / `As SPEAKER reported, CLAUSE.`
#include "attrib/reported/reporter.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace attrib::reported_detail {

// `according to` is a cue on its own, so its object is the source whatever its shape: `early results of
// exit polls conducted by Edison Research`, `his campaign finance documents`, `state law`. When the
// mention grammar reads none, the source runs to the clause boundary: the comma after a sentence-initial
// `According to`, or the sentence end after `, according to`.
std::optional<grammar::attribution_phrase> reporter::according_to_any_source(span body) const {
  for (std::size_t i = body.begin; i + 13 < body.end; ++i) {
    if ((text_[i] != 'a' && text_[i] != 'A') || text_.compare(i + 1, 12, "ccording to ") != 0) continue;
    if (i > body.begin && !space_before(text_, i)) continue;
    grammar::attribution_phrase p;
    p.cue = span{i, i + 12};
    std::size_t const src = i + 13;
    std::size_t end = body.end;
    if (i <= body.begin + 1) {
      end = text_.find(',', src);
      if (end == std::string_view::npos || end >= body.end) return std::nullopt;
    } else {
      // only `…, according to SOURCE.`: the source ends the sentence
      std::size_t b = i;
      while (b > body.begin && space_before(text_, b)) b -= space_before(text_, b);
      if (b == body.begin || text_[b - 1] != ',') return std::nullopt;
    }
    // a comma ends the source: an appositive follows (`even his own supporters, who …`)
    if (std::size_t const comma = text_.find(',', src); comma < end) end = comma;
    span const source = trim(span{src, end});
    std::size_t const words = word_count(text_.substr(source.begin, source.size()));
    if (words == 0 || words > 16 || !std::isalpha(static_cast<unsigned char>(text_[source.begin]))) return std::nullopt;
    p.speaker = source;
    p.whole = span{i, source.end};
    return p;
  }
  return std::nullopt;
}

// `As The Washington Post reported, CLAUSE.` / `As Mr. Smith noted, …`: a preposed comment clause
bool reporter::as_reported(span body) {
  if (text_.compare(body.begin, 3, "As ") != 0) return false;
  auto p = grammar::match_after_quote(in_.tables, text_, body.begin + 3, body.end, false);
  if (!p || p->inverted) return false;
  std::size_t const after = skip_spaces(text_, p->whole.end, body.end);
  if (after >= body.end || text_[after] != ',') return false;
  return add(span{after + 1, body.end}, from_phrase(*p));
}

// `According to SPEAKER, CLAUSE.` / `CLAUSE, according to SPEAKER.`
bool reporter::according_to(span body) {
  if (text_.substr(body.begin, body.size()).find("ccording to") == std::string_view::npos) return false;
  auto p = grammar::match_according_to(in_.tables, text_, body.begin, body.end, false);
  if (!p) p = according_to_any_source(body);
  if (!p) return false;
  if (p->whole.begin <= body.begin + 1) {
    std::size_t const comma = text_.find(',', p->whole.end);
    if (comma == std::string_view::npos || comma >= body.end) return false;
    return add(span{comma + 1, body.end}, from_phrase(*p));
  }
  std::size_t const before = text_.rfind(',', p->whole.begin);
  if (before == std::string_view::npos || before < body.begin || before + 3 < p->whole.begin) return false;
  return add(span{body.begin, before}, from_phrase(*p));
}

}  // namespace attrib::reported_detail
