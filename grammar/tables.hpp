#pragma once
// The compiled vocabulary and the X3 parser that matches one of its word sets at a word boundary.
#include "grammar/config.hpp"
#include "grammar/lexical.hpp"
#include "grammar/parse.hpp"

#include <array>
#include <bitset>
#include <set>
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>
#include <string>
#include <string_view>
#include <unordered_map>

namespace attrib::grammar {

/// A set of short strings with a byte of flags each, looked up without allocation: open addressing over an
/// FNV-1a hash. The grammar looks words up at nearly every position it tries, so this is its hottest table.
class word_table {
 public:
  void insert(std::string_view w, unsigned char flags) {
    if ((size_ + 1) * 2 > slots_.size()) rehash(std::max<std::size_t>(64, slots_.size() * 2));
    slot& s = probe(w, hash(w));
    if (s.length == empty) {
      s = slot{hash(w), static_cast<std::uint32_t>(w.size()), static_cast<std::uint32_t>(pool_.size()), 0};
      pool_.append(w);
      ++size_;
    }
    s.flags |= flags;
  }
  /// Room for `n` entries without rehashing.
  void reserve(std::size_t n) {
    std::size_t capacity = 64;
    while (capacity < n * 2 + 2) capacity *= 2;
    if (capacity > slots_.size()) rehash(capacity);
  }
  /// The flags of `w`, or 0 when absent.
  unsigned char find(std::string_view w) const {
    if (slots_.empty()) return 0;
    return probe_const(w, hash(w)).flags;
  }

 private:
  static constexpr std::uint32_t empty = ~std::uint32_t{0};
  struct slot {
    std::uint32_t hash = 0;
    std::uint32_t length = empty;
    std::uint32_t offset = 0;
    unsigned char flags = 0;
  };
  static std::uint32_t hash(std::string_view w) {
    std::uint32_t h = 2166136261u;
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
  }
  template <typename Self>
  static auto& probe_in(Self& self, std::string_view w, std::uint32_t h) {
    std::size_t const mask = self.slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      auto& s = self.slots_[i];
      if (s.length == empty) return s;
      if (s.hash == h && s.length == w.size() && self.pool_.compare(s.offset, s.length, w) == 0) return s;
    }
  }
  slot& probe(std::string_view w, std::uint32_t h) { return probe_in(*this, w, h); }
  slot const& probe_const(std::string_view w, std::uint32_t h) const { return probe_in(*this, w, h); }
  void rehash(std::size_t capacity) {
    std::vector<slot> old(capacity);
    old.swap(slots_);
    for (slot const& s : old)
      if (s.length != empty) {
        slot& d = probe(std::string_view(pool_).substr(s.offset, s.length), s.hash);
        d = s;
      }
  }
  std::vector<slot> slots_;
  std::string pool_;
  std::size_t size_ = 0;
};

enum class word_set : int { speech_verb, auxiliary, title, pronoun, determiner, source_noun, outlet, addressee, medium, time, adding_cue, addressee_verb, base_form, belief_verb, stance_verb, stance_adjective, verb_like, noun_homograph, document, post_modifier, closing_cue, split_head, person_plural, count_ };

/// Every table the grammar holds: the word sets, then the closed classes.
inline constexpr int table_count = static_cast<int>(word_set::count_) + static_cast<int>(word_class_count);
constexpr int index_of(word_set s) { return static_cast<int>(s); }
constexpr int index_of(word_class c) { return static_cast<int>(word_set::count_) + static_cast<int>(c); }

