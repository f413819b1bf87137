// Layout conventions: headlines (`Pence: Flowers Won’t Be at Debate`, title-case `Sanders Says He Will Run`) and
// paragraphs a colon introduces (`Limbaugh added:` and a block quote without marks).
#include "attrib/reported/reporter.hpp"

#include "grammar/tables.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace attrib::reported_detail {

// A title-case headline: `Bernie Sanders Says He’s Already Started Writing His Inaugural Address`. The
// verb is capitalised like every word, so the grammar's lowercase verb forms do not see it; here a
// capitalised form of a reporting verb after one to five capitalised words splits speaker from content.
void reporter::title_case_headline(span h) {
  std::vector<span> words;
  for (std::size_t i = h.begin; i < h.end;) {
    i = skip_spaces(text_, i, h.end);
    std::size_t e = i;
    while (e < h.end && !space_at(text_, e)) ++e;
    if (e > i) words.push_back(span{i, e});
    i = e;
  }
  if (words.size() < 4) return;
  auto const capital = [&](span w) { return std::isupper(static_cast<unsigned char>(text_[w.begin])) != 0; };
  std::size_t long_words = 0, capitalised = 0;
  for (span w : words)
    if (w.size() >= 4) {
      ++long_words;
      if (capital(w)) ++capitalised;
    }
  if (long_words == 0 || capitalised * 4 < long_words * 3) return;  // a sentence, not a title-case headline
  for (std::size_t k = 1; k <= 5 && k + 2 <= words.size(); ++k) {
    span const w = words[k];
    if (!capital(words[k - 1])) return;  // the speaker is capitalised words only
    std::string lower(text_.substr(w.begin, w.size()));
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (in_.lex.lemma_of(lower).empty() || !in_.lex.reports(lower) || in_.lex.noun_homograph(lower)) continue;
    // (a determiner alone names nobody: `One Tweet Sums Up …` is a noun phrase, not `One` and its verb)
    if (k == 1 && in_.tables.contains(grammar::word_set::determiner, text_.substr(words[0].begin, words[0].size()))) return;
    cue_class const type = in_.lex.class_of(lower);
    if (type != cue_class::neutral && type != cue_class::loaded) continue;
    attribution a;
    a.kind = attribution_kind::explicit_cue;
    a.mention = span{words.front().begin, words[k - 1].end};
    a.cue = w;
    a.cue_type = type;
    add(span{words[k + 1].begin, h.end}, std::move(a));
    return;
  }
}

// The headline convention `Pence: Flowers Won’t Be at Debate` / `Poll: Clinton and Trump in dead heat`:
// one to four capitalised words, a colon, and what they said.
void reporter::headline_attribution() {
  // a headline is one short line; a long first paragraph (a corpus record without one) is body text
  constexpr std::size_t longest_headline = 300;
  if (in_.art.paragraphs.empty() || in_.art.paragraphs.front().size() > longest_headline) return;
  std::size_t const before = found_.size();
  colon_headline(in_.art.paragraphs.front());
  if (found_.size() == before) title_case_headline(in_.art.paragraphs.front());
  if (found_.size() == before) title_case_closing(in_.art.paragraphs.front());
}

// `Clinton Hid Past Health Problems From Public, Former White House Doctor Says.`: a title-case headline that
// closes with a comma, two to six capitalised words and a capitalised neutral verb of saying.
void reporter::title_case_closing(span h) {
  constexpr std::size_t max_speaker_words = 6;
  std::size_t e = h.end;
  while (e > h.begin && (space_before(text_, e) || text_[e - 1] == '.')) e -= std::max<std::size_t>(space_before(text_, e), 1);
  std::size_t v = e;
  while (v > h.begin && !space_before(text_, v)) --v;
  if (v == h.begin || v == e || !std::isupper(static_cast<unsigned char>(text_[v]))) return;
  std::string lower(text_.substr(v, e - v));
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (in_.lex.lemma_of(lower).empty() || !in_.lex.reports(lower) || in_.lex.noun_homograph(lower)) return;
  // (a neutral verb of saying only: `Senate Passes Budget, House Agrees` is two clauses)
  cue_class const type = in_.lex.class_of(lower);
  if (type != cue_class::neutral) return;
  std::size_t const comma = text_.rfind(',', v);
  if (comma == std::string_view::npos || comma <= h.begin || inside_quotation(comma)) return;
  std::size_t const speaker = skip_spaces(text_, comma + 1, v);
  std::size_t words = 0;
  for (std::size_t i = speaker; i < v;) {
    if (!std::isupper(static_cast<unsigned char>(text_[i]))) return;
    ++words;
    while (i < v && !space_at(text_, i)) ++i;
    i = skip_spaces(text_, i, v);
  }
  // (a name of two words or more, as a headline gives a source: `House Agrees` is no speaker)
  if (words < 2 || words > max_speaker_words) return;
  attribution a;
  a.kind = attribution_kind::explicit_cue;
  a.mention = trim(span{speaker, v});
  a.cue = span{v, e};
  a.cue_type = type;
  add(span{h.begin, comma}, std::move(a));
}

