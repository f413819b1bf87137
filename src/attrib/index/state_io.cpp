// An index saved as a state file and read back: every count and every quotation's appearances, so that shards
// merge into the index of one run.
#include "attrib/index/corpus_index.hpp"

#include <nlohmann/json.hpp>

namespace attrib::index {
namespace {

using json = nlohmann::ordered_json;
constexpr std::string_view state_schema = "attrib-index-state/1";

std::optional<speaker_kind> kind_named(std::string const& s) {
  for (auto k : {speaker_kind::person, speaker_kind::organization, speaker_kind::anonymous, speaker_kind::group, speaker_kind::document})
    if (name_of(k) == s) return k;
  return std::nullopt;
}

json source_state(source_entry const& e) {
  return json{{"name", e.name}, {"names", e.names}, {"kind", std::string(name_of(e.kind))}, {"articles", e.articles},
              {"quotations", e.quotations}, {"female", e.female}, {"male", e.male}, {"given_name", e.given_name}, {"kinds", e.kinds}, {"outlets", e.outlets},
              {"first_date", e.first_date}, {"last_date", e.last_date}};
}

json outlet_state(outlet_entry const& o) {
  return json::array({o.articles, o.sources, o.named, o.anonymous, o.with_reason, o.single_source, o.quotations, o.loaded});
}

json appearance_state(appearance const& a) {
  return json{{"date", a.where.date}, {"path", a.where.path}, {"line", a.where.line}, {"id", a.where.id}, {"outlet", a.outlet},
              {"given_to", a.given_to}, {"credits", a.credits}};
}

source_entry read_source(json const& j) {
  source_entry e;
  e.name = j.at("name").get<std::string>();
  e.names = j.at("names").get<std::set<std::string>>();
  auto const kind = kind_named(j.at("kind").get<std::string>());
  if (!kind) throw std::invalid_argument("unknown source kind '" + j.at("kind").get<std::string>() + "'");
  e.kind = *kind;
  e.articles = j.at("articles").get<std::size_t>();
  e.quotations = j.at("quotations").get<std::size_t>();
  e.female = j.at("female").get<std::size_t>();
  e.male = j.at("male").get<std::size_t>();
  e.given_name = j.at("given_name").get<std::size_t>();
  e.kinds = j.at("kinds").get<std::map<std::string, std::size_t>>();
  e.outlets = j.at("outlets").get<std::map<std::string, std::size_t>>();
  e.first_date = j.at("first_date").get<std::string>();
  e.last_date = j.at("last_date").get<std::string>();
  return e;
}

outlet_entry read_outlet(json const& j) {
  auto const v = j.get<std::vector<std::size_t>>();
  if (v.size() != 8) throw std::invalid_argument("an outlet's counts are 8 numbers");
  return outlet_entry{v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]};
}

appearance read_appearance(json const& j) {
  appearance a;
  a.where = place{j.at("date").get<std::string>(), j.at("path").get<std::string>(), j.at("id").get<std::string>(), j.at("line").get<std::size_t>()};
  a.outlet = j.at("outlet").get<std::string>();
  a.given_to = j.at("given_to").get<std::string>();
  a.credits = j.at("credits").get<std::vector<std::string>>();
  return a;
}

corpus_state read_state(json const& j) {
  if (!j.is_object() || j.value("schema", "") != state_schema)
    throw std::invalid_argument("not an attrib index state (schema " + std::string(state_schema) + ")");
  corpus_state s;
  s.articles = j.at("articles").get<std::size_t>();
  s.text_bytes = j.at("text_bytes").get<std::size_t>();
  for (auto const& [k, v] : j.at("sources").items()) s.sources.emplace(k, read_source(v));
  for (auto const& [k, v] : j.at("outlets").items()) s.outlets.emplace(k, read_outlet(v));
  for (auto const& a : j.at("anonymous"))
    s.anonymous[{a.at(0).get<std::string>(), a.at(1).get<std::string>()}] = anonymous_entry{a.at(2).get<std::size_t>(), a.at(3).get<std::size_t>()};
  for (auto const& [k, v] : j.at("quotations").items()) {
    trail t{v.at("text").get<std::string>(), v.at("speaker").get<std::string>(), {}};
    for (auto const& a : v.at("appearances")) t.appearances.push_back(read_appearance(a));
    std::sort(t.appearances.begin(), t.appearances.end(), [](auto const& a, auto const& b) { return a.where < b.where; });
    s.quotations.emplace(k, std::move(t));
  }
  for (auto const& c : j.at("citations")) s.citations[{c.at(0).get<std::string>(), c.at(1).get<std::string>()}] = c.at(2).get<std::size_t>();
  return s;
}

}  // namespace

std::string to_state(corpus_state const& s) {
  json j;
  j["schema"] = state_schema;
  j["articles"] = s.articles;
  j["text_bytes"] = s.text_bytes;
  j["sources"] = json::object();
  for (auto const& [k, e] : s.sources) j["sources"][k] = source_state(e);
  j["outlets"] = json::object();
  for (auto const& [k, o] : s.outlets) j["outlets"][k] = outlet_state(o);
  j["anonymous"] = json::array();
  for (auto const& [k, a] : s.anonymous) j["anonymous"].push_back(json::array({k.first, k.second, a.sources, a.with_reason}));
  j["quotations"] = json::object();
  for (auto const& [k, t] : s.quotations) {
    json apps = json::array();
    for (auto const& a : t.appearances) apps.push_back(appearance_state(a));
    j["quotations"][k] = json{{"text", t.text}, {"speaker", t.speaker_key}, {"appearances", std::move(apps)}};
  }
  j["citations"] = json::array();
  for (auto const& [k, n] : s.citations) j["citations"].push_back(json::array({k.first, k.second, n}));
  return j.dump() + "\n";
}

std::variant<corpus_state, std::string> from_state(std::string const& text, std::string const& path) {
  try {
    return read_state(json::parse(text));
  } catch (json::parse_error const& e) {
    return path + ": error: not a valid state file: " + e.what();
  } catch (std::exception const& e) {
    return path + ": error: not a valid state file: " + e.what();
  }
}

}  // namespace attrib::index
