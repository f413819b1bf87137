#include "attrib/resolve.hpp"

#include "attrib/discourse.hpp"
#include "attrib/names.hpp"
#include "attrib/salience.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace attrib {
namespace {

using grammar::word_class;
using names::capitalised;
using names::lower;
using names::words;
using discourse::entity;
using discourse::role;

// The contents of the quotations with marks, sorted and without overlaps.
std::vector<span> quotations_of(std::vector<quote> const& quotes) {
  std::vector<span> out;
  for (auto const& q : quotes)
    if (q.kind != quote_kind::indirect) out.push_back(q.content);
  std::sort(out.begin(), out.end(), [](span a, span b) { return a.begin < b.begin; });
  std::vector<span> merged;
  for (span s : out)
    if (!merged.empty() && s.begin < merged.back().end) merged.back().end = std::max(merged.back().end, s.end);
    else merged.push_back(s);
  return merged;
}

enum class mention_form { pronoun, name, role, descriptor };

class resolver {
 public:
  resolver(article const& art, std::vector<span> const& sentences, std::vector<quote> const& quotes, names::index const& words)
      : art_(art), text_(art.text), finder_(art, words), model_(art.text, sentences, quotations_of(quotes), finder_) {}

  std::vector<speaker> run(std::vector<quote>& quotes) {
    for (auto const& n : finder_.find()) add_name(n);
    register_bare_surnames();
    std::map<std::pair<std::size_t, std::size_t>, int> linked;  // a mention shared by several quotes links once
    for (std::size_t i = 0; i < quotes.size(); ++i) {
      auto& q = quotes[i];
      if (!q.attr.mention) continue;
      auto const key = std::make_pair(q.attr.mention->begin, q.attr.mention->end);
      auto it = linked.find(key);
      int const e = it != linked.end() ? it->second : (linked[key] = link(*q.attr.mention, quotes, i));
      q.speaker = e;
      if (e >= 0) model_[e].quoted = true;
    }
    return to_speakers(quotes);
  }

 private:
  article const& art_;
  std::string_view text_;
  names::finder finder_;
  discourse::model model_;
  static constexpr std::size_t descriptor_reach = 40000;  // bytes back a role or `the official` looks for its entity

  // `Barak arrived late. … He said`: a person's surname standing alone in the narrative is a mention of that
  // person (when only one person has it), so that it counts for recency and salience like the full name.
  void register_bare_surnames() {
    std::map<std::string, int, std::less<>> owner;
    for (std::size_t e = 0; e < model_.size(); ++e) {
      auto const& ent = model_[static_cast<int>(e)];
      if (ent.kind != speaker_kind::person || ent.surname.empty() || words(ent.name).size() < 2) continue;
      auto [it, added] = owner.try_emplace(ent.surname, static_cast<int>(e));
      if (!added) it->second = -1;  // two people of that surname: a bare one is ambiguous
    }
    if (owner.empty()) return;
    // bytes, not code points: an ASCII capital never occurs inside a multi-byte character, and a word ends at
    // the first byte that is not an ASCII letter or hyphen (`Reed’s` → `Reed`); surnames that open with a
    // letter outside ASCII are left to the name finder
    std::string key;
    auto const upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    auto const letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-'; };
    for (auto const& p : art_.paragraphs)
      for (std::size_t i = p.begin; i < p.end;) {
        while (i < p.end && !(upper(text_[i]) && (i == p.begin || !letter(text_[i - 1])))) ++i;
        std::size_t e = i;
        while (e < p.end && letter(text_[e])) ++e;
        if (e > i + 1) {
          key.assign(text_.substr(i, e - i));
          for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
          if (auto const it = owner.find(key); it != owner.end() && it->second >= 0) add_bare_surname(span{i, e}, it->second, p);
        }
        i = e > i ? e : i + 1;
      }
  }

  void add_bare_surname(span w, int person, span paragraph) {
    if (model_.inside_a_mention(w.begin)) return;
    // inside a longer run of capitalised words it is part of another name (`Barak Street`, `Ehud Barak`)
    auto const capital_at = [&](std::size_t k) { return k < paragraph.end && std::isupper(static_cast<unsigned char>(text_[k])); };
    // the word before, when only a space separates them and it ends in a letter (`Smith.` closes its run)
    bool before = false;
    if (w.begin >= paragraph.begin + 2 && text_[w.begin - 1] == ' ' && std::isalpha(static_cast<unsigned char>(text_[w.begin - 2]))) {
      std::size_t b = w.begin - 1;
      while (b > paragraph.begin && text_[b - 1] != ' ') --b;
      before = capital_at(b);
    }
    bool const after = w.end + 1 < paragraph.end && text_[w.end] == ' ' && capital_at(w.end + 1);
    if (before || after) return;
    model_.add(person, w, "surname", role_in_text(w));
  }

