#include "attrib/sources.hpp"

#include "attrib/names.hpp"
#include "attrib/utf8.hpp"

#include <algorithm>
#include <functional>
#include <set>

namespace attrib {
namespace {

using grammar::word_class;
using names::capitalised;
using names::lower;
using names::words;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool edge_ascii(char c) { return c == ',' || c == '.' || c == '-' || is_space(c); }

// Strips punctuation and spaces from both ends, one code point at a time: `, — an expert,` → `an expert`.
std::string_view trim_edges(std::string_view t) {
  while (!t.empty()) {
    bool const wide = static_cast<unsigned char>(t.front()) >= 0x80 && utf8::is_wide_punct_or_space(utf8::decode_at(t, 0));
    if (!wide && !edge_ascii(t.front())) break;
    t.remove_prefix(utf8::width_at(t, 0));
  }
  while (!t.empty()) {
    std::size_t const last = utf8::prev(t, t.size());
    bool const wide = static_cast<unsigned char>(t[last]) >= 0x80 && utf8::is_wide_punct_or_space(utf8::decode_at(t, last));
    if (!wide && !edge_ascii(t.back())) break;
    t.remove_suffix(t.size() - last);
  }
  return t;
}

void add_unique(std::vector<std::string>& to, std::string s) {
  auto const same = [&](std::string const& t) { return lower(t) == lower(s); };
  if (!s.empty() && std::none_of(to.begin(), to.end(), same)) to.push_back(std::move(s));
}

class describer {
 public:
  describer(article const& art, std::vector<quote> const& quotes, lexicon const& lex, names::index const& words)
      : text_(art.text), lex_(lex), finder_(art, words), lower_text_(names::lower(art.text)), outlets_(words.outlets) {
    for (auto const& c : lex.anonymity_conditions) conditions_.push_back(names::lower(c));
    for (auto const& r : lex.reason_phrases) reason_phrases_.push_back(names::lower(r));
    for (auto const& m : lex.anonymity_markers) markers_.push_back(names::lower(m));
    for (auto const& m : lex.shared_markers) shared_markers_.push_back(names::lower(m));
    for (auto const& q : quotes)
      if (q.speaker >= 0) {
        auto const k = static_cast<std::size_t>(q.speaker);
        if (quotes_of_.size() <= k) quotes_of_.resize(k + 1);
        quotes_of_[k].push_back(&q);
      }
  }

  void describe(speaker& s, int index) const {
    for (auto const& m : s.mentions) roles_from_mention(s, m);
    for (quote const* q : quotes_of(index)) {
      if (q->attr.appositive) role_from_appositive(s, *q->attr.appositive);
      outlets_of(s, *q);
    }
    for (auto const& r : s.roles) affiliation_from_role(s, r);
    for (auto const& m : s.mentions) affiliation_from_descriptor(s, m);
    // `Two senators present, who requested anonymity, said`, `Privately, several lawmakers concede`: a stated
    // condition or a marker makes an unnamed group or a thing-like descriptor an anonymous source
    if (!s.anonymous && (s.kind == speaker_kind::group || s.kind == speaker_kind::document) && withheld(s, index)) {
      s.kind = speaker_kind::anonymous;
      s.anonymous = true;
    }
    if (s.anonymous) find_anonymity(s, index);
  }

  // An arrangement stated for several sources at once holds for every unnamed source of the story that states
  // none of its own: a sentence no quoted source owns (`Spokesmen briefed reporters only on the condition of
  // anonymity because …`), or one that says so (`who, like others, spoke on …`). One a set of unnamed sources
  // states (`Senior officials spoke only on …`) holds for the other sources of its head noun (`military
  // officials`), not for sources of other kinds. The nearest such statement wins.
  void share_anonymity(std::vector<speaker>& speakers) const {
    auto const wants = [](speaker const& s) { return s.anonymous && !s.anonymity.condition && !s.anonymity.reason && !s.mentions.empty(); };
    if (std::none_of(speakers.begin(), speakers.end(), wants)) return;
    auto const shared = shared_statements(speakers);
    for (auto& s : speakers) {
      if (!wants(s)) continue;
      std::size_t const here = s.mentions.front().where.begin;
      std::string const own_head = finder_.head_noun(words(s.mentions.front().text));
      auto const distance = [&](statement const& x) { return x.at > here ? x.at - here : here - x.at; };
      statement const* best = nullptr;
      for (auto const& x : shared)
        if ((x.head.empty() || x.head == own_head) && (!best || distance(x) < distance(*best))) best = &x;
      if (best) s.anonymity = best->terms;
    }
  }

