// Linking a mention to an entity: names, pronouns (by salience), relative `who`, appositives, headlines.
#include "attrib/resolve/resolver.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace attrib::resolve_detail {

int resolver::link(span where_given, std::vector<quote> const& quotes, std::size_t qi) {
  span const where = trimmed_mention(where_given);
  auto const text = text_of(where);
  auto const ws = words(text);
  if (ws.empty()) return -1;
  if (int const e = model_.exactly_at(where); e >= 0) return add_mention(e, where, "name");
  if (int const e = name_ending(where, ws); e >= 0) {
    // (`The White House spokesman Josh Earnest` adds only an article to the name's own mention)
    auto const inner = model_.places().upper_bound(where.begin);
    if (inner != model_.places().end() && inner->second.entity == e && inner->second.end == where.end &&
        finder_.is_determiner(ws.front()) && words(text_of(span{where.begin, inner->first})).size() == 1)
      return e;
    return add_mention(e, where, "name");
  }
  auto const form = form_of(ws);
  // `Mr. Grassley and Mr. Leahy`: a small set of named people speaking together is one source, named in full
  // (but an organisation's name may hold a coordinator: `The Central and East European Coalition`, when its first
  // conjunct is no organisation or country of its own: `China and Russia` speak together)
  if (form == mention_form::name && has_coordinator(ws) && !coordinated_organization_name(where, ws)) {
    std::string const name = set_name(finder_.is(word_class::correlative, lower(ws[0])) ? text.substr(ws[0].size() + 1) : text, where.begin);
    int const e = model_.find_exact(lower(name));  // not by surname: both are named
    return add_mention(e >= 0 ? e : model_.create_set(name), where, e >= 0 ? "same-name" : "first");
  }
  if (form == mention_form::role || form == mention_form::descriptor) {
    if (int e = named_in_appositive(quotes[qi]); e >= 0) return add_mention(e, where, "appositive");
    if (int e = named_after_headline(where, ws); e >= 0) return add_mention(e, where, "headline");
  }
  if (form == mention_form::pronoun && finder_.is(word_class::relative_word, lower(ws[0]))) {
    if (auto antecedent = relative_antecedent(where)) {
      int const e = link(*antecedent, quotes, qi);
      if (e >= 0) return add_mention(e, where, "relative");
    }
    if (int const e = people_before_relative(where); e >= 0) return e;
  }
  switch (form) {
    case mention_form::pronoun: return link_pronoun(where, lower(ws[0]));
    case mention_form::name: return link_name(where, text);
    case mention_form::role: return link_role(where, ws, quotes, qi);
    case mention_form::descriptor: {
      int const e = link_descriptor(where, ws);
      // `The aides, led by campaign manager Terry Sullivan,`: a set with an identified member is a group
      if (e >= 0 && model_[e].kind == speaker_kind::anonymous && model_[e].plural && quotes[qi].attr.appositive &&
          names_a_member(*quotes[qi].attr.appositive))
        model_[e].kind = speaker_kind::group;
      return e;
    }
  }
  return -1;
}

// `White House spokesman Josh Earnest`, `The White House press secretary Josh Earnest`: a person the finder
// registered whose name ends the mention, after words that describe them (a role noun among them, and no
// preposition or coordinator: `a spokeswoman for Hillary Clinton`, `Mr. King and Mr. Schultz` are others).
int resolver::name_ending(span where, std::vector<std::string_view> const& ws) const {
  if (ws.size() < 3) return -1;
  auto const& places = model_.places();
  for (auto it = places.upper_bound(where.begin); it != places.end() && it->first < where.end; ++it) {
    if (it->second.end != where.end || model_[it->second.entity].kind != speaker_kind::person) continue;
    auto const k = std::find_if(ws.begin(), ws.end(), [&](std::string_view w) { return static_cast<std::size_t>(w.data() - text_.data()) == it->first; });
    if (k == ws.begin() || k == ws.end()) continue;
    bool role = false, joins = false;
    for (auto w = ws.begin(); w != ws.end(); ++w) {
      std::string const l = lower(*w);
      if (finder_.is_role_word(l) || (w < k && finder_.is_person_noun(l))) role = true;
      if (w < k && (finder_.is_preposition(l) || finder_.is(word_class::coordinator, l))) joins = true;
    }
    if (role && !joins) return it->second.entity;
  }
  return -1;
}

