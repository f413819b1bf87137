#include "attrib/discourse.hpp"

#include "attrib/sentences.hpp"

#include <algorithm>

namespace attrib::discourse {

using names::lower;
using names::words;

model::model(std::string_view text, std::vector<span> const& sentences, std::vector<span> quotations, names::finder const& finder)
    : text_(text), sentences_(sentences), quotations_(std::move(quotations)), finder_(finder) {}

bool model::in_quotation(std::size_t offset) const {
  auto const it = std::upper_bound(quotations_.begin(), quotations_.end(), offset, [](std::size_t o, span const& q) { return o < q.begin; });
  return it != quotations_.begin() && std::prev(it)->end > offset;
}

std::string_view model::text_of(span s) const {
  auto t = text_.substr(s.begin, s.size());
  while (!t.empty() && (t.back() == ',' || t.back() == ' ')) t.remove_suffix(1);
  return t;
}

std::size_t model::sentence_of(std::size_t offset) const { return sentences_.empty() ? 0 : sentence_at(sentences_, offset); }

int model::create(std::string name, speaker_kind kind) {
  entity ent;
  // (an organisation goes by its name without the legal form, as the press writes it: `ABS-CBN`, `Acme`)
  ent.name = kind == speaker_kind::organization ? std::string(finder_.without_legal_form(name)) : std::move(name);
  ent.kind = kind;
  return admit(std::move(ent));
}

int model::admit(entity ent) {
  lower_names_.push_back(lower(ent.name));
  entities_.push_back(std::move(ent));
  int const e = static_cast<int>(entities_.size() - 1);
  index_name(e);
  return e;
}

int model::add(int e, span where, std::string rule, role grammatical) {
  auto& ent = (*this)[e];
  auto const text = text_of(where);
  span const trimmed{where.begin, where.begin + text.size()};
  // already linked (a mention shared by a name in the text and a quote): the stronger role stays (the name
  // finder reads `Mr. Hall` in `“…,” Mr. Hall said` as an object; the quote makes it the subject)
  if (auto it = places_.find(where.begin); it != places_.end() && it->second.entity == e && it->second.end == trimmed.end) {
    it->second.grammatical = std::min(it->second.grammatical, grammatical);
    return e;
  }
  ent.mentions.push_back(mention{trimmed, std::string(text), std::move(rule)});
  if (trimmed.begin < ent.first_at.begin) ent.first_at = trimmed;
  if (ent.mentions.back().rule == "byline") ent.writer = true;
  if (text.find('"') != std::string_view::npos || text.find("\u201C") != std::string_view::npos || text.find("''") != std::string_view::npos)
    ent.quoted_forms.push_back(lower(text));
  if (auto head = finder_.head_noun(words(text)); !head.empty()) ent.heads.insert(head);
  places_[where.begin] = place{e, trimmed.end, grammatical, sentence_of(where.begin), in_quotation(where.begin)};
  return e;
}

void model::rename(int e, std::string name) {
  if ((*this)[e].kind == speaker_kind::organization) name = std::string(finder_.without_legal_form(name));
  lower_names_[static_cast<std::size_t>(e)] = lower(name);
  (*this)[e].name = std::move(name);
  index_name(e);
}

int model::create_set(std::string name) {
  entity ent;
  ent.name = std::move(name);
  ent.plural = true;
  ent.named = true;
  return admit(std::move(ent));
}

void model::set_surname(int e, std::string surname) {
  note(by_surname_, surname, e);
  (*this)[e].surname = std::move(surname);
}

void model::index_name(int e) {
  auto& ent = (*this)[e];
  auto const ws = words(ent.name);
  ent.name_words = ws.size();
  ent.given = ws.size() >= 2 ? lower(ws.front()) : std::string();
  ent.first_surname = ws.size() >= 3 ? lower(finder_.strip_possessive(ws[ws.size() - 2])) : std::string();
  auto const& l = lower_names_[static_cast<std::size_t>(e)];
  note(by_name_, l, e);
  if (ent.plural) return;  // a set: by its whole name only
  note(by_last_word_, std::string(names::last_word(l)), e);
  if (!ent.given.empty()) note(by_given_, ent.given, e);
  if (!ent.first_surname.empty()) note(by_surname_, ent.first_surname, e);
  if (ent.kind == speaker_kind::organization) note(by_base_, l, e);
}

int model::same_organization(std::string_view name) const {
  std::string_view const short_form = finder_.without_legal_form(name);
  std::string const base = lower(short_form);
  for (int const e : entries(by_base_, base)) {
    auto const& ent = (*this)[e];
    // (organisations are named without their legal form: `ABS-CBN Corporation` is the `ABS-CBN` known)
    if (ent.kind == speaker_kind::organization && lower(ent.name) == base && short_form != name) return e;
  }
  return -1;
}

void model::note(key_index& index, std::string const& key, int e) {
  auto& list = index[key];
  if (list.empty() || list.back() != e) list.push_back(e);
}

std::vector<int> const& model::entries(key_index const& index, std::string const& key) {
  static std::vector<int> const none;
  auto const it = index.find(key);
  return it == index.end() ? none : it->second;
}

int model::find_exact(std::string const& lowercase) const {
  int found = -1;  // the first entity of that name (an entry may be stale: compare the current name)
  for (int e : entries(by_name_, lowercase))
    if (lower_names_[static_cast<std::size_t>(e)] == lowercase && (found < 0 || e < found)) found = e;
  return found;
}

int model::exactly_at(span where) const {
  auto const it = places_.find(where.begin);
  return it != places_.end() && it->second.end == where.begin + text_of(where).size() ? it->second.entity : -1;
}

bool model::inside_a_mention(std::size_t offset) const {
  auto const it = places_.upper_bound(offset);
  return it != places_.begin() && std::prev(it)->second.end > offset;
}

// Whether a lowercase mention gives `given` as a nickname in quotation marks: `rep. robert c. "bobby" scott`.
static bool nicknamed(std::string_view full, std::string_view given) {
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"\"", "\""}, {"\u201C", "\u201D"}, {"''", "''"}})
    for (std::size_t at = full.find(open); at != std::string_view::npos; at = full.find(open, at + 1))
      if (full.substr(at + open.size()).starts_with(given) && full.substr(at + open.size() + given.size()).starts_with(close)) return true;
  return false;
}

