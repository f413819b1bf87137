#include "attrib/attribute.hpp"

#include "attrib/sentences.hpp"

#include <algorithm>

namespace attrib {
namespace {

using grammar::attribution_phrase;

attribution from_phrase(attribution_phrase const& p, std::string_view text, lexicon const& lex, attribution_kind kind) {
  return attribution_of(p, text, lex, kind);
}

bool only_space_or_punct(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == ',' || c == ':' || c == ';' || c == '\r'; });
}

std::size_t words_in(std::string_view s) {
  std::size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool const w = c != ' ' && c != '\t' && c != '\n';
    if (w && !in) ++n;
    in = w;
  }
  return n;
}

bool ends_sentence(std::string_view inner) {
  while (!inner.empty() && inner.back() == ' ') inner.remove_suffix(1);
  return !inner.empty() && (inner.back() == '.' || inner.back() == '?' || inner.back() == '!' || inner.back() == ',');
}

class attributor {
 public:
  explicit attributor(attribute_input const& in) : in_(in), text_(in.art.text) {}

  std::vector<quote> run() {
    auto const& qs = in_.quotations;
    out_.reserve(qs.size());
    for (std::size_t i = 0; i < qs.size(); ++i) {
      quote q;
      q.id = quote_id(i);
      q.extent = qs[i].outer;
      q.content = qs[i].inner;
      q.closed = qs[i].closed;
      out_.push_back(q);
      phrase_end_.push_back(std::string_view::npos);
      attribute_one(i);
      if (out_[i].attr.mention) last_mentioned_ = i;
    }
    carry_multi_paragraph();
    return std::move(out_);
  }

 private:
  attribute_input const& in_;
  std::string_view text_;
  std::vector<quote> out_;
  std::vector<std::size_t> phrase_end_;  // end of each quote's explicit after-phrase
  std::optional<std::size_t> last_mentioned_;  // the latest quote whose attribution names a speaker
  span comma_sentence_{std::string_view::npos, std::string_view::npos};  // the sentence comma_ was found in
  std::size_t comma_ = std::string_view::npos;
  grammar::clause_cache* cache_for(span sentence) { return in_.clauses.of(sentence); }

  span paragraph_of(std::size_t offset) const {
    auto const& ps = in_.art.paragraphs;
    auto const it = std::upper_bound(ps.begin(), ps.end(), offset, [](std::size_t o, span const& p) { return o < p.begin; });
    return it == ps.begin() ? span{0, text_.size()} : *(it - 1);
  }
  span sentence_of(std::size_t offset) const {
    if (in_.sentences.empty()) return paragraph_of(offset);
    return in_.sentences[sentence_at(in_.sentences, offset)];
  }

  // the quote starts its sentence: nothing but space, punctuation or an earlier quote before it
  bool starts_clause(std::size_t i, std::size_t from) const {
    auto const& q = out_[i];
    return only_space_or_punct(text_.substr(from, q.extent.begin - from));
  }

  void set(std::size_t i, attribution a, quote_kind kind) {
    out_[i].attr = std::move(a);
    out_[i].kind = kind;
  }

