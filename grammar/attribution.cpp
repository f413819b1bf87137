// The facade functions of the attribution rule group: each picks the window and the start positions,
// the rules in attribution_def.hpp do the matching.
#include "grammar/run.hpp"
#include "grammar/subject.hpp"

#include <cctype>
#include <algorithm>

namespace attrib::grammar {

namespace {

// The composite rules the facade runs, built once.
auto const dash_after_quote = *hspace >> rules::dash_phrase;
// what may stand between a phrase before a quotation and its opening mark
auto const before_quote_ending = *hspace >> -(x3::lit(':') | ',' | "\u2014" | in_class<word_class::complementizer>) >> *hspace >> x3::eoi;
auto const verb_before_quote = x3::raw[in_set<word_set::speech_verb>][rules::set<&attribution_phrase::cue>] >> rules::not_closing
                               >> -(rules::takes_addressee >> ws >> rules::addressee) >> rules::tail >> before_quote_ending;
auto const clause_before_quote = rules::normal_phrase >> before_quote_ending;
auto const particle_before_quote = in_class<word_class::verb_particle> >> before_quote_ending;
// `Dazu sagte der Minister: „…“`, `entgegnete Suttner empört: „…“`: a verb-second inversion, with up to two
// lowercase words (an adverb) after the subject
auto const inverted_before_quote = rules::inverted_phrase >> x3::repeat(0, 2)[ws >> lower_word] >> before_quote_ending;
auto const according_before_quote = rules::according_to >> before_quote_ending;
auto const clause_to_word_end = rules::normal_phrase >> word_end;
auto const adding_phrase = x3::raw[rules::adding_link][rules::set<&attribution_phrase::cue>];

// After the phrase the sentence must end (or the next quotation start) when the quotation itself ended
// a sentence: `“Q.” He said the plan …` is a new sentence, not an attribution.
bool ends_clause(std::string_view text, std::size_t i) {
  while (std::size_t const sp = hspace_at(text, i)) i += sp;
  if (i >= text.size() || text[i] == '\n') return true;
  char const c = text[i];
  if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' || c == ')') return true;
  auto const rest = text.substr(i);
  return rest.starts_with("\u201C") || rest.starts_with("\u2014") || rest.starts_with("\u2013") || rest.starts_with("''");
}

}  // namespace

std::size_t hspace_at(std::string_view text, std::size_t i) { return i < text.size() ? hspace_length(text.begin() + i, text.end()) : 0; }

std::size_t hspace_before(std::string_view text, std::size_t e) {
  for (std::size_t len = 1; len <= 3 && len <= e; ++len)
    if (hspace_at(text.substr(0, e), e - len) == len) return len;
  return 0;
}

std::optional<attribution_phrase> match_after_quote(tables const& t, std::string_view text, std::size_t from, std::size_t limit,
                                                    bool quote_ended_sentence, std::optional<attribution_phrase>* unfinished) {
  if (auto p = run(t, dash_after_quote, text, from, limit)) return p;
  std::size_t i = from;
  auto const space = [&](std::size_t k) { return k < limit ? hspace_at(text.substr(0, limit), k) : 0; };
  bool semicolon = false;
  while (i < limit && (text[i] == ',' || text[i] == ';' || space(i))) {
    semicolon = semicolon || text[i] == ';';
    i += space(i) ? space(i) : 1;
  }
  for (auto const* d : {"\u2014", "\u2013", "--"})
    if (text.substr(i).starts_with(d)) i += std::string_view(d).size();
  while (std::size_t const sp = space(i)) i += sp;
  if (i >= limit) return std::nullopt;
  auto const check = [&](std::optional<attribution_phrase> p) -> std::optional<attribution_phrase> {
    if (p && (!quote_ended_sentence || ends_clause(text, p->whole.end))) return p;
    if (p && unfinished && !*unfinished) *unfinished = p;
    return std::nullopt;
  };
  if (auto p = check(run(t, rules::inverted_phrase, text, i, limit))) return p;
  // after a semicolon a subject and its verb open a clause of their own: `“…”; Interpol did not disclose …`
  if (semicolon) return std::nullopt;
  return check(run(t, rules::normal_phrase, text, i, limit));
}

