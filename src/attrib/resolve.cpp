#include "attrib/resolve.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace attrib {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == ',')) ++i;
    std::size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != ',') ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

std::string_view strip_possessive(std::string_view w) {
  for (std::string_view suffix : {"\u2019s", "'s", "\u2019", "'"})
    if (w.ends_with(suffix)) return w.substr(0, w.size() - suffix.size());
  return w;
}

bool capitalised(std::string_view w) {
  return !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || static_cast<unsigned char>(w[0]) >= 0xC3);
}

enum class mention_form { pronoun, name, descriptor };

class resolver {
 public:
  resolver(article const& art, lexicon const& lex) : art_(art), lex_(lex) {
    for (auto const& p : lex.pronouns) pronouns_.insert(p.word);
    for (auto const& d : lex.determiners) determiners_.insert(d);
    for (auto const& t : lex.titles) titles_.insert(t);
    for (auto const& n : lex.source_nouns) nouns_.insert(n);
  }

  std::vector<speaker> run(std::vector<quote>& quotes) {
    std::map<std::pair<std::size_t, std::size_t>, int> linked;  // a mention shared by several quotes links once
    for (auto& q : quotes) {
      if (!q.attr.mention) continue;
      auto const key = std::make_pair(q.attr.mention->begin, q.attr.mention->end);
      if (auto it = linked.find(key); it != linked.end()) {
        q.speaker = it->second;
        continue;
      }
      q.speaker = linked[key] = link(*q.attr.mention);
    }
    return std::move(speakers_);
  }

 private:
  article const& art_;
  lexicon const& lex_;
  std::set<std::string, std::less<>> pronouns_, determiners_, titles_, nouns_;
  std::vector<speaker> speakers_;
  std::vector<std::size_t> last_seen_;           // offset of each speaker's latest mention
  std::vector<std::set<std::string>> heads_;      // head nouns of each speaker's descriptor mentions
  std::vector<std::string> lower_names_;          // each speaker's name in lowercase
  std::vector<std::string> surnames_;             // the last word of each speaker's name, lowercase, if capitalised

  std::string_view text_of(span s) const {
    auto t = std::string_view(art_.text).substr(s.begin, s.size());
    while (!t.empty() && (t.back() == ',' || t.back() == ' ')) t.remove_suffix(1);
    return t;
  }

  mention_form form_of(std::vector<std::string_view> const& ws) const {
    if (ws.size() == 1 && pronouns_.contains(lower(ws[0]))) return mention_form::pronoun;
    if (!ws.empty() && determiners_.contains(lower(ws[0]))) return mention_form::descriptor;
    if (!ws.empty() && !capitalised(ws[0])) return mention_form::descriptor;
    // a sentence-initial common noun is a descriptor, not a name: `Officials at the agency`
    if (!ws.empty() && nouns_.contains(lower(ws[0])) && !titles_.contains(ws[0])) return mention_form::descriptor;
    return mention_form::name;
  }

  int link(span where) {
    std::string_view const text = text_of(where);
    auto const ws = words(text);
    if (ws.empty()) return -1;
    switch (form_of(ws)) {
      case mention_form::pronoun: return link_pronoun(where, text);
      case mention_form::descriptor: return link_descriptor(where, text, ws);
      case mention_form::name: return link_name(where, text, ws);
    }
    return -1;
  }

  int add_mention(int s, span where, std::string_view text, std::string rule) {
    auto const i = static_cast<std::size_t>(s);
    speakers_[i].mentions.push_back(mention{where, std::string(text), std::move(rule)});
    last_seen_[i] = where.begin;
    if (auto head = head_noun(words(text)); !head.empty()) heads_[i].insert(head);
    return s;
  }

  void rename(std::size_t s, std::string name) {
    speakers_[s].name = std::move(name);
    lower_names_[s] = lower(speakers_[s].name);
    auto const sw = words(speakers_[s].name);
    surnames_[s] = !sw.empty() && capitalised(sw.back()) ? lower(strip_possessive(sw.back())) : std::string();
  }

  int new_speaker(std::string name, span where, std::string_view text, speaker_kind kind) {
    speaker sp;
    sp.kind = kind;
    speakers_.push_back(std::move(sp));
    last_seen_.push_back(where.begin);
    heads_.emplace_back();
    lower_names_.emplace_back();
    surnames_.emplace_back();
    rename(speakers_.size() - 1, std::move(name));
    return add_mention(static_cast<int>(speakers_.size() - 1), where, text, "first");
  }

  // he / she / they → the speaker mentioned most recently before the pronoun
  int link_pronoun(span where, std::string_view text) {
    int best = -1;
    for (std::size_t s = 0; s < speakers_.size(); ++s)
      if (last_seen_[s] < where.begin && (best < 0 || last_seen_[s] > last_seen_[static_cast<std::size_t>(best)])) best = static_cast<int>(s);
    if (best >= 0) return add_mention(best, where, text, "pronoun");
    return new_speaker(std::string(text), where, text, speaker_kind::person);
  }

