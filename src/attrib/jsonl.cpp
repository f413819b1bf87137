#include "attrib/jsonl.hpp"

#include "attrib/utf8.hpp"

#include <algorithm>
#include <cstdio>

namespace attrib::jsonl {
namespace {

/// Thrown inside this file only; parse_record turns it into an error value.
struct failure {
  std::size_t at;
  std::string message;
};

class reader {
 public:
  reader(std::string_view s, std::vector<field> const& fields) : s_(s), fields_(fields), got_(fields.size()) {}

  record run() {
    if (s_.starts_with("\xEF\xBB\xBF")) i_ = 3;  // a byte-order mark, as a file's first line may carry
    space();
    if (peek() != '{') fail("expected an object with \"id\" and \"text\"");
    object(1, true);
    space();
    if (i_ != s_.size()) fail("unexpected text after the record");
    return collect();
  }

 private:
  struct capture {
    std::string value;  ///< a string's value, or another value's JSON text
    bool is_string = false;
    bool present = false;
  };
  std::string_view s_;
  std::size_t i_ = 0;
  std::vector<field> const& fields_;
  std::vector<capture> got_;
  std::vector<std::string> path_;  ///< the member names from the record down to the member being read

  // For each name, the first of its paths the record has (for the byline and the language, the first that
  // holds a string: `"author": 5` gives way to `meta.author`).
  record collect() {
    record r;
    for (std::size_t k = 0; k < fields_.size(); ++k) {
      auto& g = got_[k];
      std::string const& name = fields_[k].name;
      if (!g.present) continue;
      if (name == "text") {
        if (r.has_text) continue;
        r.has_text = true;
        if (g.is_string) r.text = std::move(g.value);
      } else if (name == "id") {
        if (!r.id) r.id = std::move(g.value);
      } else if (name == "author" || name == "lang") {
        auto& slot = name == "author" ? r.author : r.lang;
        if (!slot && g.is_string) slot = std::move(g.value);
      } else if (!r.passed.contains(name)) {
        r.passed.emplace(name, std::move(g.value));
      }
    }
    return r;
  }

  [[noreturn]] void fail(std::string message) const { throw failure{i_, std::move(message)}; }
  char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }
  bool at_end() const { return i_ >= s_.size(); }
  void space() {
    while (!at_end() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\r' || s_[i_] == '\n')) ++i_;
  }
  void expect(char c, char const* what) {
    if (peek() != c) fail(std::string("expected ") + what);
    ++i_;
  }

  // A value; `out` receives a string's decoded value or any other value's JSON text.
  void value(std::size_t depth, std::string* out, bool* is_string) {
    space();
    std::size_t const from = i_;
    char const c = peek();
    if (is_string) *is_string = c == '"';
    if (c == '"') {
      string(out);
      return;
    }
    if (c == '{') object(depth + 1, false);
    else if (c == '[') array(depth + 1);
    else if (c == '-' || (c >= '0' && c <= '9')) number();
    else if (!literal("true") && !literal("false") && !literal("null")) fail(at_end() ? "unexpected end of the record" : "expected a JSON value");
    if (out) out->assign(s_.substr(from, i_ - from));
  }

  bool literal(std::string_view word) {
    if (s_.substr(i_, word.size()) != word) return false;
    i_ += word.size();
    return true;
  }

  void guard(std::size_t depth) const {
    if (depth > max_depth) fail("the record nests deeper than " + std::to_string(max_depth) + " levels");
  }

  // `wanted`: a field's path goes through this object, so its members are matched against the paths
  void object(std::size_t depth, bool wanted) {
    guard(depth);
    expect('{', "'{'");
    space();
    if (peek() == '}') {
      ++i_;
      return;
    }
    std::string key;
    while (true) {
      space();
      if (peek() != '"') fail("expected a member name in quotes");
      key.clear();
      string(&key);
      space();
      expect(':', "':' after a member name");
      if (wanted) member(depth, key);
      else value(depth, nullptr, nullptr);
      space();
      if (peek() == ',') {
        ++i_;
        continue;
      }
      expect('}', "',' or '}' in an object");
      return;
    }
  }

  void member(std::size_t depth, std::string const& key) {
    path_.push_back(key);
    bool exact = false, deeper = false;
    for (auto const& f : fields_) {
      exact = exact || f.path == path_;
      deeper = deeper || (f.path.size() > path_.size() && std::equal(path_.begin(), path_.end(), f.path.begin()));
    }
    if (exact) {
      capture c{std::string(), false, true};
      value(depth, &c.value, &c.is_string);
      for (std::size_t k = 0; k < fields_.size(); ++k)
        if (fields_[k].path == path_) got_[k] = c;
    } else if (deeper && (space(), peek() == '{')) {
      object(depth + 1, true);
    } else {
      value(depth, nullptr, nullptr);
    }
    path_.pop_back();
  }

  void array(std::size_t depth) {
    guard(depth);
    expect('[', "'['");
    space();
    if (peek() == ']') {
      ++i_;
      return;
    }
    while (true) {
      value(depth, nullptr, nullptr);
      space();
      if (peek() == ',') {
        ++i_;
        continue;
      }
      expect(']', "',' or ']' in an array");
      return;
    }
  }

  void digits() {
    if (!(peek() >= '0' && peek() <= '9')) fail("expected a digit");
    while (peek() >= '0' && peek() <= '9') ++i_;
  }

  void number() {
    if (peek() == '-') ++i_;
    if (peek() == '0') ++i_;
    else digits();
    if (peek() == '.') {
      ++i_;
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      ++i_;
      if (peek() == '+' || peek() == '-') ++i_;
      digits();
    }
  }

  unsigned hex4() {
    unsigned v = 0;
    for (int k = 0; k < 4; ++k, ++i_) {
      char const c = peek();
      unsigned d = 0;
      if (c >= '0' && c <= '9') d = static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f') d = static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') d = static_cast<unsigned>(c - 'A' + 10);
      else fail("expected four hex digits after \\u");
      v = v * 16 + d;
    }
    return v;
  }

