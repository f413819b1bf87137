// The corpus index's report as JSON (one document) and as CSV tables.
#include "attrib/index/corpus_audit.hpp"
#include "attrib/index/report.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <ostream>
#include <sstream>
#include <utility>
#include <stdexcept>

namespace attrib::index {
namespace {

using json = nlohmann::ordered_json;

json text_or_null(std::string const& s) { return s.empty() ? json(nullptr) : json(s); }

std::string_view gender_of(source_entry const& e) {
  return e.kind != speaker_kind::person ? std::string_view() : gender_name(e.female > e.male ? 'f' : e.male > e.female ? 'm' : '?');
}

json source_json(source_report const& s) {
  auto const& e = s.entry;
  json j;
  j["key"] = s.key;
  j["name"] = e.name;
  j["kind"] = std::string(name_of(e.kind));
  j["gender"] = text_or_null(std::string(gender_of(e)));
  j["names"] = e.names;
  j["articles"] = e.articles;
  j["quotations"] = e.quotations;
  j["kinds"] = e.kinds;
  j["outlets"] = e.outlets;
  j["first_date"] = text_or_null(e.first_date);
  j["last_date"] = text_or_null(e.last_date);
  return j;
}

json outlet_json(outlet_report const& r) {
  auto const& o = r.entry;
  json j;
  j["outlet"] = r.outlet;
  j["articles"] = o.articles;
  j["sources"] = o.sources;
  j["named"] = o.named;
  j["anonymous"] = o.anonymous;
  j["anonymous_share"] = share(o.anonymous, o.sources);
  j["with_reason_share"] = share(o.with_reason, o.anonymous);
  j["single_source_articles"] = o.single_source;
  j["quotations"] = o.quotations;
  j["loaded_verb_share"] = share(o.loaded, o.quotations);
  return j;
}

json reused_json(reused_quotation const& q) {
  json j;
  j["text"] = q.text;
  j["speaker"] = text_or_null(q.speaker_key);
  j["articles"] = q.appearances.size();
  json apps = json::array();
  for (auto const& r : q.appearances) {
    json x;
    x["id"] = r.where.where.id;
    x["path"] = r.where.where.path;
    if (r.where.where.line) x["line"] = r.where.where.line;
    x["outlet"] = r.where.outlet;
    x["date"] = text_or_null(r.where.where.date);
    x["given_to"] = text_or_null(r.where.given_to);
    x["credits_first"] = r.credits_first ? json(*r.credits_first) : json(nullptr);
    if (!r.text.empty()) x["variant"] = r.text;
    apps.push_back(std::move(x));
  }
  j["appearances"] = std::move(apps);
  return j;
}

std::string csv_field(std::string const& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

template <typename... Fields>
void csv_row(std::string& out, Fields const&... fields) {
  bool first = true;
  auto const one = [&](auto const& f) {
    if (!first) out += ',';
    first = false;
    if constexpr (std::is_arithmetic_v<std::decay_t<decltype(f)>>) out += json(f).dump();
    else out += csv_field(std::string(f));
  };
  (one(fields), ...);
  out += '\n';
}

template <typename Map>
std::string joined_keys(Map const& m) {
  std::string out;
  for (auto const& [k, v] : m) out.append(out.empty() ? "" : "; ").append(k);
  return out;
}


json findings_json(std::vector<corpus_finding> const& fs) {
  json out = json::array();
  for (auto const& f : fs) {
    json j;
    j["rule"] = f.rule_id;
    j["severity"] = std::string(name_of(f.level));
    j["message"] = f.message;
    j["outlet"] = text_or_null(f.outlet);
    j["source"] = text_or_null(f.source);
    j["reference"] = text_or_null(f.reference);
    out.push_back(std::move(j));
  }
  return out;
}

}  // namespace

void write_json(index_report const& r, std::vector<corpus_finding> const& findings, std::ostream& out) {
  // written one element at a time, as the same document as json::dump(2) of the whole report would be: a
  // corpus's report holds every reused quotation, and its document would take ten times its text in memory
  auto const element = [&](json const& j, bool first) {
    std::string text = j.dump(2);
    std::string indented;
    indented.reserve(text.size() + text.size() / 8);
    for (char c : text) {
      indented += c;
      if (c == '\n') indented += "    ";
    }
    out << (first ? "\n    " : ",\n    ") << indented;
  };
  auto const array = [&](char const* name, auto const& items, auto const& to_json_of, bool last) {
    out << "  \"" << name << "\": [";
    bool first = true;
    for (auto const& x : items) element(to_json_of(x), std::exchange(first, false));
    out << (first ? "]" : "\n  ]") << (last ? "\n" : ",\n");
  };
  out << "{\n  \"schema\": \"attrib-index/1\",\n  \"articles\": " << r.articles << ",\n  \"text_bytes\": " << r.text_bytes << ",\n";
  array("sources", r.sources, source_json, false);
  array("outlets", r.outlets, outlet_json, false);
  array("anonymous", r.anonymous, [](anonymous_report const& a) {
    return json{{"outlet", a.outlet}, {"affiliation", text_or_null(a.affiliation)}, {"sources", a.entry.sources}, {"with_reason", a.entry.with_reason}};
  }, false);
  array("reused_quotations", r.reused, reused_json, false);
  array("citations", r.citations, [](citation const& c) { return json{{"from", c.from}, {"to", c.to}, {"articles", c.articles}}; }, false);
  array("circular", r.circular, [](std::vector<std::string> const& c) { return json(c); }, false);
  array("findings", findings_json(findings), [](json const& f) { return f; }, true);
  out << "}\n";
}

std::string to_json(index_report const& r, std::vector<corpus_finding> const& findings) {
  std::ostringstream out;
  write_json(r, findings, out);
  return out.str();
}

std::string to_csv(index_report const& r, std::vector<corpus_finding> const& findings, std::string_view table) {
  std::string out;
  if (table == "sources") {
    csv_row(out, "key", "name", "kind", "gender", "articles", "quotations", "outlets", "first_date", "last_date");
    for (auto const& s : r.sources)
      csv_row(out, s.key, s.entry.name, name_of(s.entry.kind), gender_of(s.entry), s.entry.articles, s.entry.quotations,
              joined_keys(s.entry.outlets), s.entry.first_date, s.entry.last_date);
  } else if (table == "outlets") {
    csv_row(out, "outlet", "articles", "sources", "named", "anonymous", "anonymous_share", "with_reason_share", "single_source_articles",
            "quotations", "loaded_verb_share");
    for (auto const& [name, o] : r.outlets)
      csv_row(out, name, o.articles, o.sources, o.named, o.anonymous, share(o.anonymous, o.sources), share(o.with_reason, o.anonymous),
              o.single_source, o.quotations, share(o.loaded, o.quotations));
  } else if (table == "anonymous") {
    csv_row(out, "outlet", "affiliation", "sources", "with_reason");
    for (auto const& a : r.anonymous) csv_row(out, a.outlet, a.affiliation, a.entry.sources, a.entry.with_reason);
  } else if (table == "reused") {
    csv_row(out, "text", "speaker", "articles", "first_id", "first_outlet", "first_date", "outlets", "uncredited");
    for (auto const& q : r.reused) {
      std::map<std::string, int> outlets;
      std::size_t uncredited = 0;
      for (auto const& a : q.appearances) {
        outlets[a.where.outlet] = 1;
        uncredited += a.credits_first == false;
      }
      auto const& f = q.appearances.front().where;
      csv_row(out, q.text, q.speaker_key, q.appearances.size(), f.where.id, f.outlet, f.where.date, joined_keys(outlets), uncredited);
    }
  } else if (table == "findings") {
    csv_row(out, "rule", "severity", "outlet", "source", "message");
    for (auto const& f : findings) csv_row(out, f.rule_id, name_of(f.level), f.outlet, f.source, f.message);
  } else if (table == "citations") {
    csv_row(out, "from", "to", "articles");
    for (auto const& c : r.citations) csv_row(out, c.from, c.to, c.articles);
  } else {
    throw std::invalid_argument("no such table: " + std::string(table));
  }
  return out;
}

}  // namespace attrib::index
