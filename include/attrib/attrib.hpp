#pragma once
// attrib's public C++ API: load an article, analyse it with a language pack, read its quotes, speakers and
// source graph, audit it with rule packs. Plain C++20 and the standard library only; errors come back as
// values (`result`), nothing is printed and nothing exits. Link `attrib::attrib` (CMake) or `attrib`
// (pkg-config). The values mirror the JSON output (schema/attrib.schema.json): same names, same strings.
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#if defined(_WIN32)
#define ATTRIB_API
#else
#define ATTRIB_API __attribute__((visibility("default")))
#endif

namespace attrib::api {

/// The library's version (`0.1.0`).
ATTRIB_API std::string_view version();

/// A problem with an input, positioned for a compiler-style message.
struct error {
  std::string file;        ///< the file (or `<text>`, a record's `file:line (id …)`) the problem is in
  std::size_t line = 0;    ///< 1-based; 0 when it concerns the whole input
  std::size_t column = 0;  ///< 1-based, in code points; 0 when unknown
  std::string message;     ///< starts with `error: ` or `warning: `
  /// `file:line:column: message`, as the command line prints it.
  ATTRIB_API std::string str() const;
};

/// A value or the error(s) that stopped it.
template <typename T, typename E = error>
class result {
 public:
  result(T value) : v_(std::in_place_index<0>, std::move(value)) {}
  result(E e) : v_(std::in_place_index<1>, std::move(e)) {}
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  /// The value; std::bad_variant_access when there is none (check ok() first).
  T const& value() const& { return std::get<0>(v_); }
  T& value() & { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T const* operator->() const { return &value(); }
  E const& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, E> v_;
};

/// A stretch of the article: UTF-8 byte offsets [begin, end), the 1-based line and column (in code points) of
/// its first byte, and its text.
struct span {
  std::size_t begin = 0, end = 0;
  std::size_t line = 0, column = 0;
  std::string text;
};

/// A quotation or a reported attribution, and who said it.
struct quote {
  std::string id;           ///< `q1`, `q2`, … in text order
  std::string kind;         ///< direct | partial | indirect | scare
  std::string form;         ///< for kind indirect: clause | object | topic | infinitive | evidential | question; else empty
  std::string attribution;  ///< explicit | continuation | possessive | none
  span extent;              ///< the words as printed, with their quotation marks (the JSON's start, end, text)
  span content;             ///< the quoted or reported words alone
  bool closed = true;       ///< false when a quotation mark was never closed
  std::string speaker;      ///< the speaker's id, empty when no one is attributed
  std::optional<span> mention;   ///< the words that name the speaker here (`the chancellor`)
  std::optional<span> cue;       ///< the verb or phrase of saying (`insisted`, `according to`)
  std::string cue_class;         ///< neutral | loaded | belief | naming | stance | according (with a cue)
  std::optional<span> outlet;    ///< a medium the words were given to (`told Reuters`)
  std::optional<span> audience;  ///< people addressed (`told reporters` aside: `told the crowd`)
  std::optional<span> medium;    ///< `in a statement`, `on Twitter`
  std::optional<span> time;      ///< `on Wednesday`
};

/// One place the article names a speaker, and the rule that linked it (`name`, `surname`, `role`, `pronoun`, …).
struct mention {
  span words;
  std::string rule;
};

/// A source: one person, organisation, group or document, however many ways the article names it.
struct speaker {
  std::string id;      ///< stable within the article: `markus-lindqvist`, `a-senior-official`
  std::string name;    ///< the fullest form in the article
  std::string kind;    ///< person | organization | anonymous | group | document
  std::string gender;  ///< female | male, or empty
  bool anonymous = false;
  std::optional<span> anonymity_condition;  ///< `spoke on the condition of anonymity`
  std::optional<span> anonymity_reason;     ///< `because the talks are private`
  std::vector<std::string> roles, affiliations, outlets;
  std::vector<mention> mentions;
};

/// The source graph: speakers, their quotes, the outlets, audiences, media, organisations and anonymity
/// conditions, as nodes and typed edges.
struct graph {
  struct node {
    std::string id;     ///< `speaker:markus-lindqvist`, `quote:q3`, `outlet:reuters`
    std::string kind;   ///< speaker | quote | outlet | audience | medium | organization | condition
    std::string label;
    bool anonymous = false;
  };
  struct edge {
    std::size_t from = 0, to = 0;  ///< indices into nodes
    std::string kind;              ///< said | told | addressed | via | affiliated_with | anonymity
  };
  std::vector<node> nodes;
  std::vector<edge> edges;
};

/// One audit rule that fired.
struct finding {
  std::string rule;       ///< the rule's id
  std::string severity;   ///< info | warning | error
  std::string message;
  std::string reference;  ///< the rule's reference (a style-guide section), or empty
  span where;             ///< the quote, cue or mention the rule points at
  std::string quote;      ///< the quote's id, for rules that apply to quotes
  std::string speaker;    ///< the speaker's id, for rules that apply to speakers
};

/// An audit rule pack (rules/README.md). Copying is cheap: packs are immutable and shared.
class ATTRIB_API rules {
 public:
  /// The pack compiled into the library (rules/default.yaml).
  static rules defaults();
  /// Parses a pack; every error of the text at once, each with its line and column.
  static result<rules, std::vector<error>> parse(std::string_view yaml, std::string const& file = "<rules>");
  static result<rules, std::vector<error>> load(std::string const& path);
  /// This pack with `other`'s rules added; a rule with the same id is replaced.
  rules with(rules const& other) const;
  /// This pack without the rule `id`; an error when it has no such rule.
  result<rules> without(std::string const& id) const;
  /// The ids of the rules, in order.
  std::vector<std::string> ids() const;

