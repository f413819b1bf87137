// The facade functions that find a clause's parts apart from a quotation: `according to` cues, a verb
// linked to the sentence's subject (`…, saying`), the sentence's subject, and a verb-second inversion.
#include "grammar/run.hpp"

#include <cctype>

namespace attrib::grammar {

// The first word start in [from, limit) where an `according to` cue begins, or npos.
std::size_t find_according(tables const& t, std::string_view text, std::size_t from, std::size_t limit) {
  for (std::size_t i = from; i < limit; ++i) {
    if (t.may_start(word_class::according_cue, text.data() + i, text.data() + limit) && is_word_start(text, i) &&
        t.longest(word_class::according_cue, text.data() + i, text.data() + limit) >= 0)
      return i;
    // no entry starts inside a run of ASCII letters: go to its last letter
    if (std::isalpha(static_cast<unsigned char>(text[i])))
      while (i + 1 < limit && std::isalpha(static_cast<unsigned char>(text[i + 1]))) ++i;
  }
  return std::string_view::npos;
}

std::optional<attribution_phrase> match_inverted(tables const& t, std::string_view text, std::size_t from, std::size_t limit) {
  return run(t, rules::inverted_phrase, text, from, limit);
}

std::optional<attribution_phrase> match_according_to(tables const& t, std::string_view text, std::size_t from, std::size_t limit,
                                                     bool appositive) {
  for (std::size_t i = find_according(t, text, from, limit); i != std::string_view::npos; i = find_according(t, text, i + 1, limit)) {
    auto p = appositive ? run(t, rules::according_to, text, i, limit) : run(t, rules::according_head, text, i, limit);
    if (p) return p;
  }
  return std::nullopt;
}

// The shortest participle, in bytes, after a document noun: `a tweet saying` (not `a tweet sing`).
inline constexpr std::size_t min_participle_bytes = 5;

// `a statement saying`, `a tweet calling`: a word in -ing right after a document noun
static bool participle_after_document(tables const& t, std::string_view text, std::size_t i, std::size_t limit) {
  std::size_t e = i;
  while (e < limit && text[e] >= 'a' && text[e] <= 'z') ++e;
  if (e - i < min_participle_bytes || !t.ends_in(word_class::participle_suffix, text.substr(i, e - i)) || i < 2 || text[i - 1] != ' ') return false;
  std::size_t b = i - 1;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
  return b + 1 < i && t.longest(word_set::document, text.data() + b, text.data() + i - 1) >= 0;
}

std::optional<attribution_phrase> match_linked_verb(tables const& t, std::string_view text, std::size_t from, std::size_t limit,
                                                    std::size_t last_link) {
  for (std::size_t i = from; i < limit && i <= last_link; ++i) {
    bool link = text[i] == ',';
    if (!link && text[i] >= 'a' && text[i] <= 'z') {
      if (!is_word_start(text, i)) continue;
      link = t.longest(word_class::verb_link, text.data() + i, text.data() + limit) >= 0 || participle_after_document(t, text, i, limit);
      if (!link) {  // no word starts inside this one
        while (i + 1 < limit && text[i + 1] >= 'a' && text[i + 1] <= 'z') ++i;
        continue;
      }
    }
    if (!link) continue;
    if (auto p = run(t, rules::linked_verb, text, i, limit)) return p;
  }
  return std::nullopt;
}

std::optional<span> match_subject(tables const& t, std::string_view text, std::size_t from, std::size_t limit) {
  for (std::size_t i = from; i < limit && i < from + 80; ++i) {
    if (!is_word_start(text, i)) continue;
    if (auto p = run(t, rules::subject, text, i, limit); p && !fronted_word(t, text, p->speaker)) return p->speaker;
    // a sentence may open with a conjunction or an adverbial: `But in recent days, advisers say …`
    if (t.longest(word_class::sentence_connective, text.data() + i, text.data() + limit) < 0) {
      std::size_t const comma = text.find(',', i);
      if (comma == std::string_view::npos || comma >= limit || comma > i + 60) return std::nullopt;
      i = comma;
    }
  }
  return std::nullopt;
}

}  // namespace attrib::grammar
