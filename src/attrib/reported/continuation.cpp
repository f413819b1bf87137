// After the attributions are found: partial quotations merged into their clauses, and quotations that
// continue a reported speaker.
#include "attrib/reported/reporter.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace attrib::reported_detail {

// A quotation inside a reported clause is the speaker's own words within it: a partial quotation of that
// speaker's, beside the clause (`Police say they have "adequate resources" to secure the city`). A clause that is
// nothing but the quotation (`Roth sagte: „Das ist ein Dammbruch.“`) is that quotation, direct.
void reporter::merge_partials() {
  std::vector<bool> whole(found_.size(), false);
  for (std::size_t i = 0; i < found_.size(); ++i) {
    auto& r = found_[i];
    auto const from = first_ending_after(r.extent.begin) - quotes_.begin();
    for (auto k = static_cast<std::size_t>(from); k < quotes_.size() && quotes_[k].extent.begin <= r.extent.end; ++k) {
      auto& q = quotes_[k];
      // (a possessor's quotation stays the possessor's: `did not accept Putin’s “red line”`)
      if (q.kind == quote_kind::direct || q.kind == quote_kind::indirect || q.attr.kind == attribution_kind::possessive) continue;
      if (q.extent.begin < r.extent.begin || q.extent.end > r.extent.end + 3) continue;
      r.extent.end = r.content.end = std::max(r.extent.end, q.extent.end);
      bool const own_cue = q.attr.cue && r.attr.cue && q.attr.cue->begin == r.attr.cue->begin;
      if (own_cue) continue;
      q.attr = r.attr;
      if (q.extent.begin == r.extent.begin && q.extent.end == r.extent.end) {
        q.kind = quote_kind::direct;
        whole[i] = true;
      } else {
        q.kind = quote_kind::partial;
        q.attr.kind = attribution_kind::continuation;
      }
    }
  }
  std::vector<quote> kept;
  for (std::size_t i = 0; i < found_.size(); ++i)
    if (!whole[i]) kept.push_back(std::move(found_[i]));
  found_ = std::move(kept);
}

// `…, Schiff said. "The other factor …"`: a quotation with no attribution of its own, in the paragraph
// of a reported attribution, continues that speaker.
void reporter::continue_after_reported(std::vector<quote>& all) const {
  auto const& ps = in_.art.paragraphs;
  for (std::size_t i = 1; i < all.size(); ++i) {
    auto& q = all[i];
    if (q.kind != quote_kind::direct || q.attr.kind != attribution_kind::none) continue;
    auto const it = std::upper_bound(ps.begin(), ps.end(), q.extent.begin, [](std::size_t o, span const& p) { return o < p.begin; });
    if (it == ps.begin()) continue;
    std::size_t const para_begin = (it - 1)->begin;
    auto const& prev = all[i - 1];
    if (prev.extent.begin < para_begin || !prev.attr.mention || prev.kind == quote_kind::scare) continue;
    q.attr = prev.attr;
    q.attr.kind = attribution_kind::continuation;
    q.attr.cue.reset();
  }
}

// The last attribution with a mention that lies in a sentence (found here or by the attribute stage).
attribution const* reporter::attribution_in(span s) const {
  attribution const* last = nullptr;
  for (auto it = first_ending_after(s.begin); it != quotes_.end() && it->extent.begin < s.end; ++it)
    if (it->attr.mention && it->kind != quote_kind::scare && it->extent.begin >= s.begin) last = &it->attr;
  for (auto const& f : found_)
    if (f.attr.mention && f.extent.begin >= s.begin && f.extent.begin < s.end) last = &f.attr;
  return last;
}

// Whether a sentence's own words (not those it quotes) hold a subjunctive form (German `sei`, `habe`, `würden`).
bool reporter::subjunctive_outside_quotes(span s) const {
  for (std::size_t i = s.begin; i < s.end;) {
    while (i < s.end && !std::isalpha(static_cast<unsigned char>(text_[i])) && static_cast<unsigned char>(text_[i]) < 0xC3) ++i;
    std::size_t e = i;
    while (e < s.end && (std::isalpha(static_cast<unsigned char>(text_[e])) || static_cast<unsigned char>(text_[e]) >= 0x80) &&
           !space_at(text_, e))
      ++e;
    if (e > i && !inside_quotation(i) && in_.lex.is(word_class::subjunctive_form, text_.substr(i, e - i))) return true;
    i = e > i ? e : i + 1;
  }
  return false;
}

// German reported speech runs on in the subjunctive (Konjunktiv I): `Der Minister sagte, die Lage sei ernst.
// Man werde alles tun.` A sentence with no attribution of its own whose verb is subjunctive, right after an
// attributed sentence (or a sentence continued so), continues that speaker. A pack without subjunctive
// forms (English) has no such sentences.
void reporter::continue_in_subjunctive() {
  if (in_.lex.words(word_class::subjunctive_form).empty()) return;
  attribution const* speaker = nullptr;
  std::vector<quote> added;
  added.reserve(in_.sentences.size());  // `speaker` points into it
  for (span const& s : in_.sentences) {
    span const body = trimmed(s);
    if (attribution const* own = attribution_in(s)) {
      speaker = own;
      continue;
    }
    bool const question = s.end > s.begin && text_[s.end - 1] == '?';
    if (!speaker || question || body.size() < 12 || !subjunctive_outside_quotes(body) ||
        (first_ending_after(body.begin) != quotes_.end() && first_ending_after(body.begin)->extent.begin <= body.begin &&
         body.end <= first_ending_after(body.begin)->extent.end)) {
      speaker = nullptr;
      continue;
    }
    quote q;
    q.kind = quote_kind::indirect;
    q.form = quote_form::clause;  // a sentence in the reported mood
    q.extent = q.content = trim(body);
    q.attr = *speaker;
    q.attr.kind = attribution_kind::continuation;
    q.attr.cue.reset();
    added.push_back(std::move(q));
    speaker = &added.back().attr;
  }
  for (auto& q : added) found_.push_back(std::move(q));
  std::stable_sort(found_.begin(), found_.end(), [](quote const& a, quote const& b) { return a.extent.begin < b.extent.begin; });
}

}  // namespace attrib::reported_detail