// The verb-second phrase that ends at the quotation: the first word start, within `inversion_reach` words of
// it, where `VERB SUBJECT (adverb) [:|,]` runs to the opening mark.
static std::optional<attribution_phrase> inverted_before(tables const& t, std::string_view text, std::size_t from, std::size_t quote_open) {
  constexpr int inversion_reach = 16;
  int words_back = 0;
  std::optional<attribution_phrase> best;
  for (std::size_t i = quote_open; i-- > from && words_back < inversion_reach;) {
    if (!is_word_start(text, i)) continue;
    ++words_back;
    if (t.longest(word_set::speech_verb, text.data() + i, text.data() + quote_open) < 0) continue;
    if (auto p = run(t, inverted_before_quote, text, i, quote_open)) best = p;
  }
  return best;
}

// `Said Ellis: “Q”`, `Remarked scientist Tierra Curry, “Q”`: a sentence that opens with its verb of saying, then
// the speaker. The verb tables hold the forms as written mid-sentence, so the window is read from a copy whose
// first letter is lowercase, and the spans are moved back to the text.
static std::optional<attribution_phrase> opening_inversion(tables const& t, std::string_view text, std::size_t from, std::size_t quote_open) {
  while (std::size_t const sp = hspace_at(text, from)) from += sp;
  if (from >= quote_open || !is_word_start(text, from) || !std::isupper(static_cast<unsigned char>(text[from]))) return std::nullopt;
  // (the verb is looked for before the window is copied: most sentences open with a capital)
  if (t.longest_lowered(word_set::speech_verb, text.data() + from, text.data() + quote_open) < 0) return std::nullopt;
  std::string window(text.substr(from, quote_open - from));
  window[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(window[0])));
  auto p = run(t, inverted_before_quote, window, 0, window.size());
  if (!p) return std::nullopt;
  for (span* s : {&p->whole, &p->speaker, &p->appositive, &p->cue, &p->addressee, &p->medium, &p->time, &p->particle})
    if (!s->empty()) *s = span{s->begin + from, s->end + from};
  return p;
}

std::optional<attribution_phrase> match_before_quote(tables const& t, std::string_view text, std::size_t from, std::size_t quote_open) {
  // Cheap test first: the phrase ends in `VERB (addressee) (medium/time) [:|,|that]` right before the
  // quotation, or contains `according to`. Only then is every start tried, leftmost first.
  bool const according = find_according(t, text, from, quote_open) != std::string_view::npos;
  std::size_t verb_at = std::string_view::npos;
  int words_back = 0;
  for (std::size_t i = quote_open; i-- > from && words_back < 16 && !according;) {
    if (!is_word_start(text, i)) continue;
    ++words_back;
    // (or the particle of a separable verb: `Die Eltern teilten daraufhin mit: „…“`)
    if (run(t, verb_before_quote, text, i, quote_open) || run(t, particle_before_quote, text, i, quote_open)) {
      verb_at = i;
      break;
    }
  }
  if (verb_at == std::string_view::npos && !according)
    return t.verb_second() ? inverted_before(t, text, from, quote_open) : opening_inversion(t, text, from, quote_open);
  std::size_t const last_start = according ? quote_open : verb_at;
  for (std::size_t i = from; i < last_start; ++i) {
    if (!is_word_start(text, i)) continue;
    if (auto p = with_subject(t, text, run(t, clause_before_quote, text, i, quote_open), from)) return p;
    if (according)
      if (auto p = run(t, according_before_quote, text, i, quote_open)) return p;
  }
  return t.verb_second() ? inverted_before(t, text, from, quote_open) : opening_inversion(t, text, from, quote_open);
}

// How good a clause is as the attribution of what follows it; higher is better.
// A verb of saying outranks a verb of belief (`Ditto said she expects …` is Ditto's), a verb outranks a cue
// noun (`Moore called Mr. Obama's remarks “…”` is Moore's), and a relative `who` is the weakest subject.
static int rank(tables const& t, std::string_view text, attribution_phrase const& p) {
  std::string_view const cue = text.substr(p.cue.begin, p.cue.size());
  std::string_view const subject = text.substr(p.speaker.begin, p.speaker.size());
  int r = 8;
  if (p.nominal) r -= 4;
  if (t.contains(word_set::belief_verb, cue)) r -= 2;
  if (t.contains(word_class::relative_word, subject)) r -= 1;
  return r;
}

