#include "attrib/audit_fields.hpp"
#include "attrib/suggest.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace attrib::audit_fields {
namespace {

using op = grammar::expr_node::op;

std::map<std::string, type> const& fields_of(type t) {
  static std::map<std::string, type> const speaker = {
      {"name", type::string},   {"kind", type::string},   {"anonymous", type::boolean}, {"anonymity", type::anonymity},
      {"roles", type::list},    {"affiliations", type::list}, {"outlets", type::list}, {"quotes", type::number},
      {"mentions", type::number}, {"vague", type::boolean}, {"outlet", type::boolean}};
  static std::map<std::string, type> const quote = {
      {"kind", type::string},   {"text", type::string},  {"attribution", type::string}, {"form", type::string}, {"cue", type::cue},
      {"outlet", type::string}, {"audience", type::string}, {"medium", type::string}, {"time", type::string},       {"speaker", type::speaker},
      {"words", type::number},  {"secondhand", type::boolean}, {"outlet_named", type::boolean}, {"line", type::number}};
  static std::map<std::string, type> const cue = {{"text", type::string}, {"class", type::string}};
  static std::map<std::string, type> const anonymity = {{"condition", type::string}, {"reason", type::string}};
  static std::map<std::string, type> const article = {
      {"id", type::string}, {"speakers", type::number}, {"quotes", type::number}, {"words", type::number}};
  static std::map<std::string, type> const outlet = {
      {"name", type::string}, {"articles", type::number}, {"sources", type::number}, {"named", type::number},
      {"anonymous", type::number}, {"anonymous_share", type::number}, {"with_reason_share", type::number},
      {"single_source_articles", type::number}, {"single_source_share", type::number}, {"quotations", type::number},
      {"loaded_verb_share", type::number}, {"cites", type::list}, {"cited_by", type::list}};
  static std::map<std::string, type> const source = {
      {"name", type::string}, {"kind", type::string}, {"gender", type::string}, {"articles", type::number},
      {"outlets", type::list}, {"quotations", type::number}, {"first_date", type::string}, {"last_date", type::string}};
  static std::map<std::string, type> const none;
  switch (t) {
    case type::speaker: return speaker;
    case type::quote: return quote;
    case type::cue: return cue;
    case type::anonymity: return anonymity;
    case type::article: return article;
    case type::outlet: return outlet;
    case type::source: return source;
    default: return none;
  }
}

char const* name_of(type t) {
  switch (t) {
    case type::speaker: return "a speaker";
    case type::quote: return "a quote";
    case type::cue: return "a cue";
    case type::anonymity: return "anonymity";
    case type::article: return "the article";
    case type::outlet: return "an outlet";
    case type::source: return "a source";
    default: return "a value";
  }
}

std::string known(type t) {
  std::string out;
  for (auto const& [name, ignored] : fields_of(t)) out += (out.empty() ? "" : ", ") + name;
  return out;
}

// The values a field of an enumeration may have (the names the outputs use), or none.
std::vector<std::string> values_of(type t, std::string const& name) {
  std::vector<std::string> out;
  auto const add = [&](auto... v) { (out.emplace_back(attrib::name_of(v)), ...); };
  if (t == type::quote && name == "kind") add(quote_kind::direct, quote_kind::partial, quote_kind::indirect);
  if (t == type::quote && name == "attribution")
    add(attribution_kind::explicit_cue, attribution_kind::continuation, attribution_kind::possessive, attribution_kind::none);
  if (t == type::quote && name == "form")
    add(quote_form::none, quote_form::clause, quote_form::object, quote_form::topic, quote_form::infinitive, quote_form::evidential, quote_form::question);
  if (t == type::cue && name == "class")
    add(cue_class::neutral, cue_class::loaded, cue_class::belief, cue_class::naming, cue_class::stance, cue_class::according);
  if ((t == type::speaker || t == type::source) && name == "kind")
    add(speaker_kind::person, speaker_kind::organization, speaker_kind::anonymous, speaker_kind::group, speaker_kind::document);
  if (t == type::source && name == "gender") out = {std::string(gender_name('f')), std::string(gender_name('m'))};
  return out;
}

// What a path names: the type of its last field, the item type it belongs to and that field's name.
struct resolved {
  type value = type::article, owner = type::article;
  std::string name;
};

std::optional<resolved> resolve_path(grammar::expr_node const& e, type current, std::vector<problem>& problems) {
  auto const& p = e.path;
  type t = current;
  std::size_t i = 0;
  bool const corpus = current == type::outlet || current == type::source;
  if (corpus && (p[0] == "outlet" || p[0] == "source")) {
    if (p[0] != (current == type::outlet ? "outlet" : "source")) {
      problems.push_back(problem{e.offset, "'" + p[0] + "' is not available here (the rule applies to " + std::string(name_of(current)) + ")"});
      return std::nullopt;
    }
    i = 1;
  } else if (corpus) {
    // every name of a corpus rule is a field of its item
  } else if (p[0] == "article") {
    t = type::article;
    i = 1;
  } else if (p[0] == "quote") {
    if (current != type::quote) {
      problems.push_back(problem{e.offset, "'quote' is not available here (the rule applies to " + std::string(name_of(current)) + ")"});
      return std::nullopt;
    }
    i = 1;
  } else if (p[0] == "speaker" && current == type::speaker) {
    i = 1;
  } else if (p[0] == "speaker" && current == type::article) {
    problems.push_back(problem{e.offset, "'speaker' is not available here: use count(speakers where …)"});
    return std::nullopt;
  }
  std::size_t at = e.offset;
  for (std::size_t k = 0; k < i; ++k) at += p[k].size() + 1;
  resolved r{t, t, {}};
  for (; i < p.size(); ++i) {
    auto const f = field(t, p[i]);
    if (!f && i > 0 && fields_of(t).empty()) {
      problems.push_back(problem{at, "'" + p[i - 1] + "' is " + name_of(t) + " and has no fields"});
      return std::nullopt;
    }
    if (!f) {
      std::set<std::string> names;
      for (auto const& [n, ignored] : fields_of(t)) names.insert(n);
      problems.push_back(problem{at, "unknown field '" + p[i] + "' of " + name_of(t) + did_you_mean(p[i], names) + " (known: " + known(t) + ")"});
      return std::nullopt;
    }
    r = resolved{*f, t, p[i]};
    t = *f;
    at += p[i].size() + 1;
  }
  return r;
}

// `quote.words > "ten"`, `quote.cue.class == "louded"`: a literal compared with a field must be of its type, and
// one of its values when the field is an enumeration
void check_comparison(grammar::expr_node const& e, type current, std::vector<problem>& problems) {
  grammar::expr_node const* path = nullptr;
  grammar::expr_node const* literal = nullptr;
  for (auto const& a : e.args) {
    if (!a) continue;
    if (a->kind == op::path) path = a.get();
    else if (a->kind == op::string || a->kind == op::number || a->kind == op::list) literal = a.get();
  }
  if (!path || !literal) return;
  std::vector<problem> ignored;  // a bad path is reported where it is checked
  auto const r = resolve_path(*path, current, ignored);
  if (!r) return;
  std::string const field_name = r->name.empty() ? path->path.back() : r->name;
  bool const ordering = e.kind == op::lt || e.kind == op::le || e.kind == op::gt || e.kind == op::ge;
  if (r->value == type::number && literal->kind == op::string)
    return problems.push_back(problem{literal->offset, "'" + field_name + "' is a number: compare it with a number, not \"" + literal->text + "\""});
  if ((r->value == type::string || r->value == type::boolean) && literal->kind == op::number)
    return problems.push_back(problem{literal->offset, "'" + field_name + "' is " + (r->value == type::string ? "text" : "true or false") + ", not a number"});
  if (ordering && r->value != type::number)
    return problems.push_back(problem{e.offset, "'" + field_name + "' is not a number: <, <=, > and >= compare numbers"});
  auto const values = values_of(r->owner, field_name);
  if (values.empty()) return;
  std::set<std::string> const allowed(values.begin(), values.end());
  auto const check_value = [&](grammar::expr_node const& v) {
    if (v.kind != op::string || allowed.contains(v.text)) return;
    std::string list;
    for (auto const& x : values) list += (list.empty() ? "" : ", ") + x;
    problems.push_back(problem{v.offset, "'" + v.text + "' is no value of '" + field_name + "'" + did_you_mean(v.text, allowed) + " (one of: " + list + ")"});
  };
  if (literal->kind == op::list)
    for (auto const& x : literal->args) check_value(*x);
  else
    check_value(*literal);
}

// `quantified` is true inside a count/any/all: one inside another would cost the product of the
// collections' sizes for every item, and means nothing the outer one can use.
void check_in(grammar::expr_node const& e, type current, bool quantified, std::vector<problem>& problems) {
  switch (e.kind) {
    case op::path: resolve_path(e, current, problems); return;
    case op::count:
    case op::any:
    case op::all: {
      if (current == type::outlet || current == type::source) return problems.push_back(problem{e.offset, "count(...), any(...) and all(...) are for rules on articles"});
      if (quantified) return problems.push_back(problem{e.offset, "count(...), any(...) and all(...) cannot be nested"});
      type inner;
      if (e.text == "speakers") inner = type::speaker;
      else if (e.text == "quotes") inner = type::quote;
      else return problems.push_back(problem{e.offset, "unknown collection '" + e.text + "'" + did_you_mean(e.text, {"speakers", "quotes"}) + " (expected speakers or quotes)"});
      if (!e.args.empty() && e.args[0]) check_in(*e.args[0], inner, true, problems);
      return;
    }
    case op::eq:
    case op::ne:
    case op::lt:
    case op::le:
    case op::gt:
    case op::ge:
    case op::in:
      check_comparison(e, current, problems);
      [[fallthrough]];
    default:
      for (auto const& a : e.args)
        if (a) check_in(*a, current, quantified, problems);
  }
}

}  // namespace

std::optional<type> field(type t, std::string const& name) {
  auto const& f = fields_of(t);
  auto const it = f.find(name);
  return it == f.end() ? std::nullopt : std::optional<type>(it->second);
}

std::vector<problem> check(grammar::expr_node const& e, rule_scope scope) {
  type const current = scope == rule_scope::speaker ? type::speaker
                     : scope == rule_scope::quote   ? type::quote
                     : scope == rule_scope::outlet  ? type::outlet
                     : scope == rule_scope::source  ? type::source
                                                    : type::article;
  std::vector<problem> problems;
  check_in(e, current, false, problems);
  std::stable_sort(problems.begin(), problems.end(), [](problem const& a, problem const& b) { return a.offset < b.offset; });
  return problems;
}

}  // namespace attrib::audit_fields