// The grammar's speaker phrase may carry words that are no part of the mention: an adverbial before a
// pronoun (`In September she said` → `she`), or one after a name (`Trump in his announcement speech said`,
// `Trump at the time said` → `Trump`).
span resolver::trimmed_mention(span where) const {
  auto const ws = words(text_of(where));
  if (ws.size() < 2) return where;
  auto const offset = [&](std::string_view w) { return static_cast<std::size_t>(w.data() - text_.data()); };
  if (finder_.is_pronoun(ws.back()) && !finder_.is_pronoun(ws[ws.size() - 2]) && !finder_.is_preposition(lower(ws[ws.size() - 2])))
    return span{offset(ws.back()), where.end};
  std::size_t const cut = finder_.post_modifier_at(ws);
  bool const names_before = cut < ws.size() && !finder_.opens_with_quantifier(ws) && std::all_of(ws.begin(), ws.begin() + static_cast<long>(cut), [&](auto w) { return capitalised(w) || finder_.is_title(w); });
  if (names_before && finder_.is_preposition(lower(ws[cut])) && !finder_.headed_by_source_noun(ws) && !finder_.is_role(ws) &&
      std::any_of(ws.begin() + static_cast<long>(cut) + 1, ws.end(), [&](auto w) { return !capitalised(w); }))
    return span{where.begin, offset(ws[cut - 1]) + ws[cut - 1].size()};
  return where;
}

// `The senator, who has said …`: the noun phrase right before `, who`, back to the clause boundary and
// without a leading conjunction; none when that is not a short phrase opening with a capital
std::optional<span> resolver::relative_antecedent(span where) const {
  std::size_t c = where.begin;
  while (c > 0 && text_[c - 1] == ' ') --c;
  if (c == 0) return std::nullopt;
  // (a dash sets off a non-restrictive relative as a comma does: `with Hillary Clinton — who’s called for …`)
  std::size_t pause = text_[c - 1] == ',' ? 1 : 0;
  for (std::string_view dash : {"\u2014", "\u2013", "--"})
    if (pause == 0 && c >= dash.size() && text_.compare(c - dash.size(), dash.size(), dash) == 0) pause = dash.size();
  if (pause == 0) return restrictive_antecedent(c);
  std::size_t end = c - pause;
  while (end > 0 && text_[end - 1] == ' ') --end;
  std::size_t b = end;
  while (b > 0 && std::string_view(",.;:\n\"()").find(text_[b - 1]) == std::string_view::npos &&
         !(b >= 3 && text_.compare(b - 3, 3, "\u201C") == 0) && !(b >= 3 && text_.compare(b - 3, 3, "\u2014") == 0))
    --b;
  span np{b, end};
  while (np.begin < np.end && text_[np.begin] == ' ') ++np.begin;
  // after a connective: `But Trump, who …`
  if (auto const first = words(text_of(np)); !first.empty() && finder_.is(word_class::sentence_connective, first[0]) && first.size() > 1)
    np.begin = static_cast<std::size_t>(first[1].data() - text_.data());
  auto const ws = words(text_of(np));
  if (ws.empty() || finder_.is_pronoun(ws.back())) return std::nullopt;
  // a name right before the comma is the antecedent (`Ted Cruz endorses Trump, who says …` → Trump)
  if (capitalised(ws.back())) {
    std::size_t k = ws.size();
    while (k > 0 && capitalised(ws[k - 1])) --k;
    // a sentence-initial preposition is no part of the name: `In Ohio, which …` → Ohio
    if (k + 1 < ws.size() && finder_.is_preposition(lower(ws[k]))) ++k;
    // `Sen. Jeff Flake of Arizona, who …`: a place after a preposition belongs to the name before it
    if (k >= 2 && finder_.is_preposition(lower(ws[k - 1])) && capitalised(ws[k - 2])) {
      std::size_t const name_end = static_cast<std::size_t>(ws[k - 2].data() - text_.data()) + ws[k - 2].size();
      std::size_t j = k - 1;
      while (j > 0 && (capitalised(ws[j - 1]) || finder_.is_title(ws[j - 1]))) --j;
      // `…, Republican of Arizona, who`: a party label in apposition is no antecedent; salience finds the name
      if (j + 1 == k - 1 && finder_.is_person_noun(lower(ws[j]))) return std::nullopt;
      return span{static_cast<std::size_t>(ws[j].data() - text_.data()), name_end};
    }
    return span{static_cast<std::size_t>(ws[k].data() - text_.data()), np.end};
  }
  // `McConnell, now the Senate majority leader, who …`: an appositive that describes a person stands for the
  // name before it
  if (auto const name = name_before_appositive(np)) return name;
  // a descriptor (`The senator`, `the company's chief executive`) is short and opens the clause
  if (ws.size() > 5 || !capitalised(ws[0]) || finder_.is_pronoun(ws[0])) return std::nullopt;
  return np;
}

