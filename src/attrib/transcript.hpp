#pragma once
// Stage 3a, transcript turns: paragraphs that open with a speaker's label and no quotation marks
// (`REED: Honestly, I have doubts about the cost.`, `Matthews: What about the jobs?`). A transcript prints
// what was said verbatim, so each turn is a direct quotation of the labelled speaker.
#include "attrib/lexicon.hpp"
#include "attrib/model.hpp"

#include <vector>

namespace attrib {

/// Adds the article's transcript turns to `quotes` (the attribute stage's, in text order) and returns them in
/// text order. A label is a run of capitals (`REED:`, `SEN. REED:`) or, when the article names that person
/// elsewhere, of capitalised words (`Matthews:`); labels of a shape are read only where one of them opens two
/// paragraphs or more (a dialogue returns to its speakers; a list names each once), never with a function
/// word (`THE FACTS:`), never the pack's `non_speaker_labels` (`UPDATE:`) or `role_labels` (`Q:`,
/// `MODERATOR:`: a turn with no name, left out). Quotations inside a turn are part of it.
std::vector<quote> add_transcript_turns(article const& art, lexicon const& lex, std::vector<quote> quotes);

}  // namespace attrib