int model::find_named(std::string const& name, speaker_kind kind, std::size_t at, char gender) const {
  std::string const l = lower(name);
  auto const ws = words(name);
  std::string const last = ws.empty() ? std::string() : lower(finder_.strip_possessive(ws.back()));
  std::string const given = ws.size() >= 2 ? lower(ws.front()) : std::string();
  std::vector<int> candidates;
  // `Suu Kyi` … `Aung San Suu Kyi`, `Mr. Guajardo Villarreal` … `Ildefonso Guajardo Villarreal`, `Security
  // Council` … `the United Nations Security Council`: two words or more that end a longer name of the same kind
  auto const ends_in_words = [](std::string_view longer, std::string_view shorter) {
    return longer.size() > shorter.size() && longer.ends_with(shorter) && longer[longer.size() - shorter.size() - 1] == ' ';
  };
  if (int const same = find_exact(l); same >= 0) return same;
  // (`Brightwater said` after `Brightwater Corporation`: the organisation, whatever kind the bare word suggested)
  if (int const same = same_organization(name); same >= 0) return same;
  // the only entities that can share a last word or a surname with the name, in the order they were created
  std::vector<int> pool = entries(by_last_word_, std::string(names::last_word(l)));
  if (!last.empty()) pool.insert(pool.end(), entries(by_surname_, last).begin(), entries(by_surname_, last).end());
  std::sort(pool.begin(), pool.end());
  pool.erase(std::unique(pool.begin(), pool.end()), pool.end());
  std::vector<int> suffixed;
  for (int const i : pool) {
    auto const e = static_cast<std::size_t>(i);
    auto const& ent = entities_[e];
    if (ws.size() >= 2 && ent.kind == kind && !ent.plural && (kind == speaker_kind::person || kind == speaker_kind::organization) &&
        ent.name_words >= 2 && (ends_in_words(lower_names_[e], l) || ends_in_words(l, lower_names_[e])))
      suffixed.push_back(static_cast<int>(e));
    if (kind != speaker_kind::person || ent.kind != speaker_kind::person || ent.surname.empty()) continue;
    // `Melba Acosta Febo` … `Ms. Acosta`: of three name words or more, the second-to-last is a surname too
    if (ent.surname != last && (ent.first_surname.empty() || ent.first_surname != last)) continue;
    // (`Robert C. "Bobby" Scott` … `Bobby Scott`: a nickname the full name gives in quotation marks is its given name too)
    if (!given.empty() && !ent.given.empty() && ent.given != given && !finder_.is_particle(given) && !finder_.is_particle(ent.given) &&
        std::none_of(ent.quoted_forms.begin(), ent.quoted_forms.end(), [&](std::string const& m) { return nicknamed(m, given); }))
      continue;
    if (gender != '?' && ent.gender != '?' && ent.gender != gender) continue;
    candidates.push_back(static_cast<int>(e));
  }
  if (suffixed.size() == 1) return suffixed[0];
  if (candidates.empty() && ws.size() == 1 && kind == speaker_kind::person) return sole_given_name(last);
  if (candidates.size() <= 1) return candidates.empty() ? -1 : candidates[0];
  if (ws.size() == 1)
    if (int const owner = surname_owner(candidates, at); owner >= 0) {
      // (unless another of them was just named in full as a subject, in this sentence or the one before:
      // `Sen. Tim Scott of South Carolina spoke in Charleston. Scott, a Republican, said …`)
      std::size_t const here = sentence_of(at);
      // (the nearest of them decides: the owner's own newer mention keeps it)
      for (auto it = std::make_reverse_iterator(places_.lower_bound(at)); it != places_.rend() && sentence_of(it->first) + 1 >= here; ++it) {
        if (std::find(candidates.begin(), candidates.end(), it->second.entity) == candidates.end()) continue;
        if (it->second.entity != owner && it->second.grammatical == role::subject &&
            text_of(span{it->first, it->second.end}).find(' ') != std::string_view::npos)
          return it->second.entity;
        break;
      }
      return owner;
    }
  // the candidate mentioned last before `at`, within surname_reach; else the first one introduced
  for (auto it = std::make_reverse_iterator(places_.lower_bound(at)); it != places_.rend() && at - it->first <= surname_reach; ++it)
    if (std::find(candidates.begin(), candidates.end(), it->second.entity) != candidates.end()) return it->second.entity;
  return candidates[0];
}