// Tries every word start in [from, limit) once per cache, keeping the matches; windows move forward.

// A word start from which a clause can begin, with the first verb-like word after it and whether a comma,
// dash or parenthesis stands between the two (only then can an appositive carry the clause past that verb).
struct candidate {
  std::size_t at;
  std::size_t next_verb;
  bool pause_before_verb;
};

// A closed-class word opens no mention unless it is a pronoun, a possessive, a source noun or a plural noun for
// people (`to`, `of`, `that`, `has`): every alternative of the mention rule starts by refusing a stop word.
// A plain lowercase word opens a mention only as the first of lowercase words that end in a source noun or a
// plural noun for people (`senior administration officials`, `environmentalists`) or come before a name or
// title (`former President Bill Clinton`): without one of those among the next few words before a
// closed-class word, it opens none.
static bool may_open_mention(tables const& t, std::string_view text, std::size_t i, std::size_t limit) {
  char const* const p = text.data() + i;
  char const* const last = text.data() + limit;
  if (t.longest(word_set::pronoun, p, last) >= 0 || t.longest(word_set::source_noun, p, last) >= 0 ||
      t.longest(word_set::person_plural, p, last) >= 0 || t.longest(word_class::possessive_determiner, p, last) >= 0)
    return true;
  // `He's claiming`: a pronoun with its auxiliary written onto it (a stop word as a whole)
  std::size_t w = i;
  while (w < limit && (std::isalpha(static_cast<unsigned char>(text[w])) || text[w] == '\'' || static_cast<unsigned char>(text[w]) >= 0x80) &&
         hspace_at(text, w) == 0)
    ++w;
  if (rules::contracted_pronoun_length(t, text.substr(i, w - i)) > 0) return true;
  // a share: `nearly half`, `two-thirds of`, `one in five`, `About 40 percent` (an approximator may be a stop word)
  for (word_class c : {word_class::approximator, word_class::fraction, word_class::number_word})
    if (t.longest(c, p, last) >= 0) return true;
  if (t.longest(word_class::stop_word, p, last) >= 0) return false;
  if (!(text[i] >= 'a' && text[i] <= 'z') || t.longest(word_set::determiner, p, last) >= 0) return true;
  std::string_view const window = text.substr(0, limit);
  auto const space = [&](std::size_t k) { return std::isspace(static_cast<unsigned char>(text[k])) ? 1 : hspace_at(window, k); };
  std::size_t k = i;
  for (int words = 0; words < 8 && k < limit; ++words) {
    while (k < limit && space(k) == 0) {
      if (text[k] == ',' || text[k] == ';' || text[k] == ':' || text[k] == '.' || text[k] == '(' || text[k] == '"') return false;
      ++k;
    }
    for (std::size_t sp; k < limit && (sp = space(k)) > 0;) k += sp;
    if (k >= limit) return false;
    char const* const at = text.data() + k;
    if (!(text[k] >= 'a' && text[k] <= 'z')) return true;  // a capital, a title, an initial, a digit, a mark
    if (t.longest(word_set::source_noun, at, last) >= 0 || t.longest(word_set::person_plural, at, last) >= 0) return true;
    if (t.longest(word_class::stop_word, at, last) >= 0) return false;
  }
  return false;
}

