#include "attrib/resolve.hpp"

#include "attrib/names.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace attrib {
namespace {

using names::capitalised;
using names::lower;
using names::strip_possessive;
using names::words;

/// A person, organisation or unnamed source the article refers to, whether or not it is quoted.
struct entity {
  std::string name;
  speaker_kind kind = speaker_kind::person;
  char gender = '?';  // 'm', 'f' or '?'
  bool plural = false;
  bool quoted = false;
  std::vector<mention> mentions;
  std::set<std::string> role_words;  // lowercase words of the roles it was introduced with
  std::set<std::string> heads;       // head nouns of its descriptor mentions
  std::string surname;               // last word of a person's name, lowercase
  std::vector<std::size_t> outlets;  // offsets of the outlets its quotes were given to
};

enum class mention_form { pronoun, name, role, descriptor };

class resolver {
 public:
  resolver(article const& art, names::index const& words) : art_(art), text_(art.text), finder_(art, words) {}

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
      if (e >= 0) entities_[static_cast<std::size_t>(e)].quoted = true;
    }
    return to_speakers(quotes);
  }

 private:
  article const& art_;
  std::string_view text_;
  names::finder finder_;
  std::vector<entity> entities_;
  std::vector<std::string> lower_names_;  // each entity's name in lowercase
  std::map<std::size_t, int> at_;             // mention start → entity, every mention seen so far
  std::map<std::size_t, std::size_t> ends_;   // mention start → its end
  std::set<std::size_t> salient_;             // starts of mentions that open a sentence (subjects)
  static constexpr std::size_t search_back = 4000;  // bytes a pronoun looks back for its antecedent
  static constexpr std::size_t unnamed_antecedent_reach = 300;  // bytes back an unnamed source stays a pronoun's first choice
  static constexpr std::size_t surname_reach = 10 * search_back;  // bytes back a bare surname looks for its person

  // `Barak arrived late. … He said`: a person's surname standing alone in the narrative is a mention of that
  // person (when only one person has it), so that it counts for recency and salience like the full name.
  void register_bare_surnames() {
    std::map<std::string, int, std::less<>> owner;
    for (std::size_t e = 0; e < entities_.size(); ++e) {
      auto const& ent = entities_[e];
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

  bool inside_a_mention(std::size_t offset) const {
    auto const it = ends_.upper_bound(offset);
    return it != ends_.begin() && std::prev(it)->second > offset;
  }

  void add_bare_surname(span w, int person, span paragraph) {
    if (inside_a_mention(w.begin)) return;
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
    if (names::opens_sentence(text_, w.begin)) salient_.insert(w.begin);
    add_mention(person, w, "surname");
  }

  std::string_view text_of(span s) const {
    auto t = text_.substr(s.begin, s.size());
    while (!t.empty() && (t.back() == ',' || t.back() == ' ')) t.remove_suffix(1);
    return t;
  }

  int add_mention(int e, span where, std::string rule) {
    auto& ent = entities_[static_cast<std::size_t>(e)];
    auto const text = text_of(where);
    if (auto it = at_.find(where.begin); it != at_.end() && it->second == e && ends_.at(where.begin) == where.begin + text.size())
      return e;  // already linked (a mention shared by a name in the text and a quote)
    ent.mentions.push_back(mention{span{where.begin, where.begin + text.size()}, std::string(text), std::move(rule)});
    if (auto head = finder_.head_noun(words(text)); !head.empty()) ent.heads.insert(head);
    at_[where.begin] = e;
    ends_[where.begin] = where.begin + text.size();
    return e;
  }

  int new_entity(std::string name, speaker_kind kind) {
    entity ent;
    ent.name = std::move(name);
    ent.kind = kind;
    lower_names_.push_back(lower(ent.name));
    entities_.push_back(std::move(ent));
    return static_cast<int>(entities_.size() - 1);
  }

  // A name found in the text: merged with an earlier entity of the same name or surname.
  void add_name(names::name_mention const& n) {
    if (names::opens_sentence(text_, n.where.begin)) salient_.insert(n.where.begin);
    int e = find_named(n.name, n.kind, n.where.begin, n.gender);
    if (e < 0) {
      e = new_entity(n.name, n.kind);
      auto& ent = entities_[static_cast<std::size_t>(e)];
      ent.surname = n.kind == speaker_kind::person ? lower(strip_possessive(words(n.name).back())) : std::string();
    }
    auto& ent = entities_[static_cast<std::size_t>(e)];
    if (n.name.size() > ent.name.size() && n.kind == ent.kind) rename(e, n.name);
    if (ent.gender == '?') ent.gender = n.gender;
    for (auto const& r : n.role_words) ent.role_words.insert(r);
    add_mention(e, n.where, "name");
  }

  // The entity a name refers to: the same name; or, for a person, one of the same surname. Two given names
  // never merge (`Maria Lopes` is not `Tomas Lopes`); a bare surname or `Mr. Lopes` takes the person of that
  // surname and agreeing gender mentioned last before `at`.
  int find_named(std::string const& name, speaker_kind kind, std::size_t at, char gender) const {
    std::string const l = lower(name);
    auto const ws = words(name);
    std::string const last = ws.empty() ? std::string() : lower(strip_possessive(ws.back()));
    std::string const given = ws.size() >= 2 ? lower(ws.front()) : std::string();
    std::vector<int> candidates;
    for (std::size_t e = 0; e < entities_.size(); ++e) {
      auto const& ent = entities_[e];
      if (lower_names_[e] == l) return static_cast<int>(e);
      if (kind != speaker_kind::person || ent.kind != speaker_kind::person || ent.surname.empty() || ent.surname != last) continue;
      auto const their = words(ent.name);
      if (!given.empty() && their.size() >= 2 && lower(their.front()) != given && !finder_.is_particle(given) &&
          !finder_.is_particle(lower(their.front())))
        continue;
      if (gender != '?' && ent.gender != '?' && ent.gender != gender) continue;
      candidates.push_back(static_cast<int>(e));
    }
    if (candidates.size() <= 1) return candidates.empty() ? -1 : candidates[0];
    // the candidate mentioned last before `at`, within surname_reach; else the first one introduced
    for (auto it = std::make_reverse_iterator(at_.lower_bound(at)); it != at_.rend() && at - it->first <= surname_reach; ++it)
      if (std::find(candidates.begin(), candidates.end(), it->second) != candidates.end()) return it->second;
    return candidates[0];
  }

  void rename(int e, std::string name) {
    entities_[static_cast<std::size_t>(e)].name = std::move(name);
    lower_names_[static_cast<std::size_t>(e)] = lower(entities_[static_cast<std::size_t>(e)].name);
  }

  mention_form form_of(std::vector<std::string_view> const& ws) const {
    if (ws.size() == 1 && finder_.is_pronoun(ws[0])) return mention_form::pronoun;
    // `the FBI`, `The New York Times`, `the Association of Flight Attendants`: a name after `the`
    if (ws.size() >= 2 && names::lower(ws[0]) == "the" && capitalised(ws[1]) && !finder_.is_role(ws) &&
        std::all_of(ws.begin() + 1, ws.end(), [](auto w) { return capitalised(w) || w == "of" || w == "for" || w == "and" || w.starts_with("("); }))
      return mention_form::name;
    if (finder_.headed_by_source_noun(ws)) return mention_form::descriptor;
    if (ends_in_name_after_role(ws)) return mention_form::name;
    bool const opens_with_determiner = finder_.is_determiner(ws[0]) || names::is_possessive(ws[0]);
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

  int link(span where, std::vector<quote> const& quotes, std::size_t qi) {
    auto const text = text_of(where);
    auto const ws = words(text);
    if (ws.empty()) return -1;
    if (auto it = at_.find(where.begin); it != at_.end() && ends_.at(where.begin) == where.begin + text.size())
      return add_mention(it->second, where, "name");
    auto const form = form_of(ws);
    // `Mr. Grassley and Mr. Leahy`: a small set of named people speaking together is one source, named in full
    if (form == mention_form::name && text.find(" and ") != std::string_view::npos) {
      std::string const name(names::lower(ws[0]) == "both" ? text.substr(ws[0].size() + 1) : text);
      auto const same = std::find(lower_names_.begin(), lower_names_.end(), lower(name));  // not by surname: both are named
      int const e = same == lower_names_.end() ? -1 : static_cast<int>(same - lower_names_.begin());
      return add_mention(e >= 0 ? e : new_entity(name, speaker_kind::person), where, e >= 0 ? "same-name" : "first");
    }
    if (form == mention_form::role || form == mention_form::descriptor)
      if (int e = named_in_appositive(quotes[qi]); e >= 0) return add_mention(e, where, "appositive");
    if (form == mention_form::pronoun && lower(ws[0]) == "who")
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
    for (std::string_view conj : {"But ", "And ", "So ", "Yet ", "and ", "but "})
      if (text_.compare(np.begin, conj.size(), conj) == 0) np.begin += conj.size();
    auto const ws = words(text_of(np));
    if (ws.empty() || finder_.is_pronoun(ws.back())) return std::nullopt;
    // a name right before the comma is the antecedent (`Ted Cruz endorses Trump, who says …` → Trump)
    if (capitalised(ws.back())) {
      std::size_t k = ws.size();
      while (k > 0 && capitalised(ws[k - 1])) --k;
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
    if (ws.empty() || ws.size() > 5 || !std::all_of(ws.begin(), ws.end(), [&](auto w) { return capitalised(w) || finder_.is_title(w); }))
      return -1;
    return link_name(name, text_of(name));
  }

  // Simon Miles … Miles; Russian President Vladimir Putin … Putin; Russia; the White House
  int link_name(span where, std::string_view text) {
    auto const n = finder_.classify(text, where);
    int e = find_named(n.name, n.kind, where.begin, n.gender);
    if (e >= 0) {
      auto& ent = entities_[static_cast<std::size_t>(e)];
      if (n.name.size() > ent.name.size() && n.kind == ent.kind) rename(e, n.name);
      return add_mention(e, where, words(n.name).size() == 1 && ent.kind == speaker_kind::person ? "surname" : "same-name");
    }
    e = new_entity(n.name, n.kind);
    auto& ent = entities_[static_cast<std::size_t>(e)];
    ent.gender = n.gender;
    ent.surname = n.kind == speaker_kind::person ? lower(strip_possessive(words(n.name).back())) : std::string();
    for (auto const& r : n.role_words) ent.role_words.insert(r);
    return add_mention(e, where, "first");
  }

  // he / she → the nearest person before it whose gender agrees; they → a group, organisation or plural source;
  // it → an organisation or document; who → the mention just before it.
  int link_pronoun(span where, std::string const& p) {
    // `I` in the writer's own voice (an attribution outside quotation marks) is the byline author
    if (finder_.is_byline_pronoun(p) && !art_.author.empty()) {
      int e = find_named(art_.author, speaker_kind::person, where.begin, '?');
      if (e < 0) e = new_entity(art_.author, speaker_kind::person);
      return add_mention(e, where, "byline");
    }
    // `someone`, `everyone`: an indefinite pronoun introduces a source of its own, never an earlier one
    if (auto it = finder_.indefinite_pronoun(p); it) return add_mention(new_entity(std::string(text_of(where)), *it), where, "first");
    // Salience first: within the last few sentences, a compatible source that has been quoted or opened a
    // sentence; then the nearest compatible mention.
    int nearest = -1, unnamed = -1;
    for (auto it = std::make_reverse_iterator(at_.lower_bound(where.begin)); it != at_.rend(); ++it) {
      if (where.begin - it->first > search_back) break;  // a pronoun's antecedent is within a few paragraphs
      auto const& ent = entities_[static_cast<std::size_t>(it->second)];
      if (!compatible(ent, p)) continue;
      // an unnamed source is taken up by a pronoun in the next sentence or so; further on, `he` is someone named
      if (ent.kind == speaker_kind::anonymous && where.begin - it->first > unnamed_antecedent_reach) {
        if (unnamed < 0) unnamed = it->second;
        continue;
      }
      if (nearest < 0) nearest = it->second;
      if (where.begin - it->first > 600) break;
      if (ent.quoted || salient_.contains(it->first)) return agree(it->second, where, p);
    }
    if (nearest >= 0) return agree(nearest, where, p);
    if (unnamed >= 0) return agree(unnamed, where, p);
    // no antecedent: the pronoun stands for a source of its own, of its own gender (a later `she` is not this `he`)
    int const e = new_entity(std::string(text_of(where)), speaker_kind::person);
    if (p == "he" || p == "she") entities_[static_cast<std::size_t>(e)].gender = p == "he" ? 'm' : 'f';
    return add_mention(e, where, "first");
  }

  int agree(int e, span where, std::string const& p) {
    auto& ent = entities_[static_cast<std::size_t>(e)];
    if (ent.gender == '?' && (p == "he" || p == "she")) ent.gender = p == "he" ? 'm' : 'f';  // later pronouns agree
    return add_mention(e, where, "pronoun");
  }

  bool compatible(entity const& ent, std::string const& p) const {
    bool const person = ent.kind == speaker_kind::person || (ent.kind == speaker_kind::anonymous && !ent.plural);
    if (p == "he") return person && ent.gender != 'f';
    if (p == "she") return person && ent.gender != 'm';
    if (p == "it") return ent.kind == speaker_kind::organization || ent.kind == speaker_kind::document;
    if (p == "they") return ent.plural || ent.kind == speaker_kind::organization || ent.kind == speaker_kind::group;
    return true;  // who, I, we, you: the nearest source
  }

  // The Russian president → Vladimir Putin (introduced as Russian President Vladimir Putin);
  // Ukraine’s foreign minister told CNBC … Dmytro Kuleba told CNBC (the named speaker who follows, same outlet)
  int link_role(span where, std::vector<std::string_view> const& ws, std::vector<quote> const& quotes, std::size_t qi) {
    std::set<std::string> const wanted = finder_.role_words_of(ws);
    for (auto it = std::make_reverse_iterator(at_.lower_bound(where.begin)); it != at_.rend(); ++it) {
      if (where.begin - it->first > 10 * search_back) break;
      auto const& ent = entities_[static_cast<std::size_t>(it->second)];
      if (!wanted.empty() && std::includes(ent.role_words.begin(), ent.role_words.end(), wanted.begin(), wanted.end()))
        return add_mention(it->second, where, "role");
    }
    if (int e = named_speaker_after(quotes, qi); e >= 0) return add_mention(e, where, "role");
    if (int e = sole_holder_of_title(ws); e >= 0) return add_mention(e, where, "role");
    return link_descriptor(where, ws);
  }

  // `A New York judge … Judge Frank Nervo`: a singular role whose noun is a title the article gives to exactly
  // one named person, before or after, is that person.
  int sole_holder_of_title(std::vector<std::string_view> const& ws) const {
    std::string const head = lower(strip_possessive(ws.back()));
    if (names::is_plural_head(names::written_head(ws, head)) || !finder_.is_title_word(head)) return -1;
    int holder = -1;
    for (std::size_t e = 0; e < entities_.size(); ++e) {
      auto const& ent = entities_[e];
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
    bool const definite = names::is_definite(ws[0]);
    if (definite && !head.empty()) {
      for (auto it = std::make_reverse_iterator(at_.lower_bound(where.begin)); it != at_.rend(); ++it) {
        if (where.begin - it->first > 10 * search_back) break;
        if (entities_[static_cast<std::size_t>(it->second)].heads.contains(head)) return add_mention(it->second, where, "descriptor");
      }
    }
    std::string const lowered = lower(text);
    for (std::size_t e = 0; e < entities_.size(); ++e)
      if (lower_names_[e] == lowered) return add_mention(static_cast<int>(e), where, "same-name");
    int const e = new_entity(std::string(text), finder_.descriptor_kind(ws, head));
    auto& ent = entities_[static_cast<std::size_t>(e)];
    ent.plural = names::is_plural_head(names::written_head(ws, head));
    // a unique public role spoken of with `the` is a person whose identity is public: `the FBI director`; so is
    // one person's role relative to another (`his lawyer`, `Gary Johnson’s doctor`, `my mother`)
    bool const possessed = finder_.possessed(ws) || finder_.is_possessive_determiner(word_before(where.begin));
    bool const relative_role = possessed && (finder_.is_role_word(head) || finder_.is_person_noun(head));
    if (ent.kind == speaker_kind::anonymous && !ent.plural && ((definite && finder_.is_role(ws)) || relative_role)) ent.kind = speaker_kind::person;
    // `The Republican nominee and his aides`: a set with an identified member is a group, not an unnamed source
    if (ent.kind == speaker_kind::anonymous && identified_first_conjunct(ws)) ent.kind = speaker_kind::group;
    return add_mention(e, where, "first");
  }

  bool identified_first_conjunct(std::vector<std::string_view> const& ws) const {
    auto const conj = std::find(ws.begin(), ws.end(), std::string_view("and"));
    if (conj == ws.begin() || conj == ws.end()) return false;
    std::vector<std::string_view> const first(ws.begin(), conj);
    auto const form = form_of(first);
    return form == mention_form::name || (form == mention_form::role && names::is_definite(first[0]));
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
      auto& ent = entities_[e];
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

std::vector<speaker> resolve(article const& art, std::vector<quote>& quotes, names::index const& words) {
  return resolver(art, words).run(quotes);
}

}  // namespace attrib
