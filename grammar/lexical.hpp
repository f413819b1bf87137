#pragma once
// Shared terminals over UTF-8 bytes: marks, spaces, words, names. X3's own character classes
// assert on bytes >= 0x80, so every class here is spelled explicitly.
#include "grammar/config.hpp"

#include <array>
#include <cstddef>
#include <string_view>

namespace attrib::grammar::lexical {

/// True for bytes that continue a word: ASCII letters and digits, and any byte of a multi-byte sequence.
/// Callers that must not treat curly quotes or dashes as letters check for those first.
constexpr bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/// True when the bytes at `it` continue a word: a letter or digit, or a multi-byte letter; not a no-break
/// space, curly quote, dash or other punctuation (U+00A0, U+00AB, U+00BB, U+2000–U+206F).
template <typename It>
bool continues_word(It it, It last) {
  auto const c = static_cast<unsigned char>(*it);
  // an ASCII apostrophe before a letter is inside the word, as ’ is: company's, don't
  if (c == '\'') return last - it >= 2 && is_word_byte(static_cast<unsigned char>(it[1])) && static_cast<unsigned char>(it[1]) < 0x80;
  if (c < 0x80) return is_word_byte(c);
  if (last - it < 2) return true;
  auto const c1 = static_cast<unsigned char>(it[1]);
  if (c == 0xC2 && (c1 == 0xA0 || c1 == 0xAB || c1 == 0xBB)) return false;
  if (c == 0xE2 && c1 == 0x80 && last - it >= 4 && static_cast<unsigned char>(it[2]) == 0x99)  // ’ inside a word: Kremlin’s
    return is_word_byte(static_cast<unsigned char>(it[3])) && static_cast<unsigned char>(it[3]) < 0x80;
  if (c == 0xE2 && (c1 == 0x80 || c1 == 0x81)) return false;
  return true;
}

/// Matches one byte for which Pred holds.
template <typename Pred>
struct byte_if_parser : x3::parser<byte_if_parser<Pred>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It last, Ctx const&, RCtx&, Attr&) const {
    if (first == last || !Pred{}(static_cast<unsigned char>(*first))) return false;
    ++first;
    return true;
  }
};

struct is_upper_ascii { constexpr bool operator()(unsigned char c) const { return c >= 'A' && c <= 'Z'; } };
struct is_lower_ascii { constexpr bool operator()(unsigned char c) const { return c >= 'a' && c <= 'z'; } };
struct is_digit_ascii { constexpr bool operator()(unsigned char c) const { return c >= '0' && c <= '9'; } };
struct is_alnum_ascii { constexpr bool operator()(unsigned char c) const { return is_word_byte(c) && c < 0x80; } };
struct is_cont_byte { constexpr bool operator()(unsigned char c) const { return c >= 0x80 && c <= 0xBF; } };
struct is_lead_byte { constexpr bool operator()(unsigned char c) const { return c >= 0xC2 && c <= 0xF4; } };
struct is_latin_upper_lead { constexpr bool operator()(unsigned char c) const { return c == 0xC3 || c == 0xC4 || c == 0xC5; } };

inline constexpr byte_if_parser<is_upper_ascii> upper{};
inline constexpr byte_if_parser<is_lower_ascii> lower{};
inline constexpr byte_if_parser<is_digit_ascii> digit{};
inline constexpr byte_if_parser<is_alnum_ascii> alnum{};

// Quotation marks and other multi-byte punctuation, spelled as UTF-8 byte strings.
inline auto const ldquo = x3::lit("\u201C");
inline auto const rdquo = x3::lit("\u201D");
inline auto const lsquo = x3::lit("\u2018");
inline auto const rsquo = x3::lit("\u2019");
inline auto const laquo = x3::lit("\u00AB");
inline auto const raquo = x3::lit("\u00BB");
inline auto const bdquo = x3::lit("\u201E");
inline auto const dash = x3::lit("\u2014") | x3::lit("\u2013");

