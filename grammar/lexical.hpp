#pragma once
// Shared terminals over UTF-8 bytes: marks, spaces, words, names. X3's own character classes
// assert on bytes >= 0x80, so every class here is spelled explicitly.
#include "grammar/config.hpp"

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

/// Horizontal white space, including no-break and thin spaces; never a line break.
inline auto const hspace = x3::lit(' ') | x3::lit('\t') | x3::lit('\r') | x3::lit("\u00A0") | x3::lit("\u2009")
                         | x3::lit("\u202F") | x3::lit("\u2002") | x3::lit("\u2003") | x3::lit("\uFEFF");
inline auto const ws = +hspace;
inline auto const eol = x3::lit('\n');

/// A word: letters and digits, with inner apostrophes and hyphens (`Kremlin’s`, `ex-Soviet`, `don't`).
inline auto const word = +(letter | digit) >> *((apostrophe | x3::lit('-')) >> +(letter | digit));
/// The end of a word: the next byte does not continue it.
inline auto const word_end = !(letter | digit);

/// A capitalised word, with inner apostrophes and hyphens (`O’Brien`, `Holtz-Eakin`); also `McCain`.
inline auto const cap_word = (upper | (&byte_if_parser<is_latin_upper_lead>{} >> wide_letter)) >> *(letter | digit)
                           >> *((apostrophe | x3::lit('-')) >> &(upper | lower) >> +(letter | digit));
/// A lowercase word (`official`, `ex-Soviet`).
inline auto const lower_word = lower >> *(letter | digit) >> *((apostrophe | x3::lit('-')) >> +(letter | digit));
/// An initial or an initialism: `E.`, `U.S.`, `J.D.`.
inline auto const initial = upper >> x3::lit('.') >> *(upper >> x3::lit('.'));

}  // namespace attrib::grammar::lexical