  // the official → a senior Biden administration official (same head noun, mentioned earlier)
  int link_descriptor(span where, std::string_view text, std::vector<std::string_view> const& ws) {
    std::string const head = head_noun(ws);
    bool const definite = lower(ws[0]) == "the" || lower(ws[0]) == "that" || lower(ws[0]) == "this";
    if (definite && !head.empty()) {
      for (std::size_t s = speakers_.size(); s-- > 0;)
        if (heads_[s].contains(head)) return add_mention(static_cast<int>(s), where, text, "descriptor");
    }
    std::string const lowered = lower(text);
    for (std::size_t s = 0; s < speakers_.size(); ++s)
      if (lower_names_[s] == lowered) return add_mention(static_cast<int>(s), where, text, "same-name");
    bool const organisation = std::find(lex_.outlets.begin(), lex_.outlets.end(), text) != lex_.outlets.end();
    return new_speaker(std::string(text), where, text, organisation ? speaker_kind::organization : speaker_kind::anonymous);
  }

  // The head noun of a descriptor: the last source noun before any post-modifier (`officials at the agency` → official).
  std::string head_noun(std::vector<std::string_view> const& ws) const {
    static std::set<std::string, std::less<>> const preps = {"at", "for", "of", "with", "in", "from", "to", "on", "close", "familiar",
                                                             "who", "inside", "within"};
    std::size_t end = ws.size();
    for (std::size_t i = 1; i < ws.size(); ++i)
      if (preps.contains(lower(ws[i]))) {
        end = i;
        break;
      }
    for (std::size_t i = end; i-- > 0;) {
      std::string w = lower(strip_possessive(ws[i]));
      if (nouns_.contains(w)) {
        if (w.size() > 3 && w.back() == 's' && nouns_.contains(w.substr(0, w.size() - 1))) w.pop_back();
        return w;
      }
    }
    return {};
  }

  // Simon Miles … Miles; Russian President Vladimir Putin … Putin
  int link_name(span where, std::string_view text, std::vector<std::string_view> const& ws) {
    std::vector<std::string_view> name;
    for (auto w : ws) {
      if (name.empty() && titles_.contains(w)) continue;
      name.push_back(w);
    }
    if (name.empty()) name = ws;
    std::string const last = lower(strip_possessive(name.back()));
    for (std::size_t s = 0; s < speakers_.size(); ++s) {
      if (surnames_[s] == last) {
        std::string const joined = join(name);
        if (joined.size() > speakers_[s].name.size()) rename(s, joined);
        return add_mention(static_cast<int>(s), where, text, name.size() == 1 ? "surname" : "same-name");
      }
    }
    return new_speaker(fullest_name(name), where, text, speaker_kind::person);
  }

  bool sentence_opener(std::string_view w) const {
    static std::set<std::string, std::less<>> const openers = {"but", "and", "or", "so", "yet", "in", "on", "at", "for", "as", "if",
        "when", "while", "after", "before", "since", "during", "with", "by", "from", "to", "of", "that", "then", "now", "said", "says"};
    std::string const l = lower(w);
    return openers.contains(l) || determiners_.contains(l) || pronouns_.contains(l);
  }

  static std::string join(std::vector<std::string_view> const& ws) {
    std::string s;
    for (auto w : ws) {
      if (!s.empty()) s += ' ';
      s += w;
    }
    return s;
  }

  // "Miles" → "Simon Miles" when the article spells the full name anywhere.
  std::string fullest_name(std::vector<std::string_view> const& name) const {
    std::string best = join(name);
    if (name.size() != 1) return best;
    std::string_view const t = art_.text;
    std::string_view const surname = strip_possessive(name[0]);
    for (std::size_t at = t.find(surname); at != std::string_view::npos; at = t.find(surname, at + 1)) {
      std::size_t b = at;
      std::vector<std::string_view> before;
      while (b > 1 && t[b - 1] == ' ') {
        std::size_t e = b - 1, s = e;
        while (s > 0 && t[s - 1] != ' ' && t[s - 1] != '\n') --s;
        auto const w = t.substr(s, e - s);
        if (!capitalised(w) || titles_.contains(w) || w.ends_with(",") || sentence_opener(w)) break;
        before.insert(before.begin(), w);
        b = s;
      }
      if (before.empty() || before.size() > 3) continue;
      std::string cand = join(before) + " " + std::string(surname);
      if (cand.size() > best.size()) best = cand;
    }
    return best;
  }
};

}  // namespace

std::string slug(std::string_view name) {
  std::string out;
  for (unsigned char c : name) {
    if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
    else if (c >= 0x80) out += static_cast<char>(c);
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "speaker" : out;
}

std::vector<speaker> resolve(article const& art, std::vector<quote>& quotes, lexicon const& lex) {
  auto speakers = resolver(art, lex).run(quotes);
  std::set<std::string> used;
  for (auto& s : speakers) {
    std::string id = slug(s.name);
    for (int n = 2; used.contains(id); ++n) id = slug(s.name) + "-" + std::to_string(n);
    used.insert(id);
    s.id = id;
  }
  return speakers;
}

}  // namespace attrib
