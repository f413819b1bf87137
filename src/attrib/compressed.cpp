#include "attrib/compressed.hpp"

#include "attrib/corpus.hpp"

#include <zlib.h>
#include <zstd.h>

#include <array>
#include <cstring>
#include <fstream>
#include <streambuf>
#include <vector>

namespace attrib {
namespace {

constexpr std::size_t chunk = 1 << 16;  ///< bytes read from the file, and decompressed, at a time

// A read-only stream buffer that decompresses a file as it is read, one chunk at a time. A failure ends the
// stream early, and error() says what it was.
class decoding_buf : public std::streambuf {
 public:
  explicit decoding_buf(std::unique_ptr<std::ifstream> file) : file_(std::move(file)), in_(chunk), out_(chunk) {}
  std::string const& error() const { return error_; }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    while (!done_ && error_.empty()) {
      if (in_pos_ == in_len_) {
        if (!file_eof_) refill();
        if (in_pos_ == in_len_ && file_eof_) {
          if (at_boundary()) done_ = true;
          else error_ = "the compressed data ends early (a truncated file?)";
          continue;
        }
      }
      if (std::size_t const made = decode(); made > 0) {
        setg(out_.data(), out_.data(), out_.data() + made);
        return traits_type::to_int_type(*gptr());
      }
    }
    return traits_type::eof();
  }

  /// Decodes from in_[in_pos_, in_len_) into out_; returns the bytes made (0 is no error by itself).
  virtual std::size_t decode() = 0;
  /// Whether the data so far ends where a compressed stream may end (between members or frames).
  virtual bool at_boundary() const = 0;

  void refill() {
    file_->read(in_.data(), static_cast<std::streamsize>(in_.size()));
    in_len_ = static_cast<std::size_t>(file_->gcount());
    in_pos_ = 0;
    if (in_len_ == 0) file_eof_ = true;
    if (file_->bad()) error_ = "reading the file failed";
  }

  std::unique_ptr<std::ifstream> file_;
  std::vector<char> in_, out_;
  std::size_t in_pos_ = 0, in_len_ = 0;
  bool file_eof_ = false, done_ = false;
  std::string error_;
};

class gzip_buf : public decoding_buf {
 public:
  explicit gzip_buf(std::unique_ptr<std::ifstream> file) : decoding_buf(std::move(file)) {
    if (inflateInit2(&z_, 15 + 32) != Z_OK) error_ = "cannot start zlib";  // 15 + 32: a gzip or zlib header
  }
  ~gzip_buf() override { inflateEnd(&z_); }
  gzip_buf(gzip_buf const&) = delete;
  gzip_buf& operator=(gzip_buf const&) = delete;

 private:
  std::size_t decode() override {
    z_.next_in = reinterpret_cast<Bytef*>(in_.data() + in_pos_);
    z_.avail_in = static_cast<uInt>(in_len_ - in_pos_);
    z_.next_out = reinterpret_cast<Bytef*>(out_.data());
    z_.avail_out = static_cast<uInt>(out_.size());
    int const rc = inflate(&z_, Z_NO_FLUSH);
    std::size_t const consumed = (in_len_ - in_pos_) - z_.avail_in;
    in_pos_ += consumed;
    std::size_t const made = out_.size() - z_.avail_out;
    if (rc == Z_STREAM_END) {
      member_end_ = true;
      inflateReset(&z_);  // concatenated members (`cat a.gz b.gz`) are one stream
    } else if (rc == Z_OK || rc == Z_BUF_ERROR) {
      if (consumed > 0 || made > 0) member_end_ = false;
    } else {
      error_ = std::string("corrupt gzip data") + (z_.msg ? std::string(": ") + z_.msg : std::string());
    }
    return made;
  }
  bool at_boundary() const override { return member_end_; }
  z_stream z_{};
  bool member_end_ = false;
};

class zstd_buf : public decoding_buf {
 public:
  explicit zstd_buf(std::unique_ptr<std::ifstream> file) : decoding_buf(std::move(file)), z_(ZSTD_createDStream()) {
    if (!z_) error_ = "cannot start zstd";
  }
  ~zstd_buf() override { ZSTD_freeDStream(z_); }
  zstd_buf(zstd_buf const&) = delete;
  zstd_buf& operator=(zstd_buf const&) = delete;

 private:
  std::size_t decode() override {
    ZSTD_inBuffer in{in_.data(), in_len_, in_pos_};
    ZSTD_outBuffer out{out_.data(), out_.size(), 0};
    std::size_t const rc = ZSTD_decompressStream(z_, &out, &in);
    in_pos_ = in.pos;
    if (ZSTD_isError(rc)) {
      error_ = std::string("corrupt zstd data: ") + ZSTD_getErrorName(rc);
      return 0;
    }
    frame_end_ = rc == 0;  // 0: a frame is complete and flushed
    return out.pos;
  }
  bool at_boundary() const override { return frame_end_; }
  ZSTD_DStream* z_;
  bool frame_end_ = false;
};

class decoding_stream : public std::istream {
 public:
  explicit decoding_stream(std::unique_ptr<decoding_buf> buf) : std::istream(buf.get()), buf_(std::move(buf)) {}
  std::string const& error() const { return buf_->error(); }

 private:
  std::unique_ptr<decoding_buf> buf_;
};

}  // namespace

compression compression_of(std::string_view b) {
  if (b.size() >= 2 && static_cast<unsigned char>(b[0]) == 0x1f && static_cast<unsigned char>(b[1]) == 0x8b) return compression::gzip;
  if (b.size() >= 4 && b.substr(0, 4) == std::string_view("\x28\xb5\x2f\xfd", 4)) return compression::zstd;
  return compression::none;
}

std::string without_compression_suffix(std::string const& path) {
  for (std::string_view suffix : {".gz", ".zst", ".zstd"})
    if (path.size() > suffix.size() && path.ends_with(suffix)) return path.substr(0, path.size() - suffix.size());
  return path;
}

std::variant<std::unique_ptr<std::istream>, diagnostic> open_input(std::string const& path) {
  if (auto d = check_readable(path)) return *d;
  auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
  std::array<char, 4> head{};
  file->read(head.data(), head.size());
  auto const kind = compression_of(std::string_view(head.data(), static_cast<std::size_t>(file->gcount())));
  file->clear();
  file->seekg(0);
  if (kind == compression::none) return std::unique_ptr<std::istream>(std::move(file));
  std::unique_ptr<decoding_buf> buf;
  if (kind == compression::gzip) buf = std::make_unique<gzip_buf>(std::move(file));
  else buf = std::make_unique<zstd_buf>(std::move(file));
  return std::unique_ptr<std::istream>(std::make_unique<decoding_stream>(std::move(buf)));
}

std::string decompression_error(std::istream const& in) {
  auto const* d = dynamic_cast<decoding_stream const*>(&in);
  return d ? d->error() : std::string();
}

}  // namespace attrib
