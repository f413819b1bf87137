#include "cli/run.hpp"

#include <CLI/CLI.hpp>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <iomanip>
#include <mutex>
#include <sstream>
#include <streambuf>
#include <thread>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

namespace attrib::cli {
namespace {

constexpr std::size_t articles_per_job = 32;          ///< a window of articles in flight, per analysis thread
constexpr std::size_t window_bytes = 32u << 20;       ///< and at most this much article text at once
constexpr auto progress_interval = std::chrono::milliseconds(500);

struct item {
  article art;
  std::string file;
  engine const* eng = nullptr;
  piece out;
};

using work_fn = std::function<piece(article const&, std::string const&, engine const&)>;

// A fixed set of threads that works through one batch of items at a time.
class pool {
 public:
  pool(unsigned n, work_fn const& work) : work_(work) {
    for (unsigned i = 0; i < n; ++i) threads_.emplace_back([this] { loop(); });
  }
  ~pool() {
    {
      std::lock_guard lk(m_);
      quit_ = true;
    }
    more_.notify_all();
    for (auto& t : threads_) t.join();
  }
  pool(pool const&) = delete;
  pool& operator=(pool const&) = delete;

  void start(std::vector<item>& batch) {
    std::lock_guard lk(m_);
    batch_ = &batch;
    next_ = 0;
    left_ = batch.size();
    more_.notify_all();
  }
  void wait() {
    std::unique_lock lk(m_);
    done_.wait(lk, [&] { return left_ == 0; });
    batch_ = nullptr;
    if (failure_) std::rethrow_exception(std::exchange(failure_, nullptr));
  }

 private:
  void loop() {
    std::unique_lock lk(m_);
    for (;;) {
      more_.wait(lk, [&] { return quit_ || (batch_ && next_ < batch_->size()); });
      if (quit_) return;
      item& it = (*batch_)[next_++];
      lk.unlock();
      try {
        it.out = work_(it.art, it.file, *it.eng);
      } catch (...) {
        std::lock_guard f(m_);
        if (!failure_) failure_ = std::current_exception();
      }
      lk.lock();
      if (--left_ == 0) done_.notify_all();
    }
  }

  work_fn const& work_;
  std::vector<std::thread> threads_;
  std::mutex m_;
  std::condition_variable more_, done_;
  std::vector<item>* batch_ = nullptr;
  std::size_t next_ = 0, left_ = 0;
  bool quit_ = false;
  std::exception_ptr failure_;
};

// The progress line on a terminal: articles, megabytes of article text, and their rates, redrawn in place.
// Anything else written to the error stream first clears it (progress_buf), so diagnostics stay whole.
class progress_buf : public std::streambuf {
 public:
  progress_buf(std::ostream& err, bool shown, input_progress const& read)
      : err_(err), shown_(shown), read_(read), start_(std::chrono::steady_clock::now()), last_(start_) {}
  void add(std::size_t bytes) {
    ++articles_;
    bytes_ += bytes;
    auto const now = std::chrono::steady_clock::now();
    if (!shown_ || now - last_ < progress_interval) return;
    last_ = now;
    draw(now, '\r');
  }
  void finish() {
    if (shown_ && articles_ > 0) draw(std::chrono::steady_clock::now(), '\n'), on_screen_ = false;
  }

 protected:
  int_type overflow(int_type c) override {
    clear_line();
    if (c != traits_type::eof()) err_.put(static_cast<char>(c));
    return c;
  }
  std::streamsize xsputn(char const* s, std::streamsize n) override {
    clear_line();
    err_.write(s, n);
    return n;
  }