 private:
  struct statement {
    std::size_t at;
    struct anonymity terms;
    std::string head;  ///< empty: for every unnamed source
  };

  // Every stated arrangement that holds for more than its own source. Each condition is looked for as written
  // in running text and capitalised at a sentence start.
  std::vector<statement> shared_statements(std::vector<speaker> const& speakers) const {
    std::vector<statement> shared;
    std::string_view const lowered(lower_text_);
    for (auto const& condition : conditions_) {
      if (condition.empty()) continue;
      // one case-blind pass finds both: each form's occurrences, left to right, none overlapping another of its form
      std::string const capitalised = grammar::with_first(condition, true);
      std::vector<std::size_t> hits[2];
      std::size_t next[2] = {0, 0};
      std::boyer_moore_horspool_searcher const search(condition.begin(), condition.end());  // skips: reads few bytes
      // (a capital the ASCII lowercase copy does not undo, `À condition`, is looked for as written)
      bool const apart = names::lower(capitalised) != condition;
      for (auto it = std::search(lowered.begin(), lowered.end(), search); it != lowered.end(); it = std::search(it + 1, lowered.end(), search)) {
        auto const at = static_cast<std::size_t>(it - lowered.begin());
        for (int form = 0; form < (apart ? 1 : 2); ++form)
          if (at >= next[form] && text_.compare(at, condition.size(), form == 0 ? condition : capitalised) == 0) {
            hits[form].push_back(at);
            next[form] = at + condition.size();
          }
      }
      if (apart)
        for (std::size_t at = text_.find(capitalised); at != std::string_view::npos; at = text_.find(capitalised, at + capitalised.size()))
          hits[1].push_back(at);
      for (auto const& form_hits : hits)
        for (std::size_t const at : form_hits)
          if (auto st = shared_statement(at, speakers);
              st && std::none_of(shared.begin(), shared.end(), [&](statement const& x) { return x.terms.condition == st->terms.condition; }))
            shared.push_back(std::move(*st));
    }
    return shared;
  }

  // the arrangement stated at `at`, when it holds for other sources than the one that states it
  std::optional<statement> shared_statement(std::size_t at, std::vector<speaker> const& speakers) const {
    span const sentence = sentence_around(at);
    auto const owner = std::find_if(speakers.begin(), speakers.end(), [&](speaker const& s) {
      return s.anonymity.condition && s.anonymity.condition->begin >= sentence.begin && s.anonymity.condition->begin < sentence.end;
    });
    bool const marked = std::any_of(shared_markers_.begin(), shared_markers_.end(), [&](std::string const& m) { return has_word(sentence, m); });
    std::string head = owner == speakers.end() || marked ? std::string() : set_head(*owner);
    speaker probe;
    if ((owner != speakers.end() && !marked && head.empty()) || !find_condition(probe, span{at, sentence.end})) return std::nullopt;
    return statement{at, probe.anonymity, std::move(head)};
  }

  std::string_view text_;
  lexicon const& lex_;
  names::finder finder_;
  std::string lower_text_;  ///< the text with ASCII letters in lowercase, byte for byte: the case-blind searches read it
  std::vector<std::string> conditions_, reason_phrases_, markers_, shared_markers_;  ///< the pack's phrases, lowercase
  std::set<std::string, std::less<>> const& outlets_;
  std::vector<std::vector<quote const*>> quotes_of_;  ///< each speaker's quotes, in text order

  std::vector<quote const*> const& quotes_of(int index) const {
    static std::vector<quote const*> const none;
    return static_cast<std::size_t>(index) < quotes_of_.size() ? quotes_of_[static_cast<std::size_t>(index)] : none;
  }

