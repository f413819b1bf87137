#include "attrib/reported.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace attrib {
namespace {

using grammar::attribution_phrase;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Wide spaces (no-break spaces above all) are as common as spaces around attributions in web news text,
// so the stage measures spaces as the grammar does: the length of the space at (or ending at) an offset.
using grammar::hspace_at;
using grammar::hspace_before;
std::size_t space_at(std::string_view t, std::size_t i) { return i < t.size() && t[i] == '\n' ? 1 : hspace_at(t, i); }
std::size_t space_before(std::string_view t, std::size_t e) { return e > 0 && t[e - 1] == '\n' ? 1 : hspace_before(t, e); }
std::size_t skip_spaces(std::string_view t, std::size_t i, std::size_t end) {
  while (i < end)
    if (std::size_t const sp = space_at(t, i)) i += sp;
    else break;
  return i;
}

std::size_t word_count(std::string_view s) {
  std::size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool const w = !is_space(c);
    if (w && !in) ++n;
    in = w;
  }
  return n;
}

class reporter {
 public:
  reporter(attribute_input const& in, std::vector<quote> quotes, reported_options const& opts)
      : in_(in), text_(in.art.text), quotes_(std::move(quotes)), opts_(opts) {
    for (auto const& q : quotes_)
      if (q.kind == quote_kind::direct && q.attr.cue) taken_cues_.insert(q.attr.cue->begin);
  }

  std::vector<quote> run() {
    headline_attribution();
    for (span const& s : in_.sentences) find_in_sentence(s);
    merge_partials();
    std::vector<quote> all = std::move(quotes_);
    all.insert(all.end(), found_.begin(), found_.end());
    std::stable_sort(all.begin(), all.end(), [](quote const& a, quote const& b) { return a.extent.begin < b.extent.begin; });
    continue_after_reported(all);
    for (std::size_t i = 0; i < all.size(); ++i) all[i].id = std::string("q").append(std::to_string(i + 1));
    return all;
  }

 private:
  attribute_input const& in_;
  std::string_view text_;
  std::vector<quote> quotes_;
  reported_options const& opts_;
  std::vector<quote> found_;
  std::set<std::size_t> taken_cues_;  // cues of direct quotations

  attribution from_phrase(attribution_phrase const& p) const {
    return attribution_of(p, text_, in_.lex, attribution_kind::explicit_cue);
  }

  // The sentence without its final punctuation and closing marks.
  span trimmed(span s) const {
    std::size_t e = s.end;
    while (e > s.begin && (space_before(text_, e) || text_[e - 1] == '.' || text_[e - 1] == '!'))
      e -= std::max<std::size_t>(space_before(text_, e), 1);
    return span{s.begin, e};
  }

  span trim(span s) const {
    while (s.begin < s.end && (space_at(text_, s.begin) || text_[s.begin] == ',' || text_[s.begin] == ':'))
      s.begin += std::max<std::size_t>(space_at(text_, s.begin), 1);
    while (s.end > s.begin && (space_before(text_, s.end) || text_[s.end - 1] == ',' || text_[s.end - 1] == '.'))
      s.end -= std::min(std::max<std::size_t>(space_before(text_, s.end), 1), s.end - s.begin);
    return s;
  }

  // `… his tweets, saying it shows …`: a second verb of saying starts an attribution of its own
  span cut_at_next_attribution(span c) const {
    if (auto p = grammar::match_linked_verb(in_.tables, text_, c.begin + 1, c.end); p && p->whole.begin > c.begin + 8)
      c.end = p->whole.begin;
    return c;
  }

  // Quotes are in text order and do not overlap, so the ones near an offset are found by binary search:
  // the stage stays linear in practice on an article with thousands of quotations.
  std::vector<quote>::const_iterator first_ending_after(std::size_t offset) const {
    auto it = std::lower_bound(quotes_.begin(), quotes_.end(), offset, [](quote const& q, std::size_t o) { return q.extent.begin < o; });
    if (it != quotes_.begin() && std::prev(it)->extent.end > offset) --it;
    return it;
  }

  bool overlaps_direct(span c) const {
    for (auto it = first_ending_after(c.begin); it != quotes_.end() && it->extent.begin < c.end; ++it)
      if (it->kind == quote_kind::direct && c.begin < it->extent.end) return true;
    return false;
  }

  // the cue already attributes a quotation (`“Q,” Miles said`)
  bool cue_taken(span cue) const { return taken_cues_.contains(cue.begin); }

