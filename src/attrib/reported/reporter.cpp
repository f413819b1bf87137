// The reported-speech stage: the sentence loop, and what every construction shares.
#include "attrib/reported/reporter.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace attrib::reported_detail {

std::size_t reporter::after_connective(std::size_t i) const {
  int const n = class_length_at(word_class::sentence_connective, i);
  if (n <= 0 || !std::isupper(static_cast<unsigned char>(text_[i])) || i + static_cast<std::size_t>(n) >= text_.size() ||
      text_[i + static_cast<std::size_t>(n)] != ' ')
    return i;
  return i + static_cast<std::size_t>(n) + 1;
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

std::vector<quote> reporter::run() {
  headline_attribution();
  for (span const& s : in_.sentences) find_in_sentence(s);
  colon_blocks();
  continue_in_subjunctive();
  merge_partials();
  std::vector<quote> all = std::move(quotes_);
  all.insert(all.end(), found_.begin(), found_.end());
  std::stable_sort(all.begin(), all.end(), [](quote const& a, quote const& b) { return a.extent.begin < b.extent.begin; });
  continue_after_reported(all);
  for (std::size_t i = 0; i < all.size(); ++i) all[i].id = quote_id(i);
  return all;
}

attribution reporter::from_phrase(attribution_phrase const& p) const {
  return attribution_of(p, text_, in_.lex, attribution_kind::explicit_cue);
}

// The sentence without its final punctuation and closing marks.
span reporter::trimmed(span s) const {
  std::size_t e = s.end;
  while (e > s.begin && (space_before(text_, e) || text_[e - 1] == '.' || text_[e - 1] == '!'))
    e -= std::max<std::size_t>(space_before(text_, e), 1);
  return span{s.begin, e};
}

span reporter::trim(span s) const {
  while (s.begin < s.end && (space_at(text_, s.begin) || text_[s.begin] == ',' || text_[s.begin] == ':'))
    s.begin += std::max<std::size_t>(space_at(text_, s.begin), 1);
  while (s.end > s.begin && (space_before(text_, s.end) || text_[s.end - 1] == ',' || text_[s.end - 1] == '.'))
    s.end -= std::min(std::max<std::size_t>(space_before(text_, s.end), 1), s.end - s.begin);
  return s;
}

// `… his tweets, saying it shows …`: a second verb of saying starts an attribution of its own (one that
// reports only with `that` does so only before `that`: `urged Trump to stop and apologize`)
span reporter::cut_at_next_attribution(span c) const {
  if (auto p = grammar::match_linked_verb(in_.tables, text_, c.begin + 1, c.end); p && p->whole.begin > c.begin + 8) {
    std::size_t const next = skip_spaces(text_, p->cue.end, c.end);
    if (!in_.lex.needs_that(text_.substr(p->cue.begin, p->cue.size())) || class_length_at(word_class::complementizer, next) > 0)
      c.end = p->whole.begin;
  }
  return c;
}

// Quotes are in text order and do not overlap, so the ones near an offset are found by binary search:
// the stage stays linear in practice on an article with thousands of quotations.
std::vector<quote>::const_iterator reporter::first_ending_after(std::size_t offset) const {
  auto it = std::lower_bound(quotes_.begin(), quotes_.end(), offset, [](quote const& q, std::size_t o) { return q.extent.begin < o; });
  if (it != quotes_.begin() && std::prev(it)->extent.end > offset) --it;
  return it;
}

bool reporter::overlaps_direct(span c) const {
  for (auto it = first_ending_after(c.begin); it != quotes_.end() && it->extent.begin < c.end; ++it)
    if (it->kind == quote_kind::direct && c.begin < it->extent.end) return true;
  return false;
}

bool reporter::inside_quotation(std::size_t offset) const {
  auto const it = first_ending_after(offset);
  return it != quotes_.end() && it->extent.begin <= offset && offset < it->extent.end;
}

// `who spoke on condition of anonymity`: a verb of saying inside an anonymity condition states the
// arrangement, not what was said
bool reporter::states_anonymity(std::optional<span> cue) const {
  if (!cue) return false;
  auto const from = text_.substr(cue->begin);
  auto const same = [](char x, char y) { return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y)); };
  return std::any_of(in_.lex.anonymity_conditions.begin(), in_.lex.anonymity_conditions.end(), [&](std::string const& c) {
    return from.size() >= c.size() && std::equal(c.begin(), c.end(), from.begin(), same);
  });
}

