#include "attrib/transcript.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace attrib {
namespace {

constexpr std::size_t max_label_bytes = 40;  ///< longer runs before a colon are sentences, not labels
constexpr int max_label_words = 4;
constexpr int min_label_paragraphs = 2;      ///< turns of one speaker that make a transcript

struct label {
  span name;               ///< the label without its colon
  std::size_t text_begin;  ///< the turn's first byte after the colon and its spaces
  bool capitals;           ///< written in capitals (`REED`), else in Title Case (`Matthews`)
};

bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool lower(char c) { return c >= 'a' && c <= 'z'; }

// `REED: …`, `SEN. REED: …`, `JAKE TAPPER: …`, `Matthews: …`, `Sen. Reed: …`: up to four capitalised words,
// all in capitals or all in Title Case, then a colon, a space and the turn.
std::optional<label> label_at(std::string_view t, span p) {
  std::size_t const end = std::min(p.end, p.begin + max_label_bytes);
  std::size_t i = p.begin;
  bool capitals = true, title = true;
  for (int words = 0;; ++words) {
    if (words == max_label_words || i >= end || !upper(t[i])) return std::nullopt;
    std::size_t const w = i++;
    while (i < end && (std::isalpha(static_cast<unsigned char>(t[i])) || t[i] == '.' || t[i] == '-' || t[i] == '\'')) {
      if (lower(t[i])) capitals = false;
      if (upper(t[i]) && t[i - 1] != '-' && t[i - 1] != '\'') title = false;
      ++i;
    }
    if (i - w == 1 && !capitals) return std::nullopt;
    if (i < end && t[i] == ':') break;
    if (i + 1 >= end || t[i] != ' ' || !upper(t[i + 1])) return std::nullopt;
    ++i;
  }
  // a one-letter word in capitals is both shapes; a longer one must be one of them
  if (!capitals && !title) return std::nullopt;
  std::size_t const colon = i;
  std::size_t k = colon + 1;
  if (k >= p.end || t[k] != ' ') return std::nullopt;
  while (k < p.end && t[k] == ' ') ++k;
  if (k >= p.end) return std::nullopt;
  return label{span{p.begin, colon}, k, capitals};
}

std::string lowered(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A Title Case label names a speaker only when the article names that person elsewhere with a capitalised
// word before the label's last word (`Chris Matthews` … `Matthews:`), so `Venue:` in a list is no turn. One
// pass over the text for all the labels' last words (`wanted`, lower case); returns those found.
std::set<std::string, std::less<>> named_elsewhere(std::string_view t, std::set<std::string, std::less<>> const& wanted) {
  std::set<std::string, std::less<>> found;
  if (wanted.empty()) return found;
  auto letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '-' || c == '\''; };
  bool previous_capital = false;  // the word before, with one space between, opens with a capital
  for (std::size_t i = 0; i < t.size();) {
    if (!letter(t[i])) {
      previous_capital = previous_capital && t[i] == ' ' && (i + 1 < t.size() && letter(t[i + 1]));
      ++i;
      continue;
    }
    std::size_t const b = i;
    while (i < t.size() && letter(t[i])) ++i;
    bool const capital = upper(t[b]);
    // (not the label itself: a word right before a colon)
    if (capital && previous_capital && !(i < t.size() && t[i] == ':'))
      if (std::string const w = lowered(t.substr(b, i - b)); wanted.contains(w)) found.insert(w);
    previous_capital = capital && i < t.size() && t[i] == ' ';
  }
  return found;
}

std::string last_word(std::string const& key) { return key.substr(key.rfind(' ') == std::string::npos ? 0 : key.rfind(' ') + 1); }

// A name has no function words: `THE FACTS:`, `WHY IT MATTERS:`, `WHAT'S NEXT:` head a section of an explainer.
bool name_like(lexicon const& lex, std::string_view key) {
  for (std::size_t b = 0; b < key.size();) {
    std::size_t const e = std::min(key.find(' ', b), key.size());
    std::string_view w = key.substr(b, e - b);
    if (std::size_t const apostrophe = w.find('\''); apostrophe != std::string_view::npos) w = w.substr(0, apostrophe);
    using grammar::word_class;
    for (auto c : {word_class::stop_word, word_class::article, word_class::preposition, word_class::question_opener, word_class::coordinator,
                   word_class::clause_subject, word_class::possessive_determiner})
      if (lex.is(c, w)) return false;
    b = e + 1;
  }
  return true;
}

// The first quote that ends after `offset` (quotes are in text order and do not overlap).
std::vector<quote>::const_iterator ending_after(std::vector<quote> const& quotes, std::size_t offset) {
  return std::partition_point(quotes.begin(), quotes.end(), [&](quote const& q) { return q.extent.end <= offset; });
}

bool inside(std::vector<quote> const& quotes, std::size_t offset) {
  auto const it = ending_after(quotes, offset);
  return it != quotes.end() && it->extent.begin <= offset;
}

}  // namespace

