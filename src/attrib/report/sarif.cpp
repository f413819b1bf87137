// SARIF 2.1.0 (OASIS): the findings as static-analysis results, for code-review and CI tools.
#include "attrib/article.hpp"
#include "attrib/report/report.hpp"

namespace attrib::report {
namespace {

using json = nlohmann::ordered_json;

char const* level_of(severity s) {
  switch (s) {
    case severity::info: return "note";
    case severity::warning: return "warning";
    case severity::error: return "error";
  }
  return "warning";
}

// An RFC 3986 relative reference for a path: unreserved characters and '/' as they are, all else %XX.
std::string uri_of(std::string const& path) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (char ch : path) {
    auto const c = static_cast<unsigned char>(ch);
    bool const plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
                       c == '~' || c == '/';
    if (plain) {
      out += ch;
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

json region_of(article const& art, span where) {
  auto const start = position_of(art, where.begin);
  auto const end = position_of(art, where.end);
  json region;
  region["startLine"] = start.line;
  region["startColumn"] = start.column;
  region["endLine"] = end.line;
  region["endColumn"] = end.column;
  return region;
}

}  // namespace

// A result's region is a region of the file its uri names: for a text file, the lines of the article; for a
// JSON Lines record, the record's line, with the place inside the article under properties.articleRegion.
json sarif_results(article const& art, std::vector<finding> const& findings, std::string const& file) {
  json results = json::array();
  for (auto const& f : findings) {
    json location;
    location["physicalLocation"]["artifactLocation"]["uri"] = uri_of(file);
    json r;
    r["ruleId"] = f.rule_id;
    r["level"] = level_of(f.level);
    r["message"]["text"] = f.message;
    if (art.record_line == 0) {
      location["physicalLocation"]["region"] = region_of(art, f.where);
    } else {
      location["physicalLocation"]["region"]["startLine"] = art.record_line;
      location["logicalLocations"] = json::array({json{{"name", art.id}, {"kind", "object"}}});
    }
    r["locations"] = json::array({location});
    if (art.id != file) r["properties"]["article"] = art.id;
    if (art.record_line != 0) r["properties"]["articleRegion"] = region_of(art, f.where);
    results.push_back(r);
  }
  return results;
}

json sarif_log(std::vector<audit_rule> const& rules, json results, std::string const& version) {
  json driver;
  driver["name"] = "attrib";
  driver["version"] = version;
  json rs = json::array();
  for (auto const& r : rules) {
    json d;
    d["id"] = r.id;
    d["shortDescription"]["text"] = r.description.empty() ? r.message : r.description;
    d["defaultConfiguration"]["level"] = level_of(r.level);
    if (!r.reference.empty()) d["help"]["text"] = r.reference;
    d["properties"]["appliesTo"] = name_of(r.scope);
    d["properties"]["condition"] = r.when;
    rs.push_back(d);
  }
  driver["rules"] = rs;
  json run;
  run["tool"]["driver"] = driver;
  run["results"] = std::move(results);
  json log;
  log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  log["version"] = "2.1.0";
  log["runs"] = json::array({run});
  return log;
}

sarif_stream::sarif_stream(std::vector<audit_rule> const& rules, std::string const& version) {
  // the log with an empty results array, cut where the results go: the text around them is what dump(2) writes
  std::string const whole = sarif_log(rules, json::array(), version).dump(2);
  std::string const marker = "\"results\": []";
  std::size_t const at = whole.rfind(marker);
  head_ = whole.substr(0, at + marker.size() - 1);
  tail_ = whole.substr(at + marker.size() - 1);
  std::size_t const line = whole.rfind('\n', at);
  indent_ = std::string(at - line - 1, ' ');
}

std::string sarif_stream::separator() {
  std::string out = first_ ? "\n" : ",\n";
  first_ = false;
  return out;
}

std::string sarif_stream::body(json const& r) const {
  std::string out;
  std::string const inner = indent_ + "  ";
  std::string const text = r.dump(2);
  out += inner;
  for (char c : text) {
    out += c;
    if (c == '\n') out += inner;
  }
  return out;
}

std::string sarif_stream::close() const { return (first_ ? "" : "\n" + indent_) + tail_ + "\n"; }

}  // namespace attrib::report