// `not paying an architect who said …`: a restrictive `who` (no comma) takes the noun phrase right before it, when
// that names a person or a source: a name, a noun of sources, a person noun. The phrase runs back from `end` over at
// most `restrictive_reach` words, and stops at punctuation, a verb form or a closed-class word other than a
// determiner; it crosses one preposition to the person a phrase modifies (`listeners to his radio program who`).
std::optional<span> resolver::restrictive_antecedent(std::size_t end) const {
  std::size_t b = end;
  std::optional<std::size_t> start;
  bool crossed = false;  // one preposition may be crossed, to the person a phrase modifies (`listeners to his program who`)
  for (int k = 0; k < restrictive_reach && b > 0; ++k) {
    std::size_t e = b;
    while (e > 0 && text_[e - 1] == ' ') --e;
    std::size_t w = e;
    while (w > 0 && (std::isalnum(static_cast<unsigned char>(text_[w - 1])) || text_[w - 1] == '-' || text_[w - 1] == '\'' ||
                     static_cast<unsigned char>(text_[w - 1]) >= 0x80))
      --w;
    if (w == e) break;
    std::string_view const word = text_.substr(w, e - w);
    std::string const l = lower(word);
    // (and past an organisation's name to the person it employs: `a tech staffer at the State Department who`)
    if (finder_.is_preposition(l) && !crossed && start && (!names_a_person(span{*start, end}) || names_an_organization(span{*start, end}))) {
      crossed = true;
      b = w;
      continue;
    }
    if (finder_.is(word_class::stop_word, l) && !finder_.is_determiner(l)) break;
    if (finder_.is_verb_form(word) && !capitalised(word)) break;  // (`State` in `the State Department` is a name)
    b = w;
    start = w;
  }
  if (!start) return std::nullopt;
  span const np{*start, end};
  if (!names_a_person(np)) return std::nullopt;
  // (`John Bentel, a tech staffer at the State Department who told …`: the appositive's name)
  if (auto const name = name_before_appositive(np)) return name;
  return np;
}

