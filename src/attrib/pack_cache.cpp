// The compiled form of a built-in language pack. The build parses each pack's YAML once (src/tools/packc.cpp)
// and embeds the result, so that a process starts without the YAML parser, which spent ~140 M instructions,
// over half of the start-up, on the English pack. The format belongs to one build: the lexicon's fields in a
// fixed order (the list `append_entries` merges), each string as its length and bytes. The lookup tables are
// rebuilt from the lists on reading (`reindex`).
#include "attrib/lexicon.hpp"
#include "attrib/lexicon_sections.hpp"

namespace attrib {
namespace {

constexpr std::string_view magic = "attrib-pack-cache-1\n";

template <typename Verb, typename F>
void verb_fields(Verb& v, F& f) {
  f(v.lemma), f(v.type), f(v.forms), f(v.takes_addressee), f(v.reported), f(v.takes_object), f(v.takes_reason);
  f(v.needs_that), f(v.closing);
}

template <typename Pronoun, typename F>
void pronoun_fields(Pronoun& p, F& f) {
  f(p.word), f(p.gender), f(p.number), f(p.introduces), f(p.byline);
}

template <typename Lexicon, typename F>
void lexicon_fields(Lexicon& l, F& f) {
  f(l.language), f(l.comma_before_complement), f(l.nouns_capitalised), f(l.verb_second);
  for (auto& c : l.classes) f(c);
  f(l.verbs), f(l.pronouns);
  for (auto const& s : list_sections()) f(l.*s.field);
  f(l.descriptor_kinds), f(l.title_roles);
}

struct writer {
  std::string out;
  void count(std::size_t n) {
    for (; n >= 0x80; n >>= 7) out.push_back(static_cast<char>(n | 0x80));
    out.push_back(static_cast<char>(n));
  }
  void operator()(std::string const& s) { count(s.size()), out += s; }
  void operator()(bool b) { out.push_back(b ? '\1' : '\0'); }
  void operator()(cue_class c) { out.push_back(static_cast<char>(c)); }
  void operator()(verb_entry const& v) { verb_fields(v, *this); }
  void operator()(pronoun_entry const& p) { pronoun_fields(p, *this); }
  template <typename T>
  void operator()(std::vector<T> const& v) {
    count(v.size());
    for (auto const& x : v) (*this)(x);
  }
  template <typename V>
  void operator()(std::map<std::string, V> const& m) {
    count(m.size());
    for (auto const& [k, v] : m) (*this)(k), (*this)(v);
  }
};

// Every read is bounds-checked: bytes that end early, hold a value out of range or are not written the one
// way the writer writes them fail as a whole.
struct reader {
  std::string_view in;
  bool ok = true;
  std::size_t count() {
    std::size_t n = 0;
    for (int shift = 0; ok; shift += 7) {
      if (in.empty() || shift > 56) return ok = false, 0;
      auto const b = static_cast<unsigned char>(in.front());
      in.remove_prefix(1);
      n |= static_cast<std::size_t>(b & 0x7F) << shift;
      if (!(b & 0x80)) {
        if (b == 0 && shift > 0) ok = false;  // one way to write each count: no trailing zero group
        break;
      }
    }
    if (n > in.size()) ok = false;  // every entry takes a byte at least
    return ok ? n : 0;
  }
  unsigned char byte() {
    if (in.empty()) return ok = false, 0;
    auto const b = static_cast<unsigned char>(in.front());
    in.remove_prefix(1);
    return b;
  }
  void operator()(std::string& s) {
    std::size_t const n = count();
    s.assign(in.substr(0, n));
    in.remove_prefix(n);
  }
  void operator()(bool& b) {
    auto const v = byte();
    ok = ok && v <= 1;
    b = v == 1;
  }
  void operator()(cue_class& c) {
    auto const v = byte();
    ok = ok && v <= static_cast<unsigned char>(cue_class::according);
    c = static_cast<cue_class>(v);
  }
  void operator()(verb_entry& v) { verb_fields(v, *this); }
  void operator()(pronoun_entry& p) { pronoun_fields(p, *this); }
  template <typename T>
  void operator()(std::vector<T>& v) {
    v.resize(count());
    for (auto& x : v) (*this)(x);
  }
  template <typename V>
  void operator()(std::map<std::string, V>& m) {
    for (std::size_t n = count(); n > 0 && ok; --n) {
      std::string k;
      (*this)(k);
      if (!m.empty() && !(m.rbegin()->first < k)) ok = false;  // keys in order, each once, as written
      (*this)(m[std::move(k)]);
    }
  }
};

}  // namespace

std::string serialize_lexicon(lexicon const& lex) {
  writer w;
  w.out = magic;
  lexicon_fields(lex, w);
  return std::move(w.out);
}

std::optional<lexicon> deserialize_lexicon(std::string_view bytes) {
  if (!bytes.starts_with(magic)) return std::nullopt;
  reader r{bytes.substr(magic.size())};
  lexicon lex;
  lexicon_fields(lex, r);
  if (!r.ok || !r.in.empty()) return std::nullopt;
  reindex(lex);
  return lex;
}

}  // namespace attrib
