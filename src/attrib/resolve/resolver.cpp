// The resolve stage: names registered, every quote's mention linked, the speakers built.
#include "attrib/resolve/resolver.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>

namespace attrib::resolve_detail {

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

resolution resolver::run(std::vector<quote> quotes) {
  auto found = finder_.find();
  unconfirmed_ = std::move(found.unconfirmed);
  for (std::size_t i = 0; i < unconfirmed_.size(); ++i) {
    unconfirmed_lower_.push_back(lower(unconfirmed_[i].name));
    auto const& l = unconfirmed_lower_.back();
    unconfirmed_by_last_word_[std::string(names::last_word(l))].push_back(i);
  }
  for (auto const& n : found.names) add_name(n);
  register_bare_surnames();
  register_named_sets();
  auto const plural_subjects = plural_subjects_of_sentences();
  std::size_t next_subject = 0;
  std::vector<std::size_t> mention_starts;  // sorted: a plural subject that is a quote's mention is linked with it
  for (auto const& q : quotes)
    if (q.attr.mention) mention_starts.push_back(q.attr.mention->begin);
  std::sort(mention_starts.begin(), mention_starts.end());
  register_role_descriptions(mention_starts);
  std::map<std::pair<std::size_t, std::size_t>, int> linked;  // a mention shared by several quotes links once
  auto const narrative = narrative_pronouns();
  std::size_t next_narrative = 0;
  for (std::size_t i = 0; i < quotes.size(); ++i) {
    auto& q = quotes[i];
    if (!q.attr.mention) continue;
    for (; next_narrative < narrative.size() && narrative[next_narrative].begin < q.attr.mention->begin; ++next_narrative)
      link_narrative_pronoun(narrative[next_narrative]);
    // (in text order, so that `The officials` takes up the `Israeli officials` quoted before it)
    for (; next_subject < plural_subjects.size() && plural_subjects[next_subject].begin < q.attr.mention->begin; ++next_subject)
      link_plural_subject(plural_subjects[next_subject], mention_starts);
    auto const key = std::make_pair(q.attr.mention->begin, q.attr.mention->end);
    auto it = linked.find(key);
    int const e = it != linked.end() ? it->second : (linked[key] = link(*q.attr.mention, quotes, i));
    q.speaker = e;
    if (e >= 0) model_[e].quoted = true;
    if (e >= 0) register_repeated_description(e, mention_starts);
  }
  auto speakers = to_speakers(quotes);
  return resolution{std::move(quotes), std::move(speakers)};
}

// `She has faced …`: a singular gendered pronoun opening a sentence of the narrative (outside quotation
// marks), in text order
std::vector<span> resolver::narrative_pronouns() const {
  std::vector<span> out;
  for (std::size_t k = 0; k < model_.sentence_count(); ++k) {
    span const s = model_.sentence_span(k);
    std::size_t b = s.begin;
    while (b < s.end && !std::isalpha(static_cast<unsigned char>(text_[b]))) ++b;
    std::size_t e = b;
    while (e < s.end && std::isalpha(static_cast<unsigned char>(text_[e]))) ++e;
    if (e == b || e >= s.end || text_[e] != ' ' || model_.in_quotation(b)) continue;
    auto const features = finder_.agreement_of(lower(text_.substr(b, e - b)));
    if (finder_.is_pronoun(text_.substr(b, e - b)) && (features.gender == 'm' || features.gender == 'f') && !features.plural)
      out.push_back(span{b, e});
  }
  return out;
}

// A narrative pronoun continues the chain of the entity it refers to (recency for the next attribution);
// one with no antecedent introduces nobody.
void resolver::link_narrative_pronoun(span where) {
  if (model_.inside_a_mention(where.begin)) return;
  auto const features = finder_.agreement_of(lower(text_of(where)));
  if (int const e = discourse::antecedent(model_, features, where.begin, role::subject); e >= 0) model_.add(e, where, "pronoun", role::subject);
}

// `Mexican officials conducted polling … The outreach, they said, raised new worries`: a plural description of
// people that opens a narrative sentence before its finite verb is a candidate for a later `they`, as a subject,
// whether or not it is ever quoted (it is a speaker only when a quote's mention links to it). In text order.
std::vector<span> resolver::plural_subjects_of_sentences() const {
  std::vector<span> out;
  constexpr std::size_t max_words = max_fronted_clause_words + max_subject_words + 2;  // and a connective and the verb
  std::array<std::string_view, max_words> ws{};
  for (std::size_t k = 0; k < model_.sentence_count(); ++k) {
    span const s = model_.sentence_span(k);
    if (model_.in_quotation(s.begin)) continue;
    // the sentence's first words, without allocating (spaces and commas separate them, as words() does)
    std::string_view const t = text_.substr(s.begin, std::min(s.size(), plural_subject_bytes));
    std::size_t n = 0;
    for (std::size_t i = 0; i < t.size() && n < max_words;) {
      while (i < t.size() && (t[i] == ' ' || t[i] == ',')) ++i;
      std::size_t const b = i;
      while (i < t.size() && t[i] != ' ' && t[i] != ',') ++i;
      if (i > b) ws[n++] = t.substr(b, i - b);
    }
    // (whether a comma follows a word is read from the text)
    auto const comma_after = [&](std::string_view w) {
      std::size_t const e = static_cast<std::size_t>(w.data() + w.size() - text_.data());
      return e < text_.size() && text_[e] == ',';
    };
    std::size_t first = 0;
    if (n > 0 && finder_.is(word_class::sentence_connective, lower(ws[0]))) first = 1;
    // after a fronted clause or phrase and its comma: `As Trump's stature grew …, Mexican officials conducted …`
    // (only where a comma comes soon: most sentences have none there, and the lookups are the costly part)
    bool const comma_soon = std::any_of(ws.begin() + static_cast<long>(first), ws.begin() + static_cast<long>(std::min(n, first + max_fronted_clause_words)),
                                        [&](std::string_view w) { return comma_after(w); });
    if (first < n && comma_soon) {
      std::string const opener = lower(ws[first]);
      if (finder_.is(word_class::subordinator, opener) || finder_.is(word_class::clause_preposition, opener) || finder_.is_preposition(opener))
        for (std::size_t j = first; j < n && j < first + max_fronted_clause_words; ++j)
          if (comma_after(ws[j])) {
            first = j + 1;
            break;
          }
    }
    for (std::size_t v = first + 1; v < n && v <= first + max_subject_words; ++v) {
      std::string_view const w = ws[v];
      if (w.empty() || !std::islower(static_cast<unsigned char>(w[0]))) continue;
      if (!finder_.finite_verb(w)) continue;
      std::string_view const last = ws[v - 1];
      std::string const head(last);
      // a plural noun for people right before the verb (the cheap tests first)
      if (!std::islower(static_cast<unsigned char>(last[0])) || !finder_.is_plural_head(head)) break;
      std::vector<std::string_view> const subject(ws.begin() + static_cast<long>(first), ws.begin() + static_cast<long>(v));
      if (!finder_.names_people(head) && finder_.descriptor_kind(subject, head) != speaker_kind::group) break;
      // (a count introduces people the story may go on to name, `Two French police officers were sentenced …`:
      // whether they are unnamed is for their own mentions to say)
      if (finder_.is(word_class::number_word, lower(subject.front())) || std::isdigit(static_cast<unsigned char>(subject.front()[0]))) break;
      // (a noun phrase alone: no pause, no word that opens a clause or a phrase, no post-modifier, no quotation
      // mark: `While the moderates …`, `In July scores of people …`, `“I saw that suddenly people …`)
      bool const plain = std::all_of(subject.begin(), subject.end(), [&](std::string_view x) {
        std::string const l = lower(x);
        return !comma_after(x) && std::all_of(x.begin(), x.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '\''; }) &&
               !finder_.is_preposition(l) && !finder_.is(word_class::subordinator, l) && !finder_.is(word_class::clause_preposition, l) &&
               !finder_.is(word_class::clause_subject, l) && !finder_.is(word_class::complementizer, l) && !finder_.is(word_class::question_opener, l) &&
               !finder_.is(word_class::adverb, l);
      });
      if (plain)
        out.push_back(span{static_cast<std::size_t>(subject.front().data() - text_.data()),
                           static_cast<std::size_t>(subject.back().data() + subject.back().size() - text_.data())});
      break;
    }
  }
  return out;
}