// Word starts in [b, e) from which a clause can begin: a clause needs a verb of saying within reach, either
// a few words on (`the official said`) or after an appositive that opens with a comma or dash near the start
// (`Simon Miles, an assistant professor at …, said`). Trying only these keeps the search linear in practice.
static void candidate_starts(tables const& t, std::string_view text, std::size_t b, std::size_t e, std::size_t bound,
                             std::vector<candidate>& out) {
  // (the sentence's first word opens the subject most often: it is tried from further away, so that a long
  // subject keeps its quantifier: `Several senior Democrats with longtime ties to both Clintons cited …`)
  constexpr std::size_t verb_reach = 8, opening_subject_reach = 12, appositive_reach = 8, appositive_length = 60;
  std::size_t const scan_end = std::min(bound, e + 1500);
  struct word_info {
    std::size_t at;
    bool verb;
    bool pause;    // a comma or dash follows the word
    bool bracket;  // a pause or a parenthesis follows it
    bool keep;
  };
  thread_local std::vector<word_info> words;  // reused: the search runs once per sentence
  words.clear();
  out.clear();
  std::size_t word_end_at = b;  // the end of the ASCII letters that open the last word
  for (std::size_t i = b; i < scan_end; ++i) {
    if (!is_word_start(text, i)) continue;
    std::size_t const start = i;
    // no word starts right after an ASCII letter or digit: skip the rest of the word
    while (i + 1 < scan_end && static_cast<unsigned char>(text[i + 1]) < 0x80 && is_word_byte(static_cast<unsigned char>(text[i + 1]))) ++i;
    if (!words.empty()) {
      bool pause = false, bracket = false;
      for (std::size_t g = word_end_at; g < start; ++g) {
        char const c = text[g];
        bool const em_dash = static_cast<unsigned char>(c) == 0xE2 && g + 2 < text.size() && static_cast<unsigned char>(text[g + 1]) == 0x80 &&
                             static_cast<unsigned char>(text[g + 2]) == 0x94;
        if (c == ',' || (c == '-' && g + 1 < start && text[g + 1] == '-') || em_dash) pause = true;
        else if (c == '(' || c == ')') bracket = true;
      }
      words.back().pause = pause;
      words.back().bracket = pause || bracket;
    }
    word_end_at = i + 1;
    words.push_back(word_info{start, verb_at(t, text, start, scan_end), false, false, false});
  }
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (!words[k].verb) continue;
    for (std::size_t j = k > verb_reach ? k - verb_reach : 0; j < k; ++j) words[j].keep = true;
    if (k <= opening_subject_reach && words[0].at == b) words[0].keep = true;
    // `…, said` (perhaps `…, has said`): the subject may stand before an appositive that ends here
    bool const after_pause = (k >= 1 && words[k - 1].pause) || (k >= 2 && words[k - 2].pause);
    if (!after_pause) continue;
    for (std::size_t c = k > appositive_length ? k - appositive_length : 0; c + 1 < k; ++c)
      if (words[c].pause)
        for (std::size_t j = c > appositive_reach ? c - appositive_reach : 0; j <= c; ++j) words[j].keep = true;
  }
  std::size_t next_verb = std::string_view::npos;
  bool paused = false;  // between this word and the next verb-like word
  for (std::size_t k = words.size(); k-- > 0;) {
    if (words[k].verb) {
      next_verb = words[k].at;
      paused = false;
    }
    if (words[k].bracket) paused = true;
    if (words[k].keep && words[k].at < e && may_open_mention(t, text, words[k].at, scan_end))
      out.push_back(candidate{words[k].at, next_verb, paused});
  }
  std::reverse(out.begin(), out.end());
}

static void fill(tables const& t, std::string_view text, std::size_t from, std::size_t limit, clause_cache& c) {
  auto const tried = [&](std::size_t b, std::size_t e) {
    std::vector<attribution_phrase> out;
    // the leftmost subject of a verb is its clause's: `the agency's chief economist said` is tried from `the`,
    // and once that matched, `agency's …` and `chief economist` (same verb, no comma between) need no trying
    std::size_t covered = std::string_view::npos;
    thread_local std::vector<candidate> starts;
    candidate_starts(t, text, b, e, c.bound, starts);
    for (candidate const& k : starts) {
      if (k.next_verb == covered && !k.pause_before_verb) continue;
      if (auto p = with_subject(t, text, run(t, clause_to_word_end, text, k.at, c.bound), b)) {
        covered = p->cue.begin;
        out.push_back(*p);
      }
    }
    // a subject found before its match's start (a relative clause's head, a widened subject) keeps the order
    std::stable_sort(out.begin(), out.end(), [](attribution_phrase const& x, attribution_phrase const& y) { return x.whole.begin < y.whole.begin; });
    return out;
  };
  if (from > c.hi + 4096 || limit + 4096 < c.lo) {  // far from what is cached: start afresh
    c.lo = c.hi = from;
    c.matches.clear();
  }
  if (from < c.lo) {
    auto before = tried(from, c.lo);
    c.matches.insert(c.matches.begin(), before.begin(), before.end());
    c.lo = from;
  }
  if (limit > c.hi) {
    auto after = tried(c.hi, limit);
    c.matches.insert(c.matches.end(), after.begin(), after.end());
    c.hi = limit;
  }
}

