// Corpus rules over the outlets and sources of an index report.
#include "attrib/index/corpus_audit.hpp"

#include "attrib/condition.hpp"

#include <cmath>

namespace attrib::index {
namespace {

using condition::value;

value count(std::size_t n) { return value::of(static_cast<double>(n)); }

value outlet_field(outlet_report const& o, std::vector<citation> const& citations, std::string const& name) {
  auto const& e = o.entry;
  if (name == "name") return value::of(o.outlet);
  if (name == "articles") return count(e.articles);
  if (name == "sources") return count(e.sources);
  if (name == "named") return count(e.named);
  if (name == "anonymous") return count(e.anonymous);
  if (name == "anonymous_share") return value::of(share(e.anonymous, e.sources));
  if (name == "with_reason_share") return value::of(share(e.with_reason, e.anonymous));
  if (name == "single_source_articles") return count(e.single_source);
  if (name == "single_source_share") return value::of(share(e.single_source, e.articles));
  if (name == "quotations") return count(e.quotations);
  if (name == "loaded_verb_share") return value::of(share(e.loaded, e.quotations));
  if (name == "cites" || name == "cited_by") {
    std::vector<std::string> out;
    for (auto const& c : citations)
      if ((name == "cites" ? c.from : c.to) == o.outlet) out.push_back(name == "cites" ? c.to : c.from);
    return value::of(std::move(out));
  }
  return value{};
}

value source_field(source_report const& s, std::string const& name) {
  auto const& e = s.entry;
  if (name == "name") return value::of(e.name);
  if (name == "kind") return value::of(std::string(name_of(e.kind)));
  if (name == "gender") {
    auto const g = gender_name(e.female > e.male ? 'f' : e.male > e.female ? 'm' : '?');
    return g.empty() ? value{} : value::of(std::string(g));
  }
  if (name == "articles") return count(e.articles);
  if (name == "quotations") return count(e.quotations);
  if (name == "first_date") return e.first_date.empty() ? value{} : value::of(e.first_date);
  if (name == "last_date") return e.last_date.empty() ? value{} : value::of(e.last_date);
  if (name == "outlets") {
    std::vector<std::string> out;
    for (auto const& [o, n] : e.outlets) out.push_back(o);
    return value::of(std::move(out));
  }
  return value{};
}

// A path of a corpus rule: `outlet.anonymous_share` or `anonymous_share`
std::string const& field_name(std::vector<std::string> const& path) { return path.size() > 1 ? path[1] : path[0]; }

}  // namespace

double share(std::size_t part, std::size_t whole) {
  return whole == 0 ? 0.0 : std::round(10000.0 * static_cast<double>(part) / static_cast<double>(whole)) / 10000.0;
}

std::vector<corpus_finding> audit_corpus(index_report const& r, std::vector<audit_rule> const& rules) {
  std::vector<corpus_finding> out;
  for (auto const& rule : rules) {
    if (!rule.condition) continue;
    auto const fire = [&](condition::scope const& sc, std::string outlet, std::string source) {
      if (!condition::evaluate(*rule.condition, sc).truthy()) return;
      out.push_back(corpus_finding{rule.id, rule.level, condition::render(rule.message, sc), rule.reference, std::move(outlet), std::move(source)});
    };
    if (rule.scope == rule_scope::outlet)
      for (auto const& o : r.outlets)
        fire(condition::scope{[&](std::vector<std::string> const& p) { return outlet_field(o, r.citations, field_name(p)); }, nullptr}, o.outlet, {});
    if (rule.scope == rule_scope::source)
      for (auto const& s : r.sources)
        fire(condition::scope{[&](std::vector<std::string> const& p) { return source_field(s, field_name(p)); }, nullptr}, {}, s.key);
  }
  return out;
}

}  // namespace attrib::index
