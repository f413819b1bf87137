#pragma once
// The values that flow between stages. Offsets are UTF-8 byte offsets into the article text.
#include "grammar/parse.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace attrib {

using grammar::span;

/// A problem with an input, positioned for a compiler-style message (`file:line:column: message`).
struct diagnostic {
  std::string file;
  std::size_t line = 0;    ///< 1-based; 0 when the problem concerns the whole file
  std::size_t column = 0;  ///< 1-based, in code points; 0 when unknown
  std::string message;  ///< starts with "error: " or "warning: "
  std::string str() const;
  bool is_warning() const { return message.starts_with("warning: "); }
};

/// One article, validated: the bytes as given, with an index of lines and paragraphs.
struct article {
  std::string id;
  std::string text;
  std::string path;                       ///< the file it came from, as named to the run (`<stdin>`); empty when not read from one
  std::size_t record_line = 0;            ///< its line in the JSON Lines file it came from; 0 for a text file
  std::string author;                     ///< the byline, when the record gives one (`author` or `meta.author`)
  std::string lang;                       ///< the language pack a record asks for (`lang`); empty: the run's own
  std::map<std::string, std::string> passed;  ///< a record's fields passed through to the output: outlet, date, url
  std::size_t body_begin = 0;             ///< 3 when the text starts with a byte-order mark
  std::vector<std::size_t> line_starts;   ///< offset of each line's first byte
  std::vector<span> paragraphs;           ///< non-blank lines, without their line ending
  /// Code points from its line's start (after a BOM) to each multiple of `column_stride` bytes, so that a
  /// column costs at most one stride of counting however long its line is.
  std::vector<std::uint32_t> column_marks;
  static constexpr std::size_t column_stride = 4096;
};

/// 1-based line and column (in code points) of a byte offset.
struct position {
  std::size_t line = 1;
  std::size_t column = 1;
};

enum class quote_kind { direct, partial, indirect, scare };
enum class attribution_kind { explicit_cue, continuation, possessive, none };
enum class cue_class { neutral, loaded, belief, naming, stance, according };
/// What a reported attribution reports: a proposition (`said the plan would fail`), a noun phrase (`denied the
/// allegation`), a topic (`spoke about the plan`), an infinitive (`vowed to appeal`), what a document or data
/// show (`the survey found that …`), a question (`asked whether …`). `none` for quotations.
enum class quote_form { none, clause, object, topic, infinitive, evidential, question };

/// The attribution of one quotation: the mention that names the speaker and what surrounds it.
struct attribution {
  attribution_kind kind = attribution_kind::none;
  std::optional<span> mention;
  std::optional<span> cue;
  cue_class cue_type = cue_class::neutral;
  std::optional<span> appositive;
  std::optional<span> outlet;    ///< a medium the words were given to: `told CNBC`, `told a local newspaper`, `told reporters`
  std::optional<span> audience;  ///< people the words were addressed to: `told police`, `told the crowd`, `told his advisers`
  std::optional<span> medium;  ///< "in a statement", "on Twitter"
  std::optional<span> time;
};

/// A quotation (or reported clause) and who said it.
struct quote {
  std::string id;
  quote_kind kind = quote_kind::direct;
  span extent;   ///< including the quotation marks
  span content;  ///< without them
  bool closed = true;
  attribution attr;
  quote_form form = quote_form::none;  ///< for reported speech (kind indirect)
  int speaker = -1;  ///< index into analysis::speakers, or -1
};

/// One mention of a speaker and the rule that linked it to that speaker.
struct mention {
  span where;
  std::string text;
  std::string rule;  ///< "first", "same-name", "surname", "descriptor", "pronoun"
};

enum class speaker_kind { person, organization, anonymous, group, document };

/// Why a source is not named: the stated arrangement and the stated reason, when the article gives them.
struct anonymity {
  std::optional<span> condition;  ///< "spoke on the condition of anonymity"
  std::optional<span> reason;     ///< "in order to share details ahead of the call"
};

/// A source: one real person or organisation, however many ways the article names it.
struct speaker {
  std::string id;
  std::string name;                ///< the fullest form in the article, without honorifics
  speaker_kind kind = speaker_kind::person;
  char gender = '?';               ///< a person's: 'f', 'm' (the article's pronouns, titles and nouns, else the given name), '?'
  bool anonymous = false;          ///< the article withholds who it is
  struct anonymity anonymity;
  std::vector<std::string> roles;         ///< "assistant professor at Duke University’s Sanford School of Public Policy"
  std::vector<std::string> affiliations;  ///< "Duke University", "Biden administration"
  std::vector<std::string> outlets;       ///< outlets its words were given to or came through: "CNBC"
  std::vector<mention> mentions;
};

/// Everything the pipeline found in one article.
struct analysis {
  std::string id;
  std::vector<quote> quotes;
  std::vector<speaker> speakers;
};

/// The names of the model's values in the outputs and the rule language: `direct`, `explicit`, `loaded`, `person`.
std::string_view name_of(quote_kind k);
std::string_view name_of(attribution_kind k);
std::string_view name_of(cue_class c);
std::string_view name_of(speaker_kind k);
std::string_view name_of(quote_form f);
/// `female`, `male`, or empty for '?'.
std::string_view gender_name(char g);
/// The id of the quote at 0-based position `i` in text order: `q1`, `q2` … (stages renumber after adding quotes).
std::string quote_id(std::size_t i);

}  // namespace attrib