/// Multi-byte punctuation and spaces: general punctuation (U+2000–U+206F) and Latin-1 punctuation.
inline auto const wide_punct = x3::lit("\xE2\x80") >> byte_if_parser<is_cont_byte>{}
                             | x3::lit("\xE2\x81") >> byte_if_parser<is_cont_byte>{}
                             | x3::lit("\xC2") >> x3::char_("\xA0\xAB\xBB\xA7\xB7\xBF");

/// One multi-byte letter: any UTF-8 sequence that is not punctuation.
inline auto const wide_letter = !wide_punct >> byte_if_parser<is_lead_byte>{} >> +byte_if_parser<is_cont_byte>{};
inline auto const letter = lower | upper | wide_letter;
inline auto const apostrophe = x3::lit('\'') | rsquo;

/// Byte length of the horizontal white space at `p` (space, tab, CR, no-break, thin, en and em spaces, a
/// byte-order mark; never a line break), or 0. The one definition of a space for the grammar and the stages.
template <typename It>
std::size_t hspace_length(It p, It last) {
  if (p == last) return 0;
  auto const c = static_cast<unsigned char>(*p);
  if (c == ' ' || c == '\t' || c == '\r') return 1;
  auto const n = last - p;
  auto const b = [&](int k) { return static_cast<unsigned char>(p[k]); };
  if (c == 0xC2 && n >= 2 && b(1) == 0xA0) return 2;  // no-break space
  if (c == 0xE2 && n >= 3 && b(1) == 0x80 && (b(2) == 0x89 || b(2) == 0xAF || b(2) == 0x82 || b(2) == 0x83)) return 3;  // thin, en, em
  if (c == 0xEF && n >= 3 && b(1) == 0xBB && b(2) == 0xBF) return 3;  // a byte-order mark
  return 0;
}

/// Horizontal white space as a parser (see hspace_length).
/// A primitive parser: this terminal is tried at nearly every position, so it tests bytes directly.
struct hspace_parser : x3::parser<hspace_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It last, Ctx const&, RCtx&, Attr&) const {
    std::size_t const len = hspace_length(first, last);
    first += static_cast<std::ptrdiff_t>(len);
    return len > 0;
  }
};
inline constexpr hspace_parser hspace{};
inline auto const ws = +hspace;
inline auto const eol = x3::lit('\n');

/// Byte length of the letter or digit at `p`: an ASCII letter or digit, or a multi-byte sequence that is
/// not punctuation (see wide_punct); 0 when there is none.
template <typename It>
std::size_t letter_length(It p, It last) {
  auto const c = static_cast<unsigned char>(*p);
  if (c < 0x80) return is_word_byte(c) ? 1 : 0;
  if (c < 0xC2 || c > 0xF4) return 0;
  auto const n = last - p;
  auto const b1 = n >= 2 ? static_cast<unsigned char>(p[1]) : 0;
  if (c == 0xE2 && (b1 == 0x80 || b1 == 0x81)) return 0;
  if (c == 0xC2 && (b1 == 0xA0 || b1 == 0xAB || b1 == 0xBB || b1 == 0xA7 || b1 == 0xB7 || b1 == 0xBF)) return 0;
  std::size_t len = 1;
  while (static_cast<std::ptrdiff_t>(len) < n && (static_cast<unsigned char>(p[len]) & 0xC0) == 0x80) ++len;
  return len > 1 ? len : 0;
}

/// The apostrophe or hyphen inside a word at `p` ('  ’  -): its byte length, or 0.
template <typename It>
std::size_t joiner_length(It p, It last) {
  if (*p == '\'' || *p == '-') return 1;
  if (last - p >= 3 && static_cast<unsigned char>(p[0]) == 0xE2 && static_cast<unsigned char>(p[1]) == 0x80 &&
      static_cast<unsigned char>(p[2]) == 0x99)
    return 3;
  return 0;
}

enum class word_kind { any, capitalised, lowercase };