// `claimed paying no taxes was smart, although he again refused to …`, `said the count was over; the mayor …`,
// `said X -- and he noted that Y`: a contrast connective after a comma or dash, or a semicolon, opens a clause
// of the writer's, and the reported content ends before it; so does one with no pause before a new attribution.
span reporter::cut_at_contrast(span c) const {
  for (std::size_t i = c.begin + 1; i < c.end; ++i) {
    char const ch = text_[i];
    if (ch == ';') return span{c.begin, i};
    // `said the port would close while Ferreira wrote that …`, `said they were convinced and Democrats accused …`:
    // with no pause, a contrast connective or clause coordinator ends the content only before a clause that
    // attributes words of its own
    if (std::islower(static_cast<unsigned char>(ch)) && is_space(text_[i - 1]))
      if (int const n = std::max(class_length_at(word_class::contrast_connective, i), class_length_at(word_class::clause_coordinator, i));
          n > 0 && !inside_quotation(i)) {
        std::size_t const next = skip_spaces(text_, i + static_cast<std::size_t>(n), c.end);
        // (coordinated subjects are no clauses: `said Clinton and Obama are too concerned`; a clause before the
        // coordinator, a finite verb right after it, or words enough for a clause before it (`said workers want
        // higher pay and managers say …`: a bare present form is no sure finite verb) say clauses are coordinated)
        if (!finite_within(c.begin, i) && !finite_opens(next, c.end) && word_count(text_.substr(c.begin, i - c.begin)) < min_clause_words) continue;
        // (only where a verb of saying comes soon: the clause search is the costly part)
        std::size_t const near = std::min(c.end, next + subject_reach_bytes);
        if (grammar::last_verb_like(in_.tables, text_, next, near) == std::string_view::npos) continue;
        if (auto p = grammar::match_clause(in_.tables, text_, next, c.end);
            p && p->whole.begin == next && in_.lex.reports(text_.substr(p->cue.begin, p->cue.size())))
          return span{c.begin, i - 1};
      }
    if (ch != ',' && ch != '-' && ch != '\xE2') continue;  // the bytes a pause can start with
    bool const pause = ch == ',' || text_.compare(i, 2, "--") == 0 || text_.compare(i, 3, "\u2014") == 0;
    if (!pause || inside_quotation(i)) continue;
    std::size_t const w = skip_spaces(text_, i + (ch == ',' ? 1 : ch == '-' ? 2 : 3), c.end);
    if (w >= c.end || !std::islower(static_cast<unsigned char>(text_[w]))) continue;
    // (one set off by commas is a parenthetical adverb: `In all, though, the justices are …`)
    if (int const n = class_length_at(word_class::contrast_connective, w); n > 0) {
      if (std::size_t const after = w + static_cast<std::size_t>(n); after < c.end && text_[after] == ',') continue;
      return span{c.begin, i};
    }
    // `-- and he noted that …`: after a dash, a coordinated clause with a subject and a verb of saying of its own
    if (int const n = class_length_at(word_class::clause_coordinator, w); n > 0 && ch != ',') {
      std::size_t const next = skip_spaces(text_, w + static_cast<std::size_t>(n), c.end);
      if (auto p = grammar::match_clause(in_.tables, text_, next, c.end); p && p->whole.begin == next) return span{c.begin, i};
    }
  }
  return c;
}

// The furthest end of what this sentence's attributions hold (a nested one, inside an appositive, is added last).
std::size_t reporter::sentence_found_end() const {
  std::size_t end = 0;
  for (std::size_t k = sentence_found_; k < found_.size(); ++k) end = std::max(end, found_[k].extent.end);
  return end;
}

