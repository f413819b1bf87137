// Who a clause match's subject is: the mention the grammar read, a wider phrase that opens the clause, or the
// noun phrase a relative clause hangs off; never a time, a fronted word or an aside in parentheses.
#include "grammar/subject.hpp"

#include "grammar/run.hpp"

#include <algorithm>
#include <cctype>

namespace attrib::grammar {

namespace {

// A time, which names nobody: days, months, numbers and determiners (`The June 15`, `Monday`), or, set off by a
// comma, a phrase headed by a day or a month (`Last Friday, the princess, 67, announced`; not `Theresa May said`).
static bool names_a_time(tables const& t, std::string_view text, span phrase) {
  std::string_view const s = text.substr(phrase.begin, phrase.size());
  // (the head before any post-modifier: `Trump on Monday` is Trump)
  std::string_view const h = head_of(t, s);
  std::string_view const head = h.substr(h.rfind(' ') == std::string_view::npos ? 0 : h.rfind(' ') + 1);
  if (phrase.end < text.size() && text[phrase.end] == ',' && t.contains(word_class::calendar_word, head)) return true;
  bool day = false;  // (determiners alone are people: `Most believe`)
  for (std::size_t b = 0; b < s.size();) {
    std::size_t const e = std::min(s.find(' ', b), s.size());
    std::string_view const w = s.substr(b, e - b);
    bool const number = !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == ',' || c == '.'; });
    day = day || t.contains(word_class::calendar_word, w);
    if (!t.contains(word_class::calendar_word, w) && !number && !t.contains(word_set::determiner, w)) return false;
    b = e + 1;
  }
  return day;
}

// A subject opens its clause. A noun phrase right after a preposition is that preposition's object (`In July,
// Sammy Aaron … told`, `In an interview, Steve Huhn … said`) unless the preposition also opens clauses (`after he
// admitted`); one right after an article is the rest of a longer one (`a statement`); and a time names nobody
// (`a poll released in late August found`, `Last Friday, the princess, 67, announced`): none is the subject of the
// verb after it.
bool can_be_subject(tables const& t, std::string_view text, span speaker, std::size_t verb) {
  if (fronted_word(t, text, speaker) || in_parentheses(text, speaker, verb)) return false;
  // the rest of a hyphenated word (`manager` of `then-manager`) opens nothing
  if (speaker.begin >= 2 && text[speaker.begin - 1] == '-' && std::isalpha(static_cast<unsigned char>(text[speaker.begin - 2]))) return false;
  std::size_t i = speaker.begin;
  while (std::size_t const sp = hspace_before(text, i)) i -= sp;
  if (i < speaker.begin) {
    std::size_t b = i;
    while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
    std::string_view const before = text.substr(b, i - b);
    if (b < i && ((t.contains(word_class::preposition, before) && !t.contains(word_class::clause_preposition, before)) ||
                  t.contains(word_class::article, before)))
      return false;
  }
  return !names_a_time(t, text, speaker);
}

// When the mention the grammar matched cannot be a subject, the subject may still open the clause and run up to
// it: `Ecologist Ryan Norris of the University of Guelph in Ontario also said`, `A Quinnipiac University poll
// released in late August found`. Walks back from the mention, word by word, to what opens the clause (a pause,
// a quotation mark, a conjunction, `that`, the sentence's start `floor`); nothing when a verb stands between or a
// preposition opens the clause (`In July, …` is a fronted phrase, not a subject).
std::optional<span> widened_subject(tables const& t, std::string_view text, span speaker, std::size_t floor) {
  constexpr int max_subject_words = 16;
  std::size_t b = speaker.begin;
  for (int words = 0;; ++words) {
    std::size_t i = b;
    while (std::size_t const sp = hspace_before(text, i)) i -= sp;
    if (i <= floor || i == b) break;
    auto const c = static_cast<unsigned char>(text[i - 1]);
    if (c < 0x80 && !std::isalnum(c) && c != '.' && c != '\'' && c != '-') break;
    std::size_t w = i;
    while (w > floor && !hspace_before(text, w) && text[w - 1] != '\n' && !(static_cast<unsigned char>(text[w - 1]) < 0x80 && !std::isalnum(static_cast<unsigned char>(text[w - 1])) &&
                                                                          text[w - 1] != '.' && text[w - 1] != '\'' && text[w - 1] != '-'))
      --w;
    std::string_view const word = text.substr(w, i - w);
    if (word.ends_with('.') && w < i && std::islower(static_cast<unsigned char>(text[w]))) break;  // a sentence's end
    if (t.contains(word_class::complementizer, word) || t.contains(word_class::subordinator, word) ||
        t.contains(word_class::coordinator, word) || t.contains(word_class::relative_word, word) ||
        t.contains(word_class::clause_preposition, word))
      break;
    // a verb of saying, or an adverb, is no part of a subject (`most recently in an interview with …`)
    bool const adverb = word.size() >= static_cast<std::size_t>(rules::min_inflected_bytes) && t.ends_in(word_class::adverb_suffix, word) &&
                        !t.contains(word_class::not_adverb, word);
    if (verb_at(t, text, w, i) || adverb || words >= max_subject_words) return std::nullopt;
    b = w;
  }
  if (b == speaker.begin) return std::nullopt;
  std::size_t const first_end = std::min(text.find(' ', b), speaker.end);
  std::string_view const first = text.substr(b, first_end - b);
  // a fronted phrase (`In July`) or a pronoun's clause (`it's her push to help`, `this reeks of`) opens no subject
  if (t.contains(word_class::preposition, first) || t.contains(word_set::pronoun, first) || t.contains(word_class::demonstrative, first) ||
      first.find('\'') != std::string_view::npos || first.find("\u2019") != std::string_view::npos)
    return std::nullopt;
  // `Politifact seized on Trump`: a name and a past form is a clause of its own, not a noun and its participle
  std::size_t const second = first_end + 1;
  if (std::isupper(static_cast<unsigned char>(first[0])) && !t.contains(word_class::article, first) && second < speaker.begin) {
    std::string_view const w2 = text.substr(second, std::min(text.find(' ', second), speaker.begin) - second);
    if (w2.size() >= static_cast<std::size_t>(rules::min_inflected_bytes) && t.ends_in(word_class::past_suffix, w2)) return std::nullopt;
  }
  return span{b, speaker.end};
}