  bool inside_quotation(std::size_t offset) const {
    auto const it = first_ending_after(offset);
    return it != quotes_.end() && it->extent.begin <= offset && offset < it->extent.end;
  }

  // `who spoke on condition of anonymity`: a verb of saying inside an anonymity condition states the
  // arrangement, not what was said
  bool states_anonymity(std::optional<span> cue) const {
    if (!cue) return false;
    auto const from = text_.substr(cue->begin);
    auto const same = [](char x, char y) { return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y)); };
    return std::any_of(in_.lex.anonymity_conditions.begin(), in_.lex.anonymity_conditions.end(), [&](std::string const& c) {
      return from.size() >= c.size() && std::equal(c.begin(), c.end(), from.begin(), same);
    });
  }

  bool add(span content, attribution a) {
    if (states_anonymity(a.cue)) return false;
    content = trim(cut_at_next_attribution(content));
    // `The senator, who has said the plan would fail, voted for it`: a relative clause ends at its comma
    if (a.mention && text_.substr(a.mention->begin, a.mention->size()) == "who" && a.mention->begin >= 2 &&
        text_.compare(a.mention->begin - 2, 2, ", ") == 0)
      if (std::size_t const comma = text_.find(',', content.begin); comma < content.end) content = trim(span{content.begin, comma});
    // a stance verb's object may be short (`is defending his tweets`); a reported clause has at least three words
    // and a cue that ends in the infinitive marker reports a verb phrase, which may be one word (`declined to comment`)
    bool const infinitive_cue = a.cue && text_.substr(a.cue->begin, a.cue->size()).ends_with(" to");
    std::size_t const min_words = infinitive_cue ? 1 : a.cue_type == cue_class::stance ? 2 : 3;
    if (word_count(text_.substr(content.begin, content.size())) < min_words || overlaps_direct(content)) return false;
    if (!opts_.beliefs && a.cue_type == cue_class::belief) return false;
    quote q;
    q.kind = quote_kind::indirect;
    q.extent = q.content = content;
    q.attr = std::move(a);
    found_.push_back(std::move(q));
    return true;
  }

  void find_in_sentence(span s) {
    span const body = trimmed(s);
    if (body.size() < 12) return;
    // a question asks; it does not report what someone said (`Would you think she must be …?`)
    if (s.end > s.begin && text_[s.end - 1] == '?') return;
    // a sentence inside a quotation is the speaker's words, not the writer's report of them
    if (auto it = first_ending_after(body.begin); it != quotes_.end() && it->extent.begin <= body.begin && body.end <= it->extent.end) return;
    // no verb of saying, no attribution phrase: only `according to` remains possible
    std::size_t const last_verb = grammar::last_verb_like(in_.tables, text_, body.begin, body.end);
    if (last_verb == std::string_view::npos) {
      according_to(body);
      return;
    }
    if (attribution_closes(body, s, last_verb) || according_to(body) || as_reported(body)) return;
    // `…, saying …` / `… and said …` after an attribution is another one with the same subject, and so on:
    // `began by talking about the crisis, saying it was out of control`
    std::size_t from = body.begin;
    if (clause_with_complement(body, s)) from = found_.back().extent.end;
    else if (linked_to_subject(body, body.begin, last_verb)) from = found_.back().extent.end;
    else {
      relative_subject(body);
      return;
    }
    for (int links = 0; links < 4 && from + 8 < body.end; ++links) {
      if (!linked_to_subject(span{from, body.end}, body.begin, last_verb)) return;
      from = found_.back().extent.end;
    }
  }

  // `A police officer who was not authorized to speak publicly said the protest had been peaceful`: a subject
  // with a restrictive relative clause (no commas), then the sentence's verb of saying. The relative clause
  // is read as the speaker's appositive (where its anonymity condition and reason are found). The verb is the
  // first one past the relative clause's own: not within `relative_verb_reach` words of the relative word,
  // not an infinitive (`to speak`), not a stated arrangement (`who spoke on condition of anonymity`).
  bool relative_subject(span body) {
    auto const subject = grammar::match_subject(in_.tables, text_, body.begin, body.end);
    if (!subject || inside_quotation(subject->begin)) return false;
    std::size_t const r = skip_spaces(text_, subject->end, body.end);
    std::size_t r_end = r;
    while (r_end < body.end && std::isalpha(static_cast<unsigned char>(text_[r_end]))) ++r_end;
    auto const relative = text_.substr(r, r_end - r);
    if (relative.empty() || !in_.lex.is(grammar::word_class::relative_word, relative))
      return false;
    std::vector<std::size_t> verbs;  // right to left
    for (std::size_t limit = body.end;;) {
      std::size_t const v = grammar::last_verb_like(in_.tables, text_, r_end, limit);
      if (v == std::string_view::npos) break;
      verbs.push_back(v);
      limit = v;
    }
    for (auto it = verbs.rbegin(); it != verbs.rend(); ++it) {
      std::size_t const v = *it;
      std::size_t words_between = 0;
      for (std::size_t k = r_end; k < v; ++k)
        if (text_[k] == ' ') ++words_between;
      if (words_between <= relative_verb_reach) continue;
      if (v >= 3 && text_.compare(v - 3, 3, "to ") == 0) continue;
      std::size_t e = v;
      while (e < body.end && std::isalpha(static_cast<unsigned char>(text_[e]))) ++e;
      grammar::attribution_phrase p;
      p.speaker = *subject;
      p.appositive = span{subject->end, v};
      p.cue = span{v, e};
      p.whole = span{subject->begin, e};
      if (states_anonymity(p.cue) || cue_taken(p.cue) || inside_quotation(v)) continue;
      attribution a = from_phrase(p);
      std::size_t start = complement_start(p, a.cue_type, body.end);
      if (start >= body.end || !complement_like(p, start, body.end)) continue;
      return add(span{start, body.end}, std::move(a));
    }
    return false;
  }
  static constexpr std::size_t relative_verb_reach = 3;  ///< words after `who` that still belong to its own verb

  // `Trump is defending his tweets, saying it shows …` / `Mr. Schultz supported Democrats and said he …`:
  // the verb's subject is the sentence's (or, after a quotation, its speaker's).
  bool linked_to_subject(span body, std::size_t sentence_begin, std::size_t last_verb) {
    if (body.begin > last_verb) return false;
    auto p = grammar::match_linked_verb(in_.tables, text_, body.begin, body.end, last_verb);
    if (!p || inside_quotation(p->cue.begin) || cue_taken(p->cue)) return false;
    // `by` takes a participle: `by telling them that …`
    std::size_t const link = skip_spaces(text_, p->whole.begin + (text_[p->whole.begin] == ',' ? 1 : 0), body.end);
    if (text_.compare(link, 3, "by ") == 0 && !text_.substr(p->cue.begin, p->cue.size()).ends_with("ing")) return false;
    attribution a = from_phrase(*p);
    quote const* before = nullptr;
    // (the sentence may start inside the quotation: the splitter ends sentences at its inner stops)
    for (auto it = first_ending_after(sentence_begin); it != quotes_.end() && it->extent.begin < p->cue.begin; ++it)
      if (it->kind == quote_kind::direct && it->attr.mention && it->extent.end > sentence_begin && it->extent.end <= p->cue.begin)
        before = &*it;
    if (before) {
      a.mention = before->attr.mention;
    } else if (auto subject = grammar::match_subject(in_.tables, text_, sentence_begin, p->cue.begin);
               subject && !inside_quotation(subject->begin)) {
      a.mention = *subject;
    } else {
      return false;
    }
    std::size_t start = complement_start(*p, a.cue_type, body.end);
    if (start >= body.end || !complement_like(*p, start, body.end)) return false;
    return add(span{start, body.end}, std::move(a));
  }

  // A title-case headline: `Bernie Sanders Says He’s Already Started Writing His Inaugural Address`. The
  // verb is capitalised like every word, so the grammar's lowercase verb forms do not see it; here a
  // capitalised form of a reporting verb after one to five capitalised words splits speaker from content.
  void title_case_headline(span h) {
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
  void headline_attribution() {
    // a headline is one short line; a long first paragraph (a corpus record without one) is body text
    constexpr std::size_t longest_headline = 300;
    if (in_.art.paragraphs.empty() || in_.art.paragraphs.front().size() > longest_headline) return;
    std::size_t const before = found_.size();
    colon_headline(in_.art.paragraphs.front());
    if (found_.size() == before) title_case_headline(in_.art.paragraphs.front());
  }

  void colon_headline(span h) {
    auto const line = text_.substr(h.begin, h.size());
    std::size_t const colon = line.find(": ");
    if (colon == std::string_view::npos || colon == 0) return;
    auto const name = line.substr(0, colon);
    std::size_t words = 0;
    static std::set<std::string_view> const not_in_names = {"The", "A", "An", "Of", "Over", "In", "On", "For", "To", "And", "With",
                                                            "At", "By", "From", "Why", "How", "What", "When", "Who", "Is", "Are"};
    for (std::size_t i = 0; i < name.size(); ++i) {
      bool const starts = i == 0 || name[i - 1] == ' ';
      if (!starts) continue;
      if (!std::isupper(static_cast<unsigned char>(name[i]))) return;
      std::size_t e = name.find(' ', i);
      if (not_in_names.contains(name.substr(i, e == std::string_view::npos ? std::string_view::npos : e - i))) return;
      ++words;
    }
    if (words == 0 || words > 3) return;
    attribution a;
    a.kind = attribution_kind::explicit_cue;
    a.mention = span{h.begin, h.begin + colon};
    a.cue = span{h.begin + colon, h.begin + colon + 1};
    add(span{h.begin + colon + 2, h.end}, std::move(a));
  }

  // `CLAUSE, SPEAKER VERB.` / `CLAUSE, VERB SPEAKER.` / `CLAUSE1, SPEAKER said, CLAUSE2.`
  bool attribution_closes(span body, span sentence, std::size_t last_verb) {
    for (std::size_t c = std::min(body.end, last_verb); c-- > body.begin + 1;) {
      if (text_[c] != ',' || inside_quotation(c)) continue;
      std::optional<attribution_phrase> unfinished;
      auto p = grammar::match_after_quote(in_.tables, text_, c + 1, body.end, true, &unfinished);
      std::size_t e = p ? skip_spaces(text_, p->whole.end, body.end) : body.end;
      if (!p) {
        // `…, the agency said in a June report, …`: a phrase followed by a short prepositional phrase
        p = std::move(unfinished);
        if (!p || p->inverted) continue;
        cue_class const type = in_.lex.class_of(text_.substr(p->cue.begin, p->cue.size()));
        if (type != cue_class::neutral && type != cue_class::loaded) continue;
        // `After suggesting …, Mr. Rubio disagreed with …, …`: a subordinate clause first is no reported clause
        std::size_t first = body.begin;
        for (std::string_view conj : {"But ", "And ", "So "})
          if (text_.compare(first, conj.size(), conj) == 0) first += conj.size();
        if (opens_adverbial(first, true)) continue;
        std::size_t const after = skip_spaces(text_, p->whole.end, body.end);
        e = skip_adjunct(after, body.end);
        if (e == after) continue;
      }
      // a closing attribution needs a clause before it; a parenthetical one (`Still, he said, officials …`)
      // may follow a single word, as its clause runs on after it
      if (p->inverted && !names_a_source(p->speaker)) continue;
      // `Ivanka Trump, the nominee's daughter, noted the rule …`: the verb has its subject before it, so what
      // follows is its object, not an inverted speaker
      if (p->inverted && has_subject_before(body, sentence, p->cue)) continue;
      if (e >= body.end && c > body.begin + 8) return add(span{body.begin, c}, from_phrase(*p));
      if (e < body.end && text_[e] == ',') return add(span{body.begin, body.end}, from_phrase(*p));
    }
    return false;
  }

  // `…, the agency said in a June report, and …` / `…, he said at a rally in Ohio.`: a short prepositional
  // phrase may follow the verb of a closing attribution; where it ends (a comma or the sentence end), or `i`.
  std::size_t skip_adjunct(std::size_t i, std::size_t end) const {
    static std::set<std::string_view> const openers = {"in", "on", "at", "during", "after", "before", "with", "via", "through", "from", "over"};
    auto const word_at = [&](std::size_t k) {
      std::size_t e = k;
      while (e < end && std::isalnum(static_cast<unsigned char>(text_[e]))) ++e;
      return text_.substr(k, e - k);
    };
    if (i >= end || !openers.contains(word_at(i))) return i;
    std::size_t k = i;
    for (int words = 0; words < 8; ++words) {
      while (k < end && !space_at(text_, k) && text_[k] != ',') ++k;
      if (k >= end || text_[k] == ',') return k;
      k = skip_spaces(text_, k, end);
      if (word_at(k) == "that") return i;
    }
    return i;
  }

  // After `…, noted`, a speaker comes first only when its head names one: a name (a capital), a pronoun, or a noun
  // that stands for a source (`said officials familiar with the talks`); not `…, noted the rule in the interview`
  // or `…, described Trump's approach in terms of …`.
  bool names_a_source(span m) const {
    auto const head = grammar::head_of(in_.tables, text_.substr(m.begin, m.size()));
    if (head.empty()) return false;
    if (std::isupper(static_cast<unsigned char>(head[0])) || static_cast<unsigned char>(head[0]) >= 0x80) return true;
    for (auto const& p : in_.lex.pronouns)
      if (head == p.word) return true;
    auto const listed = [&](std::vector<std::string> const& v) { return std::find(v.begin(), v.end(), head) != v.end(); };
    if (listed(in_.lex.source_nouns)) return true;
    for (auto const& [kind, nouns] : in_.lex.descriptor_kinds)
      if (listed(nouns)) return true;
    return false;
  }

  // `according to` is a cue on its own, so its object is the source whatever its shape: `early results of
  // exit polls conducted by Edison Research`, `his campaign finance documents`, `state law`. When the
  // mention grammar reads none, the source runs to the clause boundary: the comma after a sentence-initial
  // `According to`, or the sentence end after `, according to`.
  std::optional<attribution_phrase> according_to_any_source(span body) const {
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
  bool as_reported(span body) {
    if (text_.compare(body.begin, 3, "As ") != 0) return false;
    auto p = grammar::match_after_quote(in_.tables, text_, body.begin + 3, body.end, false);
    if (!p || p->inverted) return false;
    std::size_t const after = skip_spaces(text_, p->whole.end, body.end);
    if (after >= body.end || text_[after] != ',') return false;
    return add(span{after + 1, body.end}, from_phrase(*p));
  }

  // `According to SPEAKER, CLAUSE.` / `CLAUSE, according to SPEAKER.`
  bool according_to(span body) {
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

  // `SPEAKER VERB (ADDRESSEE) (that) CLAUSE`: the leftmost clause whose verb has a complement.
  bool clause_with_complement(span body, span sentence) {
    auto const matches = grammar::match_clauses(in_.tables, text_, body.begin, body.end, in_.clauses.of(sentence));
    bool found = false;
    std::size_t taken_to = body.begin;  // a second attribution starts after the first one's clause
    for (std::size_t k = 0; k < matches.size(); ++k) {
      auto const& p = matches[k];
      if (p.whole.begin < taken_to || inside_quotation(p.cue.begin) || cue_taken(p.cue)) continue;
      // `“Q,” the official said, referring to …`: a comma after the verb closes the phrase
      std::size_t const after = skip_spaces(text_, p.whole.end, body.end);
      if (after < body.end && text_[after] == ',') continue;
      attribution a = from_phrase(p);
      std::size_t start = complement_start(p, a.cue_type, body.end);
      if (start >= body.end || !complement_like(p, start, body.end)) continue;
      // `Two in three said A, and nearly three in five said B`: a coordinated clause with its own subject and
      // verb of saying ends this one's content and is an attribution of its own
      std::size_t end = body.end;
      for (std::size_t n = k + 1; n < matches.size(); ++n)
        if (std::size_t const cut = coordinated_before(matches[n].whole.begin, start); cut != 0) {
          end = cut;
          break;
        }
      if (!add(span{start, end}, std::move(a))) continue;
      found = true;
      if (end == body.end) return true;
      taken_to = end;
    }
    return found;
  }

  // Where a clause that starts at `at` is coordinated to the one before (`…, and X said`, `…; X said`,
  // `…, but X said`): the offset of that comma or semicolon, or 0.
  std::size_t coordinated_before(std::size_t at, std::size_t after) const {
    std::size_t i = at;
    for (std::string_view conj : {"and ", "but ", "while "}) {
      if (i >= after + conj.size() + 2 && text_.compare(i - conj.size(), conj.size(), conj) == 0) {
        i -= conj.size();
        break;
      }
    }
    while (i > after && is_space(text_[i - 1])) --i;
    if (i > after && (text_[i - 1] == ',' || text_[i - 1] == ';')) return i - 1;
    return 0;
  }

  // A cue noun reports only with a `that` clause (`Trump’s claim that …`, not `Editor’s note:`); a verb's
  // complement does not open with a preposition (`did not respond to requests`).
  bool complement_like(attribution_phrase const& p, std::size_t& start, std::size_t end) const {
    bool const after_that = start >= 5 && text_.compare(start - 5, 5, "that ") == 0;
    // what follows is an adverbial clause or a second predicate, not what was said: `said when she resigned`,
    // `said as he entered the talks`, `who said and did the same things`
    // (after a negation a wh-clause is what was not said: `have not said when they would vote`)
    if (!after_that && !p.nominal && in_.lex.class_of(text_.substr(p.cue.begin, p.cue.size())) != cue_class::naming && opens_adverbial(start) &&
        !(negated(p) && text_.compare(start, 5, "when ") == 0))
      return false;
    if (p.nominal) return after_that;
    auto const cue = text_.substr(p.cue.begin, p.cue.size());
    if (!in_.lex.reports(cue)) return false;
    if (in_.lex.noun_homograph(cue))
      return after_that || (in_.lex.class_of(cue) == cue_class::belief && text_.compare(start, 3, "to ") == 0) ||  // plans to
             (std::isupper(static_cast<unsigned char>(text_[p.speaker.begin])) && opens_with_subject_pronoun(start));  // Lynch notes they
    cue_class const type = in_.lex.class_of(cue);
    // `complained about the microphone`, `was critical of the nominee`, `spoke of his mother`: the topic
    if (std::size_t const after = topic_preposition_at(start); after != 0 && type != cue_class::naming) {
      start = after;
      return true;
    }
    if (type == cue_class::naming || type == cue_class::stance || after_that) return !is_preposition_at(start) || after_that;
    // `plans to`, `vowed to`, `agreed to`, `told his advisers to`: an infinitive reports a plan, a promise or a directive
    if (text_.compare(start, 3, "to ") == 0) return infinitive_at(start + 3);
    if (is_preposition_at(start) && !skip_adverbial(start, end)) return false;
    // verbs whose object is the content itself (`a study found 31 incidents`, `video shows an officer …`),
    // and `say`, whose object is nearly always a clause, need no finite verb in it
    // a reflexive object is no content: `they find themselves in the thick of war zones`
    for (std::string_view reflexive : {"themselves", "himself", "herself", "itself", "ourselves", "myself", "yourself"})
      if (text_.compare(start, reflexive.size(), reflexive) == 0) return false;
    if (in_.lex.takes_object(cue) || in_.lex.lemma_of(cue) == "say") return true;
    // a verb with its preposition (`pointed to`, `talked about`) takes the topic as its object
    for (std::string_view prep : {" to", " about", " of", " on", " for", " at", " against", " with"})
      if (cue.ends_with(prep)) return !is_preposition_at(start);
    // `urged police to release the videos`: the person addressed, then an infinitive
    if (in_.lex.takes_addressee(cue) && infinitive_after_object(start, end)) return true;
    return finite_within(start, end);
  }

  bool has_subject_before(span body, span sentence, span cue) {
    for (auto const& m : grammar::match_clauses(in_.tables, text_, body.begin, cue.begin, in_.clauses.of(sentence)))
      if (m.cue == cue && m.whole.begin == body.begin) return true;
    return false;
  }

  // `Lynch notes they were appointed …`: a subject pronoun after a name and a cue that is usually a noun makes
  // the cue a verb (a noun is not followed by `they`)
  bool opens_with_subject_pronoun(std::size_t i) const {
    for (std::string_view w : {"he ", "she ", "they ", "it ", "we ", "I ", "there "})
      if (text_.compare(i, w.size(), w) == 0) return true;
    return false;
  }

  // `have not said`, `didn't say`, `never said`: a negation between the subject and the verb
  bool negated(attribution_phrase const& p) const {
    std::size_t const from = std::max(p.speaker.end, p.appositive.end);
    if (from >= p.cue.begin) return false;
    auto const between = text_.substr(from, p.cue.begin - from);
    return between.find(" not ") != std::string_view::npos || between.find("n't ") != std::string_view::npos ||
           between.find("n\u2019t ") != std::string_view::npos || between.find(" never ") != std::string_view::npos;
  }

  // (`capital`: the word opens a sentence, so `When` counts as `when`)
  bool opens_adverbial(std::size_t i, bool capital = false) const {
    std::string word;
    for (std::size_t e = i; e < text_.size() && e < i + 16; ++e) {
      auto const c = static_cast<unsigned char>(text_[e]);
      if (e == i && capital && std::isupper(c)) word += static_cast<char>(std::tolower(c));
      else if (std::islower(c)) word += static_cast<char>(c);
      else break;
    }
    std::string_view const s = text_.substr(i, 16);
    std::size_t const e = word.size();
    // (`after` and `before` also open a phrase that may precede the clause: `said after the convention he …`)
    static std::set<std::string_view> const openers = {"and", "or", "but", "nor", "when", "whenever", "as", "while",
                                                       "because", "since", "until", "although", "though", "whereas", "so"};
    return e > 0 && (e == s.size() || !std::isalpha(static_cast<unsigned char>(s[e]))) && openers.contains(word);
  }

  // After a verb of saying, `about`, `of`, `on`, `against` or `over` introduces the topic (not `on Tuesday`):
  // where the topic starts, or 0.
  std::size_t topic_preposition_at(std::size_t i) const {
    for (std::string_view prep : {"about ", "of ", "on ", "against ", "over "}) {
      if (text_.compare(i, prep.size(), prep) != 0) continue;
      std::size_t const after = i + prep.size();
      static std::set<std::string_view> const not_topics = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                                                            "behalf", "the record", "condition", "the condition", "camera", "background", "Twitter",
                                                            "anonymity", "the phone", "the air", "air", "television", "TV"};
      for (auto w : not_topics)
        if (text_.compare(after, w.size(), w) == 0) return 0;
      return after;
    }
    return 0;
  }

  // ` to ` + a verb within the first four words: `police to release …`, `the other candidates to withdraw …`
  bool infinitive_after_object(std::size_t start, std::size_t end) const {
    std::size_t i = start;
    for (int words = 0; words < 4 && i < end; ++words) {
      while (i < end && !is_space(text_[i])) {
        if (text_[i] == ',' || text_[i] == '.' || text_[i] == ';') return false;
        ++i;
      }
      i = skip_spaces(text_, i, end);
      if (text_.compare(i, 3, "to ") == 0) return infinitive_at(i + 3);
    }
    return false;
  }

  // `to` + a verb, not `to` + a noun phrase (`responded to the charges`)
  bool infinitive_at(std::size_t i) const {
    std::size_t e = i;
    while (e < text_.size() && std::islower(static_cast<unsigned char>(text_[e]))) ++e;
    if (e == i) return false;
    auto const w = text_.substr(i, e - i);
    static std::set<std::string_view> const not_verbs = {"the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this",
                                                         "that", "these", "those", "him", "them", "us", "me", "reporters", "some", "all"};
    return !not_verbs.contains(w);
  }

  // A bare complement is a clause: it has a finite verb near its start (`said the plan would fail`), which a
  // noun phrase object (`maintains a program`) does not. Auxiliaries, modals, `-ed` and `n't` forms count.
  bool finite_within(std::size_t start, std::size_t end) const {
    static std::set<std::string_view> const finite = {"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could",
                                                      "should", "may", "might", "must", "did", "does", "do", "am", "be", "isn't", "wasn't",
                                                      "won't", "don't", "doesn't", "didn't", "hasn't", "haven't", "can't", "couldn't",
                                                      "wouldn't", "shouldn't", "aren't", "weren't", "it's", "he's", "she's", "they're",
                                                      "there's", "that's", "we're", "i'm", "he'd", "she'd", "they'd", "we'll"};
    std::size_t i = start;
    std::string previous;
    for (int words = 0; words < 12 && i < end; ++words) {
      std::size_t e = i;
      while (e < end && !is_space(text_[e]) && text_[e] != ',') ++e;
      std::string w(text_.substr(i, e - i));
      for (auto& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (auto k = w.find("\u2019"); k != std::string::npos) w = w.substr(0, k).append("'").append(w.substr(k + 3));
      if (finite.contains(w) || (words > 0 && (w.ends_with("ed") || w.ends_with("n't")))) return true;
      if (words > 0 && w.ends_with('s') && (previous == "he" || previous == "she" || previous == "it")) return true;  // she expects
      previous = w;
      i = e;
      while (i < end && (is_space(text_[i]) || text_[i] == ',')) ++i;
    }
    return false;
  }

  // `said after the convention he would …`: a short adverbial phrase may stand before the clause
  bool skip_adverbial(std::size_t& start, std::size_t end) const {
    static std::set<std::string_view> const subjects = {"he", "she", "they", "it", "we", "I", "that", "there"};
    std::size_t i = start;
    for (int words = 0; words < 7 && i < end; ++words) {
      while (i < end && !is_space(text_[i])) ++i;
      while (i < end && is_space(text_[i])) ++i;
      std::size_t e = i;
      while (e < end && std::isalpha(static_cast<unsigned char>(text_[e]))) ++e;
      if (subjects.contains(text_.substr(i, e - i))) {
        start = text_.compare(i, 5, "that ") == 0 ? i + 5 : i;
        return true;
      }
    }
    return false;
  }

  bool is_preposition_at(std::size_t start) const {
    std::size_t e = start;
    while (e < text_.size() && std::isalpha(static_cast<unsigned char>(text_[e]))) ++e;
    static std::set<std::string_view> const prepositions = {"to", "for", "with", "about", "on", "in", "at", "by", "from", "of",
                                                            "into", "over", "after", "before", "during", "against", "up", "out"};
    // `at least six planes`, `at most`, `over 300 people`, `up to`: a quantifier opens a noun phrase
    for (std::string_view q : {"at least ", "at most ", "up to ", "over 1", "over 2", "over 3", "over 4", "over 5", "over 6", "over 7",
                               "over 8", "over 9", "about 1", "about 2", "about 3", "about 4", "about 5", "about 6", "about 7",
                               "about 8", "about 9"})
      if (text_.compare(start, q.size(), q) == 0) return false;
    return prepositions.contains(text_.substr(start, e - start));
  }

  // Where the reported clause begins: after `that` when it follows the verb's object within a few words
  // (`warned the allies that …`), else right after the phrase (`described X as …`, `said the plan …`).
  std::size_t complement_start(attribution_phrase const& p, cue_class type, std::size_t end) const {
    std::size_t i = p.whole.end;
    while (i < end && (is_space(text_[i]) || text_[i] == ',' || text_[i] == ':')) ++i;
    // an adverb after the verb (`spoke emotionally of`, `said repeatedly that`) is not the content
    for (std::size_t e = i; e < end; i = e) {
      while (e < end && std::islower(static_cast<unsigned char>(text_[e]))) ++e;
      if (e - i < 4 || text_.compare(e - 2, 2, "ly") != 0 || e >= end || text_[e] != ' ') break;
      ++e;
    }
    if (type == cue_class::naming) return i;
    std::size_t words = 0;
    for (std::size_t j = i; j < end && words < 10; ++j) {
      // a `that` past a dash or parenthesis opens a clause of its own (`likened X to “Y” - a charge that …`)
      if (text_[j] == '.' || text_[j] == ';' || text_[j] == '(' || text_.compare(j, 2, "--") == 0 || text_.compare(j, 3, " - ") == 0 ||
          text_.compare(j, 3, "\u2014") == 0)
        break;
      if (j > 0 && is_space(text_[j - 1]) && !is_space(text_[j])) {
        ++words;
        if (text_.compare(j, 5, "that ") == 0) return j + 5;
      }
    }
    if (text_.compare(i, 5, "that ") == 0) return i + 5;
    return i;
  }

  // A partial quotation inside a reported clause is part of that attribution, not a second one.
  void merge_partials() {
    for (auto& r : found_) {
      auto const from = first_ending_after(r.extent.begin) - quotes_.begin();
      for (auto k = static_cast<std::size_t>(from); k < quotes_.size() && quotes_[k].extent.begin <= r.extent.end; ++k) {
        auto& q = quotes_[k];
        if (q.kind == quote_kind::direct || q.kind == quote_kind::indirect) continue;
        if (q.extent.begin >= r.extent.begin && q.extent.end <= r.extent.end + 3) {
          r.kind = quote_kind::partial;
          r.extent.end = std::max(r.extent.end, q.extent.end);
          r.content = r.extent;
          q.kind = quote_kind::indirect;  // marked for removal below
          q.speaker = -2;
        }
      }
    }
    std::erase_if(quotes_, [](quote const& q) { return q.speaker == -2; });
  }

  // `…, Schiff said. "The other factor …"`: a quotation with no attribution of its own, in the paragraph
  // of a reported attribution, continues that speaker.
  void continue_after_reported(std::vector<quote>& all) const {
    auto const& ps = in_.art.paragraphs;
    for (std::size_t i = 1; i < all.size(); ++i) {
      auto& q = all[i];
      if (q.kind != quote_kind::direct || q.attr.kind != attribution_kind::none) continue;
      auto const it = std::upper_bound(ps.begin(), ps.end(), q.extent.begin, [](std::size_t o, span const& p) { return o < p.begin; });
      if (it == ps.begin()) continue;
      std::size_t const para_begin = (it - 1)->begin;
      auto const& prev = all[i - 1];
      if (prev.extent.begin < para_begin || !prev.attr.mention || prev.kind == quote_kind::scare) continue;
      q.attr = prev.attr;
      q.attr.kind = attribution_kind::continuation;
      q.attr.cue.reset();
    }
  }
};

}  // namespace

std::vector<quote> add_reported(attribute_input const& in, std::vector<quote> quotes, reported_options const& opts) {
  return reporter(in, std::move(quotes), opts).run();
}

}  // namespace attrib
