// One analysed article reduced to what the corpus index compares across articles.
#include "attrib/index/summary.hpp"

#include "attrib/attribute.hpp"
#include "attrib/jsonl.hpp"
#include "attrib/names.hpp"
#include "attrib/utf8.hpp"

#include <algorithm>
#include <cctype>

namespace attrib::index {
namespace {

// Latin-1 letters U+00C0–U+00FF and Latin Extended-A U+0100–U+017F folded to their base letter; a space
// for the two signs among them (× ÷).
constexpr std::string_view latin1 = "aaaaaaaceeeeiiiidnooooo ouuuuytsaaaaaaaceeeeiiiidnooooo ouuuuyty";
constexpr std::string_view latin_a =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
static_assert(latin1.size() == 64 && latin_a.size() == 128);

// The text as lowercase words of letters, digits and inner hyphens: diacritics folded, apostrophes
// dropped (`O'Brien` = `OBrien`), anything else a break.
std::vector<std::string> folded_words(std::string_view s) {
  std::vector<std::string> out;
  std::string w;
  auto const flush = [&] {
    while (!w.empty() && w.back() == '-') w.pop_back();
    if (!w.empty()) out.push_back(std::move(w));
    w.clear();
  };
  for (std::size_t i = 0; i < s.size(); i = utf8::next(s, i)) {
    char32_t const c = utf8::decode_at(s, i);
    if (c < 0x80) {
      char const a = static_cast<char>(c);
      if ((a >= 'a' && a <= 'z') || (a >= '0' && a <= '9')) w += a;
      else if (a >= 'A' && a <= 'Z') w += static_cast<char>(a - 'A' + 'a');
      else if (a == '-' && !w.empty()) w += a;
      else if (a != '\'') flush();
    } else if (c >= 0xC0 && c <= 0xFF) {
      char const f = latin1[c - 0xC0];
      if (f == ' ') flush();
      else w += f;
    } else if (c >= 0x100 && c <= 0x17F) {
      w += latin_a[c - 0x100];
    } else if (c == 0x2019) {
      // a curly apostrophe, as in `O’Brien`
    } else if (utf8::is_wide_punct_or_space(c)) {
      flush();
    } else {
      w.append(s.substr(i, utf8::width_at(s, i)));  // a letter of another script, kept as written
    }
  }
  flush();
  return out;
}

// A name without the punctuation a mention's edges caught: `Donald J. Trump,'`, `(Republicans)`.
std::string clean_name(std::string_view name) {
  auto const edge = [](char32_t c) { return c != '.' && (c < 0x80 ? !std::isalnum(static_cast<int>(c)) : utf8::is_wide_punct_or_space(c)); };
  std::size_t b = 0, e = name.size();
  while (b < e && edge(utf8::decode_at(name, b))) b = utf8::next(name, b);
  while (e > b && edge(utf8::decode_at(name, utf8::prev(name, e)))) e = utf8::prev(name, e);
  return std::string(name.substr(b, e - b));
}

// A name without the lowercase words a mention put before it (`former Carson`); name particles stay (`de Blasio`).
std::string name_proper(std::string name, lexicon const& lex) {
  while (!name.empty() && std::islower(static_cast<unsigned char>(name[0]))) {
    std::size_t const space = name.find(' ');
    if (space == std::string::npos || lex.is(grammar::word_class::name_particle, name.substr(0, space))) break;
    name.erase(0, space + 1);
  }
  return name;
}

bool opens_with_given_name(std::string_view name, lexicon const& lex) {
  auto const ws = names::words(name);
  if (ws.size() < 2) return false;
  std::string const first(ws[0]);
  if (first.size() <= 2 && std::isupper(static_cast<unsigned char>(first[0]))) return true;  // `J.`, `W`
  for (auto const* list : {&lex.male_names, &lex.female_names, &lex.unisex_names})
    if (std::find(list->begin(), list->end(), first) != list->end()) return true;
  return false;
}

bool has_coordinator(std::string_view name, lexicon const& lex) {
  for (auto w : names::words(name))
    if (lex.is(grammar::word_class::coordinator, w)) return true;
  return false;
}

// An outlet's name as the corpus compares it: without a leading article (`the Harbor Gazette`).
std::string outlet_name(std::string_view written, lexicon const& lex) {
  auto const space = written.find(' ');
  if (space != std::string_view::npos && lex.is(grammar::word_class::definite_article, names::lower(written.substr(0, space))))
    written.remove_prefix(space + 1);
  return std::string(written);
}

std::string joined(std::vector<std::string> const& ws) {
  std::string out;
  for (auto const& w : ws) out.append(out.empty() ? "" : " ").append(w);
  return out;
}

}  // namespace

std::string normal_key(std::string_view name) {
  auto ws = folded_words(name);
  // `Donald J. Trump`: a one-letter word between the first and the last is a middle initial
  if (ws.size() >= 3)
    ws.erase(std::remove_if(ws.begin() + 1, ws.end() - 1, [](std::string const& w) { return w.size() == 1; }), ws.end() - 1);
  return joined(ws);
}

std::string normal_quotation(std::string_view text) { return joined(folded_words(text)); }

article_summary summarize(article const& art, analysis const& result, lexicon const& lex) {
  article_summary out;
  out.id = art.id;
  out.path = art.path;
  out.line = art.record_line;
  out.text_bytes = art.text.size();
  if (auto it = art.passed.find(std::string(jsonl::outlet_field)); it != art.passed.end()) out.outlet = it->second;
  if (auto it = art.passed.find(std::string(jsonl::date_field)); it != art.passed.end()) out.date = it->second;
  for (auto const& sp : result.speakers) {
    source_summary s;
    s.name = name_proper(clean_name(sp.name), lex);
    // a set of sources speaking together (`Obama and Clinton`) is no identity of its own
    if (!sp.anonymous && has_coordinator(s.name, lex)) continue;
    s.kind = sp.kind;
    s.gender = sp.gender;
    s.given_name = opens_with_given_name(s.name, lex);
    s.anonymous = sp.anonymous;
    s.reason = sp.anonymous && sp.anonymity.reason.has_value();
    s.key = sp.anonymous ? std::string() : normal_key(s.name);
    if (!sp.affiliations.empty()) s.affiliation = sp.affiliations.front();
    if (sp.kind == speaker_kind::organization && is_outlet(s.name, lex)) out.credited.insert(outlet_name(s.name, lex));
    for (auto const& o : sp.outlets) out.credited.insert(outlet_name(o, lex));
    out.sources.push_back(std::move(s));
  }
  std::string_view const text = art.text;
  for (auto const& q : result.quotes) {
    if (q.speaker < 0 || static_cast<std::size_t>(q.speaker) >= out.sources.size()) continue;
    auto& s = out.sources[static_cast<std::size_t>(q.speaker)];
    ++s.quotations;
    ++s.kinds[std::string(name_of(q.kind))];
    if (q.attr.cue_type == cue_class::loaded) ++s.loaded;
    if (q.kind != quote_kind::direct) continue;
    quotation_summary r;
    r.normal = normal_quotation(text.substr(q.content.begin, q.content.size()));
    if (static_cast<std::size_t>(std::count(r.normal.begin(), r.normal.end(), ' ')) + 1 < min_reused_words) continue;
    r.text = std::string(text.substr(q.content.begin, q.content.size()));
    r.speaker_key = s.key;
    if (q.attr.outlet) r.given_to = outlet_name(text.substr(q.attr.outlet->begin, q.attr.outlet->size()), lex);
    out.quotations.push_back(std::move(r));
  }
  // a source the article names without quoting it adds nothing to the index
  std::erase_if(out.sources, [](source_summary const& s) { return s.quotations == 0; });
  return out;
}

}  // namespace attrib::index