  std::string_view text_of(span s) const { return model_.text_of(s); }
  int add_mention(int e, span where, std::string rule) { return model_.add(e, where, std::move(rule), role::subject); }
  int new_entity(std::string name, speaker_kind kind) { return model_.create(std::move(name), kind); }

  // The role a name found in the narrative has in its sentence, as far as its surroundings show it.
  role role_in_text(span where) const {
    auto const ws = words(text_of(where));
    if (!ws.empty() && finder_.is_possessive(ws.back())) return role::possessor;
    if (finder_.opens_sentence(text_, where.begin)) return role::subject;
    if (finder_.is_preposition(lower(word_before(where.begin)))) return role::oblique;
    return role::object;
  }

  // A name found in the text: merged with an earlier entity of the same name or surname.
  void add_name(names::name_mention const& n) {
    int e = model_.find_named(n.name, n.kind, n.where.begin, n.gender);
    if (e < 0) {
      e = new_entity(n.name, n.kind);
      auto& ent = model_[e];
      ent.named = true;
      ent.surname = n.kind == speaker_kind::person ? lower(finder_.strip_possessive(words(n.name).back())) : std::string();
    }
    auto& ent = model_[e];
    if (n.name.size() > ent.name.size() && n.kind == ent.kind) model_.rename(e, n.name);
    if (ent.gender == '?') ent.gender = n.gender;
    for (auto const& r : n.role_words) ent.role_words.insert(r);
    model_.add(e, n.where, "name", role_in_text(n.where));
  }

  mention_form form_of(std::vector<std::string_view> const& ws) const {
    if (ws.size() == 1 && finder_.is_pronoun(ws[0])) return mention_form::pronoun;
    // `the FBI`, `The New York Times`, `the Association of Flight Attendants`: a name after `the`
    // (but `The Republican` is a description: one word that names a person)
    if (ws.size() >= 2 && finder_.is(word_class::definite_article, lower(ws[0])) && capitalised(ws[1]) && !finder_.is_role(ws) &&
        !(ws.size() == 2 && finder_.is_person_noun(lower(finder_.strip_possessive(ws[1])))) &&
        std::all_of(ws.begin() + 1, ws.end(), [&](auto w) {
          return capitalised(w) || (finder_.is(word_class::name_connective, w) && !capitalised(w)) || w.starts_with("(");
        }))
      return mention_form::name;
    if (finder_.headed_by_source_noun(ws)) return mention_form::descriptor;
    if (ends_in_name_after_role(ws)) return mention_form::name;
    bool const opens_with_determiner = finder_.is_determiner(ws[0]) || finder_.is_possessive(ws[0]);
    bool const has_name = std::any_of(ws.begin() + (opens_with_determiner ? 1 : 0), ws.end(),
                                      [&](auto w) { return capitalised(w) && !finder_.is_title(w) && !finder_.is_role_word(w) && !finder_.is_source_noun(w); });
    if (!opens_with_determiner && capitalised(ws[0]) && !finder_.is_source_noun(ws[0])) return mention_form::name;
    if (finder_.is_role(ws)) return mention_form::role;
    if (!opens_with_determiner && has_name) return mention_form::name;
    return mention_form::descriptor;
  }

  // `the Democratic candidate Hillary Clinton`, `conservative talk radio host Rush Limbaugh`: a description
  // in apposition to the name that ends it (two or more capitalised words right after a noun for a person)
  bool ends_in_name_after_role(std::vector<std::string_view> const& ws) const {
    std::size_t k = ws.size();
    while (k > 0 && capitalised(ws[k - 1]) && !finder_.is_source_noun(ws[k - 1]) && !finder_.is_title(ws[k - 1])) --k;
    if (ws.size() - k < 2 || k == 0 || capitalised(ws[k - 1])) return false;
    std::string const noun = lower(ws[k - 1]);
    return finder_.is_role_word(noun) || finder_.is_source_noun(noun) || finder_.is_person_noun(noun);
  }