class tables {
 public:
  explicit tables(vocabulary const& v);
  /// Whether `w` is an entry of the set, as written (no allocation: the checks in actions run often).
  bool contains(word_set s, std::string_view w) const { return exact_[index_of(s)].find(w) != 0; }
  /// Whether `w` is in a closed class, with either case of its first letter.
  bool contains(word_class c, std::string_view w) const { return exact_[index_of(c)].find(w) != 0; }
  /// Whether `w` ends in one of a class of suffixes and is longer than it.
  bool ends_in(word_class c, std::string_view w) const { return ends_in_any(words_[static_cast<int>(c)], w); }
  int longest(word_class c, char const* p, char const* last) const { return longest_at(index_of(c), p, last); }
  /// Whether an entry of the class may start at p: its first two bytes open one (a cheap filter for scans).
  bool may_start(word_class c, char const* p, char const* last) const {
    auto const b0 = static_cast<unsigned char>(p[0]);
    auto const b1 = last - p >= 2 ? static_cast<unsigned char>(p[1]) : 0;
    return starts_[index_of(c)].test(static_cast<std::size_t>(b0) << 8 | b1);
  }
  /// Whether the language puts its verb before the subject after an opening phrase (German `Dazu sagte er`).
  bool verb_second() const { return verb_second_; }
  /// The byte length of the longest entry of the set at [p, last) that ends at a word boundary, or -1.
  /// Same result as the symbol table's longest match followed by a boundary test, but most words are looked
  /// up by hashing their letters: an entry that ends inside a run of letters can never end at a boundary,
  /// so only the whole run, or an entry with other characters that starts with that run, can match.
  int longest(word_set s, char const* p, char const* last) const { return longest_at(index_of(s), p, last); }
  /// longest(), with an ASCII first letter read in lower case: the capitalised first word of a sentence
  /// (`Said Ellis:`, `Claiming …,`), whose entries the sets hold as written mid-sentence. Reads at most
  /// `lowered_bytes` bytes, on the stack.
  static constexpr std::size_t lowered_bytes = 40;
  int longest_lowered(word_set s, char const* p, char const* last) const {
    char buf[lowered_bytes];
    std::size_t const n = std::min<std::size_t>(lowered_bytes, static_cast<std::size_t>(last - p));
    if (n == 0) return -1;
    std::memcpy(buf, p, n);
    if (buf[0] >= 'A' && buf[0] <= 'Z') buf[0] = static_cast<char>(buf[0] - 'A' + 'a');
    return longest(s, buf, buf + n);
  }
  int longest_at(int k, char const* p, char const* last) const {
    if (p == last) return -1;
    auto const b0 = static_cast<unsigned char>(p[0]);
    auto const b1 = last - p >= 2 ? static_cast<unsigned char>(p[1]) : 0;
    if (!starts_[k].test(static_cast<std::size_t>(b0) << 8 | b1)) return -1;
    // the first three bytes, hashed, unless an entry of one byte starts here: `the`, `to `, `and` are no verbs
    if (!short_start_[k].test(b0)) {
      auto const b2 = last - p >= 3 ? static_cast<unsigned char>(p[2]) : 0;
      if (!starts3_[k].test(trigram(b0, b1, b2))) return -1;
    }
    char const* e = p;
    while (e != last && ((*e >= 'a' && *e <= 'z') || (*e >= 'A' && *e <= 'Z'))) ++e;
    unsigned char flags = 0;
    if (e != p) {
      flags = heads_[k].find(std::string_view(p, static_cast<std::size_t>(e - p)));
      if (flags == 0) return -1;
      if (!(flags & head_of_longer)) return e == last || !lexical::continues_word(e, last) ? static_cast<int>(e - p) : -1;
    }
    return longer_longest(k, p, last, static_cast<std::size_t>(e - p), flags);
  }

 private:
  /// A transparent string hash: the entries below are looked up by a view of the text.
  struct view_hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  /// The entries that go on past their leading run of ASCII letters (`Sen.`, `according to`, `close to`), or
  /// open with another byte (`über`), by that run (or that first byte), longest first.
  std::array<std::unordered_map<std::string, std::vector<std::string>, view_hash, std::equal_to<>>, table_count> longer_;
  std::array<word_table, table_count> exact_;  // every entry, as written
  std::array<std::bitset<65536>, table_count> starts_;
  std::array<std::bitset<65536>, table_count> starts3_;  // hashed first three bytes
  std::array<std::bitset<256>, table_count> short_start_;  // first bytes of one-byte entries
  std::array<std::vector<std::string>, word_class_count> words_;  // each class as listed (suffixes)
  bool verb_second_ = false;
  static std::size_t trigram(unsigned b0, unsigned b1, unsigned b2) { return ((b0 * 0x9E37u) ^ (b1 * 0x85EBu) ^ (b2 * 0xC2B3u) ^ (b0 << 8 | b2)) & 0xFFFFu; }
  // every entry's leading run of ASCII letters: whether it is an entry itself, whether longer entries start with it
  static constexpr unsigned char whole_entry = 1, head_of_longer = 2;
  std::array<word_table, table_count> heads_;
  /// The longest entry at p, given the length of the ASCII letters there (`run`) and their flags in heads_;
  /// -1 when it does not end at a word boundary.
  int longer_longest(int k, char const* p, char const* last, std::size_t run, unsigned char flags) const;

};

/// Context tag under which the parse functions make the tables visible to `in_set`.
struct tables_tag;

/// Matches the longest entry of one word set that ends at a word boundary.
template <int K>
struct in_set_parser : x3::parser<in_set_parser<K>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It last, Ctx const& ctx, RCtx& rctx, Attr&) const {
    tables const& t = x3::get<tables_tag>(ctx);
    int const n = t.longest_at(K, &*first, &*last);
    if (n < 0) return false;
    first += n;
    return true;
  }
};

template <word_set Set>
inline constexpr in_set_parser<index_of(Set)> in_set{};

/// Matches the longest entry of a closed class (either case of its first letter) at a word boundary.
template <word_class C>
inline constexpr in_set_parser<index_of(C)> in_class{};

}  // namespace attrib::grammar