  void attribute_one(std::size_t i) {
    auto& q = out_[i];
    span const para = paragraph_of(q.extent.begin);
    span const sent = sentence_of(q.extent.begin);
    std::size_t const prev_end = i > 0 && out_[i - 1].extent.end > para.begin ? out_[i - 1].extent.end : para.begin;
    std::size_t const clause_from = std::max({sent.begin, std::min(prev_end, q.extent.begin), q.extent.begin > window ? q.extent.begin - window : 0});
    bool const at_clause_start = starts_clause(i, clause_from);
    quote_kind const full = at_clause_start ? quote_kind::direct : quote_kind::partial;
    // `said on “Fox News Sunday,”`, `told “Morning Joe”`, `DuVernay’s “13th”`: a title, not words spoken
    if (!at_clause_start && title_in_running_text(i)) return set(i, attribution{}, quote_kind::scare);

    // “Q,” Miles said. / “Q,” said Miles, an expert …
    if (q.closed) {
      if (auto p = grammar::match_after_quote(in_.tables, text_, q.extent.end, para.end, ends_sentence_mark(q.content))) {
        phrase_end_[i] = p->whole.end;
        return set(i, from_phrase(*p, text_, in_.lex, attribution_kind::explicit_cue), full);
      }
    }
    if (i > 0 && same_paragraph(i - 1, i) && link_to_previous(i, full)) return;
    // WHITFIELD: "Q" — a transcript label before the quotation
    if (auto label = grammar::match_speaker_label(text_, clause_from, q.extent.begin);
        label && !at_clause_start && only_space_or_punct(text_.substr(label->end, q.extent.begin - label->end))) {
      attribution a;
      a.kind = attribution_kind::explicit_cue;
      a.mention = *label;
      return set(i, a, quote_kind::direct);
    }
    // Miles said: “Q” / Kuleba told CNBC that “Q”
    if (auto p = grammar::match_before_quote(in_.tables, text_, clause_from, q.extent.begin)) {
      bool const whole = at_clause_start || p->whole.begin == clause_from;
      return set(i, from_phrase(*p, text_, in_.lex, attribution_kind::explicit_cue), whole ? quote_kind::direct : quote_kind::partial);
    }
    if (auto a = participle_introduced(i, clause_from, sent)) return set(i, std::move(*a), quote_kind::direct);
    if (!at_clause_start) return attribute_in_sentence(i, sent);
    // "WALLACE: Governor, I don’t want to interrupt …" — a transcript label inside the quotation
    if (auto label = grammar::match_speaker_label(text_, q.content.begin, q.content.end)) {
      attribution a;
      a.kind = attribution_kind::explicit_cue;
      a.mention = *label;
      return set(i, a, quote_kind::direct);
    }
    // `'Legend in the Coal Fields.'` alone on its line: a section heading, not speech
    if (heading(i, para)) return set(i, attribution{}, quote_kind::scare);
    if (introduced_by_previous_paragraph(i, para) || attributed_at_sentence_end(i, sent)) return;
    if (continues_previous_paragraph(i, para) || continues_paragraph_speaker(i, para)) return;
    // “Q” with nothing that attributes it: a quotation the auditor must see, or a bare title
    bool const bare_title = words_in(text_.substr(q.content.begin, q.content.size())) <= 4 &&
                            !ends_sentence(text_.substr(q.content.begin, q.content.size()));
    set(i, attribution{}, bare_title ? quote_kind::scare : quote_kind::direct);
  }

  bool title_in_running_text(std::size_t i) const { return names_a_work(text_, out_[i].extent, out_[i].content, in_.lex); }
  bool hspace_before_is(std::size_t e) const { return grammar::hspace_before(text_, e) > 0; }

  bool heading(std::size_t i, span para) const {
    auto const& q = in_.quotations[i];
    bool const single = q.style == grammar::mark_style::curly_single || q.style == grammar::mark_style::straight_single;
    return single && q.outer.begin == para.begin && only_space_or_punct(text_.substr(q.outer.end, para.end - q.outer.end)) &&
           words_in(text_.substr(q.inner.begin, q.inner.size())) <= 8;
  }

  bool ends_sentence_mark(span content) const {
    std::size_t k = content.end;
    while (k > content.begin && text_[k - 1] == ' ') --k;
    return k > content.begin && (text_[k - 1] == '.' || text_[k - 1] == '?' || text_[k - 1] == '!');
  }

  // "He said:" closing one paragraph introduces the quotation that opens the next.
  bool introduced_by_previous_paragraph(std::size_t i, span para) {
    if (out_[i].extent.begin != para.begin) return false;
    span const prev = previous_paragraph(para);
    if (prev.empty() || text_[prev.end - 1] != ':') return false;
    span const sent = sentence_of(prev.end - 1);
    span const clause{std::max(sent.begin, prev.begin), prev.end};
    if (auto p = grammar::match_before_quote(in_.tables, text_, clause.begin, clause.end)) {
      set(i, from_phrase(*p, text_, in_.lex, attribution_kind::explicit_cue), quote_kind::direct);
      return true;
    }
    // `Sanders made the following comment:` with no verb of saying: as for a colon in the same sentence
    if (auto a = subject_before_colon(i, clause, prev.end - 1)) {
      set(i, *a, quote_kind::direct);
      return true;
    }
    return false;
  }