void reporter::colon_headline(span h) {
  auto const line = text_.substr(h.begin, h.size());
  std::size_t const colon = line.find(": ");
  if (colon == std::string_view::npos || colon == 0) return;
  auto const name = line.substr(0, colon);
  std::size_t words = 0;
  for (std::size_t i = 0; i < name.size(); ++i) {
    bool const starts = i == 0 || name[i - 1] == ' ';
    if (!starts) continue;
    if (!std::isupper(static_cast<unsigned char>(name[i]))) return;
    std::size_t e = name.find(' ', i);
    // a closed-class word or a determiner makes the words before the colon a phrase, not a name
    auto const w = name.substr(i, e == std::string_view::npos ? std::string_view::npos : e - i);
    if (in_.lex.is(word_class::stop_word, w) || in_.tables.contains(grammar::word_set::determiner, w)) return;
    ++words;
  }
  if (words == 0 || words > 3) return;
  attribution a;
  a.kind = attribution_kind::explicit_cue;
  a.mention = span{h.begin, h.begin + colon};
  a.cue = span{h.begin + colon, h.begin + colon + 1};
  add(span{h.begin + colon + 2, h.end}, std::move(a));
}

// `Limbaugh added:` ending a paragraph, and the next paragraph set off without quotation marks (a block quote
// on a blog): that paragraph is what the speaker said.
void reporter::colon_blocks() {
  auto const& ps = in_.art.paragraphs;
  for (std::size_t i = 0; i + 1 < ps.size(); ++i) {
    std::size_t colon = ps[i].end;
    while (colon > ps[i].begin && space_before(text_, colon)) colon -= space_before(text_, colon);
    if (colon == ps[i].begin || text_[colon - 1] != ':' || inside_quotation(colon - 1)) continue;
    --colon;
    span const block = trim(ps[i + 1]);
    auto const opens_with = [&](std::string_view mark) { return text_.compare(block.begin, mark.size(), mark) == 0; };
    if (block.empty() || inside_quotation(block.begin) || opens_with("\"") || opens_with("'") || opens_with("\u201C") ||
        opens_with("\u2018") || opens_with("\u00AB") || opens_with("\u201E"))
      continue;
    if (std::any_of(quotes_.begin(), quotes_.end(), [&](quote const& q) { return q.extent.begin < block.end && block.begin < q.extent.end; }))
      continue;
    // the clause before the colon: a subject and a verb of saying that ends right before it
    auto const s = std::find_if(in_.sentences.begin(), in_.sentences.end(), [&](span x) { return x.begin <= colon && colon < x.end; });
    if (s == in_.sentences.end()) continue;
    for (auto const& p : grammar::match_clauses(in_.tables, text_, s->begin, colon, in_.clauses.of(*s))) {
      if (skip_spaces(text_, std::max(p.whole.end, p.cue.end), colon + 1) != colon || cue_taken(p.cue)) continue;
      attribution a = from_phrase(p);
      if (a.cue_type != cue_class::neutral && a.cue_type != cue_class::loaded) continue;
      keep(block, std::move(a));  // (the block whole: no cut at its own pauses and connectives)
      break;
    }
  }
}

}  // namespace attrib::reported_detail
