#include "attrib/audit_fields.hpp"

#include <map>

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

std::optional<problem> check_path(grammar::expr_node const& e, type current) {
  auto const& p = e.path;
  type t = current;
  std::size_t i = 0;
  bool const corpus = current == type::outlet || current == type::source;
  if (corpus && (p[0] == "outlet" || p[0] == "source")) {
    if (p[0] != (current == type::outlet ? "outlet" : "source"))
      return problem{e.offset, "'" + p[0] + "' is not available here (the rule applies to " + std::string(name_of(current)) + ")"};
    i = 1;
  } else if (corpus) {
    // every name of a corpus rule is a field of its item
  } else if (p[0] == "article") {
    t = type::article;
    i = 1;
  } else if (p[0] == "quote") {
    if (current != type::quote) return problem{e.offset, "'quote' is not available here (the rule applies to " + std::string(name_of(current)) + ")"};
    i = 1;
  } else if (p[0] == "speaker" && current == type::speaker) {
    i = 1;
  } else if (p[0] == "speaker" && current == type::article) {
    return problem{e.offset, "'speaker' is not available here: use count(speakers where …)"};
  }
  std::size_t at = e.offset;
  for (std::size_t k = 0; k < i; ++k) at += p[k].size() + 1;
  for (; i < p.size(); ++i) {
    auto const f = field(t, p[i]);
    if (!f) return problem{at, "unknown field '" + p[i] + "' of " + name_of(t) + " (known: " + known(t) + ")"};
    t = *f;
    at += p[i].size() + 1;
  }
  return std::nullopt;
}

// `quantified` is true inside a count/any/all: one inside another would cost the product of the
// collections' sizes for every item, and means nothing the outer one can use.
std::optional<problem> check_in(grammar::expr_node const& e, type current, bool quantified) {
  switch (e.kind) {
    case op::path: return check_path(e, current);
    case op::count:
    case op::any:
    case op::all: {
      if (current == type::outlet || current == type::source) return problem{e.offset, "count(...), any(...) and all(...) are for rules on articles"};
      if (quantified) return problem{e.offset, "count(...), any(...) and all(...) cannot be nested"};
      type inner;
      if (e.text == "speakers") inner = type::speaker;
      else if (e.text == "quotes") inner = type::quote;
      else return problem{e.offset, "unknown collection '" + e.text + "' (expected speakers or quotes)"};
      if (!e.args.empty() && e.args[0]) return check_in(*e.args[0], inner, true);
      return std::nullopt;
    }
    default:
      for (auto const& a : e.args)
        if (a)
          if (auto p = check_in(*a, current, quantified)) return p;
      return std::nullopt;
  }
}

}  // namespace

std::optional<type> field(type t, std::string const& name) {
  auto const& f = fields_of(t);
  auto const it = f.find(name);
  return it == f.end() ? std::nullopt : std::optional<type>(it->second);
}

std::optional<problem> check(grammar::expr_node const& e, rule_scope scope) {
  type const current = scope == rule_scope::speaker ? type::speaker
                     : scope == rule_scope::quote   ? type::quote
                     : scope == rule_scope::outlet  ? type::outlet
                     : scope == rule_scope::source  ? type::source
                                                    : type::article;
  return check_in(e, current, false);
}

}  // namespace attrib::audit_fields
