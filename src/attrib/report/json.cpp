#include "attrib/article.hpp"
#include "attrib/report/report.hpp"

#include <charconv>

namespace attrib::report {
namespace {

using json = nlohmann::ordered_json;

bool line_separator_at(std::string_view s, std::size_t i) {
  return i + 2 < s.size() && s[i] == '\xE2' && s[i + 1] == '\x80' && (s[i + 2] == '\xA8' || s[i + 2] == '\xA9');
}

std::string_view slice(article const& art, span s) { return std::string_view(art.text).substr(s.begin, s.size()); }

// The writer of the article object: written straight into a string, the one definition of the output's shape
// (to_json parses what it writes). A corpus run writes one object per article, and building a DOM first cost as
// much as finding the quotes.
class writer {
 public:
  explicit writer(std::string& out) : out_(out) {}

  void string(std::string_view s) {
    out_ += '"';
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      auto const c = static_cast<unsigned char>(s[i]);
      if (c == 0xE2 && line_separator_at(s, i)) {  // U+2028, U+2029: line breaks to many JSON Lines readers
        out_.append(s.substr(run, i - run)).append(s[i + 2] == '\xA8' ? "\\u2028" : "\\u2029");
        run = i + 3;
        i += 2;
        continue;
      }
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      out_.append(s.substr(run, i - run));
      run = i + 1;
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\b': out_ += "\\b"; break;
        case '\f': out_ += "\\f"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        default: {
          static constexpr char hex[] = "0123456789abcdef";
          out_ += "\\u00";
          out_ += hex[c >> 4];
          out_ += hex[c & 15];
        }
      }
    }
    out_.append(s.substr(run));
    out_ += '"';
  }
  void number(std::size_t n) {
    char buf[24];
    auto const r = std::to_chars(buf, buf + sizeof buf, n);
    out_.append(buf, static_cast<std::size_t>(r.ptr - buf));
  }
  void boolean(bool b) { out_ += b ? "true" : "false"; }
  void null() { out_ += "null"; }
  // `"key":`, with the comma that separates it from the member before
  void key(std::string_view k) {
    if (!first_) out_ += ',';
    first_ = false;
    out_ += '"';
    out_ += k;
    out_ += "\":";
  }
  void open(char c) {
    out_ += c;
    first_ = true;
  }
  void close(char c) {
    out_ += c;
    first_ = false;
  }
  void element() {
    if (!first_) out_ += ',';
    first_ = false;
  }

 private:
  std::string& out_;
  bool first_ = true;
};

void write_span(writer& w, article const& art, std::optional<span> const& s, std::optional<std::string_view> cue_class = std::nullopt) {
  if (!s) return w.null();
  w.open('{');
  w.key("start"), w.number(s->begin);
  w.key("end"), w.number(s->end);
  w.key("text"), w.string(slice(art, *s));
  if (cue_class) w.key("class"), w.string(*cue_class);
  w.close('}');
}

void write_quote(writer& w, article const& art, analysis const& a, quote const& q) {
  auto const pos = position_of(art, q.extent.begin);
  w.open('{');
  w.key("id"), w.string(q.id);
  w.key("kind"), w.string(name_of(q.kind));
  w.key("start"), w.number(q.extent.begin);
  w.key("end"), w.number(q.extent.end);
  w.key("text"), w.string(slice(art, q.extent));
  w.key("line"), w.number(pos.line);
  w.key("column"), w.number(pos.column);
  w.key("speaker");
  if (q.speaker >= 0) w.string(a.speakers[static_cast<std::size_t>(q.speaker)].id);
  else w.null();
  w.key("mention"), write_span(w, art, q.attr.mention);
  w.key("cue"), write_span(w, art, q.attr.cue, name_of(q.attr.cue_type));
  w.key("outlet"), write_span(w, art, q.attr.outlet);
  w.key("audience"), write_span(w, art, q.attr.audience);
  w.key("medium"), write_span(w, art, q.attr.medium);
  w.key("time"), write_span(w, art, q.attr.time);
  w.key("attribution"), w.string(name_of(q.attr.kind));
  w.key("form");
  if (q.form == quote_form::none) w.null();
  else w.string(name_of(q.form));
  w.key("closed"), w.boolean(q.closed);
  w.close('}');
}

void write_strings(writer& w, std::vector<std::string> const& v) {
  w.open('[');
  for (auto const& s : v) w.element(), w.string(s);
  w.close(']');
}

