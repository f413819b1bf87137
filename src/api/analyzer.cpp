// The public API's entry points: building an analyzer from options, analysing texts, files and JSON Lines.
#include "api/internal.hpp"

#include "attrib/compressed.hpp"
#include "attrib/corpus.hpp"


namespace attrib::api {

std::string_view version() { return ATTRIB_VERSION; }

std::string error::str() const { return diagnostic{file, line, column, message}.str(); }

error from_diagnostic(diagnostic const& d) { return error{d.file, d.line, d.column, d.message}; }

result<analysis> analyzer::impl::analyze(article art, std::string const& where) const {
  auto eng = engines.for_language(art.lang, where);
  if (auto* d = std::get_if<diagnostic>(&eng)) return from_diagnostic(*d);
  auto found = std::get<std::shared_ptr<engine const>>(eng)->analyze(art);
  return analysis(make_analysis(std::move(art), std::move(found), std::get<std::shared_ptr<engine const>>(std::move(eng))));
}

result<analyzer> analyzer::create(options const& opts) {
  attrib::options o;
  o.include_scare = opts.scare_quotes;
  o.reported_speech = opts.reported_speech;
  o.beliefs = opts.beliefs;
  auto made = engine_set::make(opts.lang, opts.lexicons, o);
  if (auto* d = std::get_if<diagnostic>(&made)) return from_diagnostic(*d);
  auto p = std::make_shared<impl>(impl{std::get<engine_set>(std::move(made))});
  // the run's own pack compiled now, so that the first analysis is not the slow one
  if (auto eng = p->engines.for_language("", opts.lang); std::holds_alternative<diagnostic>(eng)) return from_diagnostic(std::get<diagnostic>(eng));
  return analyzer(std::move(p));
}

result<analysis> analyzer::analyze(std::string text, std::string const& id) const {
  auto loaded = load_article(id, std::move(text), "<text>");
  if (auto* d = std::get_if<diagnostic>(&loaded)) return from_diagnostic(*d);
  return impl_->analyze(std::get<article>(std::move(loaded)), "<text>");
}

result<analysis> analyzer::analyze_file(std::string const& path) const {
  auto bytes = read_file(path);
  if (auto* d = std::get_if<diagnostic>(&bytes)) return from_diagnostic(*d);
  auto loaded = load_article(id_from_path(path), std::get<std::string>(std::move(bytes)), path);
  if (auto* d = std::get_if<diagnostic>(&loaded)) return from_diagnostic(*d);
  auto art = std::get<article>(std::move(loaded));
  art.path = path;
  return impl_->analyze(std::move(art), path);
}

struct record_stream::impl {
  std::shared_ptr<analyzer::impl const> owner;
  std::unique_ptr<std::istream> in;
  std::string file;
  jsonl_reader reader;
  bool ended = false;
  impl(std::shared_ptr<analyzer::impl const> o, std::unique_ptr<std::istream> s, std::string const& f)
      : owner(std::move(o)), in(std::move(s)), file(f), reader(*in, f) {}
};

result<record_stream> analyzer::open_jsonl(std::string const& path) const {
  if (auto d = check_readable(path)) return from_diagnostic(*d);
  auto opened = open_input(path);
  if (auto* d = std::get_if<diagnostic>(&opened)) return from_diagnostic(*d);
  return record_stream(std::make_shared<record_stream::impl>(impl_, std::get<std::unique_ptr<std::istream>>(std::move(opened)), path));
}

std::optional<result<analysis>> record_stream::next() {
  if (impl_->ended) return std::nullopt;
  auto rec = impl_->reader.next();
  if (!rec) {
    impl_->ended = true;
    // a corrupt compressed file ends early: say so once, as the stream's last error
    if (auto why = decompression_error(*impl_->in); !why.empty()) return result<analysis>(error{impl_->file, 0, 0, "error: " + why});
    if (impl_->in->bad()) return result<analysis>(error{impl_->file, 0, 0, "error: reading the file failed"});
    return std::nullopt;
  }
  if (auto* d = std::get_if<diagnostic>(&*rec)) return result<analysis>(from_diagnostic(*d));
  auto art = std::get<article>(std::move(*rec));
  std::string const where = impl_->file + ":" + std::to_string(art.record_line) + " (id " + art.id + ")";
  art.path = impl_->file;
  return impl_->owner->analyze(std::move(art), where);
}

}  // namespace attrib::api
