#include "attrib/sentences.hpp"

#include "grammar/parse.hpp"

#include <algorithm>
#include <cctype>

namespace attrib {
namespace {

bool starts_with_at(std::string_view t, std::size_t i, std::string_view s) { return t.substr(i).starts_with(s); }

// Quotation marks that open (English “ ‘ « and German „ ‚ » ‹) and close (” ’ and German “ ‘ « ›) a
// quotation: punctuation of every language the packs cover, not words.
constexpr std::string_view opening_marks[] = {"\u201C", "\u2018", "\u00AB", "\u201E", "\u201A", "\u00BB", "\u2039", "\u203A"};
constexpr std::string_view closing_marks[] = {"\u201D", "\u2019", "\u201C", "\u2018", "\u00BB", "\u00AB", "\u203A", "\u2039"};

bool opening_mark_at(std::string_view t, std::size_t i) {
  if (t[i] == '"' || t[i] == '\'' || t[i] == '`' || t[i] == '(') return true;
  return std::any_of(std::begin(opening_marks), std::end(opening_marks), [&](std::string_view m) { return starts_with_at(t, i, m); });
}

// The byte length of a closing mark or parenthesis at i, or 0.
std::size_t closing_mark_at(std::string_view t, std::size_t i) {
  if (t[i] == ')' || t[i] == '\'' || t[i] == '"') return 1;
  for (std::string_view m : closing_marks)
    if (starts_with_at(t, i, m)) return m.size();
  return 0;
}

// After a terminal mark at i (exclusive), does a new sentence begin? Skips closing marks and spaces.
std::size_t next_sentence_start(std::string_view t, std::size_t i, std::size_t end) {
  std::size_t j = i;
  while (j < end)
    if (std::size_t const n = closing_mark_at(t, j)) j += n;
    else break;
  if (j >= end) return end;
  if (grammar::hspace_at(t, j) == 0) return std::string_view::npos;
  while (j < end && grammar::hspace_at(t, j) > 0) j += grammar::hspace_at(t, j);
  if (j >= end) return end;
  auto const c = static_cast<unsigned char>(t[j]);
  if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || opening_mark_at(t, j) || (c >= 0xC3 && c <= 0xC5)) return j;
  return std::string_view::npos;
}

// No abbreviation or initialism is longer than this; looking further back for the word's start would make
// a run of periods with no space (`.....`) quadratic.
constexpr std::size_t max_abbreviation_bytes = 32;

// The word that ends at the period at i: "Mr." "U.S." "E."; of a longer word, its last bytes, which still
// end in an initialism when it does (`…-in-the-U.S.`).
std::string_view token_before(std::string_view t, std::size_t begin, std::size_t i) {
  std::size_t b = i;
  std::size_t const floor = i - begin > max_abbreviation_bytes ? i - max_abbreviation_bytes : begin;
  while (b > floor && t[b - 1] != ' ' && t[b - 1] != '(' && t[b - 1] != '\t') --b;
  return t.substr(b, i + 1 - b);
}

bool is_abbreviation(std::string_view token, std::set<std::string, std::less<>> const& abbrev) {
  if (abbrev.contains(token)) return true;
  if (token.size() == 2 && token[0] >= 'A' && token[0] <= 'Z') return true;  // an initial: "E."
  // initialisms such as "U.S." or "D.C." end in an uppercase letter and a period
  return token.size() >= 4 && token[token.size() - 3] == '.' && std::isupper(static_cast<unsigned char>(token[token.size() - 2]));
}

// A dateline opens a wire story's first paragraph (after its headline): the place in capitals, perhaps its
// state or country and the agency, then a dash (`WASHINGTON (AP) — `, `RENO, Nev. - `, `BERLIN (dpa) – `). It
// belongs to no sentence: `CLEVELAND` is not the subject of the sentence after it. A shape of punctuation and
// letter case, so every language's packs share it. Returns where the first sentence starts, or `begin` when
// there is none.
constexpr std::size_t max_dateline_bytes = 60;
/// the paragraphs a dateline may open: the headline, a deck or byline, the lede (in PolNeAR the dateline is the
/// second paragraph of 98 stories in 121, and within the first five of all but a few headings); later,
/// `UEFA – Europe's governing body – said` opens with its subject
constexpr std::size_t dateline_paragraphs = 5;

std::size_t after_dateline(std::string_view t, std::size_t begin, std::size_t paragraph_end) {
  std::size_t const end = std::min(paragraph_end, begin + max_dateline_bytes);
  auto upper = [&](std::size_t i) { return i < end && t[i] >= 'A' && t[i] <= 'Z'; };
  auto lower = [&](std::size_t i) { return i < end && t[i] >= 'a' && t[i] <= 'z'; };
  std::size_t i = begin;
  int capitals = 0;
  // the place: words of capitals (`NEW YORK`, `ST. LOUIS`, `N'DJAMENA`)
  for (;;) {
    if (!upper(i)) return begin;
    while (i < end && (upper(i) || t[i] == '.' || t[i] == '\'' || t[i] == '-')) capitals += upper(i++) ? 1 : 0;
    if (lower(i)) return begin;
    if (i + 1 < end && t[i] == ' ' && upper(i + 1)) {
      ++i;
      continue;
    }
    break;
  }
  constexpr int min_capitals = 2;
  if (capitals < min_capitals) return begin;
  // its state or country, in any case (`, Nev.`, `, W.Va.`, `, Puerto Rico`)
  if (i + 2 < end && t[i] == ',' && t[i + 1] == ' ' && upper(i + 2)) {
    i += 2;
    while (i < end && (std::isalpha(static_cast<unsigned char>(t[i])) || t[i] == '.' || (t[i] == ' ' && upper(i + 1)))) ++i;
  }
  // the agency (`(AP)`, `(Reuters)`)
  std::size_t j = i;
  while (j < end && t[j] == ' ') ++j;
  if (j < end && t[j] == '(') {
    std::size_t const close = t.substr(0, end).find(')', j);
    if (close == std::string_view::npos || close >= end) return begin;
    i = close + 1;
  }
  while (i < end && t[i] == ' ') ++i;
  // the dash, then the first sentence
  std::size_t dash = 0;
  for (std::string_view d : {std::string_view("\u2014"), std::string_view("\u2013"), std::string_view("--"), std::string_view("-")})
    if (i + d.size() <= end && starts_with_at(t, i, d)) {
      dash = d.size();
      break;
    }
  if (dash == 0 || i + dash >= paragraph_end || t[i + dash] != ' ') return begin;
  std::size_t k = i + dash;
  while (k < paragraph_end && t[k] == ' ') ++k;
  if (k >= paragraph_end) return begin;
  auto const c = static_cast<unsigned char>(t[k]);
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || opening_mark_at(t, k) ? k : begin;
}

}  // namespace

