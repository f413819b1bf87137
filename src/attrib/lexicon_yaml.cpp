#include "attrib/lexicon.hpp"
#include "attrib/lexicon_sections.hpp"
#include "attrib/suggest.hpp"

#include "attrib/article.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>
#include <stdexcept>

namespace attrib {
namespace {

/// Thrown inside this file only, and turned into a diagnostic at the boundary.
struct lexicon_error : std::runtime_error {
  YAML::Mark mark;
  lexicon_error(YAML::Mark m, std::string const& what) : std::runtime_error(what), mark(m) {}
};

// A word or phrase of the lexicon: never empty, never longer than max_lexicon_entry_bytes (the grammar's
// symbol tables hold one node per byte of an entry and free them recursively).
std::string entry(YAML::Node const& item, std::string const& what) {
  if (!item.IsScalar()) throw lexicon_error(item.Mark(), "'" + what + "' must be a list of strings");
  auto s = item.as<std::string>();
  if (s.empty()) throw lexicon_error(item.Mark(), "empty entry in '" + what + "'");
  if (s.size() > max_lexicon_entry_bytes)
    throw lexicon_error(item.Mark(), "entry in '" + what + "' is " + std::to_string(s.size()) + " bytes long (at most " +
                                         std::to_string(max_lexicon_entry_bytes) + ")");
  return s;
}

std::vector<std::string> strings(YAML::Node const& n, std::string const& what) {
  if (!n.IsSequence()) throw lexicon_error(n.Mark(), "'" + what + "' must be a list of strings");
  std::vector<std::string> out;
  for (auto const& item : n) out.push_back(entry(item, what));
  return out;
}

// A list of single words, written either as a YAML list or as one block of words separated by spaces and
// line breaks (`person_nouns: |`), which a long generated list uses: it parses far faster.
std::vector<std::string> words_or_strings(YAML::Node const& n, std::string const& what) {
  if (!n.IsScalar()) return strings(n, what);
  std::vector<std::string> out;
  std::string const block = n.as<std::string>();
  for (std::size_t i = block.find_first_not_of(" \t\r\n"); i != std::string::npos; i = block.find_first_not_of(" \t\r\n", i)) {
    std::size_t const e = std::min(block.find_first_of(" \t\r\n", i), block.size());
    if (e - i > max_lexicon_entry_bytes) throw lexicon_error(n.Mark(), "entry in '" + what + "' is longer than " + std::to_string(max_lexicon_entry_bytes) + " bytes");
    out.push_back(block.substr(i, e - i));
    i = e;
  }
  return out;
}

cue_class parse_class(YAML::Node const& n) {
  static std::map<std::string, cue_class> const names = {
      {"neutral", cue_class::neutral}, {"loaded", cue_class::loaded}, {"belief", cue_class::belief},
      {"naming", cue_class::naming}, {"stance", cue_class::stance}};
  if (!n.IsScalar()) throw lexicon_error(n.Mark(), "verb class must be one of neutral, loaded, belief, naming, stance");
  auto const it = names.find(n.as<std::string>());
  if (it == names.end())
    throw lexicon_error(n.Mark(), "unknown verb class '" + n.as<std::string>() + "'" +
                                      did_you_mean(n.as<std::string>(), {"neutral", "loaded", "belief", "naming", "stance"}) +
                                      " (expected neutral, loaded, belief, naming or stance)");
  return it->second;
}

void check_keys(YAML::Node const& map, std::set<std::string> const& allowed, std::string const& where) {
  for (auto const& kv : map) {
    auto const key = kv.first.as<std::string>();
    if (!allowed.contains(key)) throw lexicon_error(kv.first.Mark(), "unknown field '" + key + "' in " + where + did_you_mean(key, allowed));
  }
}

bool parse_bool(YAML::Node const& map, char const* key, bool fallback) {
  auto const n = map[key];
  if (!n) return fallback;
  if (!n.IsScalar() || (n.as<std::string>() != "true" && n.as<std::string>() != "false"))
    throw lexicon_error(n.Mark(), std::string("'").append(key).append("' must be true or false"));
  return n.as<std::string>() == "true";
}

verb_entry parse_verb(std::string const& lemma, YAML::Node const& n) {
  if (!n.IsMap()) throw lexicon_error(n.Mark(), "speech verb '" + lemma + "' must be a map with 'class' and 'forms'");
  check_keys(n, {"class", "forms", "takes_addressee", "reported", "takes_object", "takes_reason", "position", "complement"}, "speech verb '" + lemma + "'");
  if (!n["class"]) throw lexicon_error(n.Mark(), "speech verb '" + lemma + "' has no 'class'");
  if (!n["forms"]) throw lexicon_error(n.Mark(), "speech verb '" + lemma + "' has no 'forms'");
  verb_entry v{lemma, parse_class(n["class"]), strings(n["forms"], "forms"), false};
  v.takes_addressee = parse_bool(n, "takes_addressee", false);
  v.reported = parse_bool(n, "reported", true);
  v.takes_object = parse_bool(n, "takes_object", false);
  v.takes_reason = parse_bool(n, "takes_reason", false);
  if (auto p = n["position"]) {
    if (!p.IsScalar() || (p.as<std::string>() != "closing" && p.as<std::string>() != "any"))
      throw lexicon_error(p.Mark(), "'position' must be closing or any");
    v.closing = p.as<std::string>() == "closing";
  }
  if (auto c = n["complement"]) {
    if (!c.IsScalar() || (c.as<std::string>() != "that" && c.as<std::string>() != "any"))
      throw lexicon_error(c.Mark(), "'complement' must be that or any");
    v.needs_that = c.as<std::string>() == "that";
  }
  return v;
}

pronoun_entry parse_pronoun(std::string const& word, YAML::Node const& n) {
  if (!n.IsMap()) throw lexicon_error(n.Mark(), "pronoun '" + word + "' must be a map with 'gender' and 'number'");
  check_keys(n, {"gender", "number", "introduces", "byline"}, "pronoun '" + word + "'");
  pronoun_entry p{word, "any", "singular", {}, parse_bool(n, "byline", false)};
  if (auto g = n["gender"]) p.gender = g.as<std::string>();
  if (auto k = n["number"]) p.number = k.as<std::string>();
  if (auto i = n["introduces"]) p.introduces = i.as<std::string>();
  if (!p.introduces.empty() && p.introduces != "anonymous" && p.introduces != "group")
    throw lexicon_error(n["introduces"].Mark(), "introduces must be anonymous or group");
  if (p.gender != "male" && p.gender != "female" && p.gender != "neuter" && p.gender != "any")
    throw lexicon_error(n["gender"].Mark(), "gender must be male, female, neuter or any");
  if (p.number != "singular" && p.number != "plural" && p.number != "any")
    throw lexicon_error(n["number"].Mark(), "number must be singular, plural or any");
  return p;
}

void parse_anonymity(lexicon& lex, YAML::Node const& n) {
  if (!n.IsMap()) throw lexicon_error(n.Mark(), "'anonymity' must be a map");
  check_keys(n, {"conditions", "reason_connectives", "reasons", "vague", "markers", "shared"}, "'anonymity'");
  if (auto m = n["markers"]) lex.anonymity_markers = strings(m, "markers");
  if (auto s = n["shared"]) lex.shared_markers = strings(s, "shared");
  if (auto c = n["conditions"]) lex.anonymity_conditions = strings(c, "conditions");
  if (auto r = n["reason_connectives"]) lex.reason_connectives = strings(r, "reason_connectives");
  if (auto r = n["reasons"]) lex.reason_phrases = strings(r, "reasons");
  if (auto v = n["vague"]) lex.vague_descriptors = strings(v, "vague");
}

void parse_descriptor_kinds(lexicon& lex, YAML::Node const& n) {
  if (!n.IsMap()) throw lexicon_error(n.Mark(), "'descriptor_kinds' must be a map of kind: [head nouns]");
  check_keys(n, {"anonymous", "group", "document", "organization"}, "'descriptor_kinds'");
  for (auto const& kv : n) lex.descriptor_kinds[kv.first.as<std::string>()] = strings(kv.second, kv.first.as<std::string>());
}

void parse_first_names(lexicon& lex, YAML::Node const& n) {
  if (!n.IsMap()) throw lexicon_error(n.Mark(), "'first_names' must be a map with 'male' and 'female'");
  check_keys(n, {"male", "female"}, "'first_names'");
  if (auto m = n["male"]) lex.male_names = strings(m, "male");
  if (auto f = n["female"]) lex.female_names = strings(f, "female");
}

// A list section or closed class of that name, or nullptr.
std::vector<std::string>* named_list(lexicon& lex, std::string_view key) {
  for (auto const& s : list_sections())
    if (s.section && s.name == key) return &(lex.*s.field);
  for (std::size_t c = 0; c < grammar::word_class_count; ++c)
    if (grammar::word_class_sections[c] == key) return &lex.classes[c];
  return nullptr;
}

// Every top-level section a pack file may hold, for suggestions.
std::set<std::string> const& section_names() {
  static std::set<std::string> const names = [] {
    std::set<std::string> out = {"speech_verbs", "pronouns", "anonymity", "descriptor_kinds", "first_names", "syntax", "title_roles", "adverbs"};
    for (auto const& s : list_sections())
      if (s.section) out.emplace(s.name);
    for (std::size_t c = 0; c < grammar::word_class_count; ++c) out.emplace(grammar::word_class_sections[c]);
    return out;
  }();
  return names;
}

lexicon parse_root(YAML::Node const& root) {
  lexicon lex;
  if (root.IsNull()) return lex;
  if (!root.IsMap()) throw lexicon_error(root.Mark(), "a lexicon file must be a map of sections");
  for (auto const& kv : root) {
    auto const key = kv.first.as<std::string>();
    YAML::Node const& value = kv.second;
    if (auto* words = word_block_list(lex, key)) {
      *words = words_or_strings(value, key);
    } else if (auto* list = named_list(lex, key)) {
      *list = strings(value, key);
    } else if (key == "speech_verbs") {
      if (!value.IsMap()) throw lexicon_error(value.Mark(), "'speech_verbs' must be a map of lemma: {class, forms}");
      for (auto const& v : value) lex.verbs.push_back(parse_verb(entry(v.first, "speech_verbs"), v.second));
    } else if (key == "pronouns") {
      if (!value.IsMap()) throw lexicon_error(value.Mark(), "'pronouns' must be a map of word: {gender, number}");
      for (auto const& p : value) lex.pronouns.push_back(parse_pronoun(entry(p.first, "pronouns"), p.second));
    } else if (key == "anonymity") {
      parse_anonymity(lex, value);
    } else if (key == "descriptor_kinds") {
      parse_descriptor_kinds(lex, value);
    } else if (key == "first_names") {
      parse_first_names(lex, value);
    } else if (key == "syntax") {
      if (!value.IsMap()) throw lexicon_error(value.Mark(), "'syntax' must be a map of comma_before_complement, verb_second, nouns_capitalised");
      check_keys(value, {"comma_before_complement", "verb_second", "nouns_capitalised"}, "'syntax'");
      lex.nouns_capitalised = parse_bool(value, "nouns_capitalised", false);
      lex.comma_before_complement = parse_bool(value, "comma_before_complement", false);
      lex.verb_second = parse_bool(value, "verb_second", false);
    } else if (key == "title_roles") {
      if (!value.IsMap()) throw lexicon_error(value.Mark(), "'title_roles' must be a map of title: role noun");
      for (auto const& kv2 : value) lex.title_roles[entry(kv2.first, "title_roles")] = entry(kv2.second, "title_roles");
    } else {
      throw lexicon_error(kv.first.Mark(), "unknown section '" + key + "'" + did_you_mean(key, section_names()));
    }
  }
  return lex;
}

}  // namespace

lexicon_result parse_lexicon(std::string const& yaml_text, std::string const& file) {
  if (auto d = check_utf8(yaml_text, file)) return *d;
  try {
    lexicon lex = parse_root(YAML::Load(yaml_text));
    reindex(lex);
    return lex;
  } catch (lexicon_error const& e) {
    return diagnostic{file, static_cast<std::size_t>(e.mark.line + 1), static_cast<std::size_t>(e.mark.column + 1),
                      std::string("error: ") + e.what()};
  } catch (YAML::DeepRecursion const& e) {
    return diagnostic{file, static_cast<std::size_t>(e.mark.line + 1), static_cast<std::size_t>(e.mark.column + 1),
                      "error: the YAML nests too deeply (" + std::to_string(e.depth()) + " levels)"};
  } catch (YAML::Exception const& e) {
    return diagnostic{file, static_cast<std::size_t>(e.mark.line + 1), static_cast<std::size_t>(e.mark.column + 1),
                      "error: " + e.msg};
  }
}

std::optional<lexicon> parse_word_block(std::string_view text) {
  lexicon lex;
  std::vector<std::string>* list = nullptr;
  bool names = false;  // a block of given names: capitalised words
  for (std::size_t at = 0; at < text.size();) {
    std::size_t const end = std::min(text.find('\n', at), text.size());
    std::string_view const line = text.substr(at, end - at);
    at = end + 1;
    if (line.empty() || (!list && line.front() == '#')) continue;
    if (!line.starts_with("  ")) {  // a block's key
      if (!line.ends_with(": |")) return std::nullopt;
      std::string_view const key = line.substr(0, line.size() - 3);
      list = word_block_list(lex, key);
      if (!list || !list->empty()) return std::nullopt;
      names = key != "person_nouns" && key != "person_plurals" && key != "adverbs" && key != "irregular_pasts";
      continue;
    }
    if (!list || (line.size() > 2 && line[2] == ' ')) return std::nullopt;  // the generators indent by two spaces
    for (std::size_t i = 2; i < line.size();) {
      std::size_t const e = std::min(line.find(' ', i), line.size());
      std::string_view const w = line.substr(i, e - i);
      bool const plain = std::all_of(w.begin(), w.end(), [&](char c) {
        return (c >= 'a' && c <= 'z') || c == '-' || c == '\'' || (names && c >= 'A' && c <= 'Z');
      });
      if (!plain || w.size() > max_lexicon_entry_bytes) return std::nullopt;
      if (!w.empty()) list->emplace_back(w);
      i = e + 1;
    }
  }
  if (!list) return std::nullopt;
  return lex;
}

}  // namespace attrib