  // `Russian President Vladimir Putin` → role `Russian President`; `Ukraine’s foreign minister` → itself
  void roles_from_mention(speaker& s, mention const& m) const {
    auto const ws = words(m.text);
    if (ws.empty()) return;
    if (m.text.size() > s.name.size() && m.text.ends_with(s.name)) {
      std::string role = m.text.substr(0, m.text.size() - s.name.size());
      while (!role.empty() && role.back() == ' ') role.pop_back();
      auto const rw = words(role);
      if (!rw.empty() && !finder_.is_determiner(rw[0]) && capitalised(rw[0])) add_unique(s.roles, role);
    } else if (m.rule == "role" || (finder_.is_role(ws) && s.kind == speaker_kind::person && m.text != s.name)) {
      std::size_t skip = finder_.is_determiner(ws[0]) ? 1 : 0;
      std::string role;
      for (std::size_t i = skip; i < ws.size(); ++i) role.append(role.empty() ? "" : " ").append(ws[i]);
      add_unique(s.roles, role);
    }
  }

  // `, an expert on Russia and the former Soviet Union,` → `expert on Russia and the former Soviet Union`;
  // a relative or participle clause (`who spoke on …`, `speaking on …`) says how, not who.
  void role_from_appositive(speaker& s, span a) const {
    auto t = trim_edges(text_.substr(a.begin, a.size()));
    auto const ws = words(t);
    if (ws.empty()) return;
    std::string const first = lower(ws[0]);
    if (finder_.is(word_class::relative_word, first) || lex_.ends_in(word_class::participle_suffix, first)) return;
    if (finder_.is(word_class::article, first)) {
      if (ws.size() < 2) return;
      t.remove_prefix(static_cast<std::size_t>(ws[1].data() - t.data()));
    }
    add_unique(s.roles, std::string(t));
  }

  // `assistant professor at Duke University’s Sanford School` → `Duke University`
  void affiliation_from_role(speaker& s, std::string const& role) const {
    auto const ws = words(role);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
      std::string const l = lower(ws[i]);
      if (!finder_.is(word_class::affiliation_preposition, l)) continue;
      std::size_t j = i + 1;
      if (j < ws.size() && finder_.is(word_class::definite_article, lower(ws[j]))) ++j;
      std::string org;
      for (; j < ws.size(); ++j) {
        // `University of Leiden`, `Bureau of Prisons`: a connective inside a name
        bool const connective = !org.empty() && !capitalised(ws[j]) && finder_.is(word_class::name_connective, ws[j]) && j + 1 < ws.size() &&
                                capitalised(ws[j + 1]);
        if (!capitalised(ws[j]) && !connective) break;
        org.append(org.empty() ? "" : " ").append(finder_.strip_possessive(ws[j]));
        if (finder_.is_possessive(ws[j])) break;
      }
      if (!org.empty()) {
        add_unique(s.affiliations, org);
        return;
      }
    }
  }

  // `a senior Biden administration official` → `Biden administration`
  void affiliation_from_descriptor(speaker& s, mention const& m) const {
    auto const ws = words(m.text);
    bool const determiner = !ws.empty() && finder_.is_determiner(ws[0]);
    if (ws.size() < (determiner ? 3u : 2u)) return;
    std::string const head = finder_.head_noun(ws);
    if (head.empty()) return;
    std::size_t h = ws.size();
    for (std::size_t i = 0; i < ws.size(); ++i)
      if (lower(ws[i]).starts_with(head)) h = i;
    std::size_t b = determiner ? 1 : 0;
    while (b < h && !capitalised(ws[b])) ++b;
    if (b >= h) return;
    std::string org;
    for (std::size_t i = b; i < h; ++i) org.append(org.empty() ? "" : " ").append(ws[i]);
    // only a body: `Biden administration`, `Portuguese government`, `Duke University` — not `Russian`
    auto const last = words(org).back();
    if (finder_.descriptor_kind({last}, lower(last)) == speaker_kind::organization || organization_word(last)) add_unique(s.affiliations, org);
  }

