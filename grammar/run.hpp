#pragma once
// Internal to grammar/: running one attribution rule at an offset, and where words start.
#include "grammar/attribution_def.hpp"

#include <optional>
#include <string_view>
#include <utility>

namespace attrib::grammar {

using namespace lexical;

inline bool is_word_start(std::string_view text, std::size_t i) {
  if (i >= text.size()) return false;
  auto const c = static_cast<unsigned char>(text[i]);
  if (!is_word_byte(c) || (c >= 0x80 && c < 0xC0)) return false;
  if (c == 0xE2) return false;  // curly quotes and dashes are not letters
  if (i == 0) return true;
  auto const p = static_cast<unsigned char>(text[i - 1]);
  // most bytes follow an ASCII byte: a letter (inside a word) or a space or mark (a word start)
  if (p < 0x80) return p == ' ' || p == '\t' || p == '\n' || p == '\r' || p == '(' || p == '-' || p == '"' || p == ',';
  return (i >= 3 && static_cast<unsigned char>(text[i - 3]) == 0xE2 && p != 0x99) ||  // after “ ” — (not ’)
         hspace_before(text, i) > 0;                                                  // after a wide space
}

// A word that opens a sentence before its subject and is none: an adverb (`Similarly, William Bennett, …,
// said`), or a participle before its preposition (`Chastened by the analyses, Trump revised …`).
inline bool fronted_word(tables const& t, std::string_view text, span mention) {
  std::string_view const w = text.substr(mention.begin, mention.size());
  if (w.empty() || w.find(' ') != std::string_view::npos) return false;
  std::string lower(w);
  lower[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lower[0])));
  // an article alone names nobody (`The then-manager of …` stops the mention grammar after `The`)
  if (t.contains(word_class::article, lower)) return true;
  // (`Some`, `Most`, `Both` are adverbs too, but stand for people before a verb)
  if (t.contains(word_set::determiner, lower) || t.contains(word_class::subject_quantifier, lower) || t.contains(word_set::pronoun, lower))
    return false;
  if (t.contains(word_class::adverb, lower)) return true;
  if (!std::isupper(static_cast<unsigned char>(w[0])) || w.size() < static_cast<std::size_t>(rules::min_inflected_bytes) ||
      !(t.ends_in(word_class::past_suffix, w) || t.ends_in(word_class::participle_suffix, w)))
    return false;
  std::size_t const next = mention.end + 1;
  if (next >= text.size() || text[mention.end] != ' ') return false;
  std::size_t e = next;
  while (e < text.size() && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
  return t.contains(word_class::preposition, text.substr(next, e - next));
}

// Whether a mention stands inside parentheses that close before its verb (`The general secretary of the RMT union
// (National Union of Rail, Maritime and Transport Workers), Mick Cash, said`): an aside, never the verb's subject.
// A whole clause in parentheses keeps its subject (`(her campaign later disclosed that …)`).
inline bool in_parentheses(std::string_view text, span mention, std::size_t verb) {
  constexpr std::size_t reach = 200;
  std::size_t const from = mention.begin > reach ? mention.begin - reach : 0;
  // searched within reach only: a text with no parenthesis before would otherwise be scanned to its start
  std::size_t const found = text.substr(from, mention.begin - from).rfind('(');
  if (found == std::string_view::npos) return false;
  std::size_t const open = from + found;
  std::size_t const closed = text.find(')', open);
  return closed != std::string_view::npos && closed >= mention.end && closed < verb;
}

// The start of the word that ends right before `i` (spaces skipped), within [floor, i), and its end; {i, i} when a
// pause or the floor comes first.
inline std::pair<std::size_t, std::size_t> word_before(std::string_view text, std::size_t i, std::size_t floor) {
  std::size_t e = i;
  while (std::size_t const sp = hspace_before(text, e)) e -= sp;
  if (e <= floor || e == i) return {i, i};
  std::size_t b = e;
  while (b > floor && (std::isalnum(static_cast<unsigned char>(text[b - 1])) || text[b - 1] == '\'' || text[b - 1] == '-' ||
                       text[b - 1] == '.' || static_cast<unsigned char>(text[b - 1]) >= 0x80))
    --b;
  return b < e ? std::pair{b, e} : std::pair{i, i};
}

// Runs a rule from `from` within [from, limit). The context is built around the rule rather than wrapping
// it in `x3::with` directives: a directive holds a copy of its subject, and the clause rules are several
// kilobytes of parser state, which copying at every start of the clause search would cost more than parsing.
template <typename Rule>
inline std::optional<attribution_phrase> run(tables const& t, Rule const& rule, std::string_view text, std::size_t from, std::size_t limit,
                                      std::size_t* stop = nullptr) {
  phrase_sink sink{text.data(), {}};
  char const* first = text.data() + from;
  char const* const last = text.data() + limit;
  auto tables_ref = std::cref(t);
  auto sink_ref = std::ref(sink);
  auto const tables_ctx = x3::make_context<tables_tag>(tables_ref);
  auto const ctx = x3::make_context<phrase_tag>(sink_ref, tables_ctx);
  if (!rule.parse(first, last, ctx, x3::unused, x3::unused)) return std::nullopt;
  sink.phrase.whole = span{from, static_cast<std::size_t>(first - text.data())};
  if (stop) *stop = sink.phrase.whole.end;
  return sink.phrase;
}

}  // namespace attrib::grammar