  // "''Q'' of the Clinton proposals, Mr. Holtz-Eakin said." — the attribution closes the quote's sentence
  bool attributed_at_sentence_end(std::size_t i, span sent) {
    auto const& q = out_[i];
    if (q.extent.end >= sent.end) return false;
    std::size_t const comma = last_comma_in(sent);
    if (comma == std::string_view::npos || comma < q.extent.end) return false;
    auto p = grammar::match_after_quote(in_.tables, text_, comma + 1, sent.end, true);
    if (!p) return false;
    set(i, from_phrase(*p, text_, in_.lex, attribution_kind::explicit_cue), quote_kind::direct);
    return true;
  }

  // The sentence's last comma, found once per sentence: a sentence of thousands of quotations asks for it
  // thousands of times.
  std::size_t last_comma_in(span sent) {
    if (comma_sentence_ != sent) {
      comma_sentence_ = sent;
      std::size_t const c = text_.substr(sent.begin, sent.size()).rfind(',');
      comma_ = c == std::string_view::npos ? c : sent.begin + c;
    }
    return comma_;
  }

  bool same_paragraph(std::size_t a, std::size_t b) const {
    return paragraph_of(out_[a].extent.begin).begin == paragraph_of(out_[b].extent.begin).begin;
  }

  // `“Q1,” Miles said, adding “Q2”` and split quotes `“Q1,” she said, “Q2.”` / `“Q1,” Miles said. “Q2.”`
  bool link_to_previous(std::size_t i, quote_kind full) {
    auto const& prev = out_[i - 1];
    if (!prev.attr.mention) return false;  // (speakers are resolved after this stage)
    std::size_t const from = phrase_end_[i - 1] != std::string_view::npos ? phrase_end_[i - 1] : prev.extent.end;
    std::size_t const to = out_[i].extent.begin;
    if (from > to) return false;
    if (auto cue = grammar::match_adding(in_.tables, text_, from, to)) {
      attribution a = prev.attr;
      a.cue = *cue;
      trim_cue(a);
      a.kind = attribution_kind::explicit_cue;
      set(i, a, quote_kind::direct);
      return true;
    }
    auto const between = text_.substr(from, to - from);
    if (phrase_end_[i - 1] == std::string_view::npos || between.size() > 4) return false;
    attribution a = prev.attr;
    bool const same_sentence = between.find('.') == std::string_view::npos;
    if (!same_sentence) {
      a.kind = attribution_kind::continuation;
      a.cue.reset();
    }
    set(i, a, prev.kind == quote_kind::direct ? quote_kind::direct : full);
    phrase_end_[i] = phrase_end_[i - 1] == std::string_view::npos ? std::string_view::npos : from;
    return true;
  }