 private:
  void clear_line() {
    if (on_screen_) err_ << "\r\x1b[K";
    on_screen_ = false;
  }
  void draw(std::chrono::steady_clock::time_point now, char end) {
    double const secs = std::max(1e-3, std::chrono::duration<double>(now - start_).count());
    double const mb = static_cast<double>(bytes_) / 1e6;
    std::ostringstream line;
    line << std::fixed << std::setprecision(1) << "\r\x1b[Kattrib: " << articles_ << " articles, " << mb << " MB of text, " << mb / secs
         << " MB/s, " << std::setprecision(0) << static_cast<double>(articles_) / secs << " articles/s";
    // how much of the named files is read, and when the rest will be at this rate
    if (read_.total > 0 && read_.done > 0 && end == '\r') {
      double const fraction = std::min(1.0, static_cast<double>(read_.done) / static_cast<double>(read_.total));
      auto const left = static_cast<long>(secs * (1 - fraction) / fraction);
      line << ", " << static_cast<int>(100 * fraction) << "%, ETA " << left / 3600 << ":" << std::setw(2) << std::setfill('0') << left / 60 % 60
           << ":" << std::setw(2) << left % 60;
    }
    line << end;
    err_ << line.str() << std::flush;
    on_screen_ = end == '\r';
  }
  std::ostream& err_;
  bool shown_;
  input_progress const& read_;
  bool on_screen_ = false;
  std::size_t articles_ = 0, bytes_ = 0;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace

void add_run_options(CLI::App& cmd, run_options& opts) {
  cmd.add_option("-o,--output", opts.output, "Write to this file (atomically: a temporary file renamed when the run ends)");
  cmd.add_option("-j,--jobs", opts.jobs, "Analysis threads (default: one per core); the output is the same for any number")
      ->check(CLI::Range(0u, 1024u));
  cmd.add_flag("-q,--quiet", opts.quiet, "No progress line on a terminal");
}

bool for_each_piece(input_options const& in_opts, run_options const& opts, std::istream& in, std::ostream& err, engines& engs,
                    work_fn const& work, std::function<bool(piece&&)> const& emit) {
  input_progress read;
  progress_buf line(err, opts.stderr_is_terminal && !opts.quiet, read);
  std::ostream shown_err(&line);
  unsigned const jobs = opts.jobs ? opts.jobs : std::max(1u, std::thread::hardware_concurrency());
  bool stop = false;
  bool ok = true;
  if (jobs == 1) {
    ok = for_each_with_engine(in_opts, in, shown_err, engs, [&](article const& art, std::string const& file, engine const& eng) {
      line.add(art.text.size());
      return emit(work(art, file, eng));
    }, &read);
  } else {
    pool workers(jobs, work);
    std::vector<item> reading, running;
    std::size_t bytes = 0;
    auto const drain = [&] {  // waits for the running batch, emits it in order, and starts the one read
      workers.wait();
      for (auto& it : running) {
        line.add(it.art.text.size());
        if (!stop && !emit(std::move(it.out))) stop = true;
      }
      running.clear();
      running.swap(reading);
      bytes = 0;
      if (!running.empty()) workers.start(running);
    };
    ok = for_each_with_engine(in_opts, in, shown_err, engs, [&](article const& art, std::string const& file, engine const& eng) {
      reading.push_back(item{art, file, &eng, {}});
      bytes += art.text.size();
      if (reading.size() >= articles_per_job * jobs || bytes >= window_bytes) drain();
      return !stop;
    }, &read);
    drain();
    drain();
  }
  line.finish();
  return ok && !stop;
}

output_target::output_target(std::string path, std::ostream& standard_out) : path_(std::move(path)), out_(standard_out) {}

output_target::~output_target() {
  if (!temp_.empty() && !committed_) {
    file_.close();
    std::remove(temp_.c_str());
  }
}

bool output_target::open(std::ostream& err) {
  if (path_.empty()) return true;
  namespace fs = std::filesystem;
  fs::path const target(path_);
  // a device or a pipe (`-o /dev/null`, `-o >(gzip …)`) is written as it is: renaming a file over it would
  // replace the device with a file
  if (std::error_code ec; fs::exists(target, ec) && !fs::is_regular_file(target, ec)) {
    file_.open(path_, std::ios::binary);
    if (!file_) {
      err << path_ << ": error: cannot open for writing\n";
      return false;
    }
    return true;
  }
  std::string pattern = (target.parent_path() / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  int const fd = ::mkstemp(pattern.data());
  if (fd < 0) {
    err << path_ << ": error: cannot create a file beside it to write to: " << std::strerror(errno) << "\n";
    return false;
  }
  mode_t const mask = ::umask(0);  // the file gets the mode a plain open would give it, not mkstemp's 0600
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
  ::close(fd);
  temp_ = pattern;
  file_.open(temp_, std::ios::binary | std::ios::trunc);
  if (!file_) {
    err << path_ << ": error: cannot open for writing\n";
    return false;
  }
  return true;
}

bool output_target::commit(std::ostream& err) {
  if (!output_ok(stream(), err)) return false;
  if (path_.empty()) return true;
  if (temp_.empty()) {  // written in place (a device or a pipe)
    file_.close();
    committed_ = true;
    return true;
  }
  file_.close();
  if (std::rename(temp_.c_str(), path_.c_str()) != 0) {
    err << path_ << ": error: cannot write the output: " << std::strerror(errno) << "\n";
    return false;
  }
  committed_ = true;
  return true;
}

}  // namespace attrib::cli
