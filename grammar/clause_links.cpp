// The facade functions that find a clause's parts apart from a quotation: `according to` cues, a verb
// linked to the sentence's subject (`…, saying`), the sentence's subject, a verb-second inversion, and a
// participle of saying right before a quotation.
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

// `Sanders made the following comment`: after a name, a lower-case word that is no preposition or coordinator
// followed by an article is a verb and its object, so the subject ends with the name.
static span without_predicate(tables const& t, std::string_view text, span mention) {
  std::string_view const m = text.substr(mention.begin, mention.size());
  std::size_t prev_start = 0;
  for (std::size_t sp = m.find(' '); sp != std::string_view::npos; sp = m.find(' ', sp + 1)) {
    std::size_t const w = sp + 1;
    std::size_t const we = std::min(m.find(' ', w), m.size());
    std::size_t const next_end = we < m.size() ? std::min(m.find(' ', we + 1), m.size()) : we;
    std::string_view const word = m.substr(w, we - w);
    bool const after_name = std::isupper(static_cast<unsigned char>(m[prev_start])) != 0;
    prev_start = w;
    if (!after_name || word.empty() || !std::islower(static_cast<unsigned char>(word[0])) || we >= m.size()) continue;
    if (t.contains(word_class::preposition, word) || t.contains(word_class::coordinator, word) || t.contains(word_class::relative_word, word))
      continue;
    if (t.contains(word_class::article, m.substr(we + 1, next_end - we - 1))) return span{mention.begin, mention.begin + sp};
  }
  return mention;
}

