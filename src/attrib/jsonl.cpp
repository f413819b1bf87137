#include "attrib/jsonl.hpp"

#include "attrib/utf8.hpp"

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
  explicit reader(std::string_view s) : s_(s) {}

  record run() {
    if (s_.starts_with("\xEF\xBB\xBF")) i_ = 3;  // a byte-order mark, as a file's first line may carry
    space();
    if (peek() != '{') fail("expected an object with \"id\" and \"text\"");
    record r;
    std::optional<std::string> meta_author;
    object(1, &r, &meta_author);
    if (!r.author) r.author = std::move(meta_author);
    space();
    if (i_ != s_.size()) fail("unexpected text after the record");
    return r;
  }

 private:
  std::string_view s_;
  std::size_t i_ = 0;

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
    if (c == '{') object(depth + 1, nullptr, nullptr);
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

  // `top`: the record's own members are wanted; `meta_author`: the "author" string of a "meta" object
  void object(std::size_t depth, record* top, std::optional<std::string>* meta_author) {
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
      if (top && key == "id") {
        std::string id;
        value(depth, &id, nullptr);
        top->id = std::move(id);
      } else if ((top && key == "author") || (!top && meta_author && key == "author")) {
        std::string author;
        bool is_string = false;
        value(depth, &author, &is_string);
        if (is_string) (top ? top->author : *meta_author) = std::move(author);
      } else if (top && key == "lang") {
        std::string lang;
        bool is_string = false;
        value(depth, &lang, &is_string);
        if (is_string) top->lang = std::move(lang);
      } else if (top && key == "meta" && (space(), peek() == '{')) {
        object(depth + 1, nullptr, meta_author);
      } else if (top && key == "text") {
        std::string text;
        bool is_string = false;
        value(depth, &text, &is_string);
        top->has_text = true;
        if (is_string) top->text = std::move(text);
        else top->text.reset();
      } else {
        value(depth, nullptr, nullptr);
      }
      space();
      if (peek() == ',') {
        ++i_;
        continue;
      }
      expect('}', "',' or '}' in an object");
      return;
    }
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

std::variant<record, error> parse_record(std::string_view line) {
  try {
    return reader(line).run();
  } catch (failure const& f) {
    std::size_t const at = std::min(f.at, line.size());
    return error{utf8::length(line.substr(0, at)) + 1, f.message};
  }
}

}  // namespace attrib::jsonl