  int link(span where_given, std::vector<quote> const& quotes, std::size_t qi) {
    span const where = trimmed_mention(where_given);
    auto const text = text_of(where);
    auto const ws = words(text);
    if (ws.empty()) return -1;
    if (int const e = model_.exactly_at(where); e >= 0) return add_mention(e, where, "name");
    auto const form = form_of(ws);
    // `Mr. Grassley and Mr. Leahy`: a small set of named people speaking together is one source, named in full
    if (form == mention_form::name && has_coordinator(ws)) {
      std::string const name(finder_.is(word_class::correlative, lower(ws[0])) ? text.substr(ws[0].size() + 1) : text);
      int const e = model_.find_exact(lower(name));  // not by surname: both are named
      return add_mention(e >= 0 ? e : new_entity(name, speaker_kind::person), where, e >= 0 ? "same-name" : "first");
    }
    if (form == mention_form::role || form == mention_form::descriptor) {
      if (int e = named_in_appositive(quotes[qi]); e >= 0) return add_mention(e, where, "appositive");
      if (int e = named_after_headline(where, ws); e >= 0) return add_mention(e, where, "headline");
    }
    if (form == mention_form::pronoun && finder_.is(word_class::relative_word, lower(ws[0])))
      if (auto antecedent = relative_antecedent(where)) {
        int const e = link(*antecedent, quotes, qi);
        if (e >= 0) return add_mention(e, where, "relative");
      }
    switch (form) {
      case mention_form::pronoun: return link_pronoun(where, lower(ws[0]));
      case mention_form::name: return link_name(where, text);
      case mention_form::role: return link_role(where, ws, quotes, qi);
      case mention_form::descriptor: return link_descriptor(where, ws);
    }
    return -1;
  }

  // The grammar's speaker phrase may carry words that are no part of the mention: an adverbial before a
  // pronoun (`In September she said` → `she`), or one after a name (`Trump in his announcement speech said`,
  // `Trump at the time said` → `Trump`).
  span trimmed_mention(span where) const {
    auto const ws = words(text_of(where));
    if (ws.size() < 2) return where;
    auto const offset = [&](std::string_view w) { return static_cast<std::size_t>(w.data() - text_.data()); };
    if (finder_.is_pronoun(ws.back()) && !finder_.is_pronoun(ws[ws.size() - 2]) && !finder_.is_preposition(lower(ws[ws.size() - 2])))
      return span{offset(ws.back()), where.end};
    std::size_t const cut = finder_.post_modifier_at(ws);
    bool const names_before = cut < ws.size() && std::all_of(ws.begin(), ws.begin() + static_cast<long>(cut), [&](auto w) { return capitalised(w) || finder_.is_title(w); });
    if (names_before && finder_.is_preposition(lower(ws[cut])) && !finder_.headed_by_source_noun(ws) && !finder_.is_role(ws) &&
        std::any_of(ws.begin() + static_cast<long>(cut) + 1, ws.end(), [&](auto w) { return !capitalised(w); }))
      return span{where.begin, offset(ws[cut - 1]) + ws[cut - 1].size()};
    return where;
  }

  // `The senator, who has said …`: the noun phrase right before `, who`, back to the clause boundary and
  // without a leading conjunction; none when that is not a short phrase opening with a capital
  std::optional<span> relative_antecedent(span where) const {
    std::size_t c = where.begin;
    while (c > 0 && text_[c - 1] == ' ') --c;
    if (c == 0 || text_[c - 1] != ',') return std::nullopt;
    std::size_t const end = c - 1;
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
      // `Sen. Jeff Flake of Arizona, who …`: a place after a preposition belongs to the name before it
      if (k >= 2 && finder_.is_preposition(lower(ws[k - 1])) && capitalised(ws[k - 2])) {
        std::size_t const end = static_cast<std::size_t>(ws[k - 2].data() - text_.data()) + ws[k - 2].size();
        std::size_t j = k - 1;
        while (j > 0 && (capitalised(ws[j - 1]) || finder_.is_title(ws[j - 1]))) --j;
        // `…, Republican of Arizona, who`: a party label in apposition is no antecedent; salience finds the name
        if (j + 1 == k - 1 && finder_.is_person_noun(lower(ws[j]))) return std::nullopt;
        return span{static_cast<std::size_t>(ws[j].data() - text_.data()), end};
      }
      return span{static_cast<std::size_t>(ws[k].data() - text_.data()), np.end};
    }
    // a descriptor (`The senator`, `the company's chief executive`) is short and opens the clause
    if (ws.size() > 5 || !capitalised(ws[0]) || finder_.is_pronoun(ws[0])) return std::nullopt;
    return np;
  }