// The start of the first lowercase past form in [from, limit) that can be a verb (`sided`, `met`; not `the
// troubled agency`, `for the embattled senator`: after a determiner or a preposition it is an adjective), or limit.
static std::size_t first_past_form(tables const& t, std::string_view text, std::size_t from, std::size_t limit) {
  std::string_view previous;
  for (std::size_t i = from; i < limit; ++i) {
    if (!is_word_start(text, i)) continue;
    std::size_t e = i;
    while (e < limit && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
    std::string_view const w = text.substr(i, e - i);
    if (text[i] >= 'a' && text[i] <= 'z' && !t.contains(word_set::determiner, previous) && !t.contains(word_class::preposition, previous) &&
        ((w.size() >= static_cast<std::size_t>(rules::min_inflected_bytes) && t.ends_in(word_class::past_suffix, w)) || t.contains(word_class::irregular_past, w)))
      return i;
    previous = w;
    if (e > i) i = e - 1;
  }
  return limit;
}

std::optional<span> match_subject(tables const& t, std::string_view text, std::size_t from, std::size_t limit) {
  std::size_t verb = from;  // the first past form at or after i (found once, then again only when i passes it)
  for (std::size_t i = from; i < limit && i < from + 80; ++i) {
    if (!is_word_start(text, i)) continue;
    if (auto p = run(t, rules::subject, text, i, limit); p && !fronted_word(t, text, p->speaker)) return without_predicate(t, text, p->speaker);
    // `The judge sided with the Democrats, saying …`: a past form ends the subject the mention grammar would
    // read on through (a lowercase word may be a noun of the mention)
    if (verb < i || (verb == from && i == from)) verb = first_past_form(t, text, i, limit);
    if (verb < limit)
      if (auto p = run(t, rules::subject, text, i, verb); p && p->speaker.end + 1 >= verb && !fronted_word(t, text, p->speaker)) return p->speaker;
    // a sentence may open with a conjunction or an adverbial: `But in recent days, advisers say …`
    if (t.longest(word_class::sentence_connective, text.data() + i, text.data() + limit) < 0) {
      std::size_t const comma = text.find(',', i);
      if (comma == std::string_view::npos || comma >= limit || comma > i + 60) return std::nullopt;
      i = comma;
    }
  }
  return std::nullopt;
}

namespace {
// `tweeting`, `asking her`, `saying on Twitter`, then `,` or `:` and nothing else before the quotation
auto const participle_cue = x3::raw[in_set<word_set::speech_verb>][rules::suffix_check<word_class::participle_suffix>][rules::set<&attribution_phrase::cue>];
auto const participle_before_quote = x3::eps[rules::clear] >> participle_cue >> word_end >> -(rules::takes_addressee >> ws >> rules::addressee)
                                      >> rules::tail >> *hspace >> (x3::lit(',') | ':') >> *hspace >> x3::eoi;
auto const mention_to_end = rules::mention >> ws >> x3::eoi;
constexpr int participle_reach = 8;  ///< words back from the quotation where the participle may start
constexpr int subject_reach = 6;     ///< words back from the participle where a name right before it may start
}  // namespace

std::optional<attribution_phrase> match_participle_before_quote(tables const& t, std::string_view text, std::size_t from, std::size_t quote_open) {
  int words_back = 0;
  for (std::size_t i = quote_open; i-- > from && words_back < participle_reach;) {
    if (!is_word_start(text, i)) continue;
    ++words_back;
    if (t.longest(word_set::speech_verb, text.data() + i, text.data() + quote_open) < 0) continue;
    auto p = run(t, participle_before_quote, text, i, quote_open);
    if (!p) continue;
    // what stands before the participle: a pause or a linking word (`, tweeting`, `before asking`, `and
    // saying`: the sentence's subject speaks), or a name that ends right there (`footage of Maria Lopes asking`)
    std::size_t b = i;
    while (b > from && text[b - 1] == ' ') --b;
    auto const [w, we] = word_before(text, i, from);
    std::string_view const before = text.substr(w, we - w);
    if ((b > from && text[b - 1] == ',') || t.contains(word_class::verb_link, before) || t.contains(word_class::clause_preposition, before)) {
      p->speaker = {};
      return p;
    }
    int back = 0;
    std::optional<span> subject;
    for (std::size_t j = b; j-- > from && back < subject_reach;) {
      if (!is_word_start(text, j)) continue;
      ++back;
      if (!std::isupper(static_cast<unsigned char>(text[j]))) break;  // a name: capitalised words
      if (auto m = run(t, mention_to_end, text, j, i); m && !fronted_word(t, text, m->speaker)) subject = m->speaker;
    }
    if (!subject) return std::nullopt;
    // `on Facebook writing`: a name after `on` is where the words appeared, not who wrote them
    if (auto const [s, e] = word_before(text, subject->begin, from); t.contains(word_class::outlet_preposition, text.substr(s, e - s)))
      return std::nullopt;
    p->speaker = *subject;
    return p;
  }
  return std::nullopt;
}

namespace {
auto const mention_at_end = rules::mention >> *hspace >> x3::eoi;
constexpr int label_reach = 8;  ///< words back from a colon where the mention before it may start
}  // namespace

std::optional<span> match_mention_before(tables const& t, std::string_view text, std::size_t from, std::size_t end) {
  std::optional<span> found;
  int back = 0;
  for (std::size_t j = end; j-- > from && back < label_reach;) {
    if (!is_word_start(text, j)) continue;
    ++back;
    // (one that opens with a capital or a determiner: `surprise Republican pollster Daron Shaw` opens with a verb)
    if (auto m = run(t, mention_at_end, text, j, end); m && !fronted_word(t, text, m->speaker) &&
        (std::isupper(static_cast<unsigned char>(text[j])) || t.longest(word_set::determiner, text.data() + j, text.data() + end) > 0))
      found = m->speaker;
  }
  // a name, or a noun that stands for a source (`a White House spokesman`); not any noun phrase (`the correlation`)
  if (!found) return std::nullopt;
  std::string_view const m = text.substr(found->begin, found->size());
  std::string_view const last = m.substr(m.rfind(' ') == std::string_view::npos ? 0 : m.rfind(' ') + 1);
  if (last.empty() || (!std::isupper(static_cast<unsigned char>(last[0])) && !t.contains(word_set::source_noun, last))) return std::nullopt;
  return found;
}

}  // namespace attrib::grammar
