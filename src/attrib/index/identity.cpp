// One identity per source across a corpus: aliases, middle names and bare surnames.
#include "attrib/index/identity.hpp"

#include "attrib/index/summary.hpp"

#include <yaml-cpp/yaml.h>

#include <stdexcept>

namespace attrib::index {
namespace {

std::vector<std::string_view> words_of(std::string_view key) {
  std::vector<std::string_view> out;
  for (std::size_t b = 0; b < key.size();) {
    std::size_t e = key.find(' ', b);
    if (e == std::string_view::npos) e = key.size();
    out.push_back(key.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

bool agrees(name_stats const& a, name_stats const& b) {
  char const ga = a.female > a.male ? 'f' : a.male > a.female ? 'm' : '?';
  char const gb = b.female > b.male ? 'f' : b.male > b.female ? 'm' : '?';
  return ga == '?' || gb == '?' || ga == gb;
}

// `hillary rodham clinton` → `hillary clinton`, when exactly one person of two words has that first and last word
void join_middle_names(std::map<std::string, name_stats> const& keys, std::map<std::string, std::string>& to) {
  std::map<std::string, std::string> two_words;  // "first last" → itself; "" when the key is ambiguous
  for (auto const& [key, st] : keys)
    if (st.kind == speaker_kind::person && words_of(key).size() == 2) two_words.emplace(key, key);
  for (auto const& [key, st] : keys) {
    auto const ws = words_of(key);
    if (st.kind != speaker_kind::person || ws.size() < 3 || to.at(key) != key) continue;
    std::string const short_form = std::string(ws.front()) + " " + std::string(ws.back());
    if (auto it = two_words.find(short_form); it != two_words.end() && agrees(st, keys.at(short_form))) to[key] = to.at(short_form);
  }
}

// `obama` → `barack obama`: the full name ending in the surname that dominates the others and agrees in gender
void join_surnames(std::map<std::string, name_stats> const& keys, std::map<std::string, std::string>& to) {
  std::map<std::string, std::vector<std::string>> by_surname;  // surname → the full names (their identities) ending in it
  auto const surname_only = [](std::string const& key, name_stats const& st) {
    return key.find(' ') == std::string::npos || st.given_name == 0;
  };
  for (auto const& [key, st] : keys) {
    auto const ws = words_of(key);
    if (st.kind == speaker_kind::person && ws.size() >= 2 && st.given_name > 0 && to.at(key) == key)
      by_surname[std::string(ws.back())].push_back(key);
  }
  for (auto const& [key, st] : keys) {
    if (st.kind != speaker_kind::person || !surname_only(key, st) || to.at(key) != key) continue;
    auto const it = by_surname.find(std::string(words_of(key).back()));
    if (it == by_surname.end()) continue;
    std::string best;
    std::size_t best_articles = 0, others = 0;
    for (auto const& full : it->second) {
      if (!agrees(st, keys.at(full))) continue;
      std::size_t const n = keys.at(full).articles;
      others += n;
      if (n > best_articles) best = full, best_articles = n;
    }
    others -= best_articles;
    if (!best.empty() && best_articles >= surname_dominance * others) to[key] = best;
  }
}

}  // namespace

std::string const& identity_rules::canonical(std::string const& key) const {
  auto const it = aliases.find(key);
  return it == aliases.end() ? key : it->second;
}

identity_rules read_aliases(std::string const& path) {
  YAML::Node root;
  try {
    root = YAML::LoadFile(path);
  } catch (YAML::BadFile const&) {
    throw std::runtime_error(path + ": error: cannot read the alias file");
  } catch (YAML::Exception const& e) {
    throw std::runtime_error(path + ":" + std::to_string(e.mark.line + 1) + ":" + std::to_string(e.mark.column + 1) + ": error: " + e.msg);
  }
  identity_rules rules;
  if (!root || root.IsNull()) return rules;
  auto const where = [&](YAML::Node const& n) {
    return path + ":" + std::to_string(n.Mark().line + 1) + ":" + std::to_string(n.Mark().column + 1) + ": error: ";
  };
  if (!root.IsMap()) throw std::runtime_error(where(root) + "an alias file is a map of variant names to canonical names");
  for (auto const& entry : root) {
    if (!entry.first.IsScalar() || !entry.second.IsScalar())
      throw std::runtime_error(where(entry.first) + "each alias maps one name to one name (`Hillary Rodham Clinton: Hillary Clinton`)");
    std::string const variant = normal_key(entry.first.Scalar()), canonical = normal_key(entry.second.Scalar());
    if (canonical.empty() || variant.empty()) throw std::runtime_error(where(entry.first) + "an alias needs a name on each side");
    rules.aliases[variant] = canonical;
    rules.display.emplace(canonical, entry.second.Scalar());
  }
  return rules;
}

std::map<std::string, std::string> identities(std::map<std::string, name_stats> const& keys, identity_rules const& rules) {
  std::map<std::string, std::string> to;
  for (auto const& [key, st] : keys) to.emplace(key, rules.canonical(key));
  join_middle_names(keys, to);
  join_surnames(keys, to);
  return to;
}

}  // namespace attrib::index