  void trim_cue(attribution& a) const {
    auto s = text_.substr(a.cue->begin, a.cue->size());
    std::size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == ',' || s[b] == ';')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == ',' || s[e - 1] == ':')) --e;
    a.cue = span{a.cue->begin + b, a.cue->begin + e};
    a.cue_type = cue_class::neutral;
  }

  // A partial quote in the writer's sentence: Putin’s “red line” / Russia has described … as a “red line”
  // Windows around a quotation are bounded so that one enormous "sentence" (a paragraph of stray marks)
  // costs linear time, not quadratic: a cue this far from its quotation is not its attribution anyway.
  static constexpr std::size_t window = 600;

  void attribute_in_sentence(std::size_t i, span full_sentence) {
    auto const& q = out_[i];
    span const sent{std::max(full_sentence.begin, q.extent.begin > window ? q.extent.begin - window : 0),
                    std::min(full_sentence.end, q.extent.end + window)};
    if (auto p = grammar::match_clause(in_.tables, text_, sent.begin, q.extent.begin, cache_for(full_sentence)))
      return set(i, from_phrase(*p, text_, in_.lex, attribution_kind::explicit_cue), quote_kind::partial);
    std::size_t const near = q.extent.begin > sent.begin + 80 ? q.extent.begin - 80 : sent.begin;
    if (auto name = grammar::match_possessive(text_, near, q.extent.begin)) {
      attribution a;
      a.kind = attribution_kind::possessive;
      a.mention = *name;
      return set(i, a, quote_kind::partial);
    }
    if (auto p = grammar::match_according_to(in_.tables, text_, sent.begin, sent.end))
      return set(i, from_phrase(*p, text_, in_.lex, attribution_kind::explicit_cue), quote_kind::partial);
    // `… a “disaster” for the state, he said.`: the attribution closes the sentence
    if (q.extent.end < sent.end)
      if (auto p = grammar::match_clause(in_.tables, text_, q.extent.end, sent.end, cache_for(full_sentence)))
        return set(i, from_phrase(*p, text_, in_.lex, attribution_kind::explicit_cue), quote_kind::partial);
    if (auto a = colon_introduced(i, full_sentence)) return set(i, *a, quote_kind::direct);
    set(i, attribution{}, quote_kind::scare);
  }

  // `The palace issued the following statement from the king: “Even though …”`, `The study outlined the
  // correlation: “…”`: a quoted sentence after the colon that ends the writer's clause is the words of that
  // clause's subject, though no verb of saying names them.
  std::optional<attribution> colon_introduced(std::size_t i, span sentence) const {
    auto const& q = out_[i];
    std::size_t c = q.extent.begin;
    while (c > sentence.begin && (text_[c - 1] == ' ' || grammar::hspace_before(text_, c) > 0))
      c -= text_[c - 1] == ' ' ? 1 : grammar::hspace_before(text_, c);
    if (c <= sentence.begin || text_[c - 1] != ':') return std::nullopt;
    return subject_before_colon(i, sentence, c - 1);
  }

  // The subject of the writer's clause in `sentence` that ends at the colon `colon`, when quotation `i` is a
  // quoted sentence.
  std::optional<attribution> subject_before_colon(std::size_t i, span sentence, std::size_t colon) const {
    auto const& q = out_[i];
    auto const content = text_.substr(q.content.begin, q.content.size());
    if (words_in(content) < min_colon_quote_words || !ends_sentence(content)) return std::nullopt;
    // the source named right before the colon (`doesn't surprise Republican pollster Daron Shaw: “…”`, `the
    // following statement from the king: “…”`), else the clause's subject
    auto subject = grammar::match_mention_before(in_.tables, text_, sentence.begin, colon);
    if (!subject) subject = grammar::match_subject(in_.tables, text_, sentence.begin, colon);
    if (!subject || subject->end > colon) return std::nullopt;
    attribution a;
    a.kind = attribution_kind::explicit_cue;
    a.mention = *subject;
    return a;
  }
  static constexpr std::size_t min_colon_quote_words = 6;  ///< a quoted sentence, not a phrase, after the colon

  // `Dean poked at the senator during the debate, tweeting, “…”`, `Blige sings to the crowd before asking them,
  // “…”`: a participle of saying right before the quotation, after a pause or a linking word, shares the
  // subject of its sentence; right after a name (`footage of Maria Lopes asking, “…”`), that name speaks.
  std::optional<attribution> participle_introduced(std::size_t i, std::size_t from, span sentence) const {
    auto const& q = out_[i];
    auto p = grammar::match_participle_before_quote(in_.tables, text_, from, q.extent.begin);
    if (!p) return std::nullopt;
    if (p->speaker.empty()) {
      std::size_t const clause = std::max(from, sentence.begin);
      // a verb of saying earlier in the sentence gives its subject (`Spicer said …, adding, “…”`); else the
      // subject that opens the sentence, unless what follows it is a fronted adverbial (`Hours later, …`)
      std::optional<span> subject;
      for (auto const& c : grammar::match_clauses(in_.tables, text_, clause, p->cue.begin))
        if (auto const cue = text_.substr(c.cue.begin, c.cue.size()); c.cue.end < p->cue.begin && !in_.lex.lemma_of(cue).empty() &&
                                                                       in_.lex.class_of(cue) != cue_class::belief && names_someone(c.speaker))
          subject = c.speaker;
      // (read up to the quotation: an appositive ends before the participle, `Dean, a former chairman, poked at …`)
      if (!subject) subject = grammar::match_subject(in_.tables, text_, clause, q.extent.begin);
      if (subject && before_a_pause(subject->end))
        subject = grammar::match_subject(in_.tables, text_, text_.find(',', subject->end) + 1, q.extent.begin);
      if (!subject || subject->end > p->cue.begin || before_a_pause(subject->end)) return std::nullopt;
      p->speaker = *subject;
    }
    return from_phrase(*p, text_, in_.lex, attribution_kind::explicit_cue);
  }

  // Whether a clause's subject as the grammar matched it can name a speaker: a name, a pronoun (not a relative
  // word), or a noun phrase that opens with a determiner (`a top strategist`); not a stray lowercase word.
  bool names_someone(span s) const {
    auto const who = text_.substr(s.begin, s.size());
    if (who.empty() || in_.lex.is(grammar::word_class::relative_word, who)) return false;
    if (std::isupper(static_cast<unsigned char>(who[0])) || is_pronoun(who, in_.lex)) return true;
    auto const first = who.substr(0, who.find(' '));
    return std::find(in_.lex.determiners.begin(), in_.lex.determiners.end(), first) != in_.lex.determiners.end();
  }

  // Whether the word after `at` ends in a comma (`Hours later, Trump …`: the words before it are an adverbial)
  bool before_a_pause(std::size_t at) const {
    while (at < text_.size() && text_[at] == ' ') ++at;
    if (at >= text_.size() || !std::isalpha(static_cast<unsigned char>(text_[at]))) return false;
    while (at < text_.size() && std::isalpha(static_cast<unsigned char>(text_[at]))) ++at;
    return at < text_.size() && text_[at] == ',';
  }

  // A paragraph that is only quotation, right after an attributed quote, continues that speaker.
  bool continues_previous_paragraph(std::size_t i, span para) {
    auto const& q = out_[i];
    if (q.extent.begin != para.begin || i == 0 || !only_quotation(i, para)) return false;
    std::size_t j = i - 1;
    span const prev_para = paragraph_of(out_[j].extent.begin);
    if (prev_para.begin == para.begin) return false;
    if (previous_paragraph(para).begin != prev_para.begin) return false;
    // the previous paragraph's last attributed quote
    while (true) {
      if (out_[j].attr.mention && out_[j].kind == quote_kind::direct) break;
      if (j == 0 || paragraph_of(out_[j - 1].extent.begin).begin != prev_para.begin) return false;
      --j;
    }
    attribution a = out_[j].attr;
    a.kind = attribution_kind::continuation;
    a.cue.reset();
    set(i, a, quote_kind::direct);
    phrase_end_[i] = std::string_view::npos;
    return true;
  }

  // `“Q1,” she said, clapping. “Q2.”`: a quotation that opens a sentence later in a paragraph whose
  // earlier quotation is attributed belongs to the same speaker.
  // The last quote with a mention is remembered, not searched for: a paragraph of thousands of unattributed
  // quotations would make the search quadratic.
  bool continues_paragraph_speaker(std::size_t i, span para) {
    if (!last_mentioned_ || out_[*last_mentioned_].extent.begin < para.begin) return false;
    attribution a = out_[*last_mentioned_].attr;
    a.kind = attribution_kind::continuation;
    a.cue.reset();
    set(i, a, quote_kind::direct);
    return true;
  }

  // Nothing but quotations, spaces and punctuation in the paragraph from quote i on.
  bool only_quotation(std::size_t i, span para) const {
    std::size_t at = out_[i].extent.begin;
    for (std::size_t j = i; j < in_.quotations.size() && in_.quotations[j].outer.begin < para.end; ++j) {
      if (!only_space_or_punct(text_.substr(at, in_.quotations[j].outer.begin - at))) return false;
      at = std::max(at, in_.quotations[j].outer.end);
    }
    return at >= para.end || only_space_or_punct(text_.substr(at, para.end - at)) || text_.substr(at, para.end - at) == ".";
  }

  span previous_paragraph(span para) const {
    auto const& ps = in_.art.paragraphs;
    auto const it = std::lower_bound(ps.begin(), ps.end(), para.begin, [](span const& p, std::size_t o) { return p.begin < o; });
    return it == ps.begin() ? span{} : *(it - 1);
  }

  // A quotation that runs over several paragraphs takes its speaker from the part that names one.
  void carry_multi_paragraph() {
    for (std::size_t i = out_.size(); i-- > 1;) {
      auto& prev = out_[i - 1];
      auto const& cur = out_[i];
      if (prev.closed || prev.attr.mention || !cur.attr.mention) continue;
      if (cur.extent.begin != paragraph_of(cur.extent.begin).begin) continue;
      attribution a = cur.attr;
      a.kind = attribution_kind::continuation;
      a.cue.reset();
      prev.attr = a;
      prev.kind = quote_kind::direct;
    }
  }
};

}  // namespace

std::vector<quote> attribute(attribute_input const& in) { return attributor(in).run(); }

}  // namespace attrib