// `McConnell, now the Senate majority leader,`, `John Bentel, a tech staffer at the State Department`: the name
// right before the comma that opens `np`, when `np` describes one person; else none.
std::optional<span> resolver::name_before_appositive(span np) const {
  auto const ws = words(text_of(np));
  if (ws.empty() || np.begin < 2) return std::nullopt;
  std::size_t c = np.begin;
  while (c > 0 && text_[c - 1] == ' ') --c;
  // (over an article the phrase was read without: `, a tech staffer`)
  if (std::string_view const w = word_before(c); !w.empty() && finder_.is(word_class::article, lower(w))) {
    c = static_cast<std::size_t>(w.data() - text_.data());
    while (c > 0 && text_[c - 1] == ' ') --c;
  }
  if (c == 0 || text_[c - 1] != ',') return std::nullopt;
  std::string const head = finder_.head_noun(ws);
  if (head.empty() || !finder_.names_people(head) || finder_.is_plural_head(finder_.written_head(ws, head))) return std::nullopt;
  std::size_t e = c - 1;
  while (e > 0 && text_[e - 1] == ' ') --e;
  std::size_t b = e;
  while (b > 0 && std::string_view(",.;:\n\"()").find(text_[b - 1]) == std::string_view::npos) --b;
  auto const before = words(text_.substr(b, e - b));
  if (before.empty() || !capitalised(before.back()) || finder_.is_pronoun(before.back())) return std::nullopt;
  std::size_t k = before.size();
  while (k > 0 && capitalised(before[k - 1])) --k;
  if (k == before.size()) return std::nullopt;
  span const name{static_cast<std::size_t>(before[k].data() - text_.data()), e};
  // (not a name inside a fronted phrase, whose comma ends it: `In a letter to Obama, a senator who said …`,
  // `Speaking to Hillary Clinton, a voter who …`)
  span const sentence = model_.sentence_span(model_.sentence_of(name.begin));
  if (auto const opening = words(text_.substr(sentence.begin, c - 1 - std::min(c - 1, sentence.begin)));
      name.begin > sentence.begin && !opening.empty() && opening[0].data() < text_.data() + name.begin && (finder_.is_preposition(lower(opening[0])) || finder_.ends_in(word_class::participle_suffix, lower(opening[0]))) &&
      std::none_of(opening.begin(), opening.end(), [&](std::string_view w) { return finder_.finite_verb(lower(w)); }))
    return std::nullopt;
  // (a person the article names there: not `… of Ohio, a Republican who`)
  auto const it = model_.places().lower_bound(name.begin);
  if (it == model_.places().end() || it->first >= name.end || model_[it->second.entity].kind != speaker_kind::person || model_[it->second.entity].plural)
    return std::nullopt;
  return name;
}

// `those who said the economy was their top issue`, `there are many who have made commitments`: a relative for
// people right after a plural determiner standing alone speaks for the people it describes, a group (the
// determiner is its antecedent; before this, the pronoun went to the most salient person: a poll's `those who
// said …` to a candidate). A stated condition still makes them an unnamed source.
int resolver::people_before_relative(span where) {
  if (finder_.agreement_of(lower(text_of(where))).gender == 'n') return -1;  // `which`: no people
  std::size_t e = where.begin;
  while (e > 0 && text_[e - 1] == ' ') --e;
  std::size_t b = e;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(text_[b - 1]))) --b;
  if (b == e || !finder_.is(word_class::plural_determiner, lower(text_.substr(b, e - b)))) return -1;
  int const set = new_entity(std::string(text_.substr(b, where.end - b)), speaker_kind::group);
  model_[set].plural = true;
  return add_mention(set, where, "relative");
}

// A name of an organisation (`the State Department`), as the name finder classifies it.
bool resolver::names_an_organization(span np) const {
  auto const ws = words(text_of(np));
  if (ws.empty() || !capitalised(ws.back())) return false;
  return finder_.classify(text_of(np), np).kind == speaker_kind::organization;
}