  struct impl;
  explicit rules(std::shared_ptr<impl const> p) : impl_(std::move(p)) {}
  impl const& internals() const { return *impl_; }

 private:
  std::shared_ptr<impl const> impl_;
};

/// One analysed article. Copying is cheap: the analysis is immutable and shared.
class ATTRIB_API analysis {
 public:
  std::string const& id() const;
  std::string const& text() const;
  std::vector<quote> const& quotes() const;
  std::vector<speaker> const& speakers() const;
  api::graph graph() const;
  /// The JSON object `attrib quotes --format json` prints for the article.
  std::string json() const;
  /// The source graph as GraphViz DOT (`attrib graph`).
  std::string dot() const;
  /// Applies a rule pack; findings in text order, then rule order. Rules over outlets and sources (corpus
  /// scopes) are left to a corpus index and ignored here.
  std::vector<finding> audit(rules const& pack = rules::defaults()) const;
  /// The JSON object `attrib audit --format json` prints: json() with `findings[]`.
  std::string audit_json(rules const& pack = rules::defaults()) const;

  struct impl;
  explicit analysis(std::shared_ptr<impl const> p) : impl_(std::move(p)) {}

 private:
  std::shared_ptr<impl const> impl_;
};

/// What to analyse with.
struct options {
  std::string lang = "en";            ///< a built-in pack (`en`, `de`) or a pack directory
  std::vector<std::string> lexicons;  ///< lexicon files or pack directories added to the pack
  bool reported_speech = true;        ///< attributions without quotation marks (`insisted that …`)
  bool scare_quotes = true;           ///< quotation marks that attribute nothing (kind scare)
  bool beliefs = true;                ///< belief and plan verbs (`believes`, `expects`) as cues
};

class analyzer;

/// The records of a JSON Lines file (plain, gzip or zstd), read and analysed one at a time.
class ATTRIB_API record_stream {
 public:
  /// The next record: its analysis, or the error that makes it unusable (malformed JSON, no text, a
  /// language with no pack; a repeated id is an error whose message starts with `warning: `, and the record
  /// after it is still read). nullopt at the end of the file.
  std::optional<result<analysis>> next();

  struct impl;
  explicit record_stream(std::shared_ptr<impl> p) : impl_(std::move(p)) {}

 private:
  std::shared_ptr<impl> impl_;
};

/// A compiled language pack; build once, analyse many articles. Thread-safe.
class ATTRIB_API analyzer {
 public:
  /// Compiles the pack with the user's lexicons; an error when a file cannot be read or parsed.
  static result<analyzer> create(options const& opts = {});
  /// Analyses one article's text (UTF-8); an error for an empty text, NUL bytes or invalid UTF-8.
  result<analysis> analyze(std::string text, std::string const& id = "article") const;
  /// Reads and analyses a text file (its id: the file name without directory and extension).
  result<analysis> analyze_file(std::string const& path) const;
  /// Opens a JSON Lines corpus (`{"id", "text", "lang"?, "outlet"?, "date"?}` per line) for streaming.
  result<record_stream> open_jsonl(std::string const& path) const;

  struct impl;
  explicit analyzer(std::shared_ptr<impl const> p) : impl_(std::move(p)) {}

 private:
  std::shared_ptr<impl const> impl_;
};

}  // namespace attrib::api
