// An index saved as a state file and read back: every count and every quotation's appearances, so that shards
// merge into the index of one run.
#include "attrib/index/corpus_index.hpp"

#include <nlohmann/json.hpp>

#include <istream>
#include <ostream>

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

// One line of a state file into `s`: the header, a source, an outlet, an anonymous set, a quotation or a citation.
void read_line(json const& j, corpus_state& s) {
  if (!j.is_object()) throw std::invalid_argument("a line is not a JSON object");
  if (j.contains("schema")) {
    if (j.at("schema") != state_schema) throw std::invalid_argument("not an attrib index state (schema " + std::string(state_schema) + ")");
    s.articles = j.at("articles").get<std::size_t>();
    s.text_bytes = j.at("text_bytes").get<std::size_t>();
  } else if (j.contains("source")) {
    s.sources.emplace(j.at("source").get<std::string>(), read_source(j));
  } else if (j.contains("outlet")) {
    s.outlets.emplace(j.at("outlet").get<std::string>(), read_outlet(j.at("counts")));
  } else if (j.contains("anonymous")) {
    auto const& a = j.at("anonymous");
    s.anonymous[{a.at(0).get<std::string>(), a.at(1).get<std::string>()}] = anonymous_entry{a.at(2).get<std::size_t>(), a.at(3).get<std::size_t>()};
  } else if (j.contains("quotation")) {
    trail t{j.at("text").get<std::string>(), j.at("speaker").get<std::string>(), {}};
    for (auto const& a : j.at("appearances")) t.appearances.push_back(read_appearance(a));
    std::sort(t.appearances.begin(), t.appearances.end(), [](auto const& a, auto const& b) { return a.where < b.where; });
    s.quotations.emplace(j.at("quotation").get<std::string>(), std::move(t));
  } else if (j.contains("citation")) {
    auto const& c = j.at("citation");
    s.citations[{c.at(0).get<std::string>(), c.at(1).get<std::string>()}] = c.at(2).get<std::size_t>();
  } else {
    throw std::invalid_argument("a line of an unknown kind");
  }
}

}  // namespace

void write_state(corpus_state const& s, std::ostream& out) {
  out << json{{"schema", state_schema}, {"articles", s.articles}, {"text_bytes", s.text_bytes}}.dump() << "\n";
  for (auto const& [k, e] : s.sources) {
    json j = source_state(e);
    j["source"] = k;
    out << j.dump() << "\n";
  }
  for (auto const& [k, o] : s.outlets) out << json{{"outlet", k}, {"counts", outlet_state(o)}}.dump() << "\n";
  for (auto const& [k, a] : s.anonymous) out << json{{"anonymous", json::array({k.first, k.second, a.sources, a.with_reason})}}.dump() << "\n";
  for (auto const& [k, t] : s.quotations) {
    json apps = json::array();
    for (auto const& a : t.appearances) apps.push_back(appearance_state(a));
    out << json{{"quotation", k}, {"text", t.text}, {"speaker", t.speaker_key}, {"appearances", std::move(apps)}}.dump() << "\n";
  }
  for (auto const& [k, n] : s.citations) out << json{{"citation", json::array({k.first, k.second, n})}}.dump() << "\n";
}

std::variant<corpus_state, std::string> read_state(std::istream& in, std::string const& path) {
  corpus_state s;
  std::size_t line_no = 0;
  bool header = false;
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    if (line.empty()) continue;
    try {
      json const j = json::parse(line);
      if (!header && !j.contains("schema")) throw std::invalid_argument("not an attrib index state (schema " + std::string(state_schema) + ")");
      header = true;
      read_line(j, s);
    } catch (std::exception const& e) {
      return path + ":" + std::to_string(line_no) + ": error: not a valid state file: " + e.what();
    }
  }
  if (!header) return path + ": error: not a valid state file: it is empty";
  return s;
}

}  // namespace attrib::index