// A noun phrase whose head (before any post-modifier) is a name, a noun of sources or a person noun; not a
// determiner alone (`Residents who opposed the plan`, `officials who`, not `those who`).
bool resolver::names_a_person(span np) const {
  auto const ws = words(text_of(np));
  if (ws.empty() || (ws.size() == 1 && finder_.is_determiner(lower(ws[0])))) return false;
  // (one word names people only as a noun for them: `Residents who`, not `in Iowa who` or `Anyone who`)
  if (ws.size() == 1) return finder_.is_source_noun(lower(ws[0])) || finder_.is_person_noun(lower(ws[0]));
  std::size_t const cut = std::min(finder_.post_modifier_at(ws), ws.size());
  std::string_view const head = ws[cut - 1];
  return capitalised(head) || finder_.is_source_noun(head) || finder_.is_person_noun(lower(head));
}

// `Another critic, Laurence H. Tribe, said` / `The minister of the economy, Mr. Guajardo Villarreal, said`
int resolver::named_in_appositive(quote const& q) {
  if (!q.attr.appositive) return q.attr.mention ? name_set_off_after(*q.attr.mention, q.content) : -1;
  auto t = text_of(*q.attr.appositive);
  std::size_t b = 0;
  while (b < t.size() && (t[b] == ',' || t[b] == ' ')) ++b;
  // a parenthesis first belongs to the mention (`the RMT union (National Union of Rail, …), Mick Cash, said`)
  if (b < t.size() && t[b] == '(')
    if (std::size_t const close = t.find(')', b); close != std::string_view::npos)
      for (b = close + 1; b < t.size() && (t[b] == ',' || t[b] == ' ');) ++b;
  // after an inverted speaker the appositive runs to the sentence end (`said his father, Abdullah Kurdi,
  // following the ceremony`): the name is its first part, up to a comma
  std::size_t const e = std::min(t.find(',', b), t.size());
  span const name{q.attr.appositive->begin + b, q.attr.appositive->begin + e};
  auto const ws = words(text_of(name));
  if (ws.empty() || ws.size() > 5) return -1;
  // `Two residents of Austin, Texas, said`: one capitalised word after a mention that ends in a proper noun
  // goes on naming that place (its state or country), not the speaker, unless it is a person's surname the
  // article has given (`The chief executive of Acme, Okafor, said`)
  if (ws.size() == 1 && q.attr.mention) {
    auto const mw = words(text_of(*q.attr.mention));
    if (!mw.empty() && capitalised(mw.back()) && mw.size() > 1 &&
        model_.find_named(std::string(ws[0]), speaker_kind::person, name.begin, '?') < 0)
      return -1;
  }
  if (std::all_of(ws.begin(), ws.end(), [&](auto w) { return capitalised(w) || finder_.is_title(w); })) return link_name(name, text_of(name));
  // `One of the study's authors, herpetologist David Blackburn, said`: a role, then the name that ends it
  if (!ends_in_name_after_role(ws)) return -1;
  std::size_t k = ws.size();
  while (k > 0 && capitalised(ws[k - 1])) --k;
  span const tail{static_cast<std::size_t>(ws[k].data() - text_.data()), name.end};
  return link_name(tail, text_of(tail));
}

bool resolver::names_a_member(span appositive) const {
  std::size_t b = appositive.begin;
  while (b < appositive.end && (text_[b] == ',' || text_[b] == ' ')) ++b;
  std::string const opening = lower(text_.substr(b, std::min<std::size_t>(appositive.end - b, member_marker_bytes)));
  bool const marked = std::any_of(finder_.words_of(word_class::member_marker).begin(), finder_.words_of(word_class::member_marker).end(),
                                  [&](std::string const& m) { return opening.starts_with(lower(m) + " "); });
  if (!marked) return false;
  // the person the marker introduces, with only role words between (`led by campaign manager Terry Sullivan`;
  // not `such as those close to Paul Okafor`)
  auto const& places = model_.places();
  for (auto it = places.lower_bound(b); it != places.end() && it->first < appositive.end; ++it) {
    auto const& ent = model_[it->second.entity];
    if (ent.kind != speaker_kind::person || !ent.named || ent.plural) continue;
    auto const between = words(text_.substr(b, it->first - b));
    return between.size() <= member_marker_words + max_member_role_words &&
           std::none_of(between.begin() + static_cast<long>(std::min(between.size(), member_marker_words)), between.end(), [&](std::string_view w) {
             std::string const l = lower(w);
             return finder_.is_preposition(l) || finder_.is_determiner(w) || finder_.is_pronoun(w);
           });
  }
  return false;
}

