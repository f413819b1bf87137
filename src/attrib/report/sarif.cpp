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

}  // namespace

json sarif_results(article const& art, std::vector<finding> const& findings, std::string const& file) {
  json results = json::array();
  for (auto const& f : findings) {
    auto const start = position_of(art, f.where.begin);
    auto const end = position_of(art, f.where.end);
    json region;
    region["startLine"] = start.line;
    region["startColumn"] = start.column;
    region["endLine"] = end.line;
    region["endColumn"] = end.column;
    json location;
    location["physicalLocation"]["artifactLocation"]["uri"] = file;
    location["physicalLocation"]["region"] = region;
    json r;
    r["ruleId"] = f.rule_id;
    r["level"] = level_of(f.level);
    r["message"]["text"] = f.message;
    r["locations"] = json::array({location});
    if (art.id != file) r["properties"]["article"] = art.id;
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

}  // namespace attrib::report
