// The corpus index as JSON (one document) and as CSV tables.
#include "attrib/index/corpus_index.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <stdexcept>

namespace attrib::index {
namespace {

using json = nlohmann::ordered_json;

double share(std::size_t part, std::size_t whole) {
  return whole == 0 ? 0.0 : std::round(10000.0 * static_cast<double>(part) / static_cast<double>(whole)) / 10000.0;
}

json source_json(source_entry const& e) {
  json j;
  j["key"] = e.key;
  j["name"] = e.name;
  j["kind"] = std::string(name_of(e.kind));
  j["names"] = e.names;
  j["articles"] = e.articles;
  j["quotations"] = e.quotations;
  j["kinds"] = e.kinds;
  j["outlets"] = e.outlets;
  j["first_date"] = e.first_date.empty() ? json(nullptr) : json(e.first_date);
  j["last_date"] = e.last_date.empty() ? json(nullptr) : json(e.last_date);
  return j;
}

json outlet_json(outlet_entry const& o) {
  json j;
  j["outlet"] = o.outlet;
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
  j["speaker"] = q.speaker_key.empty() ? json(nullptr) : json(q.speaker_key);
  j["articles"] = q.appearances.size();
  json apps = json::array();
  for (std::size_t k = 0; k < q.appearances.size(); ++k) {
    auto const& a = q.appearances[k];
    json x;
    x["id"] = a.id;
    x["outlet"] = a.outlet;
    x["date"] = a.date.empty() ? json(nullptr) : json(a.date);
    x["given_to"] = a.given_to.empty() ? json(nullptr) : json(a.given_to);
    // whether a later appearance credits the outlet the words were first given to (null: nothing to credit)
    x["credits_first"] = k == 0 || q.credited.empty() ? json(nullptr) : json(bool(q.credited[k - 1]));
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
    if constexpr (std::is_arithmetic_v<std::decay_t<decltype(f)>>) {
      json const j = f;
      out += j.dump();
    } else {
      out += csv_field(std::string(f));
    }
  };
  (one(fields), ...);
  out += '\n';
}

std::string joined(std::set<std::string> const& s) {
  std::string out;
  for (auto const& x : s) out.append(out.empty() ? "" : "; ").append(x);
  return out;
}

}  // namespace

std::string to_json(index_report const& r) {
  json j;
  j["schema"] = "attrib-index/1";
  j["articles"] = r.articles;
  j["text_bytes"] = r.text_bytes;
  j["sources"] = json::array();
  for (auto const& e : r.sources) j["sources"].push_back(source_json(e));
  j["outlets"] = json::array();
  for (auto const& o : r.outlets) j["outlets"].push_back(outlet_json(o));
  j["anonymous"] = json::array();
  for (auto const& a : r.anonymous)
    j["anonymous"].push_back(json{{"outlet", a.outlet}, {"affiliation", a.affiliation.empty() ? json(nullptr) : json(a.affiliation)},
                                  {"sources", a.sources}, {"with_reason", a.with_reason}});
  j["reused_quotations"] = json::array();
  for (auto const& q : r.reused) j["reused_quotations"].push_back(reused_json(q));
  j["citations"] = json::array();
  for (auto const& c : r.citations) j["citations"].push_back(json{{"from", c.from}, {"to", c.to}, {"articles", c.articles}});
  j["circular"] = r.circular;
  return j.dump(2) + "\n";
}

std::string to_csv(index_report const& r, std::string_view table) {
  std::string out;
  if (table == "sources") {
    csv_row(out, "key", "name", "kind", "articles", "quotations", "outlets", "first_date", "last_date");
    for (auto const& e : r.sources)
      csv_row(out, e.key, e.name, name_of(e.kind), e.articles, e.quotations, joined(e.outlets), e.first_date, e.last_date);
  } else if (table == "outlets") {
    csv_row(out, "outlet", "articles", "sources", "named", "anonymous", "anonymous_share", "with_reason_share", "single_source_articles",
            "quotations", "loaded_verb_share");
    for (auto const& o : r.outlets)
      csv_row(out, o.outlet, o.articles, o.sources, o.named, o.anonymous, share(o.anonymous, o.sources), share(o.with_reason, o.anonymous),
              o.single_source, o.quotations, share(o.loaded, o.quotations));
  } else if (table == "anonymous") {
    csv_row(out, "outlet", "affiliation", "sources", "with_reason");
    for (auto const& a : r.anonymous) csv_row(out, a.outlet, a.affiliation, a.sources, a.with_reason);
  } else if (table == "reused") {
    csv_row(out, "text", "speaker", "articles", "first_id", "first_outlet", "first_date", "outlets");
    for (auto const& q : r.reused) {
      std::set<std::string> outlets;
      for (auto const& a : q.appearances) outlets.insert(a.outlet);
      auto const& f = q.appearances.front();
      csv_row(out, q.text, q.speaker_key, q.appearances.size(), f.id, f.outlet, f.date, joined(outlets));
    }
  } else if (table == "citations") {
    csv_row(out, "from", "to", "articles");
    for (auto const& c : r.citations) csv_row(out, c.from, c.to, c.articles);
  } else {
    throw std::invalid_argument("no such table: " + std::string(table));
  }
  return out;
}

}  // namespace attrib::index