std::optional<attribution_phrase> match_clause(tables const& t, std::string_view text, std::size_t from, std::size_t limit,
                                               clause_cache* cache) {
  clause_cache local{limit, from, from, {}};
  clause_cache& c = cache && limit <= cache->bound ? *cache : local;
  fill(t, text, from, limit, c);
  std::optional<attribution_phrase> best;
  int best_rank = 0;
  auto const first = std::lower_bound(c.matches.begin(), c.matches.end(), from,
                                      [](attribution_phrase const& p, std::size_t at) { return p.whole.begin < at; });
  for (auto it = first; it != c.matches.end() && it->whole.begin < limit; ++it) {
    attribution_phrase const& p = *it;
    if (p.cue.end > limit) continue;
    int const r = rank(t, text, p);
    if (!best || r > best_rank || (r == best_rank && p.cue.end > best->cue.end)) {
      best = p;
      best_rank = r;
    }
  }
  return best;
}

// the head ends before the first post-modifier that starts a word after the first one and has a word after it
std::string_view head_of(tables const& t, std::string_view mention) {
  constexpr std::size_t min_participle = 5;  // `being`, not `sing`
  std::size_t head_end = mention.size();
  for (std::size_t at = mention.find(' '); at != std::string_view::npos; at = mention.find(' ', at + 1)) {
    int const n = t.longest(word_set::post_modifier, mention.data() + at + 1, mention.data() + mention.size());
    if (n > 0 && at + 1 + static_cast<std::size_t>(n) < mention.size() && mention[at + 1 + static_cast<std::size_t>(n)] == ' ') {
      head_end = at;
      break;
    }
    // `a source speaking to reporters`: a present participle and its preposition post-modify the head
    std::size_t const w = at + 1, e = mention.find(' ', w);
    if (e == std::string_view::npos || mention[w] < 'a' || mention[w] > 'z' || e - w < min_participle) continue;
    if (t.ends_in(word_class::participle_suffix, mention.substr(w, e - w)) && t.longest(word_class::preposition, mention.data() + e + 1, mention.data() + mention.size()) > 0) {
      head_end = at;
      break;
    }
  }
  std::string_view const before = mention.substr(0, head_end);
  return before.substr(before.rfind(' ') == std::string_view::npos ? 0 : before.rfind(' ') + 1);
}

std::size_t last_verb_like(tables const& t, std::string_view text, std::size_t from, std::size_t limit) {
  // from the end: most sentences have a verb of saying near their end, if at all
  for (std::size_t i = limit; i-- > from;)
    if (is_word_start(text, i) && verb_at(t, text, i, limit)) return i;
  return std::string_view::npos;
}

std::vector<attribution_phrase> match_clauses(tables const& t, std::string_view text, std::size_t from, std::size_t limit,
                                              clause_cache* cache) {
  clause_cache local{limit, from, from, {}};
  clause_cache& c = cache && limit <= cache->bound ? *cache : local;
  fill(t, text, from, limit, c);
  std::vector<attribution_phrase> out;
  for (auto const& p : c.matches)
    if (p.whole.begin >= from && p.whole.begin < limit) out.push_back(p);
  return out;
}

std::optional<span> match_adding(tables const& t, std::string_view text, std::size_t from, std::size_t quote_open) {
  if (auto p = run(t, adding_phrase, text, from, quote_open)) return p->cue;
  return std::nullopt;
}

std::optional<span> match_speaker_label(std::string_view text, std::size_t from, std::size_t limit) {
  char const* first = text.data() + from;
  boost::iterator_range<char const*> label;
  if (!x3::parse(first, text.data() + limit, rules::speaker_label, label)) return std::nullopt;
  return span{static_cast<std::size_t>(label.begin() - text.data()), static_cast<std::size_t>(label.end() - text.data())};
}

std::optional<span> match_possessive(std::string_view text, std::size_t from, std::size_t quote_open) {
  for (std::size_t i = from; i < quote_open; ++i) {
    if (!is_word_start(text, i)) continue;
    char const* first = text.data() + i;
    char const* const last = text.data() + quote_open;
    boost::iterator_range<char const*> name;
    if (x3::parse(first, last, rules::possessive, name))
      return span{static_cast<std::size_t>(name.begin() - text.data()), static_cast<std::size_t>(name.end() - text.data())};
  }
  return std::nullopt;
}

}  // namespace attrib::grammar
