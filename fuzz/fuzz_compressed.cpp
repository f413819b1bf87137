// Compressed inputs: any bytes, read as a file through open_input (gzip and zstd by their first bytes), must
// decompress, end early with a reason, or pass through unchanged; never crash or hang.
#include "attrib/compressed.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  static std::string const path = "/tmp/attrib-fuzz-compressed-" + std::to_string(::getpid());
  std::ofstream(path, std::ios::binary | std::ios::trunc).write(reinterpret_cast<char const*>(data), static_cast<std::streamsize>(size));
  auto opened = attrib::open_input(path);
  if (auto* in = std::get_if<std::unique_ptr<std::istream>>(&opened)) {
    std::string const out((std::istreambuf_iterator<char>(**in)), {});
    bool const compressed = attrib::compression_of(std::string_view(reinterpret_cast<char const*>(data), size)) != attrib::compression::none;
    // plain bytes come back as they are
    if (!compressed && out != std::string(reinterpret_cast<char const*>(data), size)) std::abort();
    (void)attrib::decompression_error(**in);
  }
  return 0;
}
