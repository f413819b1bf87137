#include "attrib/corpus.hpp"

#include "attrib/jsonl.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_map>

namespace attrib {

// The ids of a stream seen so far, each kept as a 64-bit hash and the line it was first on: 12-byte slots in an
// open addressing table between 35% and 70% full, so 17 to 34 bytes a record (and the old table's too while it
// doubles), where a node-based map took 50.
class id_set {
 public:
  /// The line `hash` was first seen on, or 0 after recording it on `line`.
  std::size_t first_line(std::uint64_t hash, std::uint32_t line) {
    if ((size_ + 1) * max_load_den > slots_.size() * max_load_num) grow();
    std::size_t i = hash & (slots_.size() - 1);
    for (; slots_[i].line != 0; i = (i + 1) & (slots_.size() - 1))
      if (slots_[i].hash == hash) return slots_[i].line;
    slots_[i] = slot{hash, line};
    ++size_;
    return 0;
  }

 private:
#pragma pack(push, 4)  // 12 bytes, not 16: the hash needs no 8-byte alignment on the machines attrib runs on
  struct slot {
    std::uint64_t hash = 0;
    std::uint32_t line = 0;  ///< 0: empty (lines count from 1)
  };
#pragma pack(pop)
  static_assert(sizeof(slot) == 12);
  static constexpr std::size_t max_load_num = 7, max_load_den = 10;
  void grow() {
    std::vector<slot> old(std::max<std::size_t>(slots_.size() * 2, 1024));
    old.swap(slots_);
    for (auto const& s : old)
      if (s.line != 0) {
        std::size_t i = s.hash & (slots_.size() - 1);
        while (slots_[i].line != 0) i = (i + 1) & (slots_.size() - 1);
        slots_[i] = s;
      }
  }
  std::vector<slot> slots_;
  std::size_t size_ = 0;
};


std::optional<diagnostic> check_readable(std::string const& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::exists(path, ec)) return diagnostic{path, 0, 0, "error: no such file"};
  if (fs::is_directory(path, ec)) return diagnostic{path, 0, 0, "error: is a directory, not a file"};
  if (!std::ifstream(path, std::ios::binary)) return diagnostic{path, 0, 0, "error: cannot open the file for reading"};
  return std::nullopt;
}

std::variant<std::string, diagnostic> read_file(std::string const& path) {
  if (auto d = check_readable(path)) return *d;
  std::ifstream f(path, std::ios::binary);
  std::ostringstream ss;
  ss << f.rdbuf();
  if (f.bad()) return diagnostic{path, 0, 0, "error: reading the file failed"};
  return std::move(ss).str();
}

namespace {

// the path the text is read from, as the user wrote it (`text`, `body`, `content.body`)
std::string text_path(std::vector<jsonl::field> const& fields) {
  for (auto const& f : fields)
    if (f.name == "text") {
      std::string out;
      for (auto const& p : f.path) out += (out.empty() ? "" : ".") + p;
      return out;
    }
  return "text";
}

}  // namespace

jsonl_reader::jsonl_reader(std::istream& in, std::string file, std::vector<jsonl::field> fields)
    : in_(in), file_(std::move(file)), fields_(std::move(fields)), seen_(std::make_unique<id_set>()) {}
jsonl_reader::~jsonl_reader() = default;

std::optional<std::variant<article, diagnostic>> jsonl_reader::next() {
  if (pending_) {
    auto out = std::move(pending_);
    pending_.reset();
    return std::variant<article, diagnostic>(std::move(*out));
  }
  while (std::getline(in_, line_)) {
    ++n_;
    if (!line_.empty() && line_.back() == '\r') line_.pop_back();
    if (line_.find_first_not_of(" \t") == std::string::npos) continue;
    auto parsed = jsonl::parse_record(line_, fields_);
    if (auto* e = std::get_if<jsonl::error>(&parsed)) return diagnostic{file_, n_, e->column, "error: malformed JSON record: " + e->message};
    auto& r = std::get<jsonl::record>(parsed);
    if (!r.text) {
      std::string const where = text_path(fields_);
      return diagnostic{file_, n_, 0, r.has_text ? "error: the record's \"" + where + "\" is not a string" : "error: record has no string field \"" + where + "\""};
    }
    std::string id = r.id ? std::move(*r.id) : file_ + ":" + std::to_string(n_);
    auto loaded = load_article(id, std::move(*r.text), file_ + ":" + std::to_string(n_) + " (id " + id + ")");
    if (auto* d = std::get_if<diagnostic>(&loaded)) return *d;
    auto& a = std::get<article>(loaded);
    a.record_line = n_;
    if (r.author) a.author = std::move(*r.author);
    if (r.lang) a.lang = std::move(*r.lang);
    a.passed = std::move(r.passed);
    // (a line past 2^32 is recorded as the last one that fits: the warning still comes, its line is approximate)
    auto const line_no = static_cast<std::uint32_t>(std::min<std::size_t>(n_, UINT32_MAX));
    if (std::size_t const first = seen_->first_line(std::hash<std::string>{}(id), line_no); first != 0) {
      pending_ = std::move(a);  // the warning first, then the record: a repeated id is still analysed
      return diagnostic{file_, n_, 0, "warning: duplicate id '" + id + "' (first on line " + std::to_string(first) + ")"};
    }
    return std::variant<article, diagnostic>(std::move(a));
  }
  return std::nullopt;
}

void read_jsonl(std::istream& in, std::string const& file, std::function<bool(article)> const& on_article,
                std::function<void(diagnostic)> const& on_error, std::vector<jsonl::field> const& fields) {
  jsonl_reader reader(in, file, fields);
  while (auto next = reader.next()) {
    if (auto* d = std::get_if<diagnostic>(&*next)) on_error(std::move(*d));
    else if (!on_article(std::get<article>(std::move(*next)))) return;
  }
}

std::string id_from_path(std::string const& path) {
  if (path == "-") return "stdin";
  return std::filesystem::path(path).stem().string();
}

}  // namespace attrib