std::vector<quote> add_transcript_turns(article const& art, lexicon const& lex, std::vector<quote> quotes) {
  std::string_view const t = art.text;
  struct found {
    span paragraph;
    label l;
    std::string key;  ///< the label, lower case
  };
  std::vector<found> labelled;
  for (auto const& p : art.paragraphs)
    if (auto l = label_at(t, p); l && !inside(quotes, p.begin)) {
      std::string key = lowered(t.substr(l->name.begin, l->name.size()));
      // (a role's turn, `Q:`, names nobody and counts for no speaker)
      if (lex.is(grammar::word_class::non_speaker_label, key) || lex.is(grammar::word_class::role_label, key) || !name_like(lex, key)) continue;
      labelled.push_back(found{p, *l, std::move(key)});
    }
  // each shape is a transcript of its own where one speaker's label opens two paragraphs or more: a dialogue
  // returns to its speakers, a list (`Sanders: Win in a walk.` `Clinton: Keep it close.`) names each once
  std::map<std::string, int, std::less<>> turns_of;
  bool capitals = false, titles = false;
  std::set<std::string, std::less<>> title_names;
  // (counted by the label's last word: `KATE BOULDUAN:` first, then `BOULDUAN:`)
  for (auto const& f : labelled) {
    if (++turns_of[last_word(f.key)] >= min_label_paragraphs) (f.l.capitals ? capitals : titles) = true;
    if (!f.l.capitals) title_names.insert(last_word(f.key));
  }
  auto const named = titles ? named_elsewhere(t, title_names) : std::set<std::string, std::less<>>{};
  std::vector<quote> turns;
  for (auto const& f : labelled) {
    if (!(f.l.capitals ? capitals : titles)) continue;
    if (!f.l.capitals && !named.contains(last_word(f.key))) continue;
    span content{f.l.text_begin, f.paragraph.end};
    while (content.end > content.begin && t[content.end - 1] == ' ') --content.end;
    // a turn says something in words (`Clinton: 2,316.` is a tally)
    std::string_view const said = t.substr(content.begin, content.size());
    if (std::none_of(said.begin(), said.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); })) continue;
    // (`WHITFIELD: "I will …"`: a quotation right after the label is the attribute stage's)
    if (auto const q = ending_after(quotes, content.begin); q != quotes.end() && q->extent.begin == content.begin) continue;
    quote q;
    q.kind = quote_kind::direct;
    q.extent = content;
    q.content = content;
    q.attr.kind = attribution_kind::explicit_cue;
    q.attr.mention = f.l.name;
    turns.push_back(q);
  }
  if (turns.empty()) return quotes;
  // quotations inside a turn are the speaker's words (`REED: As the mayor said, "we will see."`)
  std::erase_if(quotes, [&](quote const& q) {
    auto const u = std::partition_point(turns.begin(), turns.end(), [&](quote const& turn) { return turn.extent.end <= q.extent.begin; });
    return u != turns.end() && u->extent.begin <= q.extent.begin && q.extent.end <= u->extent.end;
  });
  quotes.insert(quotes.end(), turns.begin(), turns.end());
  std::stable_sort(quotes.begin(), quotes.end(), [](quote const& a, quote const& b) { return a.extent.begin < b.extent.begin; });
  for (std::size_t i = 0; i < quotes.size(); ++i) quotes[i].id = quote_id(i);
  return quotes;
}

}  // namespace attrib
