// The public API's entry points: building an analyzer from options, analysing texts, files and JSON Lines.
#include "api/internal.hpp"

#include "attrib/compressed.hpp"
#include "attrib/corpus.hpp"

#include <filesystem>

namespace attrib::api {

std::string_view version() { return ATTRIB_VERSION; }

std::string error::str() const { return diagnostic{file, line, column, message}.str(); }

error from_diagnostic(diagnostic const& d) { return error{d.file, d.line, d.column, d.message}; }

namespace {

std::string known_languages() {
  std::string out;
  for (auto const& l : builtin_languages()) out += (out.empty() ? "" : ", ") + l;
  return out;
}

}  // namespace

result<std::shared_ptr<engine const>> analyzer::impl::engine_for(std::string_view code, std::string const& where) const {
  std::lock_guard lock(mutex);
  if (auto it = engines.find(code); it != engines.end()) return it->second;
  lexicon const* pack = own_pack && own_pack->language == code ? &*own_pack : builtin_pack(code);
  if (!pack) return error{where, 0, 0, "error: no language pack '" + std::string(code) + "' (built in: " + known_languages() + ")"};
  lexicon lex = *pack;
  for (auto const& e : extra) lex.merge(e);
  attrib::options const o{opts.scare_quotes, opts.reported_speech, opts.beliefs};
  auto made = std::make_shared<engine const>(std::move(lex), o);
  engines.emplace(std::string(code), made);
  return std::shared_ptr<engine const>(made);
}

result<analysis> analyzer::impl::analyze(article art, std::string const& where) const {
  auto eng = engine_for(art.lang.empty() ? std::string_view(lang) : std::string_view(art.lang), where);
  if (!eng) return eng.error();
  auto found = eng.value()->analyze(art);
  return analysis(make_analysis(std::move(art), std::move(found), std::move(eng).value()));
}

result<analyzer> analyzer::create(options const& opts) {
  auto p = std::make_shared<impl>();
  p->opts = opts;
  for (auto const& path : opts.lexicons) {
    auto parsed = load_lexicon_path(path);
    if (auto* d = std::get_if<diagnostic>(&parsed)) return from_diagnostic(*d);
    p->extra.push_back(std::get<lexicon>(std::move(parsed)));
  }
  if (std::error_code ec; std::filesystem::is_directory(opts.lang, ec)) {
    auto own = parse_pack_directory(opts.lang);
    if (auto* d = std::get_if<diagnostic>(&own)) return from_diagnostic(*d);
    p->own_pack = std::get<lexicon>(std::move(own));
    p->lang = p->own_pack->language;
  } else if (!builtin_pack(opts.lang)) {
    return error{"", 0, 0, "error: no language pack '" + opts.lang + "' (built in: " + known_languages() + ")"};
  } else {
    p->lang = opts.lang;
  }
  // compile the run's own pack now, so that a bad lexicon fails here and the first analysis is not slow
  if (auto eng = p->engine_for(p->lang, opts.lang); !eng) return eng.error();
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