// `One early supporter, Representative Lee Zeldin, Republican of New York, gave …: "…"`: where the grammar
// kept no appositive, a person the article named, set off by commas right after the mention.
int resolver::name_set_off_after(span mention, span content) const {
  // (of one person: not `The top Republicans in Congress, Paul D. Ryan and …`, not `an FBI summary, Cheryl Mills, …`)
  auto const ws = words(text_of(mention));
  std::string const head = finder_.head_noun(ws);
  if (!finder_.names_people(head) || finder_.is_plural_head(finder_.written_head(ws, head))) return -1;
  std::size_t i = mention.end;
  while (i < text_.size() && text_[i] == ' ') ++i;
  if (i >= text_.size() || text_[i] != ',') return -1;
  for (++i; i < text_.size() && text_[i] == ' ';) ++i;
  auto const& places = model_.places();
  auto const it = places.find(i);
  if (it == places.end() || model_[it->second.entity].kind != speaker_kind::person || model_[it->second.entity].plural) return -1;
  // (a name inside what was said is its subject: `According to a police spokesman, Paul Okafor, 34, fled …`)
  if (it->first >= content.begin && it->first < content.end) return -1;
  std::size_t e = it->second.end;
  while (e < text_.size() && text_[e] == ' ') ++e;
  return e < text_.size() && (text_[e] == ',' || text_[e] == ')') ? it->second.entity : -1;
}

// `Judge rejects request …`, `Member of House panel says …`: a headline speaks of one person by a bare role
// (no determiner, as headlines do) and names them in the body: the first person of that role named after
// it, else the first person the body introduces with a title or role (`Manhattan Supreme Court Justice …`).
int resolver::named_after_headline(span where, std::vector<std::string_view> const& ws) const {
  // the headline is the article's first sentence (a paragraph of its own, or run into the first one)
  if (ws.empty() || model_.sentence_of(where.begin) != 0 || model_.sentence_count() < 2) return -1;
  if (finder_.is_determiner(ws[0]) || finder_.is_definite(ws[0]) || finder_.is_pronoun(ws[0]) || finder_.is_possessive_determiner(ws[0])) return -1;
  std::string const head = finder_.head_noun(ws);
  if (head.empty() || finder_.is_plural_head(finder_.written_head(ws, head)) || !(finder_.is_role_word(head) || finder_.is_person_noun(head)))
    return -1;
  int first = -1;
  for (auto it = model_.places().lower_bound(model_.sentence_span(1).begin); it != model_.places().end(); ++it) {
    auto const& ent = model_[it->second.entity];
    if (!ent.named || ent.kind != speaker_kind::person) continue;
    if (ent.role_words.contains(head)) return it->second.entity;
    if (first < 0 && !ent.role_words.empty()) first = it->second.entity;  // introduced with a title or role
  }
  return first;
}

// Simon Miles … Miles; Russian President Vladimir Putin … Putin; Russia; the White House
int resolver::link_name(span where, std::string_view text) {
  auto const n = finder_.classify(text, where);
  int e = model_.find_named(n.name, n.kind, where.begin, n.gender);
  if (e >= 0) {
    rename_for(e, n);
    auto const& ent = model_[e];
    return add_mention(e, where, words(n.name).size() == 1 && ent.kind == speaker_kind::person ? "surname" : "same-name");
  }
  auto const* full = n.kind == speaker_kind::person ? fuller_form(n.name) : nullptr;
  e = new_entity(full ? full->name : n.name, n.kind);
  auto& ent = model_[e];
  ent.named = true;
  ent.gender = n.gender;
  if (n.kind == speaker_kind::person) model_.set_surname(e, lower(finder_.strip_possessive(words(n.name).back())));
  for (auto const& r : n.role_words) ent.role_words.insert(r);
  if (full && full->where.begin < where.begin) {
    model_.add(e, full->where, "name", role::subject);
    return add_mention(e, where, words(n.name).size() == 1 ? "surname" : "same-name");
  }
  return add_mention(e, where, "first");
}

