// What the attribute stage and reported speech share: a matched phrase made an attribution, and the words
// around a quotation that tell a title from speech.
#include "attrib/attribute.hpp"

#include "grammar/parse.hpp"

#include <algorithm>
#include <cctype>

namespace attrib {

namespace {

bool same_letters(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

}  // namespace

bool is_outlet(std::string_view who, lexicon const& lex) {
  auto const last = who.substr(who.rfind(' ') == std::string_view::npos ? 0 : who.rfind(' ') + 1);
  return std::any_of(lex.outlets.begin(), lex.outlets.end(), [&](std::string const& o) { return o == who; }) ||
         std::any_of(lex.outlet_nouns.begin(), lex.outlet_nouns.end(), [&](std::string const& n) { return same_letters(n, last); });
}

bool is_pronoun(std::string_view who, lexicon const& lex) {
  return std::any_of(lex.pronouns.begin(), lex.pronouns.end(), [&](pronoun_entry const& p) { return same_letters(p.word, who); }) ||
         std::any_of(lex.words(grammar::word_class::possessive_determiner).begin(), lex.words(grammar::word_class::possessive_determiner).end(),
                     [&](std::string const& p) { return same_letters(p, who); }) ||
         std::any_of(lex.words(grammar::word_class::object_pronoun).begin(), lex.words(grammar::word_class::object_pronoun).end(),
                     [&](std::string const& p) { return same_letters(p, who); });
}

attribution attribution_of(grammar::attribution_phrase const& p, std::string_view text, lexicon const& lex, attribution_kind kind) {
  auto const opt = [](span s) { return s.empty() ? std::nullopt : std::optional<span>(s); };
  attribution a;
  a.kind = kind;
  a.mention = opt(p.speaker);
  a.cue = opt(p.cue);
  a.appositive = opt(p.appositive);
  // the addressee is an outlet (`told CNBC`, `told a local newspaper`, `told reporters`) or an audience
  // (`told police`, `told the crowd`, `told his advisers`); a pronoun (`told her`) is neither
  if (auto const to = opt(p.addressee)) {
    auto const who = text.substr(to->begin, to->size());
    if (is_outlet(who, lex)) a.outlet = to;
    else if (!is_pronoun(who, lex)) a.audience = to;
  }
  a.medium = opt(p.medium);
  a.time = opt(p.time);
  if (a.cue) {
    auto const cue = text.substr(a.cue->begin, a.cue->size());
    // a separable verb is classed as its whole form: `räumte … ein` is `räumte ein`
    std::string const form = p.particle.empty() ? std::string(cue) : std::string(cue).append(" ").append(text.substr(p.particle.begin, p.particle.size()));
    a.cue_type = lex.is(grammar::word_class::according_cue, cue) ? cue_class::according : lex.class_of(form);
  }
  return a;
}

namespace {
constexpr std::size_t min_title_words = 2;  ///< a Title Case quotation this long after a noun names a work
}  // namespace

// A short quotation in Title Case right after a preposition, a verb of telling or a possessive names a
// programme, film, book or song: every word of four letters or more is capitalised (or a number).
bool names_a_work(std::string_view text, span extent, span content_span, lexicon const& lex) {
  auto const hspace_before_is = [&](std::size_t e) { return grammar::hspace_before(text, e) > 0; };
  auto const content = text.substr(content_span.begin, content_span.size());
  std::size_t words = 0;
  for (std::size_t b = 0; b < content.size();) {
    while (b < content.size() && (content[b] == ' ' || content[b] == ',' || content[b] == '.')) ++b;
    std::size_t e = b;
    while (e < content.size() && content[e] != ' ') ++e;
    if (e == b) break;
    auto const w = content.substr(b, e - b);
    ++words;
    std::size_t letters = 0;
    for (char c : w) letters += std::isalpha(static_cast<unsigned char>(c)) ? 1 : 0;
    bool const capital = std::isupper(static_cast<unsigned char>(w[0])) || std::isdigit(static_cast<unsigned char>(w[0]));
    if ((letters >= 4 || words == 1) && !capital) return false;
    if (w.find_first_of("?!;:") != std::string_view::npos) return false;
    b = e;
  }
  if (words == 0 || words > 8) return false;
  // the word before the opening mark
  std::size_t e = extent.begin;
  while (e > 0 && (text[e - 1] == ' ' || hspace_before_is(e))) e -= hspace_before_is(e) ? grammar::hspace_before(text, e) : 1;
  std::size_t b = e;
  while (b > 0 && !std::isspace(static_cast<unsigned char>(text[b - 1]))) --b;
  auto before = text.substr(b, e - b);
  if (lex.is(grammar::word_class::title_opener, before) || lex.ends_in(grammar::word_class::possessive_suffix, before)) return true;
  // a title of several words may also follow an article, a possessive or the noun it names (`his "Keepin' It
  // Real" radio program`, `the civil rights anthem ''A Change Is Gonna Come''`, `his book, ''Make Your Kid a
  // Millionaire''`); not a verb of saying, whose object it would be
  if (words < min_title_words) return false;
  if (!before.empty() && before.back() == ',') before.remove_suffix(1);
  if (before.empty() || !std::islower(static_cast<unsigned char>(before[0])) || lex.form_class.contains(before)) return false;
  return lex.is(grammar::word_class::article, before) || lex.is(grammar::word_class::possessive_determiner, before) ||
         (!lex.is(grammar::word_class::stop_word, before) && !lex.is(grammar::word_class::preposition, before) &&
          !lex.ends_in(grammar::word_class::past_suffix, before) && !lex.ends_in(grammar::word_class::adverb_suffix, before));
}

}  // namespace attrib