void resolver::link_plural_subject(span where, std::vector<std::size_t> const& mention_starts) {
  if (model_.exactly_at(where) >= 0 || model_.inside_a_mention(where.begin)) return;
  // (a quote's own mention is linked with its quote)
  if (std::binary_search(mention_starts.begin(), mention_starts.end(), where.begin)) return;
  // `they`, never `he` (but a person the phrase named stays one: `Sanders is outlining …` reads like a plural)
  if (int const e = link_descriptor(where, words(text_of(where))); e >= 0 && !(model_[e].named && model_[e].kind == speaker_kind::person))
    model_[e].plural = true;
}

// `Barak arrived late. … He said`: a person's surname standing alone in the narrative is a mention of that
// person (when only one person has it, or one owns it), so that it counts for recency and salience like the
// full name.
void resolver::register_bare_surnames() {
  std::map<std::string, std::vector<int>, std::less<>> people;
  for (std::size_t e = 0; e < model_.size(); ++e) {
    auto const& ent = model_[static_cast<int>(e)];
    if (ent.kind != speaker_kind::person || ent.surname.empty() || words(ent.name).size() < 2) continue;
    people[ent.surname].push_back(static_cast<int>(e));
  }
  if (people.empty()) return;
  // two people of that surname: each bare one is decided where it stands, as find_named decides a quote's
  // (the owner's, `Bobby Scott … Scott said … Tim Scott`, unless the other was just named as a subject)
  constexpr int decide_each = -2;
  std::map<std::string, int, std::less<>> owner;
  for (auto const& [surname, ps] : people) owner.emplace(surname, ps.size() == 1 ? ps[0] : decide_each);
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
        // (a word inside a name already found, `Hillary Clinton`, asks nobody: add_bare_surname would drop it)
        if (auto const it = owner.find(key); it != owner.end() && !model_.inside_a_mention(i)) {
          int const person = it->second == decide_each ? model_.find_named(std::string(text_.substr(i, e - i)), speaker_kind::person, i, '?') : it->second;
          if (person >= 0) add_bare_surname(span{i, e}, person, p);
        }
      }
      i = e > i ? e : i + 1;
    }
}

