// The grammar's word tables: which entry of a word set matches at a position.
#include "grammar/tables.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace {

// The grammar's longest-entry match at a word boundary (grammar/tables.hpp), over entries that are one run of
// letters, entries that go on past it (`Sen.`, `close to`, `company's`), and entries that open with another
// byte (`über`, `'til`). The length of the match, or -1.
int longest_title(std::vector<std::string> const& titles, std::string_view text) {
  attrib::grammar::vocabulary v;
  v.titles = titles;
  attrib::grammar::tables const t(v);
  return t.longest(attrib::grammar::word_set::title, text.data(), text.data() + text.size());
}

TEST(word_set_match, the_longest_entry_that_ends_at_a_word_boundary) {
  struct row {
    std::vector<std::string> entries;
    std::string_view text;
    int length;
  };
  std::vector<row> const rows{
      {{"Sen"}, "Sen said", 3},
      {{"Sen", "Sen."}, "Sen. Reed", 4},                   // the longer entry, past the letters
      {{"Sen."}, "Sen Reed", -1},                          // the letters alone are no entry
      {{"close", "close to"}, "close to him", 8},
      // the longest entry is taken first, then tested: `close to` ends inside `together`, so nothing matches
      // (as the X3 symbol table this replaces did)
      {{"close", "close to"}, "close together", -1},
      {{"close to"}, "close together", -1},
      {{"to"}, "tomorrow", -1},                            // an entry ends inside the word
      {{"company", "company's"}, "company's view", 9},
      {{"company"}, "company's view", -1},                 // the apostrophe continues the word
      {{"\xC3\xBC" "ber"}, "\xC3\xBC" "ber alles", 5},     // opens with a byte that is no ASCII letter
      {{"'til"}, "'til dawn", 4},
      {{"'til"}, "'tilt", -1},
      {{"Dr.", "Dr. med."}, "Dr. med. Lang", 8},
      {{"Dr.", "Dr. med."}, "Dr. Lang", 3},
      {{"Dr"}, "Drs", -1},
  };
  for (auto const& r : rows) EXPECT_EQ(longest_title(r.entries, r.text), r.length) << r.text;
}

}  // namespace