  bool organization_word(std::string_view w) const {
    return std::find(lex_.organization_words.begin(), lex_.organization_words.end(), w) != lex_.organization_words.end();
  }

  void outlets_of(speaker& s, quote const& q) const {
    if (q.attr.outlet) {
      auto const o = text_.substr(q.attr.outlet->begin, q.attr.outlet->size());
      if (outlets_.contains(o)) add_unique(s.outlets, std::string(o));
    }
    if (q.attr.medium) {
      auto const m = text_.substr(q.attr.medium->begin, q.attr.medium->size());
      for (auto const& o : outlets_)
        if (o.size() > 2 && m.find(o) != std::string_view::npos) add_unique(s.outlets, o);
    }
  }

  // The condition (`spoke on the condition of anonymity`) and the reason after it (`in order to share …`),
  // in the appositives of the speaker's mentions and in the sentences that introduce it.
  void find_anonymity(speaker& s, int index) const {
    auto const places = places_of(s, index);
    for (auto const& p : places) {
      if (find_condition(s, p)) return;
    }
    for (auto const& p : places)
      if (auto r = find_reason_phrase(p)) {
        s.anonymity.reason = *r;
        return;
      }
  }

  bool withheld(speaker const& s, int index) const {
    speaker probe;
    for (auto const& p : places_of(s, index)) {
      if (find_condition(probe, p)) return true;
      // a marker before the mention, in its clause (`Privately, several lawmakers …`), or after it
      span const before{p.begin > marker_reach ? p.begin - marker_reach : 0, p.begin};
      for (auto const& m : markers_)
        for (span const w : {before, p})
          if (has_word(w, m)) return true;
    }
    return false;
  }

  static constexpr std::size_t marker_reach = 80;  // bytes before a mention where `privately` still belongs to it

  // whether the lowercase `word` stands in `within` as a whole word, in any case
  bool has_word(span within, std::string_view word) const {
    auto const hay = text_.substr(within.begin, within.size());
    auto const letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
    for (std::size_t from = 0; from < hay.size();) {
      std::size_t const at = find_ci(span{within.begin + from, within.end}, word);
      if (at == std::string_view::npos) return false;
      std::size_t const b = from + at, e = b + word.size();
      if ((b == 0 || !letter(hay[b - 1])) && (e >= hay.size() || !letter(hay[e]))) return true;
      from = b + 1;
    }
    return false;
  }

  // where a source's anonymity is stated: its appositives and the clauses after its first mentions
  std::vector<span> places_of(speaker const& s, int index) const {
    std::vector<span> places;
    for (quote const* q : quotes_of(index))
      if (q->attr.appositive) places.push_back(*q->attr.appositive);
    for (std::size_t i = 0; i < s.mentions.size() && i < mentions_stating_anonymity; ++i) {
      span const clause = clause_after(s.mentions[i].where);
      places.push_back(clause);
      // `Two diplomats said the talks had stalled. Both asked not to be named because …`: the next sentence,
      // when it opens with a word that takes the source up (a pronoun, or a determiner standing alone)
      if (auto next = sentence_taking_up(clause.end)) places.push_back(*next);
    }
    return places;
  }

  std::optional<span> sentence_taking_up(std::size_t stop) const {
    std::size_t b = stop + 1;
    while (b < text_.size() && is_space(text_[b]) && text_[b] != '\n') ++b;
    if (b >= text_.size() || text_[b] == '\n' || stop >= text_.size() || text_[stop] != '.') return std::nullopt;
    std::size_t e = b;
    while (e < text_.size() && std::isalpha(static_cast<unsigned char>(text_[e]))) ++e;
    std::string first(text_.substr(b, e - b));
    for (char& c : first) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    bool const pronoun = std::any_of(lex_.pronouns.begin(), lex_.pronouns.end(), [&](pronoun_entry const& p) { return p.word == first; });
    if (!pronoun && !finder_.takes_up(first)) return std::nullopt;
    return clause_after(span{b, e});
  }

  static constexpr std::size_t mentions_stating_anonymity = 4;
  static constexpr std::size_t clause_bytes = 400;  // a clause after a mention that states its anonymity is shorter  // the arrangement is stated where the source is introduced