void resolver::add_bare_surname(span w, int person, span paragraph) {
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
  // `the Clinton campaign`, `a Trump rally`: a surname between a determiner and a lower-case word modifies a
  // noun, as a possessor does
  std::string_view const determiner = word_before(w.begin);
  bool const modifier = !determiner.empty() && finder_.is_determiner(determiner) && w.end + 1 < paragraph.end && text_[w.end] == ' ' &&
                        std::islower(static_cast<unsigned char>(text_[w.end + 1])) != 0;
  model_.add(person, w, "surname", modifier ? role::possessor : role_in_text(w));
}

// `For years, Oz has been …`, `In Honolulu last week, Obama told …`, `A Democrat, Mr. Justice is …`: a name right
// after the comma that closes a short phrase opening the sentence (a preposition, a connective, an article or
// a possessive first) is the sentence's subject.
bool resolver::after_fronted_phrase(std::size_t at) const {
  std::size_t c = at;
  while (c > 0 && text_[c - 1] == ' ') --c;
  if (c == 0 || text_[c - 1] != ',') return false;
  span const sentence = model_.sentence_span(model_.sentence_of(at));
  if (sentence.begin >= c - 1) return false;
  auto const ws = words(text_.substr(sentence.begin, c - 1 - sentence.begin));
  if (ws.empty() || ws.size() > max_fronted_words || text_.substr(sentence.begin, c - 1 - sentence.begin).find(',') != std::string_view::npos) return false;
  std::string const first = lower(ws.front());
  // (or a possessive: `Holt’s deputy, Paul Adeyemi, took the floor` — the name is the opening phrase's appositive)
  // (or an adverb alone: `Later, Sen. Tim Scott spoke`)
  return finder_.is_preposition(first) || finder_.is(word_class::sentence_connective, first) || finder_.is_determiner(ws.front()) ||
         finder_.is_possessive(ws.front()) || (ws.size() == 1 && finder_.is(word_class::adverb, first));
}

// `Holt’s liberal NBC News colleague Matt Lauer faced …`: a name right after a noun for a person or role, where
// the sentence so far is that one noun phrase (no comma, preposition or verb), is the sentence's subject.
bool resolver::after_opening_descriptor(std::size_t at) const {
  // (first the word right before, with no copy: most names have no noun for a person there)
  std::size_t e = at;
  while (e > 0 && text_[e - 1] == ' ') --e;
  std::size_t b = e;
  while (b > 0 && std::islower(static_cast<unsigned char>(text_[b - 1]))) --b;
  if (b == e || e == at || (b > 0 && !std::isspace(static_cast<unsigned char>(text_[b - 1]))) ||
      !(finder_.is_role_word(text_.substr(b, e - b)) || finder_.is_person_noun(text_.substr(b, e - b))))
    return false;
  span const sentence = model_.sentence_span(model_.sentence_of(at));
  if (sentence.begin >= at) return false;
  std::string_view const before = text_.substr(sentence.begin, at - sentence.begin);
  auto const ws = words(before);
  if (ws.empty() || ws.size() > max_fronted_words || before.find(',') != std::string_view::npos) return false;
  std::string const head = lower(ws.back());
  if (!(finder_.is_role_word(head) || finder_.is_person_noun(head)) || ws.back() != head) return false;
  // (a verb in any form ends the subject: `Ted Cruz beat rival Marco Rubio`, `Obama told colleague Matt Lauer`;
  // and a name there that is no possessive is the subject itself)
  if (std::any_of(ws.begin(), ws.end(), [&](std::string_view w) {
        std::string const l = lower(w);
        return finder_.is_preposition(l) || (w == l && (finder_.is_verb_form(w) || finder_.is(word_class::irregular_past, l))) ||
               (finder_.is_pronoun(w) && !finder_.is_possessive_determiner(w));
      }))
    return false;
  for (auto it = model_.places().lower_bound(sentence.begin); it != model_.places().end() && it->first < at; ++it)
    if (it->second.grammatical != role::possessor && model_[it->second.entity].kind == speaker_kind::person) return false;
  return true;
}