void write_speaker(writer& w, article const& art, speaker const& s) {
  w.open('{');
  w.key("id"), w.string(s.id);
  w.key("name"), w.string(s.name);
  w.key("kind"), w.string(name_of(s.kind));
  w.key("gender");
  if (gender_name(s.gender).empty()) w.null();
  else w.string(gender_name(s.gender));
  w.key("anonymous"), w.boolean(s.anonymous);
  w.key("anonymity");
  if (!s.anonymous) {
    w.null();
  } else {
    w.open('{');
    w.key("condition");
    if (s.anonymity.condition) w.string(slice(art, *s.anonymity.condition));
    else w.null();
    w.key("reason");
    if (s.anonymity.reason) w.string(slice(art, *s.anonymity.reason));
    else w.null();
    w.key("spans"), w.open('{');
    w.key("condition"), write_span(w, art, s.anonymity.condition);
    w.key("reason"), write_span(w, art, s.anonymity.reason);
    w.close('}');
    w.close('}');
  }
  w.key("roles"), write_strings(w, s.roles);
  w.key("affiliations"), write_strings(w, s.affiliations);
  w.key("outlets"), write_strings(w, s.outlets);
  w.key("mentions"), w.open('[');
  for (auto const& m : s.mentions) {
    w.element(), w.open('{');
    w.key("start"), w.number(m.where.begin);
    w.key("end"), w.number(m.where.end);
    w.key("text"), w.string(m.text);
    w.key("rule"), w.string(m.rule);
    w.close('}');
  }
  w.close(']');
  w.close('}');
}


void write_finding(writer& w, article const& art, analysis const& a, finding const& f) {
  auto const pos = position_of(art, f.where.begin);
  w.open('{');
  w.key("rule"), w.string(f.rule_id);
  w.key("severity"), w.string(name_of(f.level));
  w.key("message"), w.string(f.message);
  w.key("start"), w.number(f.where.begin);
  w.key("end"), w.number(f.where.end);
  w.key("line"), w.number(pos.line);
  w.key("column"), w.number(pos.column);
  w.key("quote");
  if (f.quote >= 0) w.string(a.quotes[static_cast<std::size_t>(f.quote)].id);
  else w.null();
  w.key("speaker");
  if (f.speaker >= 0) w.string(a.speakers[static_cast<std::size_t>(f.speaker)].id);
  else w.null();
  w.key("reference"), w.string(f.reference);
  w.close('}');
}

}  // namespace

void write_json(std::string& out, article const& art, analysis const& a, std::vector<finding> const* findings) {
  writer w(out);
  w.open('{');
  w.key("schema"), w.string(article_schema);
  w.key("id"), w.string(a.id);
  if (!art.path.empty()) {  // where the article came from: its file, and its line in a JSON Lines file
    w.key("input"), w.open('{');
    w.key("path"), w.string(art.path);
    if (art.record_line) w.key("line"), w.number(art.record_line);
    w.close('}');
  }
  if (!art.author.empty() || !art.lang.empty() || !art.passed.empty()) {  // a record's own fields, passed through
    w.key("meta"), w.open('{');
    if (!art.author.empty()) w.key("author"), w.string(art.author);
    if (!art.lang.empty()) w.key("lang"), w.string(art.lang);
    for (auto const& [k, v] : art.passed) w.key(k), w.string(v);
    w.close('}');
  }
  w.key("quotes"), w.open('[');
  for (auto const& q : a.quotes) w.element(), write_quote(w, art, a, q);
  w.close(']');
  w.key("speakers"), w.open('[');
  for (auto const& s : a.speakers) w.element(), write_speaker(w, art, s);
  w.close(']');
  if (findings) {
    w.key("findings"), w.open('[');
    for (auto const& f : *findings) w.element(), write_finding(w, art, a, f);
    w.close(']');
  }
  w.close('}');
}

json to_json(article const& art, analysis const& a) {
  std::string text;
  write_json(text, art, a);
  return json::parse(text);
}

std::string jsonl_line(nlohmann::ordered_json const& j) {
  std::string const dumped = j.dump();
  // only inside strings can these bytes occur in JSON text, so replacing them keeps it the same value
  std::string out;
  out.reserve(dumped.size());
  for (std::size_t i = 0; i < dumped.size(); ++i) {
    if (dumped[i] == '\xE2' && line_separator_at(dumped, i)) {
      out += dumped[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += dumped[i];
    }
  }
  return out;
}

}  // namespace attrib::report
