// Quotation marks: “…”, "…", ''…'', ``…'', «…», „…“, and ‘…’ / '…' (nested or in headlines).
// Words are consumed whole, so an apostrophe inside a word (Kremlin’s, don’t) is never a mark.
#include "grammar/config.hpp"
#include "grammar/lexical.hpp"
#include "grammar/parse.hpp"

namespace attrib::grammar {
namespace {

using namespace lexical;

struct sink_tag;

/// What the scanner's actions write into: the quotations found so far and the one being read.
struct sink {
  char const* base;
  std::vector<quotation> out;
  quotation current;
  int nested = 0;
};

template <mark_style Style>
auto open_action = [](auto& ctx) {
  sink& s = x3::get<sink_tag>(ctx);
  auto const r = x3::_attr(ctx);
  s.current = quotation{};
  s.current.style = Style;
  s.current.outer.begin = static_cast<std::size_t>(r.begin() - s.base);
  s.current.inner.begin = static_cast<std::size_t>(r.end() - s.base);
  s.nested = 0;
};

auto const close_action = [](auto& ctx) {
  sink& s = x3::get<sink_tag>(ctx);
  auto const r = x3::_attr(ctx);
  s.current.inner.end = static_cast<std::size_t>(r.begin() - s.base);
  s.current.outer.end = static_cast<std::size_t>(r.end() - s.base);
  s.current.closed = true;
  s.current.nested = s.nested;
  s.out.push_back(s.current);
};

auto const unclosed_action = [](auto& ctx) {
  sink& s = x3::get<sink_tag>(ctx);
  auto const where = x3::_where(ctx);
  std::size_t end = static_cast<std::size_t>(where.begin() - s.base);
  // a CRLF line ending is not part of the quotation
  while (end > s.current.inner.begin && (s.base[end - 1] == '\r' || s.base[end - 1] == ' ')) --end;
  s.current.inner.end = s.current.outer.end = end;
  s.current.closed = false;
  s.current.nested = s.nested;
  s.out.push_back(s.current);
};

auto const nested_action = [](auto& ctx) { ++x3::get<sink_tag>(ctx).get().nested; };

// ‘nested’ or 'nested' inside a double-quoted body; it may not contain the outer closing mark.
// Example: “He called it ‘a red line,’ and left.”
template <typename Close>
auto nested_single(Close const& close) {
  auto const open = lsquo | (x3::lit('\'') >> &(letter | digit));
  auto const shut = apostrophe >> word_end;
  return (open >> *(word | (x3::char_ - open - shut - close - eol)) >> shut)[nested_action];
}

// “nested” inside a curly-double body, where the marks tell opening from closing: “I’d rather live in what he
// calls “hell” than here.” It holds no further opening mark, so a mistyped closing “ is not taken for one.
auto const nested_double = (ldquo >> !hspace >> !eol >> *(nested_single(rdquo) | word | (x3::char_ - ldquo - rdquo - eol)) >> rdquo)[nested_action];

// An opening mark typed where the closing one belongs, before a space or the paragraph end: “Frozen“ and …
auto const mistyped_close = ldquo >> &(hspace | eol | x3::eoi);

// One quotation: the opening mark, a body up to the closing mark, or to the paragraph end when unclosed.
template <mark_style Style, typename Open, typename Close, typename Inner>
auto quotation_of(Open const& open, Close const& close, Inner const& inner) {
  auto const body = *(inner | nested_single(close) | word | (x3::char_ - close - eol));
  return x3::raw[open][open_action<Style>] >> body >> (x3::raw[close][close_action] | (&eol | x3::eoi)[unclosed_action]);
}

template <mark_style Style, typename Open, typename Close>
auto quotation_of(Open const& open, Close const& close) {
  return quotation_of<Style>(open, close, x3::eps >> !x3::eps);
}

// A top-level single-quoted span, as in headlines: Obama on Climate Change: The Trends Are 'Terrifying.'
template <mark_style Style, typename Open>
auto single_quotation(Open const& open) {
  auto const shut = apostrophe >> word_end;
  // the body stops at the next opening mark, so a run of unclosed marks is scanned once, not once per mark
  return x3::raw[open][open_action<Style>] >> *(word | (x3::char_ - shut - eol - open - ldquo - '"')) >> x3::raw[shut][close_action];
}

auto const doubled = x3::lit("''");

auto const any_quotation =
      quotation_of<mark_style::curly_double>(ldquo, rdquo | x3::lit('"') | mistyped_close, nested_double)
    | quotation_of<mark_style::backtick>(x3::lit("``"), doubled | rdquo)
    | quotation_of<mark_style::doubled_single>(doubled >> !x3::lit('\'') >> !hspace >> !eol >> !x3::eoi, doubled)
    // a straight mark before a space or the paragraph end closes a quotation from an earlier paragraph
    | quotation_of<mark_style::straight_double>(x3::lit('"') >> !hspace >> !eol >> !x3::eoi, x3::lit('"') | rdquo)
    | quotation_of<mark_style::guillemet>(laquo, raquo)
    // German and Swiss-German print them reversed: »Ohne Bad lernen die Kinder nicht schwimmen.«
    | quotation_of<mark_style::guillemet>(raquo >> !hspace >> !eol >> !x3::eoi, laquo)
    | quotation_of<mark_style::low_nine>(bdquo, ldquo | rdquo)
    | single_quotation<mark_style::curly_single>(lsquo)
    | single_quotation<mark_style::straight_single>(x3::lit('\'') >> &letter);

// A document: quotations, whole words (so inner apostrophes are skipped), and any other byte.
auto const document = *(any_quotation | word | x3::char_);

}  // namespace

std::vector<quotation> scan_quotations(std::string_view text) {
  sink s{text.data(), {}, {}, 0};
  char const* first = text.data();
  char const* const last = text.data() + text.size();
  x3::parse(first, last, x3::with<sink_tag>(std::ref(s))[document]);
  return std::move(s.out);
}

}  // namespace attrib::grammar
