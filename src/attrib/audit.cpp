#include "attrib/audit.hpp"

#include "attrib/article.hpp"
#include "attrib/audit_fields.hpp"
#include "attrib/condition.hpp"
#include "attrib/names.hpp"

#include <algorithm>
#include <set>

namespace attrib {
namespace {

// Whether `word` is one of the space-separated words of `s`, ignoring case: `the local station` has `station`.
bool contains_word(std::string_view s, std::string_view word) {
  for (std::size_t b = 0; b < s.size();) {
    std::size_t const e = std::min(s.find(' ', b), s.size());
    auto const w = s.substr(b, e - b);
    if (w.size() == word.size() && std::equal(w.begin(), w.end(), word.begin(), [](char x, char y) {
          return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
        }))
      return true;
    b = e + 1;
  }
  return false;
}


using op = grammar::expr_node::op;
using ftype = audit_fields::type;

using condition::value;

/// What a name refers to while evaluating: the article, one quote or one speaker.
struct item {
  ftype t = ftype::article;
  int index = -1;
};

class evaluator {
 public:
  evaluator(article const& art, analysis const& a, source_graph const& g, lexicon const& lex)
      : art_(art), a_(a), g_(g), lex_(lex), text_(art.text) {
    for (auto const& o : lex.outlets) outlets_.insert(o);
    for (auto const& v : lex.vague_descriptors) vague_.insert(names::lower(v));
    for (auto const& d : lex.determiners) determiners_.insert(names::lower(d));
  }

  value eval(grammar::expr_node const& e, item it) const { return condition::evaluate(e, scope_of(it)); }

  std::string render(std::string const& message, item it) const { return condition::render(message, scope_of(it)); }

 private:
  article const& art_;
  analysis const& a_;
  source_graph const& g_;
  lexicon const& lex_;
  std::string_view text_;
  std::set<std::string, std::less<>> outlets_, vague_, determiners_;

  std::string slice(span s) const { return std::string(text_.substr(s.begin, s.size())); }
  std::optional<std::string> slice(std::optional<span> const& s) const { return s ? std::optional<std::string>(slice(*s)) : std::nullopt; }

  condition::scope scope_of(item it) const {
    return condition::scope{[this, it](std::vector<std::string> const& path) { return lookup(path, it); },
                            [this, it](grammar::expr_node const& q) { return quantify(q, it); }};
  }

  value quantify(grammar::expr_node const& e, item it) const {
    ftype const t = e.text == "speakers" ? ftype::speaker : ftype::quote;
    int const size = t == ftype::speaker ? static_cast<int>(a_.speakers.size()) : static_cast<int>(a_.quotes.size());
    int hits = 0, total = 0;
    for (int i = 0; i < size; ++i) {
      if (t == ftype::quote && a_.quotes[static_cast<std::size_t>(i)].kind == quote_kind::scare) continue;
      ++total;
      if (e.args.empty() || !e.args[0] || eval(*e.args[0], item{t, i}).truthy()) ++hits;
    }
    (void)it;
    if (e.kind == op::any) return value::of(hits > 0);
    if (e.kind == op::all) return value::of(hits == total);
    return value::of(static_cast<double>(hits));
  }

  value lookup(std::vector<std::string> const& path, item it) const {
    std::size_t i = 0;
    if (path[0] == "article") {
      it = item{ftype::article, -1};
      i = 1;
    } else if (path[0] == "quote" && it.t == ftype::quote) {
      i = 1;
    } else if (path[0] == "speaker" && it.t == ftype::speaker) {
      i = 1;
    }
    if (i == path.size()) return value{};
    return field(it, path, i);
  }