/// A word (`Kremlin’s`, `ex-Soviet`, `don't`): letters and digits with inner apostrophes and hyphens.
/// `capitalised` words start with an uppercase letter (ASCII or Latin-1/Extended-A, as `Álvarez`) and join
/// only before a letter (`O’Brien`, `Holtz-Eakin`), or over a slash before a capital (`Reuters/Ipsos`);
/// `lowercase` words start with a–z. A primitive parser,
/// for the same reason as hspace.
template <word_kind Kind>
struct word_parser : x3::parser<word_parser<Kind>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It last, Ctx const&, RCtx&, Attr&) const {
    if (first == last) return false;
    auto const c = static_cast<unsigned char>(*first);
    std::size_t len = letter_length(first, last);
    if (len == 0) return false;
    if (Kind == word_kind::capitalised && !((c >= 'A' && c <= 'Z') || ((c == 0xC3 || c == 0xC4 || c == 0xC5) && len > 1))) return false;
    if (Kind == word_kind::lowercase && !(c >= 'a' && c <= 'z')) return false;
    It p = first + static_cast<std::ptrdiff_t>(len);
    while (p != last && (len = letter_length(p, last)) > 0) p += static_cast<std::ptrdiff_t>(len);
    while (p != last) {
      // (a capitalised word also joins another over a slash: `Reuters/Ipsos`, `NBC/WSJ`)
      bool const slash = Kind == word_kind::capitalised && *p == '/';
      std::size_t const j = slash ? 1 : joiner_length(p, last);
      if (j == 0 || p + static_cast<std::ptrdiff_t>(j) == last) break;
      It q = p + static_cast<std::ptrdiff_t>(j);
      if (Kind == word_kind::capitalised) {
        auto const d = static_cast<unsigned char>(*q);
        if (!((d >= 'a' && d <= 'z' && !slash) || (d >= 'A' && d <= 'Z'))) break;
      }
      if ((len = letter_length(q, last)) == 0) break;
      while (q != last && (len = letter_length(q, last)) > 0) q += static_cast<std::ptrdiff_t>(len);
      p = q;
    }
    first = p;
    return true;
  }
};

inline constexpr word_parser<word_kind::any> word{};
/// The end of a word: the next byte does not continue it.
inline auto const word_end = !(letter | digit);
inline constexpr word_parser<word_kind::capitalised> cap_word{};
inline constexpr word_parser<word_kind::lowercase> lower_word{};
/// One of a few fixed words or word pairs (`for`, `close to`), ending at a word boundary; the longest that
/// fits. A primitive parser: an alternative of X3 literals re-reads the same bytes once per literal, and
/// these closed lists are tried after nearly every word of a mention.
template <std::size_t N>
struct word_choice_parser : x3::parser<word_choice_parser<N>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  std::array<std::string_view, N> words;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It last, Ctx const&, RCtx&, Attr&) const {
    auto const available = static_cast<std::size_t>(last - first);
    std::size_t best = 0;
    for (std::string_view w : words) {
      if (w.size() <= best || w.size() > available || first[0] != w[0] || std::string_view(&*first, w.size()) != w) continue;
      It const after = first + static_cast<std::ptrdiff_t>(w.size());
      if (after == last || letter_length(after, last) == 0) best = w.size();
    }
    if (best == 0) return false;
    first += static_cast<std::ptrdiff_t>(best);
    return true;
  }
};
template <typename... W>
constexpr auto word_choice(W... w) {
  return word_choice_parser<sizeof...(W)>{{}, {std::string_view(w)...}};
}
template <std::size_t N>
constexpr auto word_choice(std::array<std::string_view, N> const& words) {
  return word_choice_parser<N>{{}, words};
}

/// An initial or an initialism: `E.`, `U.S.`, `J.D.`.
inline auto const initial = upper >> x3::lit('.') >> *(upper >> x3::lit('.'));

}  // namespace attrib::grammar::lexical