  // `Another critic, Laurence H. Tribe, said` / `The minister of the economy, Mr. Guajardo Villarreal, said`
  int named_in_appositive(quote const& q) {
    if (!q.attr.appositive) return -1;
    auto t = text_of(*q.attr.appositive);
    std::size_t b = 0;
    while (b < t.size() && (t[b] == ',' || t[b] == ' ')) ++b;
    span const name{q.attr.appositive->begin + b, q.attr.appositive->begin + t.size()};
    auto const ws = words(text_of(name));
    if (ws.empty() || ws.size() > 5) return -1;
    if (std::all_of(ws.begin(), ws.end(), [&](auto w) { return capitalised(w) || finder_.is_title(w); })) return link_name(name, text_of(name));
    // `One of the study's authors, herpetologist David Blackburn, said`: a role, then the name that ends it
    if (!ends_in_name_after_role(ws)) return -1;
    std::size_t k = ws.size();
    while (k > 0 && capitalised(ws[k - 1])) --k;
    span const tail{static_cast<std::size_t>(ws[k].data() - text_.data()), name.end};
    return link_name(tail, text_of(tail));
  }

  // `Judge rejects request …`, `Member of House panel says …`: a headline speaks of one person by a bare role
  // (no determiner, as headlines do) and names them in the body: the first person of that role named after
  // it, else the first person the body introduces with a title or role (`Manhattan Supreme Court Justice …`).
  int named_after_headline(span where, std::vector<std::string_view> const& ws) const {
    // the headline is the article's first sentence (a paragraph of its own, or run into the first one)
    if (ws.empty() || model_.sentence_of(where.begin) != 0 || model_.sentence_count() < 2) return -1;
    if (finder_.is_determiner(ws[0]) || finder_.is_definite(ws[0]) || finder_.is_pronoun(ws[0])) return -1;
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
  int link_name(span where, std::string_view text) {
    auto const n = finder_.classify(text, where);
    int e = model_.find_named(n.name, n.kind, where.begin, n.gender);
    if (e >= 0) {
      auto& ent = model_[e];
      if (n.name.size() > ent.name.size() && n.kind == ent.kind) model_.rename(e, n.name);
      return add_mention(e, where, words(n.name).size() == 1 && ent.kind == speaker_kind::person ? "surname" : "same-name");
    }
    e = new_entity(n.name, n.kind);
    auto& ent = model_[e];
    ent.named = true;
    ent.gender = n.gender;
    ent.surname = n.kind == speaker_kind::person ? lower(finder_.strip_possessive(words(n.name).back())) : std::string();
    for (auto const& r : n.role_words) ent.role_words.insert(r);
    return add_mention(e, where, "first");
  }

  // he / she / it / they → the most salient entity before it that agrees (salience.hpp)
  int link_pronoun(span where, std::string const& p) {
    // `I` in the writer's own voice (an attribution outside quotation marks) is the byline author
    if (finder_.is_byline_pronoun(p) && !art_.author.empty()) {
      std::string author = finder_.byline_name(art_.author);
      if (author.empty()) author = art_.author;
      int e = model_.find_named(author, speaker_kind::person, where.begin, '?');
      if (e < 0) e = new_entity(author, speaker_kind::person);
      return add_mention(e, where, "byline");
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

  // The Russian president → Vladimir Putin (introduced as Russian President Vladimir Putin);
  // Ukraine’s foreign minister told CNBC … Dmytro Kuleba told CNBC (the named speaker who follows, same outlet)
  int link_role(span where, std::vector<std::string_view> const& ws, std::vector<quote> const& quotes, std::size_t qi) {
    std::set<std::string> const wanted = finder_.role_words_of(ws);
    auto const& places = model_.places();
    for (auto it = std::make_reverse_iterator(places.lower_bound(where.begin)); it != places.rend(); ++it) {
      if (where.begin - it->first > descriptor_reach) break;
      auto const& ent = model_[it->second.entity];
      if (!wanted.empty() && std::includes(ent.role_words.begin(), ent.role_words.end(), wanted.begin(), wanted.end()))
        return add_mention(it->second.entity, where, "role");
    }
    if (int e = named_speaker_after(quotes, qi); e >= 0) return add_mention(e, where, "role");
    if (int e = sole_holder_of_title(ws); e >= 0) return add_mention(e, where, "role");
    return link_descriptor(where, ws);
  }

  // `A New York judge … Judge Frank Nervo`: a singular role whose noun is a title the article gives to exactly
  // one named person, before or after, is that person.
  int sole_holder_of_title(std::vector<std::string_view> const& ws) const {
    std::string const head = lower(finder_.strip_possessive(ws.back()));
    if (finder_.is_plural_head(finder_.written_head(ws, head)) || !finder_.is_title_word(head)) return -1;
    int holder = -1;
    for (std::size_t e = 0; e < model_.size(); ++e) {
      auto const& ent = model_[static_cast<int>(e)];
      if (ent.kind != speaker_kind::person || !ent.role_words.contains(head)) continue;
      if (holder >= 0) return -1;
      holder = static_cast<int>(e);
    }
    return holder;
  }

  // The next quote, within two paragraphs, whose speaker is named and was given to the same outlet.
  int named_speaker_after(std::vector<quote> const& quotes, std::size_t qi) {
    auto const& q = quotes[qi];
    if (!q.attr.outlet) return -1;
    auto const outlet = text_of(*q.attr.outlet);
    std::size_t const horizon = q.extent.end + 1200;
    for (std::size_t j = qi + 1; j < quotes.size() && quotes[j].extent.begin < horizon; ++j) {
      auto const& r = quotes[j];
      if (!r.attr.mention || !r.attr.outlet || text_of(*r.attr.outlet) != outlet) continue;
      auto const ws = words(text_of(*r.attr.mention));
      if (ws.empty() || form_of(ws) != mention_form::name) continue;
      return link_name(*r.attr.mention, text_of(*r.attr.mention));
    }
    return -1;
  }

  // the official → a senior Biden administration official (same head noun, mentioned before)
  int link_descriptor(span where, std::vector<std::string_view> const& ws) {
    auto const text = text_of(where);
    std::string const head = finder_.head_noun(ws);
    bool const definite = finder_.is_definite(ws[0]);
    if (definite && !head.empty()) {
      auto const& places = model_.places();
      for (auto it = std::make_reverse_iterator(places.lower_bound(where.begin)); it != places.rend(); ++it) {
        if (where.begin - it->first > descriptor_reach) break;
        if (model_[it->second.entity].heads.contains(head)) return add_mention(it->second.entity, where, "descriptor");
      }
    }
    std::string const lowered = lower(text);
    if (int const same = model_.find_exact(lowered); same >= 0) return add_mention(same, where, "same-name");
    // `one of the nurses` after `Two nurses at the clinic`: a member of a set the article described speaks
    // for it (its condition and reason are the set's)
    if (ws.size() >= 4 && finder_.post_modifier_at(ws) == 1 && finder_.is_determiner(ws[0]) && finder_.is_definite(ws[2]))
      if (std::string const set_head = finder_.head_noun({ws.begin() + 2, ws.end()}); !set_head.empty()) {
        auto const& places = model_.places();
        for (auto it = std::make_reverse_iterator(places.lower_bound(where.begin)); it != places.rend(); ++it) {
          if (where.begin - it->first > descriptor_reach) break;
          auto const& set = model_[it->second.entity];
          if (set.plural && set.heads.contains(set_head)) return add_mention(it->second.entity, where, "partitive");
        }
      }
    bool const possessed = finder_.possessed(ws) || finder_.is_possessive_determiner(word_before(where.begin));
    bool const plural = finder_.is_plural_head(finder_.written_head(ws, head));
    // `The Republican is also …`, `the 58-year-old governor said`: a definite description of one person that
    // no earlier source was given takes up the most salient person the article has named
    if (definite && !possessed && !plural && describes_one_person(ws, head))
      if (int const e = discourse::antecedent(model_, names::agreement{}, where.begin, role::subject, discourse::candidates::named_people);
          e >= 0 && (!finder_.is_role_word(head) || model_[e].role_words.empty() || model_[e].role_words.contains(head)))  // `Rep. Scott` is not `the mayor`
        return add_mention(e, where, "description");
    int const e = new_entity(std::string(text), finder_.descriptor_kind(ws, head));
    auto& ent = model_[e];
    ent.plural = plural;
    // a unique public role spoken of with `the` is a person whose identity is public: `the FBI director`; so is
    // one person's role relative to another (`his lawyer`, `Gary Johnson’s doctor`, `my mother`)
    bool const relative_role = possessed && (finder_.is_role_word(head) || finder_.is_person_noun(head));
    if (ent.kind == speaker_kind::anonymous && !ent.plural && ((definite && finder_.is_role(ws)) || relative_role)) ent.kind = speaker_kind::person;
    // `The Republican nominee and his aides`: a set with an identified member is a group, not an unnamed source
    if (ent.kind == speaker_kind::anonymous && identified_first_conjunct(ws)) ent.kind = speaker_kind::group;
    return add_mention(e, where, "first");
  }

  // A description whose head is a role or a noun for a person (not a noun of unnamed sources, `official`),
  // with nothing after the head and no second conjunct.
  bool describes_one_person(std::vector<std::string_view> const& ws, std::string const& head) const {
    if (head.empty() || finder_.post_modifier_at(ws) < ws.size() ||
        (finder_.headed_by_source_noun(ws) && !finder_.is_role_word(head)))
      return false;
    if (has_coordinator(ws)) return false;
    return finder_.is_role_word(head) || finder_.is_person_noun(head);
  }

  // `Mr. Grassley and Mr. Leahy`: a lowercase coordinator joins the phrase's words
  bool has_coordinator(std::vector<std::string_view> const& ws) const {
    return std::any_of(ws.begin(), ws.end(), [&](std::string_view w) { return !capitalised(w) && finder_.is(word_class::coordinator, w); });
  }

  bool identified_first_conjunct(std::vector<std::string_view> const& ws) const {
    auto const conj = std::find_if(ws.begin(), ws.end(), [&](std::string_view w) { return !capitalised(w) && finder_.is(word_class::coordinator, w); });
    if (conj == ws.begin() || conj == ws.end()) return false;
    std::vector<std::string_view> const first(ws.begin(), conj);
    auto const form = form_of(first);
    return form == mention_form::name || (form == mention_form::role && finder_.is_definite(first[0]));
  }

  // the word right before `at` (`His` in `His lawyer said`, which the grammar leaves out of the mention)
  std::string_view word_before(std::size_t at) const {
    std::size_t e = at;
    while (e > 0 && text_[e - 1] == ' ') --e;
    std::size_t b = e;
    while (b > 0 && std::isalpha(static_cast<unsigned char>(text_[b - 1]))) --b;
    return text_.substr(b, e - b);
  }

  std::vector<speaker> to_speakers(std::vector<quote>& quotes) {
    std::vector<speaker> out;
    std::map<int, int> index;
    std::set<std::string> used;
    std::vector<std::size_t> order;  // speakers in the order of their first quote
    for (auto const& q : quotes)
      if (q.speaker >= 0 && std::find(order.begin(), order.end(), static_cast<std::size_t>(q.speaker)) == order.end())
        order.push_back(static_cast<std::size_t>(q.speaker));
    for (std::size_t e : order) {
      auto const& ent = model_[static_cast<int>(e)];
      speaker sp;
      sp.name = ent.name;
      sp.kind = ent.kind;
      sp.anonymous = ent.kind == speaker_kind::anonymous;
      sp.mentions = ent.mentions;
      std::sort(sp.mentions.begin(), sp.mentions.end(), [](mention const& a, mention const& b) { return a.where.begin < b.where.begin; });
      std::string id = slug(sp.name);
      for (int n = 2; used.contains(id); ++n) id = slug(sp.name) + "-" + std::to_string(n);
      used.insert(id);
      sp.id = id;
      index[static_cast<int>(e)] = static_cast<int>(out.size());
      out.push_back(std::move(sp));
    }
    for (auto& q : quotes)
      if (q.speaker >= 0) q.speaker = index.at(q.speaker);
    return out;
  }
};

}  // namespace

std::string slug(std::string_view name) {
  std::string out;
  for (std::size_t i = 0; i < name.size(); ++i) {
    auto const c = static_cast<unsigned char>(name[i]);
    if (c == 0xE2 && i + 2 < name.size()) {  // curly quotes, dashes and other punctuation: a separator
      i += 2;
      if (!out.empty() && out.back() != '-') out += '-';
    } else if (std::isalnum(c)) {
      out += static_cast<char>(std::tolower(c));
    } else if (c >= 0x80) {
      out += static_cast<char>(c);
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "speaker" : out;
}

std::vector<speaker> resolve(article const& art, std::vector<span> const& sentences, std::vector<quote>& quotes, names::index const& words) {
  return resolver(art, sentences, quotes, words).run(quotes);
}

}  // namespace attrib