  value field(item it, std::vector<std::string> const& path, std::size_t i) const {
    std::string const& name = path[i];
    bool const last = i + 1 == path.size();
    switch (it.t) {
      case ftype::speaker: {
        auto const& s = a_.speakers[static_cast<std::size_t>(it.index)];
        if (name == "anonymity") {
          if (last) return value::of(s.anonymous);
          return path[i + 1] == "condition" ? value::of(slice(s.anonymity.condition)) : value::of(slice(s.anonymity.reason));
        }
        return speaker_field(s, it.index, name);
      }
      case ftype::quote: {
        auto const& q = a_.quotes[static_cast<std::size_t>(it.index)];
        if (name == "speaker") {
          if (q.speaker < 0) return value{};
          if (last) return value::of(a_.speakers[static_cast<std::size_t>(q.speaker)].name);
          return field(item{ftype::speaker, q.speaker}, path, i + 1);
        }
        if (name == "cue") {
          if (!q.attr.cue) return value{};
          if (last || path[i + 1] == "text") return value::of(slice(*q.attr.cue));
          return value::of(std::string(name_of(q.attr.cue_type)));
        }
        return quote_field(q, name);
      }
      default: return article_field(name);
    }
  }

  value speaker_field(speaker const& s, int index, std::string const& name) const {
    if (name == "name") return value::of(s.name);
    if (name == "kind") return value::of(std::string(name_of(s.kind)));
    if (name == "anonymous") return value::of(s.anonymous);
    if (name == "roles") return value::of(s.roles);
    if (name == "affiliations") return value::of(g_.affiliations_of(index));
    if (name == "outlets") {
      auto o = g_.outlets_of(index);
      for (auto const& x : s.outlets)
        if (std::find(o.begin(), o.end(), x) == o.end()) o.push_back(x);
      return value::of(std::move(o));
    }
    if (name == "quotes") return value::of(static_cast<double>(g_.quotes_of(index).size()));
    if (name == "mentions") return value::of(static_cast<double>(s.mentions.size()));
    if (name == "vague") return value::of(vague(s));
    if (name == "outlet") return value::of(outlets_.contains(s.name) || outlets_.contains("The " + s.name));
    return value{};
  }

  // `a source`, `sources`, `people`: nothing said about who the source is beyond that it exists
  bool vague(speaker const& s) const {
    if (!s.anonymous) return false;
    for (auto const& m : s.mentions) {
      std::string rest;
      for (auto w : names::words(m.text)) {
        std::string const l = names::lower(w);
        if (!determiners_.contains(l)) rest += (rest.empty() ? "" : " ") + l;
      }
      if (!rest.empty() && !vague_.contains(rest)) return false;
    }
    return true;
  }

  value quote_field(quote const& q, std::string const& name) const {
    if (name == "kind") return value::of(std::string(name_of(q.kind)));
    if (name == "text") return value::of(slice(q.extent));
    if (name == "attribution") return value::of(std::string(name_of(q.attr.kind)));
    if (name == "form") return value::of(std::string(name_of(q.form)));
    if (name == "outlet") return value::of(slice(q.attr.outlet));
    if (name == "audience") return value::of(slice(q.attr.audience));
    if (name == "medium") return value::of(slice(q.attr.medium));
    if (name == "time") return value::of(slice(q.attr.time));
    if (name == "words") return value::of(static_cast<double>(names::words(text_.substr(q.content.begin, q.content.size())).size()));
    if (name == "line") return value::of(static_cast<double>(position_of(art_, q.extent.begin).line));
    if (name == "secondhand") return value::of(secondhand(q));
    if (name == "outlet_named") return value::of(outlet_named(q));
    return value{};
  }

  // The words reached the writer through another outlet: given to one (`told CNBC`, `told the newspaper`)
  // or in an interview with one.
  bool secondhand(quote const& q) const {
    for (auto const& s : {slice(q.attr.outlet), slice(q.attr.medium)}) {
      if (!s) continue;
      if (outlets_.contains(*s)) return true;
      for (auto const& o : outlets_)
        if (o.size() > 3 && s->find(o) != std::string::npos) return true;
      for (auto const& w : lex_.outlet_nouns)
        if (contains_word(*s, w)) return true;
    }
    return false;
  }