// The noun phrase a relative clause that opens at `relative` hangs off: from where its clause opens (a pause, a
// conjunction, `that`, the sentence's start `floor`) to the relative word; nullopt when there is none.
std::optional<span> head_before(tables const& t, std::string_view text, std::size_t relative, std::size_t floor) {
  constexpr int max_head_words = 8;
  std::size_t head = relative;
  for (int k = 0; k < max_head_words; ++k) {
    auto const [hb, he] = word_before(text, head, floor);
    std::string_view const w = text.substr(hb, he - hb);
    if (hb == head || t.contains(word_class::complementizer, w) || t.contains(word_class::subordinator, w) ||
        t.contains(word_class::clause_preposition, w) || verb_at(t, text, hb, he))
      break;
    head = hb;
  }
  std::size_t head_end = relative;
  while (std::size_t const sp = hspace_before(text, head_end)) head_end -= sp;
  if (head >= head_end) return std::nullopt;
  return span{head, head_end};
}

// `One Democratic official who relayed the exchange said`: a mention inside a relative clause is that clause's
// object, and the subject is the noun phrase the clause hangs off. Walking back from the mention within its
// clause, a relative word with a word or more between it and the mention marks the clause.
std::optional<span> relative_head(tables const& t, std::string_view text, span speaker, std::size_t floor) {
  // the relative clause's verb group and the words of the mention's noun phrase before it: `who [have run] the
  // numbers`, `who [relayed] the exchange`
  constexpr int max_relative_words = 12;
  std::size_t at = speaker.begin;
  for (int words = 0; words < max_relative_words; ++words) {
    auto const [b, e] = word_before(text, at, floor);
    if (b == at) return std::nullopt;
    std::string_view const w = text.substr(b, e - b);
    if (t.contains(word_class::subordinator, w) || t.contains(word_class::coordinator, w)) return std::nullopt;
    // (a complementizer right before the mention opens the mention's own clause: `now that Cruz has endorsed`)
    if (at == speaker.begin && t.contains(word_class::complementizer, w)) return std::nullopt;
    // (a relative word that is also an article, German `der`, is one only after a pause: `der Stadtverwaltung`)
    bool const relative = t.contains(word_class::relative_word, w) &&
                          (!t.contains(word_class::article, w) || word_before(text, b, floor).first == b);
    if (relative && at != speaker.begin) {
      // `an appearance in which he said he was skeptical`: after a preposition the relative word is its object,
      // and the clause keeps its own subject
      auto const [pb, pe] = word_before(text, b, floor);
      if (pb < pe && t.contains(word_class::preposition, text.substr(pb, pe - pb))) return std::nullopt;
      return head_before(t, text, b, floor);
    }
    at = b;
  }
  return std::nullopt;
}

}  // namespace

// A clause match whose mention can be no subject is refused, or takes the subject that opens its clause
// (see can_be_subject and widened_subject); a possessor after a preposition owns its cue noun (`seized on
// Trump’s claim that …`).
std::optional<attribution_phrase> with_subject(tables const& t, std::string_view text, std::optional<attribution_phrase> p,
                                                std::size_t floor) {
  if (!p || p->nominal) return p;
  // a contact clause (`the protesters Wikinews interviewed`): its subject is the mention's last word, a name after
  // a lowercase noun; the mention ends before it
  if (!p->appositive.empty() && p->appositive.begin == p->speaker.end && hspace_at(text, p->appositive.begin) > 0) {
    std::size_t const last = text.rfind(' ', p->speaker.end - 1);
    if (last != std::string_view::npos && last > p->speaker.begin && std::isupper(static_cast<unsigned char>(text[last + 1]))) {
      auto const [b, e] = word_before(text, last + 1, p->speaker.begin);
      if (b < e && std::islower(static_cast<unsigned char>(text[b]))) {
        p->appositive.begin = last + 1;
        p->speaker.end = last;
      }
    }
  }
  // `The protesters who marched said`: a relative word with no pause before it, as the subject of the relative
  // clause's own verb read as a contact clause, stands for the noun phrase before it
  if (t.contains(word_class::relative_word, text.substr(p->speaker.begin, p->speaker.size())) && !p->appositive.empty()) {
    if (auto const head = head_before(t, text, p->speaker.begin, floor)) {
      p->appositive = span{p->speaker.begin, p->appositive.end};
      p->speaker = *head;
      p->whole.begin = head->begin;
      return p;
    }
  }
  if (auto const head = relative_head(t, text, p->speaker, floor)) {
    p->appositive = span{head->end, p->speaker.end};
    p->speaker = *head;
    p->whole.begin = head->begin;
    return p;
  }
  if (can_be_subject(t, text, p->speaker, p->cue.begin)) return p;
  if (auto const wide = widened_subject(t, text, p->speaker, floor);
      wide && !in_parentheses(text, *wide, p->cue.begin) && !names_a_time(t, text, *wide)) {
    p->speaker = *wide;
    p->whole.begin = wide->begin;
    return p;
  }
  return std::nullopt;
}

}  // namespace attrib::grammar