namespace {
// `Korean-born`, `Texas-based`: a hyphenated word whose second part is lowercase describes, it does not name
bool describes(std::string_view w) {
  auto const h = w.find('-');
  return h != std::string_view::npos && h + 1 < w.size() && std::islower(static_cast<unsigned char>(w[h + 1]));
}
}  // namespace

names::name_mention const* resolver::fuller_form(std::string_view name) const {
  std::string const l = lower(name);
  auto const runs = unconfirmed_by_last_word_.find(std::string(names::last_word(l)));
  if (runs == unconfirmed_by_last_word_.end()) return nullptr;
  for (std::size_t const i : runs->second) {
    auto const& u = unconfirmed_[i];
    std::string const& ul = unconfirmed_lower_[i];
    if (ul.size() <= l.size() || !ul.ends_with(l) || ul[ul.size() - l.size() - 1] != ' ') continue;
    // the words added are name words: `South Korean-born Monte Haines` is a description and a name
    auto const added = words(std::string_view(u.name).substr(0, u.name.size() - l.size() - 1));
    if (std::none_of(added.begin(), added.end(), [](std::string_view w) { return describes(w); })) return &u;
  }
  return nullptr;
}

// he / she / it / they → the most salient entity before it that agrees (salience.hpp)
int resolver::link_pronoun(span where, std::string const& p) {
  // `I` in the writer's own voice (an attribution outside quotation marks) is the byline author
  if (finder_.is_byline_pronoun(p) && !art_.author.empty()) {
    std::string author = finder_.byline_name(art_.author);
    if (author.empty()) author = art_.author;
    int e = model_.find_named(author, speaker_kind::person, where.begin, '?');
    if (e < 0) e = new_entity(author, speaker_kind::person);
    return add_mention(e, where, "byline");
  }
  // (with no byline, the writer is a source of their own, never someone the narrative spoke of in the third
  // person: `when my mother mentioned the devil, I laughed and said …`)
  if (finder_.is_byline_pronoun(p)) {
    for (std::size_t e = 0; e < model_.size(); ++e)
      if (model_[static_cast<int>(e)].writer) return add_mention(static_cast<int>(e), where, "byline");
    return add_mention(new_entity(std::string(text_of(where)), speaker_kind::person), where, "byline");
  }
  // `someone`, `everyone`: an indefinite pronoun introduces a source of its own, never an earlier one
  if (auto it = finder_.indefinite_pronoun(p); it) return add_mention(new_entity(std::string(text_of(where)), *it), where, "first");
  auto const features = finder_.agreement_of(p);
  if (int const e = discourse::antecedent(model_, features, where.begin, role::subject); e >= 0) {
    auto& ent = model_[e];
    if (ent.gender == '?' && (features.gender == 'm' || features.gender == 'f')) ent.gender = features.gender;  // later pronouns agree
    return add_mention(e, where, "pronoun");
  }
  // no antecedent: the pronoun stands for a source of its own, with its own features (a later `she` is not
  // this `he`; an `it` is not a person)
  int const e = new_entity(std::string(text_of(where)), features.plural ? speaker_kind::group
                                                       : features.gender == 'n' ? speaker_kind::document : speaker_kind::person);
  model_[e].gender = features.gender;
  model_[e].plural = features.plural;
  return add_mention(e, where, "first");
}

}  // namespace attrib::resolve_detail