  // the addressee or medium names a news outlet: a known one (`told CNBC`, `in an interview with The Times`) or
  // an outlet by its proper name (`told the Ellis Gazette`), not `a local newspaper`
  bool outlet_named(quote const& q) const {
    if (auto const o = slice(q.attr.outlet); o && proper_name(*o)) return true;
    for (auto const& s : {slice(q.attr.outlet), slice(q.attr.medium)}) {
      if (!s) continue;
      if (outlets_.contains(*s)) return true;
      for (auto const& o : outlets_)
        if (o.size() > 3 && s->find(o) != std::string::npos) return true;
    }
    return false;
  }

  // a word that opens with a capital and is not a determiner: `the Ellis Gazette`, not `The newspaper`
  bool proper_name(std::string_view s) const {
    for (std::size_t i = 0; i < s.size();) {
      std::size_t const e = std::min(s.find(' ', i), s.size());
      std::string word(s.substr(i, e - i));
      if (!word.empty() && std::isupper(static_cast<unsigned char>(word[0]))) {
        for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (!determiners_.contains(word)) return true;
      }
      i = e + 1;
    }
    return false;
  }

  value article_field(std::string const& name) const {
    if (name == "id") return value::of(a_.id);
    if (name == "speakers") return value::of(static_cast<double>(a_.speakers.size()));
    if (name == "quotes")
      return value::of(static_cast<double>(std::count_if(a_.quotes.begin(), a_.quotes.end(), [](quote const& q) { return q.kind != quote_kind::scare; })));
    if (name == "words") return value::of(static_cast<double>(names::words(art_.text).size()));
    return value{};
  }
};

span where_of(article const& art, analysis const& a, audit_rule const& r, int index) {
  rule_scope const scope = r.scope;
  if (scope == rule_scope::quote) {
    auto const& q = a.quotes[static_cast<std::size_t>(index)];
    if (r.location == rule_location::cue && q.attr.cue) return *q.attr.cue;
    if (r.location == rule_location::mention && q.attr.mention) return *q.attr.mention;
    return q.extent;
  }
  if (scope == rule_scope::speaker) {
    auto const& s = a.speakers[static_cast<std::size_t>(index)];
    if (!s.mentions.empty()) return s.mentions.front().where;
    for (auto const& q : a.quotes)
      if (q.speaker == index && q.attr.mention) return *q.attr.mention;
  }
  return art.paragraphs.empty() ? span{} : art.paragraphs.front();
}

}  // namespace

std::vector<finding> audit(article const& art, analysis const& a, source_graph const& g, std::vector<audit_rule> const& rules,
                           lexicon const& lex) {
  evaluator const ev(art, a, g, lex);
  std::vector<finding> out;
  for (auto const& r : rules) {
    if (corpus_scope(r.scope)) continue;  // evaluated over a corpus, by `attrib index`
    int const count = r.scope == rule_scope::quote ? static_cast<int>(a.quotes.size())
                    : r.scope == rule_scope::speaker ? static_cast<int>(a.speakers.size()) : 1;
    ftype const t = r.scope == rule_scope::quote ? ftype::quote : r.scope == rule_scope::speaker ? ftype::speaker : ftype::article;
    for (int i = 0; i < count; ++i) {
      if (r.scope == rule_scope::quote && a.quotes[static_cast<std::size_t>(i)].kind == quote_kind::scare) continue;
      item const it{t, r.scope == rule_scope::article ? -1 : i};
      if (!ev.eval(*r.condition, it).truthy()) continue;
      finding f;
      f.rule_id = r.id;
      f.level = r.level;
      f.message = ev.render(r.message, it);
      f.where = where_of(art, a, r, i);
      f.reference = r.reference;
      if (r.scope == rule_scope::quote) f.quote = i;
      if (r.scope == rule_scope::speaker) f.speaker = i;
      out.push_back(std::move(f));
    }
  }
  std::stable_sort(out.begin(), out.end(), [](finding const& x, finding const& y) { return x.where.begin < y.where.begin; });
  return out;
}

}  // namespace attrib
