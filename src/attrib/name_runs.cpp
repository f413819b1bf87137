// The name finder's scan: each paragraph into words with the marks around them taken off, runs of capitals
// into names (classified, or pending until the article confirms them), and the whole article's names.
#include "attrib/names.hpp"

#include "grammar/lexical.hpp"

#include <algorithm>
#include <cctype>
#include <map>

namespace attrib::names {

struct token {
  std::size_t begin, end;
  std::string_view w;
  bool pause = false;      // punctuation follows: the name cannot continue past it
  bool bracketed = false;  // a bracketed party tag: `(D-Mo.)` is no part of a name
};

// Whether an unconfirmed run is a person because the article goes on to call it by its last word alone, as
// the subject of a verb, often enough. Not a plural (`Nevada Democrats … Democrats have said`), and not a run of
// three or more that opens a sentence, whose first word may be no name (`Imagine Brad Thor …`).
bool finder::by_bare_surname(name_mention const& n, std::map<std::string_view, std::size_t> const& uses) const {
  std::string_view const last = std::string_view(n.name).substr(n.name.rfind(' ') + 1);
  auto const it = uses.find(last);
  if (it == uses.end() || it->second < bare_surname_uses || is_plural_head(lower(last))) return false;
  return words(n.name).size() == 2 || !opens_sentence(art_.text, n.where.begin);
}

found_names finder::find() const {
  std::vector<name_mention> out, pending, unconfirmed;
  std::vector<std::pair<std::string_view, std::string_view>> bare;
  for (auto const& p : art_.paragraphs) find_in(p, out, pending, bare);
  // (the verb after a bare word is checked only for the last words of unconfirmed runs: most bare words are none)
  std::map<std::string_view, std::size_t> bare_uses;
  if (!pending.empty()) {
    for (auto const& n : pending) bare_uses.emplace(std::string_view(n.name).substr(n.name.rfind(' ') + 1), 0);
    for (auto const& [w, next] : bare)
      if (auto it = bare_uses.find(w); it != bare_uses.end() && bare_subject_verb(next)) ++it->second;
  }
  // `Rakeyia Scott can be heard …` in a story about Keith Lamont Scott: a pair of capitals that ends in the
  // surname of a person the article names is a person too (a relative), whatever the given name
  std::set<std::string, std::less<>> surnames;
  for (auto const& n : out)
    if (n.kind == speaker_kind::person && n.name.find(' ') != std::string::npos) surnames.insert(lower(n.name.substr(n.name.rfind(' ') + 1)));
  bool added = given_names_alone(bare, out);
  for (auto& n : pending)
    if (words(n.name).size() <= relative_run && (surnames.contains(lower(n.name.substr(n.name.rfind(' ') + 1))) || by_bare_surname(n, bare_uses))) {
      out.push_back(std::move(n));
      added = true;
    } else {
      unconfirmed.push_back(std::move(n));
    }
  if (added) std::stable_sort(out.begin(), out.end(), [](name_mention const& a, name_mention const& b) { return a.where.begin < b.where.begin; });
  return found_names{std::move(out), std::move(unconfirmed)};
}

// `Melanie thought the whole thing was outrageous. … Melanie said …`: a known given name standing alone
// before a verb, at least `bare_surname_uses` times, once at least inside its sentence (a capital that opens
// a sentence is no evidence: `Bill passed the Senate`), is a person the article calls by that name only. Not
// when someone it names in full has that given name (`Hillary said` is Hillary Clinton's, linked by the
// resolver) or that surname, nor when the word names a country or follows a preposition of place anywhere
// in the article (`in Virginia`; not `in Reid's office`). Each use is a mention; the gender is the list's.
bool finder::given_names_alone(std::vector<std::pair<std::string_view, std::string_view>> const& bare, std::vector<name_mention>& out) const {
  struct use {
    std::size_t count = 0;
    bool inside_sentence = false;
  };
  std::map<std::string_view, use> uses;
  for (auto const& [w, next] : bare)
    if (bare_subject_verb(next) && is_given_name(w) && !countries_.contains(w)) {
      auto& u = uses[w];
      ++u.count;
      u.inside_sentence = u.inside_sentence || !opens_sentence(art_.text, static_cast<std::size_t>(w.data() - art_.text.data()));
    }
  std::erase_if(uses, [&](auto const& u) { return u.second.count < bare_surname_uses || !u.second.inside_sentence || after_place_preposition(u.first); });
  if (uses.empty()) return false;
  std::set<std::string, std::less<>> taken;  // the given names and surnames of the people named in full
  for (auto const& n : out)
    if (auto const ws = words(n.name); n.kind == speaker_kind::person && ws.size() >= 2) taken.insert(std::string(ws.front())), taken.insert(std::string(ws.back()));
  bool added = false;
  for (auto const& [w, next] : bare) {
    if (!uses.contains(w) || taken.contains(w) || !bare_subject_verb(next)) continue;
    std::size_t const at = static_cast<std::size_t>(w.data() - art_.text.data());
    name_mention n;
    n.where = span{at, at + w.size()};
    n.name = std::string(w);
    bool const male = male_.contains(w), female = female_.contains(w);
    n.gender = male && !female ? 'm' : female && !male ? 'f' : '?';
    out.push_back(std::move(n));
    added = true;
  }
  return added;
}

// Whether `w`, a whole word and no possessor, follows one of the pack's `place_prepositions` somewhere in
// the article (`in Virginia`).
bool finder::after_place_preposition(std::string_view w) const {
  std::string_view const t = art_.text;
  for (std::size_t at = t.find(w); at != std::string_view::npos; at = t.find(w, at + 1)) {
    std::size_t const end = at + w.size();
    if (end < t.size() && (std::isalpha(static_cast<unsigned char>(t[end])) || t[end] == '\'' || static_cast<unsigned char>(t[end]) >= 0x80))
      continue;  // (`Reid's`, `Reid’s`, `Virginian`)
    std::size_t e = at;
    while (e > 0 && t[e - 1] == ' ') --e;
    std::size_t b = e;
    while (b > 0 && std::isalpha(static_cast<unsigned char>(t[b - 1]))) --b;
    if (b < e && e < at && is(grammar::word_class::place_preposition, t.substr(b, e - b))) return true;
  }
  return false;
}

// `Ildefonso Guajardo Villarreal, the Mexican secretary of the economy, …`: the run of capitals at `j` is
// followed by a comma and a description whose head is a role or a noun for a person (within a few words,
// before any preposition).
bool finder::role_in_apposition(std::vector<token> const& toks, std::size_t j) const {
  std::string_view const t = art_.text;
  if (!toks[j].pause || j + 2 >= toks.size() || toks[j].end >= t.size() || t[toks[j].end] != ',' || !is_determiner(toks[j + 1].w)) return false;
  for (std::size_t r = j + 2; r < toks.size() && r < j + 2 + appositive_reach; ++r) {
    std::string const l = lower(strip_possessive(toks[r].w));
    if (ix_.prepositions.contains(l)) return false;
    if (role_nouns_.contains(l) || ix_.person_nouns.contains(l)) return true;
    if (toks[r].pause) return false;
  }
  return false;
}

// A paragraph's words with the marks around them taken off, and where a name cannot continue (`pause`).
std::vector<token> finder::tokens_of(span paragraph) const {
  std::string_view const t = art_.text;
  std::vector<token> toks;
  for (std::size_t i = paragraph.begin; i < paragraph.end;) {
    auto const space_at = [&](std::size_t k) { return grammar::lexical::hspace_length(t.begin() + k, t.begin() + paragraph.end); };
    while (i < paragraph.end && space_at(i) > 0) i += space_at(i);
    std::size_t b = i;
    while (i < paragraph.end && space_at(i) == 0) ++i;
    std::size_t e = i;
    // opening marks and brackets before, closing punctuation after
    bool double_mark = false, bracket = false;
    for (std::string_view open : {"\u201C", "\u2018", "\"", "(", "'"})
      if (t.substr(b, e - b).starts_with(open)) {
        b += open.size();
        double_mark = open == "\u201C" || open == "\"";
        bracket = open == "(";
      }
    // `Robert C. "Bobby" Scott`: a capitalised nickname in double marks inside a name is skipped, not a break
    if (double_mark && e > b + 1 && capitalised(t.substr(b, 1)) && !toks.empty() && !toks.back().pause &&
        (t.substr(b, e - b).ends_with("\"") || t.substr(b, e - b).ends_with("\u201D"))) {
      std::size_t n = i;
      while (n < paragraph.end && t[n] == ' ') ++n;
      if (n < paragraph.end && std::isupper(static_cast<unsigned char>(t[n]))) continue;
    }
    if (bracket && !toks.empty()) toks.back().pause = true;  // a name ends before a bracket
    bool pause = false;
    while (e > b) {
      auto const tail = t.substr(b, e - b);
      if (tail.ends_with("\u201D") || tail.ends_with("\u2014") || tail.ends_with("\u2013")) { e -= 3; pause = true; continue; }
      if (tail.ends_with("\u2019") && !ix_.lex.ends_in(grammar::word_class::possessive_suffix, tail)) { e -= 3; pause = true; continue; }
      char const c = t[e - 1];
      if (c == ',' || c == ';' || c == ':' || c == ')' || c == '"' || c == '?' || c == '!') { --e; pause = true; continue; }
      if (c == '.') {
        auto const w = t.substr(b, e - b);
        bool const abbrev = titles_.contains(w) || (w.size() == 2 && std::isupper(static_cast<unsigned char>(w[0])));
        if (!abbrev) { --e; pause = true; }
      }
      break;
    }
    // `(D-Mo.)`, `(R-Tex)`: a party and state tag in brackets is no name and no part of one; `(John Smith)` is
    bool const tag = bracket && e >= b + 3 && std::isupper(static_cast<unsigned char>(t[b])) && t[b + 1] == '-';
    if (e > b) toks.push_back(token{b, e, t.substr(b, e - b), pause || tag, tag});
    else if (!toks.empty()) toks.back().pause = true;  // a dash or bracket standing alone: `WASHINGTON – President …`
    if (is_possessive(t.substr(b, e - b)) && !toks.empty()) toks.back().pause = true;
  }
  return toks;
}

// The most words a role before a name may take: `former White House deputy press secretary`.
inline constexpr std::size_t max_role_words = 6;

// One run of capitalised words, toks[k..j]: its titles, then a name, classified; a person, an organisation
// or a pending pair that becomes a person if its last word is a named person's surname.

void finder::classify_run(std::vector<token> const& toks, std::size_t k, std::size_t j, std::vector<name_mention>& out,
                          std::vector<name_mention>& pending) const {
  std::string_view const t = art_.text;
  // `…, Lindsey Graham Says.` ending a title-case headline: a capitalised reporting verb that ends the paragraph
  // is no part of the name before it (`Consumer Reports` is a noun and stays)
  if (j > k && j + 1 == toks.size()) {
    std::string const last = lower(toks[j].w);
    if (ix_.lex.reports(last) && !ix_.lex.noun_homograph(last) && ix_.lex.form_class.contains(last)) --j;
  }
  std::vector<std::string_view> run;
  for (std::size_t r = k; r <= j; ++r) run.push_back(toks[r].w);
  std::size_t last_title = run.size();
  for (std::size_t r = 0; r < run.size(); ++r)
    if (titles_.contains(run[r])) last_title = r;
  std::vector<std::string_view> roles(run.begin(), last_title == run.size() ? run.begin() : run.begin() + static_cast<long>(last_title) + 1);
  std::vector<std::string_view> name(roles.size() < run.size() ? run.begin() + static_cast<long>(roles.size()) : run.end(), run.end());
  if (name.empty()) return;
  if (std::size_t const start = name_start(name, 0); start > 0) name.erase(name.begin(), name.begin() + static_cast<long>(start));
  // a lowercase article opens no name: `Geschäftsführer der Grünen` is a role and a party, not a person
  if (!capitalised(name.front()) && is_determiner(name.front())) return;
  name.back() = strip_possessive(name.back());
  speaker_kind const kind = kind_of_name(name);
  // `Hospital administrators wrote …`, `University officials said …`: one word that opens the sentence, is a
  // common noun for an organisation and stands before a noun for people is that noun's modifier, no name
  if (auto const noun = kinds_.find(lower(run[0]));
      run.size() == 1 && !toks[j].pause && j + 1 < toks.size() && opens_sentence(t, toks[k].begin) && noun != kinds_.end() &&
      noun->second == speaker_kind::organization)
    if (std::string const next = lower(toks[j + 1].w); !capitalised(toks[j + 1].w) && (names_people(next) || kinds_.contains(next))) return;
  // a person only where something says so: a title, a known given name, or an initial (`Charles E. Grassley`);
  // other capitalised runs are places, events and things (`Fort Pierce`, `Pell Grants`)
  bool const initial = std::any_of(name.begin(), name.end(), [](auto w) { return w.size() == 2 && w[1] == '.'; });
  bool const given = name.size() >= 2 && is_given_name(name.front());
  bool const miss_thing = roles.size() == 1 && is(grammar::word_class::title_homograph, roles[0]) && name.size() == 1;  // Miss Universe
  // `White House spokesman Josh Earnest`: a lower-case role noun right before the run says so too (not any noun
  // for a person: `senior`, `academic` are adjectives as often)
  std::size_t const first_tok = j + 1 - run.size();
  bool const role_before = first_tok > 0 && !toks[first_tok - 1].pause && !capitalised(toks[first_tok - 1].w) && name.size() >= 2 &&
                           role_nouns_.contains(lower(toks[first_tok - 1].w));
  // `NBC News colleague Matt Lauer`: a noun for a person right before the run vouches for a given name that is
  // also a word
  bool const vouched = name.size() >= 2 && first_tok > 0 && !toks[first_tok - 1].pause && !capitalised(toks[first_tok - 1].w) &&
                       listed_given_name(name.front()) && is_person_noun(lower(toks[first_tok - 1].w));
  bool const person = kind == speaker_kind::person && !miss_thing &&
                      (!roles.empty() || given || role_before || vouched || (initial && name.size() >= 2) || (name.size() >= 2 && role_in_apposition(toks, j)));
  if (kind != speaker_kind::organization && !person) {
    if (kind == speaker_kind::person && roles.empty() && name.size() >= 2 && name.size() <= unconfirmed_run && !miss_thing &&
        !is_determiner(name.front()) && !is_pronoun(name.front())) {
      name_mention p;  // a person if its last word turns out to be a named person's surname, or a speaker's
      p.where = span{toks[j + 1 - run.size()].begin, toks[j].end};
      for (auto w : name) p.name.append(p.name.empty() ? "" : " ").append(w);
      pending.push_back(std::move(p));
    }
    return;
  }
  name_mention n;
  n.where = span{toks[j + 1 - run.size()].begin, toks[j].end};
  if (role_before) {  // the role and the words that qualify it are part of the mention: `White House press secretary`
    std::size_t b = first_tok - 1;
    while (b > 0 && first_tok - b < max_role_words && !toks[b - 1].pause && !opener(toks[b - 1].w) && !is_determiner(toks[b - 1].w) &&
           !ix_.prepositions.contains(lower(toks[b - 1].w)) && !is(grammar::word_class::coordinator, toks[b - 1].w) &&
           !is(grammar::word_class::stop_word, lower(toks[b - 1].w)))
      --b;
    n.where.begin = toks[b].begin;
    for (std::size_t r = b; r < first_tok; ++r) add_role_word(n.role_words, toks[r].w);
  }
  for (auto w : name) n.name.append(n.name.empty() ? "" : " ").append(w);
  n.kind = kind;
  n.gender = gender_of(roles, name);
  for (auto r : roles) add_role_word(n.role_words, r);
  // `9/11 widow Terry Strada`: a gendered noun right before the name says more than the given name
  if (std::size_t const first = j + 1 - run.size(); first > 0 && !toks[first - 1].pause)
    if (char const g = gender_of_noun(lower(strip_possessive(toks[first - 1].w))); g != '?') n.gender = g;
  // `Simon Miles, an assistant professor at …`: the appositive's role words
  if (toks[j].pause && j + 2 < toks.size() && t.substr(toks[j].end, 1) == "," && is_determiner(toks[j + 1].w))
    for (std::size_t r = j + 2; r < toks.size() && r < j + 6; ++r) {
      std::string const l = lower(toks[r].w);
      if (ix_.prepositions.contains(l)) break;
      n.role_words.insert(lower(strip_possessive(toks[r].w)));
      if (toks[r].pause) break;
    }
  for (auto const& r : n.role_words)
    if (char const g = gender_of_noun(r); g != '?') n.gender = g;  // `Terry Strada, a widow from …`
  out.push_back(std::move(n));
}

// The word after a bare surname that shows it is a subject: an auxiliary or a form of `be` (`Oz has been`), a
// form of a verb of saying (`Oz said`), or a past form (`Oz promoted`); not a noun (`Republican candidates`).
bool finder::bare_subject_verb(std::string_view w) const {
  if (w.empty() || !std::islower(static_cast<unsigned char>(w[0]))) return false;
  return is(grammar::word_class::finite_auxiliary, w) || is(grammar::word_class::be_form, w) || ix_.lex.form_class.contains(w) ||
         ix_.lex.ends_in(grammar::word_class::past_suffix, w);
}

void finder::find_in(span paragraph, std::vector<name_mention>& out, std::vector<name_mention>& pending,
                     std::vector<std::pair<std::string_view, std::string_view>>& bare) const {
  std::vector<token> const toks = tokens_of(paragraph);
  std::size_t k = 0;
  while (k < toks.size()) {
    if (!capitalised(toks[k].w) || toks[k].bracketed || opener(toks[k].w) || weekday_or_month(toks[k].w)) {
      ++k;
      continue;
    }
    std::size_t j = k;
    while (j + 1 < toks.size() && !toks[j].pause && (capitalised(toks[j + 1].w) || (is_particle(toks[j + 1].w) && j + 2 < toks.size())) &&
           !weekday_or_month(toks[j + 1].w))
      ++j;
    if (j == k && j + 1 < toks.size() && !toks[j].pause && std::islower(static_cast<unsigned char>(toks[j + 1].w[0])))
      bare.emplace_back(strip_possessive(toks[j].w), toks[j + 1].w);
    classify_run(toks, k, j, out, pending);
    k = j + 1;
  }
}

}  // namespace attrib::names