std::vector<span> split_sentences(std::string_view t, std::vector<span> const& paragraphs, std::vector<grammar::quotation> const& quotes,
                                  std::set<std::string, std::less<>> const& abbrev) {
  std::vector<span> out;
  std::size_t qi = 0;
  for (auto const& p : paragraphs) {
    while (qi < quotes.size() && quotes[qi].outer.begin < p.begin) ++qi;
    std::size_t start = static_cast<std::size_t>(&p - paragraphs.data()) < dateline_paragraphs ? after_dateline(t, p.begin, p.end) : p.begin;
    while (qi < quotes.size() && quotes[qi].outer.begin < start) ++qi;
    auto cut = [&](std::size_t end, std::size_t next) {
      if (end > start) out.push_back(span{start, end});
      start = next;
    };
    for (std::size_t i = start; i < p.end;) {
      if (qi < quotes.size() && quotes[qi].outer.begin == i) {
        auto const& q = quotes[qi++];
        i = std::max(i + 1, std::min(q.outer.end, p.end));
        std::size_t k = q.inner.end;
        // (an editor's bracket may hold the stop: `lived as a commoner[.]`)
        while (k > q.inner.begin && (t[k - 1] == ' ' || t[k - 1] == ']')) --k;
        if (q.closed && k > q.inner.begin && (t[k - 1] == '.' || t[k - 1] == '?' || t[k - 1] == '!'))
          if (auto n = next_sentence_start(t, i, p.end); n != std::string_view::npos && n < p.end) cut(i, n);
        continue;
      }
      char const c = t[i];
      if (c == '.' || c == '?' || c == '!') {
        bool const decimal = c == '.' && i + 1 < p.end && std::isdigit(static_cast<unsigned char>(t[i + 1]));
        if (!decimal && !(c == '.' && is_abbreviation(token_before(t, p.begin, i), abbrev)))
          if (auto n = next_sentence_start(t, i + 1, p.end); n != std::string_view::npos && n < p.end) {
            cut(n, n);  // the sentence ends after its closing marks and spaces; trimmed below
            out.back().end = i + 1;
          }
      }
      ++i;
    }
    cut(p.end, p.end);
  }
  return out;
}

std::size_t sentence_at(std::vector<span> const& sentences, std::size_t offset) {
  auto const it = std::upper_bound(sentences.begin(), sentences.end(), offset, [](std::size_t o, span const& s) { return o < s.begin; });
  return it == sentences.begin() ? 0 : static_cast<std::size_t>(it - sentences.begin() - 1);
}

}  // namespace attrib