bool reporter::add(span content, attribution a) {
  if (states_anonymity(a.cue)) return false;
  // (one verb, one attribution: a nested relative clause must not let the linked-verb search take its cue again)
  if (a.cue && std::any_of(found_.begin() + static_cast<std::ptrdiff_t>(std::min(sentence_found_, found_.size())), found_.end(),
                           [&](quote const& f) { return f.attr.cue && f.attr.cue->begin == a.cue->begin; }))
    return false;
  content = trim(cut_at_contrast(cut_at_next_attribution(content)));
  content = trim(span{content.begin, fronted_clause_end(a, content)});
  if (names_a_thing(a, content)) return false;
  // `The senator, who has said the plan would fail, voted for it`: a relative clause ends at its comma
  // (and `The guns, which police said belonged to him, were seized`: the relative word before the subject)
  std::optional<span> relative;
  if (a.mention && in_.lex.is(word_class::relative_word, text_.substr(a.mention->begin, a.mention->size()))) relative = a.mention;
  if (std::size_t const r = a.mention ? word_before(a.mention->begin) : 0; a.mention && r != a.mention->begin &&
      in_.lex.is(word_class::relative_word, text_.substr(r, a.mention->begin - 1 - r)))
    relative = span{r, a.mention->begin - 1};
  if (relative && relative->begin >= 2 && text_.compare(relative->begin - 2, 2, ", ") == 0)
    if (std::size_t const comma = text_.find(',', content.begin); comma < content.end) content = trim(span{content.begin, comma});
  // a stance verb's object may be short (`is defending his tweets`); a reported clause has at least three words
  // and a cue that ends in the infinitive marker reports a verb phrase, which may be one word (`declined to comment`)
  auto const cue = a.cue ? text_.substr(a.cue->begin, a.cue->size()) : std::string_view();
  bool const infinitive_cue = cue.rfind(' ') != std::string_view::npos && in_.lex.is(word_class::infinitive_marker, cue.substr(cue.rfind(' ') + 1));
  std::size_t const min_words = infinitive_cue || a.cue_type == cue_class::stance ? 1 : in_.lex.takes_reason(cue) ? 2 : 3;
  if (word_count(text_.substr(content.begin, content.size())) < min_words || overlaps_direct(content)) return false;
  if (!opts_.beliefs && a.cue_type == cue_class::belief) return false;
  keep(content, std::move(a));
  return true;
}

// An attribution of reported speech with exactly this content, as found.
void reporter::keep(span content, attribution a) {
  quote q;
  q.kind = quote_kind::indirect;
  q.extent = q.content = content;
  q.form = form_of(content, a);
  q.attr = std::move(a);
  found_.push_back(std::move(q));
}

void reporter::find_in_sentence(span s) {
  // (those found before this sentence's search that lie inside it, a headline's, count as this sentence's)
  sentence_found_ = found_.size();
  sentence_begin_ = s.begin;
  while (sentence_found_ > 0 && found_[sentence_found_ - 1].attr.cue && found_[sentence_found_ - 1].attr.cue->begin >= s.begin) --sentence_found_;
  span const body = trimmed(s);
  if (body.size() < 12) return;
  // a question asks; it does not report what someone said (`Would you think she must be …?`)
  if (s.end > s.begin && text_[s.end - 1] == '?') return;
  // a sentence inside a quotation is the speaker's words, not the writer's report of them
  if (auto it = first_ending_after(body.begin); it != quotes_.end() && it->extent.begin <= body.begin && body.end <= it->extent.end) return;
  // (the sentence's verb need not be one of saying: `Saying …, the senator voted against it`)
  fronted_participle(body);
  // no verb of saying, no attribution phrase: only `according to` and a light verb's noun of speech remain possible
  std::size_t const last_verb = grammar::last_verb_like(in_.tables, text_, body.begin, body.end);
  if (last_verb == std::string_view::npos) {
    if (!according_to(body)) light_verb_object(body);
    return;
  }
  if (attribution_closes(body, s, last_verb) || according_to(body) || as_reported(body)) return;
  // (a passive may sit inside another attribution's clause: `But they emphasized that …, where Obama's outreach
  // has been fiercely opposed by most Republicans`)
  if (!passive_agent(body)) passive_infinitive(body);
  // `…, saying …` / `… and said …` after an attribution is another one with the same subject, and so on:
  // `began by talking about the crisis, saying it was out of control`
  std::size_t from = body.begin;
  if (clause_with_complement(body, s) || inverted_clause(body) || light_verb_object(body)) from = sentence_found_end();
  else if (linked_to_subject(body, body.begin, last_verb)) from = sentence_found_end();
  else {
    relative_subject(body);
    return;
  }
  for (int links = 0; links < 4 && from + 8 < body.end; ++links) {
    if (!linked_to_subject(span{from, body.end}, body.begin, last_verb)) return;
    from = sentence_found_end();
  }
}

}  // namespace attrib::reported_detail

namespace attrib {

std::vector<quote> add_reported(attribute_input const& in, std::vector<quote> quotes, reported_options const& opts) {
  return reported_detail::reporter(in, std::move(quotes), opts).run();
}

}  // namespace attrib