  static void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  // \uD83D\uDE00 is one code point; a lone surrogate is not text
  char32_t escaped_code_point() {
    std::size_t const at = i_ - 2;
    unsigned const hi = hex4();
    if (hi >= 0xDC00 && hi <= 0xDFFF) throw failure{at, "a lone surrogate \\u escape is not a character"};
    if (hi < 0xD800 || hi > 0xDBFF) return hi;
    if (s_.substr(i_, 2) != "\\u") throw failure{at, "a lone surrogate \\u escape is not a character"};
    i_ += 2;
    unsigned const lo = hex4();
    if (lo < 0xDC00 || lo > 0xDFFF) throw failure{at, "a lone surrogate \\u escape is not a character"};
    return 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
  }

  void escape(std::string* out) {
    char const c = peek();
    ++i_;
    char plain = 0;
    switch (c) {
      case '"': plain = '"'; break;
      case '\\': plain = '\\'; break;
      case '/': plain = '/'; break;
      case 'b': plain = '\b'; break;
      case 'f': plain = '\f'; break;
      case 'n': plain = '\n'; break;
      case 'r': plain = '\r'; break;
      case 't': plain = '\t'; break;
      case 'u': {
        char32_t const cp = escaped_code_point();
        if (out) append_utf8(*out, cp);
        return;
      }
      default: --i_; fail("unknown escape in a string");
    }
    if (out) *out += plain;
  }

  void string(std::string* out) {
    ++i_;  // the opening quote
    std::size_t run = i_;
    auto flush = [&] {
      if (out) out->append(s_.substr(run, i_ - run));
    };
    while (true) {
      if (at_end()) fail("unterminated string");
      auto const c = static_cast<unsigned char>(s_[i_]);
      if (c == '"') {
        flush();
        ++i_;
        return;
      }
      if (c == '\\') {
        flush();
        ++i_;
        escape(out);
        run = i_;
      } else if (c < 0x20) {
        fail("a control character must be escaped in a string");
      } else if (c >= 0x80) {
        std::size_t const w = utf8::width_at(s_, i_);
        if (utf8::first_invalid(s_.substr(i_, w))) {
          char hex[8];
          std::snprintf(hex, sizeof hex, "0x%02X", c);
          fail(std::string("invalid UTF-8 (byte ") + hex + ")");
        }
        i_ += w;
      } else {
        ++i_;
      }
    }
  }
};

}  // namespace

std::vector<field> default_fields() {
  std::vector<field> out;
  for (std::string_view name : field_names) out.push_back(field{std::string(name), {std::string(name)}});
  out.push_back(field{"author", {"meta", "author"}});  // after "author": a top-level byline wins
  return out;
}

std::variant<field, std::string> parse_field(std::string_view spec) {
  std::size_t const eq = spec.find('=');
  if (eq == std::string_view::npos) return std::string("expected NAME=PATH, as in text=body or outlet=meta.publisher");
  std::string_view const name = spec.substr(0, eq);
  if (std::find(std::begin(field_names), std::end(field_names), name) == std::end(field_names)) {
    std::string known;
    for (auto n : field_names) known += (known.empty() ? "" : ", ") + std::string(n);
    return "unknown field '" + std::string(name) + "' (known: " + known + ")";
  }
  field f{std::string(name), {}};
  std::string_view rest = spec.substr(eq + 1);
  while (true) {
    std::size_t const dot = rest.find('.');
    std::string_view const part = rest.substr(0, dot);
    if (part.empty()) return "empty member name in path '" + std::string(spec.substr(eq + 1)) + "'";
    f.path.emplace_back(part);
    if (dot == std::string_view::npos) break;
    rest.remove_prefix(dot + 1);
  }
  return f;
}

std::vector<field> with_overrides(std::vector<field> const& overrides) {
  std::vector<field> out;
  for (auto const& f : default_fields())
    if (std::none_of(overrides.begin(), overrides.end(), [&](field const& o) { return o.name == f.name; })) out.push_back(f);
  out.insert(out.end(), overrides.begin(), overrides.end());
  return out;
}

std::variant<record, error> parse_record(std::string_view line, std::vector<field> const& fields) {
  try {
    return reader(line, fields).run();
  } catch (failure const& f) {
    std::size_t const at = std::min(f.at, line.size());
    return error{utf8::length(line.substr(0, at)) + 1, f.message};
  }
}

std::variant<record, error> parse_record(std::string_view line) {
  static std::vector<field> const defaults = default_fields();
  return parse_record(line, defaults);
}

}  // namespace attrib::jsonl
