// JSON Lines corpora: the record reader, and the stream reader that reports bad records and keeps going.
#include "attrib/corpus.hpp"
#include "attrib/jsonl.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  std::string const bytes(reinterpret_cast<char const*>(data), size);
  // one line: the reader must agree with a full JSON parser on which lines are objects with a string text
  // (nlohmann reads a NUL byte as the end of the input; JSON does not)
  if (bytes.find('\n') == std::string::npos && bytes.find('\0') == std::string::npos) {
    auto const r = attrib::jsonl::parse_record(bytes);
    auto const j = nlohmann::json::parse(bytes, nullptr, false);
    bool const dom_ok = !j.is_discarded() && j.is_object();
    if (auto const* rec = std::get_if<attrib::jsonl::record>(&r)) {
      // nlohmann refuses numbers it cannot represent (1e400) that JSON allows; every other record must agree
      if (dom_ok && j.contains("text") && j["text"].is_string() && rec->text != j["text"].get<std::string>()) std::abort();
    } else if (dom_ok && std::get<attrib::jsonl::error>(r).message.find("nests deeper") == std::string::npos) {
      std::abort();  // (nlohmann has no depth limit; the reader refuses records past jsonl::max_depth)
    }
  }
  std::istringstream in(bytes);
  std::size_t n = 0;
  attrib::read_jsonl(in, "fuzz.jsonl", [&](attrib::article) { return ++n < 1000; }, [](attrib::diagnostic const& d) { (void)d.str(); });
  return 0;
}