// The role a name found in the narrative has in its sentence, as far as its surroundings show it.
role resolver::role_in_text(span where) const {
  auto const ws = words(text_of(where));
  if (!ws.empty() && finder_.is_possessive(ws.back())) return role::possessor;
  // (a bare surname is registered without its possessive ending: `Holt` in `Holt’s colleague`)
  std::size_t e = where.end;
  while (e < text_.size() && !std::isspace(static_cast<unsigned char>(text_[e])) && text_[e] != ',' && text_[e] != '.') ++e;
  if (e > where.end && finder_.is_possessive(text_.substr(where.begin, e - where.begin))) return role::possessor;
  // (a name set off after the fronted phrase, before a pronoun subject, is that phrase's appositive: `At the
  // urging of his wife, Jane Sanders, he has talked about …`)
  auto const set_off = [&] {
    std::size_t n = e;
    while (n < text_.size() && text_[n] == ' ') ++n;
    if (n >= text_.size() || text_[n] != ',') return false;
    ++n;
    while (n < text_.size() && text_[n] == ' ') ++n;
    std::size_t ne = n;
    while (ne < text_.size() && std::isalpha(static_cast<unsigned char>(text_[ne]))) ++ne;
    return ne > n && finder_.is_pronoun(text_.substr(n, ne - n)) && !finder_.is_possessive_determiner(text_.substr(n, ne - n));
  };
  if (finder_.opens_sentence(text_, where.begin) || (after_fronted_phrase(where.begin) && !set_off()) || after_opening_descriptor(where.begin))
    return role::subject;
  if (finder_.is_preposition(lower(word_before(where.begin)))) return role::oblique;
  return role::object;
}

// A name found in the text: merged with an earlier entity of the same name or surname.
void resolver::add_name(names::name_mention const& n) {
  int e = model_.find_named(n.name, n.kind, n.where.begin, n.gender);
  if (e < 0) {
    auto const* full = n.kind == speaker_kind::person ? fuller_form(n.name) : nullptr;
    e = new_entity(full ? full->name : n.name, n.kind);
    auto& ent = model_[e];
    ent.named = true;
    if (n.kind == speaker_kind::person) model_.set_surname(e, lower(finder_.strip_possessive(words(n.name).back())));
    if (full && full->where.begin < n.where.begin) model_.add(e, full->where, "name", role_in_text(full->where));
  }
  auto& ent = model_[e];
  rename_for(e, n);
  if (ent.gender == '?') ent.gender = n.gender;
  for (auto const& r : n.role_words) ent.role_words.insert(r);
  model_.add(e, n.where, "name", role_in_text(n.where));
}

void resolver::rename_for(int e, names::name_mention const& n) {
  auto const& ent = model_[e];
  if (n.kind != ent.kind) return;
  std::string_view const name = n.kind == speaker_kind::organization ? finder_.without_legal_form(n.name) : std::string_view(n.name);
  if (name.size() > ent.name.size()) model_.rename(e, std::string(name));
}

// the word right before `at` (`His` in `His lawyer said`, which the grammar leaves out of the mention)
std::string_view resolver::word_before(std::size_t at) const {
  std::size_t e = at;
  while (e > 0 && text_[e - 1] == ' ') --e;
  std::size_t b = e;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(text_[b - 1]))) --b;
  return text_.substr(b, e - b);
}

std::vector<speaker> resolver::to_speakers(std::vector<quote>& quotes) {
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
    if (ent.kind == speaker_kind::person && (ent.gender == 'f' || ent.gender == 'm')) sp.gender = ent.gender;
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

}  // namespace attrib::resolve_detail

namespace attrib {

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

resolution resolve(article const& art, std::vector<span> const& sentences, std::vector<quote> quotes, names::index const& words) {
  resolve_detail::resolver r(art, sentences, quotes, words);
  return r.run(std::move(quotes));
}

}  // namespace attrib