// `Ted Cruz … Cruz said … a photo of Heidi Cruz … Cruz said`: the person the article named first and then
// called by the surname alone, before it named anyone else of that surname, keeps the surname alone; a relative
// named in full later does not take it. -1 when the article named the next one before using the surname alone.
int model::surname_owner(std::vector<int> const& candidates, std::size_t at) const {
  auto const first_mention = [&](int c) { return entities_[static_cast<std::size_t>(c)].first_at; };
  int owner = -1;
  span owner_first{}, next_first{std::string_view::npos, std::string_view::npos};
  for (int const c : candidates) {
    span const f = first_mention(c);
    if (owner < 0 || f.begin < owner_first.begin) {
      if (owner >= 0) next_first = owner_first;
      owner = c, owner_first = f;
    } else if (f.begin < next_first.begin) {
      next_first = f;
    }
  }
  if (owner < 0 || owner_first.begin >= at) return -1;
  // (the first bare use between the two introductions does not depend on `at`: found once per pair)
  auto const key = std::make_pair(owner_first.begin, next_first.begin);
  auto cached = first_bare_use_.find(key);
  if (cached == first_bare_use_.end()) cached = first_bare_use_.emplace(key, first_bare_use(owner, owner_first.end, next_first.begin)).first;
  return cached->second < at ? owner : -1;
}

