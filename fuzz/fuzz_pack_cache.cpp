// The compiled form of a language pack: any bytes either read back as a lexicon that writes the same bytes
// again, or are refused; never a crash or a partial lexicon.
#include "attrib/lexicon.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  std::string_view const bytes(reinterpret_cast<char const*>(data), size);
  auto const lex = attrib::deserialize_lexicon(bytes);
  if (lex && attrib::serialize_lexicon(*lex) != bytes) std::abort();
  return 0;
}
