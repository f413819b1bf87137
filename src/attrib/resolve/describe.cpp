// Linking roles and descriptions: `the Florida senator`, `the official`, `one of the aides`.
#include "attrib/resolve/resolver.hpp"

#include <algorithm>
#include <bitset>
#include <cctype>
#include <map>
#include <set>

namespace attrib::resolve_detail {

mention_form resolver::form_of(std::vector<std::string_view> const& ws) const {
  if (ws.size() == 1 && finder_.is_pronoun(ws[0])) return mention_form::pronoun;
  if (ws.size() == 1 && finder_.takes_up(ws[0])) return mention_form::descriptor;  // `Neither wanted …`: no name
  // `the FBI`, `The New York Times`, `the Association of Flight Attendants`: a name after `the`
  // (but `The Republican` is a description: one word that names a person)
  if (ws.size() >= 2 && finder_.is(word_class::definite_article, lower(ws[0])) && capitalised(ws[1]) && !finder_.is_role(ws) && !finder_.headed_by_role(ws) &&
      !(ws.size() == 2 && finder_.is_person_noun(lower(finder_.strip_possessive(ws[1])))) &&
      std::all_of(ws.begin() + 1, ws.end(), [&](auto w) {
        return capitalised(w) || (finder_.is(word_class::name_connective, w) && !capitalised(w)) || w.starts_with("(");
      }))
    return mention_form::name;
  if (finder_.headed_by_source_noun(ws) || finder_.common_noun_phrase(ws)) return mention_form::descriptor;
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
bool resolver::ends_in_name_after_role(std::vector<std::string_view> const& ws) const {
  std::size_t k = ws.size();
  while (k > 0 && capitalised(ws[k - 1]) && !finder_.is_source_noun(ws[k - 1]) && !finder_.is_title(ws[k - 1])) --k;
  if (ws.size() - k < 2 || k == 0 || capitalised(ws[k - 1])) return false;
  std::string const noun = lower(ws[k - 1]);
  return finder_.is_role_word(noun) || finder_.is_source_noun(noun) || finder_.is_person_noun(noun);
}

// The Russian president → Vladimir Putin (introduced as Russian President Vladimir Putin);
// Ukraine’s foreign minister told CNBC … Dmytro Kuleba told CNBC (the named speaker who follows, same outlet)
int resolver::link_role(span where, std::vector<std::string_view> const& ws, std::vector<quote> const& quotes, std::size_t qi) {
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
int resolver::sole_holder_of_title(std::vector<std::string_view> const& ws) const {
  std::string const head = lower(finder_.strip_possessive(ws[finder_.post_modifier_at(ws) - 1]));
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
int resolver::named_speaker_after(std::vector<quote> const& quotes, std::size_t qi) {
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
int resolver::link_descriptor(span where, std::vector<std::string_view> const& ws) {
  auto const text = text_of(where);
  // `Two men at the rally … Neither wanted to share his name, but both said …`: a word that takes up a set,
  // standing alone, is the last set of people mentioned; without one, unnamed people
  if (ws.size() == 1 && finder_.takes_up(ws[0])) {
    auto const& places = model_.places();
    std::size_t const sentence = model_.sentence_of(where.begin);
    for (auto it = std::make_reverse_iterator(places.lower_bound(where.begin)); it != places.rend(); ++it) {
      if (it->second.sentence + take_up_sentences < sentence) break;  // (the set it takes up was just mentioned)
      auto const& ent = model_[it->second.entity];
      if (ent.plural && ent.kind != speaker_kind::organization && ent.kind != speaker_kind::document)
        return add_mention(it->second.entity, where, "descriptor");
    }
    int const e = new_entity(std::string(text), speaker_kind::anonymous);
    model_[e].plural = true;
    return add_mention(e, where, "first");
  }
  // `one suggested she marry …, and another scared her`: a lone singular quantifier is one person of some the
  // story does not name
  if (ws.size() == 1 && finder_.is(word_class::subject_quantifier, lower(ws[0])) && finder_.is(word_class::singular_word, lower(ws[0])))
    return add_mention(new_entity(std::string(text), speaker_kind::anonymous), where, "first");
  std::string const head = finder_.head_noun(ws);
  bool const definite = finder_.is_definite(ws[0]);
  if ((definite || finder_.takes_up(ws[0])) && !head.empty()) {  // `the official`, `both officers`
    auto const& places = model_.places();
    // (in the same number: `the official` is one of `Mexican officials`, not all of them; `both`, `the two` take up a set)
    bool const singular = !finder_.takes_up(ws[0]) && !finder_.is_plural_head(finder_.written_head(ws, head));
    int found = -1;
    std::size_t found_at = 0;
    bool const role_head = singular && finder_.is_role_word(head);
    for (auto it = std::make_reverse_iterator(places.lower_bound(where.begin)); it != places.rend(); ++it) {
      if (where.begin - it->first > descriptor_reach) break;
      auto const& ent = model_[it->second.entity];
      // (a named person's title counts as a description: `GOP Sen. John McCain … The longtime senator`, `Ohio
      // Gov. John Kasich … The Ohio governor`, but not `the Vermont senator`)
      bool const titled = role_head && ent.named && ent.kind == speaker_kind::person && ent.role_words.contains(head);
      // (a proper modifier a named person was never described with is someone else: `The Ohio governor`; an
      // unnamed source may gain one: `one former executive … the former HP executive`)
      auto const fits = [&](std::string_view w) {
        std::string const l = lower(finder_.strip_possessive(w));
        return !capitalised(w) || !ent.named || ent.role_words.contains(l) ||
               std::any_of(ent.mentions.begin(), ent.mentions.end(), [&](mention const& m) { return lower(m.text).find(l) != std::string::npos; });
      };
      if ((ent.heads.contains(head) || titled) && !(singular && ent.plural) && std::all_of(ws.begin() + 1, ws.end(), fits)) {
        found = it->second.entity, found_at = it->first;
        break;
      }
    }
    // (or the people the narrative named together, when named after that: `officers A and B … Both officers`)
    if (auto const* set = named_set_for(where.begin, head, singular); set && set->entity != found && (found < 0 || set->begin > found_at))
      found = set->entity;
    if (found >= 0) return add_mention(found, where, "descriptor");
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
  // `a federal judge in Texas ruled … U.S. District Judge Gray Miller`
  if (!plural && !possessed)
    if (int const holder = sole_holder_of_title(ws); holder >= 0) return add_mention(holder, where, "role");
  int const e = new_entity(std::string(text), finder_.descriptor_kind(ws, head));
  auto& ent = model_[e];
  ent.plural = plural;
  // a unique public role spoken of with `the` is a person whose identity is public: `the FBI director`; so is
  // one person's role relative to another (`his lawyer`, `Gary Johnson’s doctor`, `my mother`)
  bool const relative_role = possessed && (finder_.is_role_word(head) || finder_.is_person_noun(head));
  bool const public_role = definite && finder_.headed_by_role(ws) && ent.kind != speaker_kind::organization;
  if (!ent.plural && (public_role || (ent.kind == speaker_kind::anonymous && relative_role))) ent.kind = speaker_kind::person;
  // `The Republican nominee and his aides`: a set with an identified member is a group, not an unnamed source
  if (ent.kind == speaker_kind::anonymous && identified_first_conjunct(ws)) ent.kind = speaker_kind::group;
  return add_mention(e, where, "first");
}

// A description whose head is a role or a noun for a person (not a noun of unnamed sources, `official`),
// with nothing after the head and no second conjunct.
bool resolver::describes_one_person(std::vector<std::string_view> const& ws, std::string const& head) const {
  if (head.empty() || finder_.post_modifier_at(ws) < ws.size() ||
      (finder_.headed_by_source_noun(ws) && !finder_.is_role_word(head)))
    return false;
  if (has_coordinator(ws)) return false;
  return finder_.is_role_word(head) || finder_.is_person_noun(head);
}

// `Mr. Grassley and Mr. Leahy`: a lowercase coordinator joins the phrase's words
bool resolver::has_coordinator(std::vector<std::string_view> const& ws) const {
  return std::any_of(ws.begin(), ws.end(), [&](std::string_view w) { return !capitalised(w) && finder_.is(word_class::coordinator, w); });
}

bool resolver::identified_first_conjunct(std::vector<std::string_view> const& ws) const {
  auto const conj = std::find_if(ws.begin(), ws.end(), [&](std::string_view w) { return !capitalised(w) && finder_.is(word_class::coordinator, w); });
  if (conj == ws.begin() || conj == ws.end()) return false;
  std::vector<std::string_view> const first(ws.begin(), conj);
  auto const form = form_of(first);
  return form == mention_form::name || (form == mention_form::role && finder_.is_definite(first[0]));
}

void resolver::register_role_descriptions(std::vector<std::size_t> const& quote_mentions) {
  std::map<std::string, std::vector<int>, std::less<>> holders;  // role word → the named people who hold it now
  // (not a role a mention gives with a past marker right before it: `Former President George W. Bush`; `a former
  // senator` leaves `President Barack Obama` the president)
  auto const past_role = [&](discourse::entity const& ent, std::string const& r) {
    for (auto const& m : ent.mentions) {
      auto const ws = words(m.text);
      for (std::size_t k = 1; k < ws.size(); ++k)
        if (lower(finder_.strip_possessive(ws[k])) == r && finder_.is(word_class::past_role_marker, lower(ws[k - 1]))) return true;
    }
    return false;
  };
  for (std::size_t e = 0; e < model_.size(); ++e)
    if (auto const& ent = model_[static_cast<int>(e)]; ent.kind == speaker_kind::person && ent.named && !ent.plural)
      for (auto const& r : ent.role_words)
        if (finder_.is_role_word(r) && !past_role(ent, r)) holders[r].push_back(static_cast<int>(e));
  if (holders.empty()) return;
  std::bitset<256> initials;  // the first letters of the role words: most words are passed over on their first byte
  for (auto const& [word, _] : holders) initials.set(static_cast<unsigned char>(word[0]));
  auto const letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  auto const word_at = [&](std::size_t i, std::size_t end) {
    std::size_t e = i;
    while (e < end && (letter(text_[e]) || text_[e] == '-')) ++e;
    return text_.substr(i, e - i);
  };
  auto const first_named = [&](int e) { return model_[e].first_at.begin; };
  // (each word is looked up among the holders' role words first, with no copy: this reads the whole text)
  for (auto const& p : art_.paragraphs)
    for (std::size_t b = p.begin; b < p.end; ++b) {
      if ((b > p.begin && letter(text_[b - 1])) || !initials.test(static_cast<unsigned char>(text_[b]))) continue;
      std::string_view const role_word = word_at(b, p.end);
      std::size_t const e = b + role_word.size();
      auto const it = holders.find(role_word);
      if (it == holders.end() || b < p.begin + 2 || text_[b - 1] != ' ') {
        b = e;
        continue;
      }
      std::size_t i = b - 1;
      while (i > p.begin && letter(text_[i - 1])) --i;
      if (i == b - 1 || !finder_.is(word_class::definite_article, lower(text_.substr(i, b - 1 - i)))) {
        b = e;
        continue;
      }
      // (with its possessive ending: `The president’s roots`)
      std::size_t end = e;
      while (end < p.end && !std::isspace(static_cast<unsigned char>(text_[end])) && text_[end] != ',' && text_[end] != '.') ++end;
      if (end > e && !finder_.is_possessive(text_.substr(b, end - b))) continue;
      // (`the president of Mexico`, `the senator from Texas` may be someone else; so is `The president, Barack
      // Obama,`, whom the appositive names)
      std::size_t n = end;
      while (n < p.end && text_[n] == ' ') ++n;
      if (end == e && n > end && finder_.is_preposition(lower(word_at(n, p.end)))) continue;
      if (n < p.end && text_[n] == ',') {
        std::size_t c = n + 1;
        while (c < p.end && text_[c] == ' ') ++c;
        if (c < p.end && std::isupper(static_cast<unsigned char>(text_[c]))) continue;
      }
      span const where{i, end};
      if (std::binary_search(quote_mentions.begin(), quote_mentions.end(), where.begin) || model_.inside_a_mention(where.begin) ||
          model_.in_quotation(where.begin))
        continue;
      int owner = -1;
      for (int const h : it->second)
        if (first_named(h) < where.begin) owner = owner == -1 ? h : -2;
      // (only as the subject, or its possessor, where it carries the topic on: an object `the president` in
      // another's words or sentence is no evidence of who the next `he` is)
      role const r = role_in_text(where);
      if (owner >= 0 && (r == role::subject || (r == role::possessor && finder_.opens_sentence(text_, where.begin))))
        model_.add(owner, where, "role", r);
      b = end;
    }
}

// `when my mother mentioned the devil … My mother has softened with age, but even now she still says …`: a
// sentence that opens with the very description an unnamed source was given speaks of that source.
void resolver::register_repeated_description(int e, std::vector<std::size_t> const& quote_mentions) {
  auto const& ent = model_[e];
  if (ent.named || ent.kind == speaker_kind::document || ent.mentions.empty() || !repeated_checked_.insert(e).second) return;
  auto const ws = words(ent.name);
  // (a definite or possessive description: `A spokesman …` again is another spokesman)
  if (ws.size() < 2 || !(finder_.is_definite(lower(ws[0])) || finder_.is_possessive_determiner(ws[0]) || finder_.is_possessive(ws[0]))) return;
  std::string const description = lower(ent.name);
  std::size_t const first = ent.mentions.front().where.end;
  for (std::size_t k = model_.sentence_of(first) + 1; k < model_.sentence_count(); ++k) {
    std::size_t b = model_.sentence_span(k).begin;
    while (b < text_.size() && std::isspace(static_cast<unsigned char>(text_[b])) != 0) ++b;
    std::size_t const end = b + description.size();
    // (compared in place, case aside: this runs for every sentence after each such source)
    auto const same = [&] {
      for (std::size_t j = 0; j < description.size(); ++j)
        if (std::tolower(static_cast<unsigned char>(text_[b + j])) != static_cast<unsigned char>(description[j])) return false;
      return true;
    };
    if (end + 1 >= text_.size() || text_[end] != ' ' || !std::islower(static_cast<unsigned char>(text_[end + 1])) || !same()) continue;
    // (nor one a post-modifier makes someone else: `The spokesman for the union was arrested`)
    std::size_t we = end + 1;
    while (we < text_.size() && std::isalpha(static_cast<unsigned char>(text_[we]))) ++we;
    if (finder_.is_preposition(lower(text_.substr(end + 1, we - end - 1)))) continue;
    if (std::binary_search(quote_mentions.begin(), quote_mentions.end(), b) || model_.inside_a_mention(b)) continue;
    model_.add(e, span{b, end}, "descriptor", role::subject);
  }
}

}  // namespace attrib::resolve_detail