// Where the owner's surname is first used alone in [from, until), or npos.
std::size_t model::first_bare_use(int owner, std::size_t from, std::size_t until) const {
  auto const name = words(entities_[static_cast<std::size_t>(owner)].name);
  if (name.size() < 2) return std::string_view::npos;
  std::string_view const surname = finder_.strip_possessive(name.back());
  auto const letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  for (std::size_t i = text_.find(surname, from); i != std::string_view::npos && i < until; i = text_.find(surname, i + 1)) {
    std::size_t const e = i + surname.size();
    if ((i > 0 && letter(text_[i - 1])) || (e < text_.size() && letter(text_[e]))) continue;
    // (not inside another run of capitals, `Ted Cruz`, `Cruz Campaign`, but after a capitalised closed-class word,
    // `But Cruz said`; not after a title, `Mrs. Cruz`, which may be someone else)
    std::size_t b = i;
    while (b > 0 && text_[b - 1] == ' ') --b;
    std::size_t const prev_end = b;
    while (b > 0 && text_[b - 1] != ' ' && text_[b - 1] != '\n') --b;
    std::string_view const prev = text_.substr(b, prev_end - b);
    if (!prev.empty() && finder_.is_title(prev)) continue;
    bool const before = !prev.empty() && prev_end == i - 1 && letter(prev.back()) && std::isupper(static_cast<unsigned char>(prev[0])) != 0 &&
                        !finder_.is(grammar::word_class::stop_word, lower(prev)) && !finder_.is(grammar::word_class::sentence_connective, lower(prev));
    bool const after = e + 1 < text_.size() && text_[e] == ' ' && std::isupper(static_cast<unsigned char>(text_[e + 1]));
    if (before || after) continue;
    // (a capital that opens a sentence is a surname only before a verb or a pause: not `Young voters turned out`)
    if (finder_.opens_sentence(text_, i)) {
      std::size_t n = e;
      while (n < text_.size() && text_[n] == ' ') ++n;
      std::size_t ne = n;
      while (ne < text_.size() && letter(text_[ne])) ++ne;
      std::string_view const next = text_.substr(n, ne - n);
      // (or an adverb, a preposition or a coordinator: `Cruz also visited`, `Cruz on Monday`, `Cruz and his wife`)
      std::string const l = lower(next);
      bool const verb = finder_.is_verb_form(next) || finder_.is(grammar::word_class::irregular_past, l) || finder_.is(grammar::word_class::finite_form, l) ||
                        finder_.is(grammar::word_class::adverb, l) || finder_.is_preposition(l) || finder_.is(grammar::word_class::coordinator, l);
      bool const pause = e < text_.size() && (text_[e] == ',' || text_[e] == '\'' || text_.compare(e, 3, "\u2019") == 0);
      if (!pause && !verb) continue;
    }
    return i;
  }
  return std::string_view::npos;
}

// `Hillary Clinton` … `Hillary said`, `Ban Ki-moon` … `Mr. Ban said`: one name word that no person has as a
// surname is the person whose name it opens, when exactly one does
int model::sole_given_name(std::string const& word) const {
  int found = -1;
  for (int const e : entries(by_given_, word)) {
    auto const& ent = (*this)[e];
    if (ent.kind != speaker_kind::person || ent.given != word || e == found) continue;
    if (found >= 0) return -1;
    found = e;
  }
  return found;
}

}  // namespace attrib::discourse
