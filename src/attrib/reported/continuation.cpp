// After the attributions are found: partial quotations merged into their clauses, and quotations that
// continue a reported speaker.
#include "attrib/reported/reporter.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace attrib::reported_detail {

// A partial quotation inside a reported clause is part of that attribution, not a second one.
void reporter::merge_partials() {
  for (auto& r : found_) {
    auto const from = first_ending_after(r.extent.begin) - quotes_.begin();
    for (auto k = static_cast<std::size_t>(from); k < quotes_.size() && quotes_[k].extent.begin <= r.extent.end; ++k) {
      auto& q = quotes_[k];
      if (q.kind == quote_kind::direct || q.kind == quote_kind::indirect) continue;
      if (q.extent.begin >= r.extent.begin && q.extent.end <= r.extent.end + 3) {
        r.kind = quote_kind::partial;
        r.extent.end = std::max(r.extent.end, q.extent.end);
        r.content = r.extent;
        q.kind = quote_kind::indirect;  // marked for removal below
        q.speaker = -2;
      }
    }
  }
  std::erase_if(quotes_, [](quote const& q) { return q.speaker == -2; });
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

}  // namespace attrib::reported_detail