  // from a mention to the end of its sentence: `A city employee, who asked not to be named …, said …`
  span clause_after(span m) const {
    std::size_t e = m.end;
    std::size_t const limit = std::min(text_.size(), m.end + clause_bytes);
    while (e < limit && text_[e] != '\n' && !(text_[e] == '.' && (e + 1 >= text_.size() || is_space(text_[e + 1])))) ++e;
    return span{m.end, e};
  }

  // the head noun of a set of unnamed sources (`officials` in `Senior officials`), or empty
  std::string set_head(speaker const& s) const {
    if (s.mentions.empty() || s.kind != speaker_kind::anonymous) return {};
    auto const ws = words(s.mentions.front().text);
    std::string head = finder_.head_noun(ws);
    return finder_.is_plural_head(finder_.written_head(ws, head)) ? head : std::string();
  }

  // the sentence that holds `at`: back to a line break or a full stop and space, on to the clause's end
  span sentence_around(std::size_t at) const {
    std::size_t b = at;
    while (b > 0 && text_[b - 1] != '\n' && !(b >= 2 && text_[b - 2] == '.' && is_space(text_[b - 1]))) --b;
    return span{b, clause_after(span{at, at}).end};
  }

  // where the lowercase `needle` first stands in `within`, in any case, counted from within.begin; npos if nowhere
  std::size_t find_ci(span within, std::string_view needle) const {
    return std::string_view(lower_text_).substr(within.begin, within.size()).find(needle);
  }

  bool find_condition(speaker& s, span p) const {
    std::size_t best = std::string_view::npos, best_len = 0;
    for (auto const& c : conditions_) {
      std::size_t const at = find_ci(p, c);
      if (at != std::string_view::npos && (best == std::string_view::npos || at < best || (at == best && c.size() > best_len))) {
        best = at;
        best_len = c.size();
      }
    }
    if (best == std::string_view::npos) return false;
    s.anonymity.condition = span{p.begin + best, p.begin + best + best_len};
    std::size_t r = p.begin + best + best_len;
    while (r < p.end && (is_space(text_[r]) || text_[r] == ',')) ++r;
    for (auto const& conn : lex_.reason_connectives) {
      if (text_.compare(r, conn.size(), conn) != 0) continue;
      std::size_t const after = r + conn.size();
      if (after < text_.size() && std::isalpha(static_cast<unsigned char>(text_[after]))) continue;
      s.anonymity.reason = span{r, clause_end(r, p.end)};
      break;
    }
    if (!s.anonymity.reason)
      if (auto rp = find_reason_phrase(span{r, p.end})) s.anonymity.reason = *rp;
    return true;
  }

  // `who was not authorized to speak publicly` → `not authorized to speak publicly`
  std::optional<span> find_reason_phrase(span p) const {
    for (auto const& r : reason_phrases_) {
      std::size_t const at = find_ci(p, r);
      if (at != std::string_view::npos) return span{p.begin + at, clause_end(p.begin + at, p.end)};
    }
    return std::nullopt;
  }

  std::size_t clause_end(std::size_t from, std::size_t limit) const {
    std::size_t e = from;
    while (e < limit && text_[e] != ',' && text_[e] != ';' && text_[e] != '\n' && !(text_[e] == '.' && (e + 1 >= limit || is_space(text_[e + 1]))))
      ++e;
    while (e > from && is_space(text_[e - 1])) --e;
    return e;
  }
};

}  // namespace

std::vector<speaker> describe_sources(article const& art, std::vector<quote> const& quotes, std::vector<speaker> speakers,
                                      lexicon const& lex, names::index const& words) {
  describer const d(art, quotes, lex, words);
  for (std::size_t i = 0; i < speakers.size(); ++i) d.describe(speakers[i], static_cast<int>(i));
  names::finder const finder(art, words);
  speakers = mark_unnamed_organizations(mark_mixed_sets(std::move(speakers), lex, finder), art, lex, finder);
  d.share_anonymity(speakers);
  return speakers;
}

}  // namespace attrib
