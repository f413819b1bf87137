#include "attrib/lexicon.hpp"

#include "attrib/lexicon_sections.hpp"

#include <algorithm>

namespace attrib {
namespace {

template <typename T>
void append(std::vector<T>& to, std::vector<T> const& from) {
  to.insert(to.end(), from.begin(), from.end());
}


bool ends_with_any(std::string_view w, std::vector<std::string> const& suffixes) {
  return std::any_of(suffixes.begin(), suffixes.end(), [&](std::string const& s) { return w.ends_with(s); });
}

}  // namespace

std::span<list_section const> list_sections() {
  static list_section const sections[] = {
      {"adding_cues", &lexicon::adding_cues}, {"auxiliaries", &lexicon::auxiliaries}, {"titles", &lexicon::titles},
      {"determiners", &lexicon::determiners}, {"source_nouns", &lexicon::source_nouns}, {"outlets", &lexicon::outlets},
      {"addressees", &lexicon::addressees}, {"mediums", &lexicon::mediums}, {"times", &lexicon::times},
      {"abbreviations", &lexicon::abbreviations}, {"noun_homographs", &lexicon::noun_homographs},
      {"organization_words", &lexicon::organization_words}, {"countries", &lexicon::countries},
      {"stance_adjectives", &lexicon::stance_adjectives},
      {"byline_prefixes", &lexicon::byline_prefixes}, {"vague_quantifiers", &lexicon::vague_quantifiers},
      {"post_modifiers", &lexicon::post_modifiers}, {"outlet_nouns", &lexicon::outlet_nouns},
      {"taking_up", &lexicon::taking_up}, {"role_nouns", &lexicon::role_nouns}, {"male_titles", &lexicon::male_titles},
      {"female_titles", &lexicon::female_titles}, {"male_nouns", &lexicon::male_nouns},
      {"female_nouns", &lexicon::female_nouns}, {"generic_nouns", &lexicon::generic_nouns},
      {"specific_quantifiers", &lexicon::specific_quantifiers}, {"partitive_markers", &lexicon::partitive_markers},
      {"person_nouns", &lexicon::person_nouns}, {"person_plurals", &lexicon::person_plurals}, {"male_names", &lexicon::male_names},
      {"female_names", &lexicon::female_names}, {"unisex_names", &lexicon::unisex_names},
      {"name_homographs", &lexicon::name_homographs}, {"anonymity.conditions", &lexicon::anonymity_conditions, false},
      {"anonymity.reason_connectives", &lexicon::reason_connectives, false},
      {"anonymity.reasons", &lexicon::reason_phrases, false}, {"anonymity.vague", &lexicon::vague_descriptors, false},
      {"anonymity.markers", &lexicon::anonymity_markers, false}, {"anonymity.shared", &lexicon::shared_markers, false}};
  return sections;
}

std::vector<std::string>* word_block_list(lexicon& lex, std::string_view key) {
  if (key == "person_nouns") return &lex.person_nouns;
  if (key == "person_plurals") return &lex.person_plurals;
  if (key == "male_names") return &lex.male_names;
  if (key == "female_names") return &lex.female_names;
  if (key == "unisex_names") return &lex.unisex_names;
  if (key == "name_homographs") return &lex.name_homographs;
  if (key == "adverbs") return &lex.classes[static_cast<int>(grammar::word_class::adverb)];
  if (key == "irregular_pasts") return &lex.classes[static_cast<int>(grammar::word_class::irregular_past)];
  return nullptr;
}

void reindex(lexicon& lex) {
  lex.form_class.clear();
  for (auto const& a : lex.stance_adjectives) lex.form_class[a] = cue_class::stance;
  lex.quote_only_forms.clear();
  lex.object_forms.clear();
  lex.reason_forms.clear();
  lex.that_forms.clear();
  lex.addressee_forms.clear();
  lex.form_lemma.clear();
  lex.closing_forms.clear();
  for (auto const& v : lex.verbs)
    for (auto const& f : v.forms) {
      lex.form_class[f] = v.type;
      lex.form_lemma[f] = v.lemma;
      if (!v.reported) lex.quote_only_forms.insert(f);
      if (v.takes_object) lex.object_forms.insert(f);
      if (v.takes_reason) lex.reason_forms.insert(f);
      if (v.needs_that) lex.that_forms.insert(f);
      if (v.takes_addressee) lex.addressee_forms.insert(f);
      if (v.closing) lex.closing_forms.insert(f);
    }
  for (std::size_t c = 0; c < grammar::word_class_count; ++c) {
    lex.class_index[c].clear();
    for (auto const& w : lex.classes[c]) {
      lex.class_index[c].insert(w);
      lex.class_index[c].insert(grammar::with_first(w, true));
      lex.class_index[c].insert(grammar::with_first(w, false));
    }
  }
}

bool lexicon::ends_in(grammar::word_class c, std::string_view w) const { return grammar::ends_in_any(words(c), w); }

cue_class lexicon::class_of(std::string_view form) const {
  std::string lower(form);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  auto const it = form_class.find(lower);
  return it == form_class.end() ? cue_class::neutral : it->second;
}

bool lexicon::reports(std::string_view form) const { return !quote_only_forms.contains(form); }

bool lexicon::takes_object(std::string_view form) const { return object_forms.contains(form); }
bool lexicon::takes_reason(std::string_view form) const { return reason_forms.contains(form); }

bool lexicon::needs_that(std::string_view form) const { return that_forms.contains(form); }

bool lexicon::takes_addressee(std::string_view form) const { return addressee_forms.contains(form); }

std::string lexicon::lemma_of(std::string_view form) const {
  auto const it = form_lemma.find(form);
  return it == form_lemma.end() ? std::string() : it->second;
}

bool lexicon::noun_homograph(std::string_view form) const {
  return std::find(noun_homographs.begin(), noun_homographs.end(), form) != noun_homographs.end();
}

grammar::vocabulary lexicon::vocabulary() const {
  grammar::vocabulary v;
  for (auto const& verb : verbs) {
    append(v.speech_verbs, verb.forms);
    if (verb.takes_addressee) append(v.addressee_verbs, verb.forms);
    // a bare form needs a plural subject only where the past differs from it (not for "read", "put"); the
    // bare form is the one that opens with the lemma's word (`say`, `call for`), wherever it is listed, and
    // an entry may have none (`declined to`, `has learned`)
    std::string_view const head = std::string_view(verb.lemma).substr(0, verb.lemma.find('_'));
    auto const opens_with_head = [&](std::string const& f) {
      return f.starts_with(head) && (f.size() == head.size() || f[head.size()] == ' ');
    };
    auto const base = std::find_if(verb.forms.begin(), verb.forms.end(), opens_with_head);
    // (the inflection is the verb's, the first word of a phrase: `puts it`, `putting it` are no past of `put it`)
    bool const distinct_past = base != verb.forms.end() && std::any_of(verb.forms.begin(), verb.forms.end(), [&](std::string const& f) {
      std::string const verb_word = f.substr(0, f.find(' '));
      return f != *base && !ends_with_any(verb_word, words(grammar::word_class::third_person_suffix)) &&
             !ends_with_any(verb_word, words(grammar::word_class::participle_suffix));
    });
    if (distinct_past) v.base_forms.push_back(*base);
    if (verb.type == cue_class::belief) append(v.belief_verbs, verb.forms);
    if (verb.type == cue_class::stance) append(v.stance_verbs, verb.forms);
    if (verb.closing) append(v.closing_cues, verb.forms);
    // a separable verb (`teilte mit`): its finite part may stand apart from the particle that ends the clause
    for (auto const& f : verb.forms)
      if (std::size_t const sp = f.find(' '); sp != std::string::npos && f.find(' ', sp + 1) == std::string::npos &&
                                              is(grammar::word_class::verb_particle, std::string_view(f).substr(sp + 1)))
        v.split_heads.push_back(f.substr(0, sp));
  }
  v.auxiliaries = auxiliaries;
  v.titles = titles;
  for (auto const& p : pronouns) v.pronouns.push_back(p.word);
  v.determiners = determiners;
  v.source_nouns = source_nouns;
  v.person_plurals = person_plurals;
  v.outlets = outlets;
  v.addressees = addressees;
  v.mediums = mediums;
  v.times = times;
  v.adding_cues = adding_cues;
  v.stance_adjectives = stance_adjectives;
  v.noun_homographs = noun_homographs;
  v.post_modifiers = post_modifiers;
  if (auto const it = descriptor_kinds.find("document"); it != descriptor_kinds.end()) v.documents = it->second;
  for (std::size_t c = 0; c < grammar::word_class_count; ++c) v.classes[c] = classes[c];
  v.verb_second = verb_second;
  return v;
}

namespace {

// Appends `o`'s entries to `to` without rebuilding its lookup tables.
void append_entries(lexicon& to, lexicon const& o) {
  append(to.verbs, o.verbs);
  append(to.pronouns, o.pronouns);
  for (auto const& s : list_sections()) append(to.*s.field, o.*s.field);
  for (std::size_t c = 0; c < grammar::word_class_count; ++c) append(to.classes[c], o.classes[c]);
  for (auto const& [kind, nouns] : o.descriptor_kinds) append(to.descriptor_kinds[kind], nouns);
  for (auto const& [title, role] : o.title_roles) to.title_roles[title] = role;
  if (to.language.empty()) to.language = o.language;
  to.comma_before_complement = to.comma_before_complement || o.comma_before_complement;
  to.verb_second = to.verb_second || o.verb_second;
  to.nouns_capitalised = to.nouns_capitalised || o.nouns_capitalised;
}

}  // namespace

void lexicon::merge(lexicon const& o) {
  append_entries(*this, o);
  reindex(*this);
}

void lexicon::merge_all(std::vector<lexicon> const& others) {
  for (auto const& o : others) append_entries(*this, o);
  reindex(*this);
}

}  // namespace attrib
