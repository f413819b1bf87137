// The public API's values: the pipeline's analysis turned into plain structs, the graph, JSON, DOT, audits.
#include "api/internal.hpp"

#include "attrib/audit.hpp"
#include "attrib/corpus.hpp"
#include "attrib/report/report.hpp"
#include "attrib/source_graph.hpp"

namespace attrib::api {
namespace {

span span_of(article const& art, grammar::span s) {
  auto const p = position_of(art, s.begin);
  return span{s.begin, s.end, p.line, p.column, art.text.substr(s.begin, s.end - s.begin)};
}

std::optional<span> span_of(article const& art, std::optional<grammar::span> const& s) {
  if (!s) return std::nullopt;
  return span_of(art, *s);
}

api::quote quote_of(article const& art, attrib::analysis const& a, attrib::quote const& q) {
  api::quote out;
  out.id = q.id;
  out.kind = std::string(name_of(q.kind));
  if (q.form != quote_form::none) out.form = std::string(name_of(q.form));
  out.attribution = std::string(name_of(q.attr.kind));
  out.extent = span_of(art, q.extent);
  out.content = span_of(art, q.content);
  out.closed = q.closed;
  if (q.speaker >= 0) out.speaker = a.speakers[static_cast<std::size_t>(q.speaker)].id;
  out.mention = span_of(art, q.attr.mention);
  out.cue = span_of(art, q.attr.cue);
  if (q.attr.cue) out.cue_class = std::string(name_of(q.attr.cue_type));
  out.outlet = span_of(art, q.attr.outlet);
  out.audience = span_of(art, q.attr.audience);
  out.medium = span_of(art, q.attr.medium);
  out.time = span_of(art, q.attr.time);
  return out;
}

api::speaker speaker_of(article const& art, attrib::speaker const& s) {
  api::speaker out;
  out.id = s.id;
  out.name = s.name;
  out.kind = std::string(name_of(s.kind));
  out.gender = std::string(gender_name(s.gender));
  out.anonymous = s.anonymous;
  out.anonymity_condition = span_of(art, s.anonymity.condition);
  out.anonymity_reason = span_of(art, s.anonymity.reason);
  out.roles = s.roles;
  out.affiliations = s.affiliations;
  out.outlets = s.outlets;
  for (auto const& m : s.mentions) {
    auto const p = position_of(art, m.where.begin);
    out.mentions.push_back(mention{span{m.where.begin, m.where.end, p.line, p.column, m.text}, m.rule});
  }
  return out;
}

std::vector<audit_rule> article_rules(rules const& pack) {
  auto list = pack.internals().list;
  std::erase_if(list, [](audit_rule const& r) { return corpus_scope(r.scope); });  // a corpus index evaluates those
  return list;
}

}  // namespace

std::shared_ptr<analysis::impl const> make_analysis(article art, attrib::analysis result, std::shared_ptr<engine const> eng) {
  auto p = std::make_shared<analysis::impl>();
  p->art = std::move(art);
  p->result = std::move(result);
  p->eng = std::move(eng);
  return p;
}

void analysis::impl::convert() const {
  std::call_once(converted, [&] {
    for (auto const& q : result.quotes) quotes.push_back(quote_of(art, result, q));
    for (auto const& s : result.speakers) speakers.push_back(speaker_of(art, s));
  });
}

std::string const& analysis::id() const { return impl_->art.id; }
std::string const& analysis::text() const { return impl_->art.text; }
std::vector<quote> const& analysis::quotes() const {
  impl_->convert();
  return impl_->quotes;
}
std::vector<speaker> const& analysis::speakers() const {
  impl_->convert();
  return impl_->speakers;
}

api::graph analysis::graph() const {
  auto const sg = source_graph::build(impl_->art, impl_->result);
  auto const& g = sg.graph();
  api::graph out;
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    out.nodes.push_back(graph::node{g[v].id, std::string(name_of(g[v].kind)), g[v].label, g[v].anonymous});
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    out.edges.push_back(graph::edge{boost::source(e, g), boost::target(e, g), std::string(name_of(g[e].kind))});
  return out;
}

std::string analysis::json() const {
  std::string out;
  report::write_json(out, impl_->art, impl_->result);
  return out;
}

std::string analysis::dot() const { return to_dot(source_graph::build(impl_->art, impl_->result), impl_->art.id); }

namespace {

std::vector<attrib::finding> run_audit(analysis::impl const& p, rules const& pack) {
  return attrib::audit(p.art, p.result, source_graph::build(p.art, p.result), article_rules(pack), p.eng->lex());
}

}  // namespace

std::vector<finding> analysis::audit(rules const& pack) const {
  std::vector<finding> out;
  for (auto const& f : run_audit(*impl_, pack)) {
    finding x;
    x.rule = f.rule_id;
    x.severity = std::string(name_of(f.level));
    x.message = f.message;
    x.reference = f.reference;
    x.where = span_of(impl_->art, f.where);
    if (f.quote >= 0) x.quote = impl_->result.quotes[static_cast<std::size_t>(f.quote)].id;
    if (f.speaker >= 0) x.speaker = impl_->result.speakers[static_cast<std::size_t>(f.speaker)].id;
    out.push_back(std::move(x));
  }
  return out;
}

std::string analysis::audit_json(rules const& pack) const {
  auto const findings = run_audit(*impl_, pack);
  std::string out;
  report::write_json(out, impl_->art, impl_->result, &findings);
  return out;
}

// ---- rule packs ----

rules rules::defaults() {
  static rules const pack(std::make_shared<impl const>(impl{default_rules().rules}));
  return pack;
}

result<rules, std::vector<error>> rules::parse(std::string_view yaml, std::string const& file) {
  auto parsed = parse_rules(std::string(yaml), file);
  if (auto* ds = std::get_if<std::vector<diagnostic>>(&parsed)) {
    std::vector<error> out;
    for (auto const& d : *ds) out.push_back(from_diagnostic(d));
    return out;
  }
  return rules(std::make_shared<impl const>(impl{std::get<rule_pack>(std::move(parsed)).rules}));
}

result<rules, std::vector<error>> rules::load(std::string const& path) {
  auto bytes = read_file(path);
  if (auto* d = std::get_if<diagnostic>(&bytes)) return std::vector<error>{from_diagnostic(*d)};
  return parse(std::get<std::string>(bytes), path);
}

rules rules::with(rules const& other) const {
  auto list = impl_->list;
  for (auto const& r : other.impl_->list) {
    std::erase_if(list, [&](audit_rule const& x) { return x.id == r.id; });
    list.push_back(r);
  }
  return rules(std::make_shared<impl const>(impl{std::move(list)}));
}

result<rules> rules::without(std::string const& id) const {
  auto list = impl_->list;
  if (std::erase_if(list, [&](audit_rule const& x) { return x.id == id; }) == 0) return error{"", 0, 0, "error: no rule has the id '" + id + "'"};
  return rules(std::make_shared<impl const>(impl{std::move(list)}));
}

std::vector<std::string> rules::ids() const {
  std::vector<std::string> out;
  for (auto const& r : impl_->list) out.push_back(r.id);
  return out;
}

}  // namespace attrib::api
