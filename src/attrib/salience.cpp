#include "attrib/salience.hpp"

#include <algorithm>
#include <vector>
#include <map>

namespace attrib::discourse {

bool agrees(entity const& ent, names::agreement const& p) {
  if (p.either_number) return agrees(ent, {p.gender, true, false}) || agrees(ent, {p.gender, false, false});
  bool const one_person = (ent.kind == speaker_kind::person || ent.kind == speaker_kind::anonymous) && !ent.plural;
  // (the writer, who says `I`, is never `he`, `she`, `it` or `they`)
  if ((p.plural || p.gender == 'm' || p.gender == 'f' || p.gender == 'n') && ent.writer) return false;
  if (p.plural) return ent.plural || ent.kind == speaker_kind::organization || ent.kind == speaker_kind::group;
  switch (p.gender) {
    case 'm': return one_person && ent.gender != 'f' && ent.gender != 'n';
    case 'f': return one_person && ent.gender != 'm' && ent.gender != 'n';
    case 'n': return ent.kind == speaker_kind::organization || ent.kind == speaker_kind::document || ent.gender == 'n';
    default: return !ent.plural;  // `who`, `you`: any one source
  }
}

namespace {

double weight_of(role r, salience_weights const& w) {
  switch (r) {
    case role::subject: return w.recency + w.subject + w.head + w.non_adverbial;
    case role::object: return w.recency + w.object + w.head + w.non_adverbial;
    case role::oblique: return w.recency + w.oblique + w.head;
    case role::possessor: return w.recency + w.non_adverbial;
  }
  return w.recency;
}

struct candidate {
  double by_sentence_total = 0;
  std::size_t sentence = static_cast<std::size_t>(-1);  // the sentence being summed
  double sentence_best = 0;
  std::size_t latest = 0;  // offset of its mention nearest the pronoun
  role latest_role = role::object;
  std::size_t latest_sentence = 0;
  bool seen = false;
};

}  // namespace

static int topic_of(model const& m, names::agreement const& pronoun, std::size_t at, candidates which, salience_weights const& w);

int antecedent(model const& m, names::agreement const& pronoun, std::size_t at, role grammatical, candidates which,
               salience_weights const& w) {
  std::size_t const here = m.sentence_of(at);
  bool const quoted_pronoun = m.in_quotation(at);
  std::vector<double> decay(w.sentences_back + 1, 1.0);  // decay^k for each sentence distance k in reach
  for (std::size_t k = 1; k < decay.size(); ++k) decay[k] = decay[k - 1] * w.decay;
  std::map<int, candidate> pool;
  int unnamed = -1;  // the nearest unnamed source beyond its reach: the choice when nothing else agrees
  auto const& places = m.places();
  for (auto it = std::make_reverse_iterator(places.lower_bound(at)); it != places.rend(); ++it) {
    std::size_t const offset = it->first;
    place const& p = it->second;
    if (at - offset > w.search_back || here - std::min(here, p.sentence) > w.sentences_back) break;
    if (p.end > at) continue;  // the pronoun's own phrase, or one that holds it
    if (p.quoted_words && !quoted_pronoun) continue;  // a name inside a quotation is the speaker's, not the narrative's
    entity const& ent = m[p.entity];
    if (!agrees(ent, pronoun)) continue;
    if (which == candidates::named_people && !(ent.named && ent.kind == speaker_kind::person)) continue;
    if (ent.kind == speaker_kind::anonymous && at - offset > w.unnamed_reach && !pool.contains(p.entity)) {
      if (unnamed < 0) unnamed = p.entity;
      continue;
    }
    auto& c = pool[p.entity];
    if (!c.seen) c = candidate{0, p.sentence, 0, offset, p.grammatical, p.sentence, true};
    if (p.sentence != c.sentence) {  // mentions come nearest first: a sentence is done when an earlier one starts
      c.by_sentence_total += c.sentence_best;
      c.sentence = p.sentence;
      c.sentence_best = 0;
    }
    double const decayed = weight_of(p.grammatical, w) * decay[here - std::min(here, p.sentence)];
    c.sentence_best = std::max(c.sentence_best, decayed);
  }
  int best = -1;
  double best_score = 0;
  bool best_quoted = false;
  std::size_t best_latest = 0;
  for (auto const& [e, c] : pool) {
    entity const& ent = m[e];
    double score = c.by_sentence_total + c.sentence_best;
    if (c.latest_role == grammatical) score += w.parallel * decay[here - std::min(here, c.latest_sentence)];
    if (pronoun.gender != '?' && ent.gender == pronoun.gender) score += w.gender_evidence;
    if (pronoun.plural && !pronoun.either_number && ent.plural) score += w.number_evidence;
    bool const better = best < 0 || score > best_score ||
                        (score == best_score && (ent.quoted > best_quoted || (ent.quoted == best_quoted && c.latest > best_latest)));
    if (better) {
      best = e;
      best_score = score;
      best_quoted = ent.quoted;
      best_latest = c.latest;
    }
  }
  if (best >= 0) return best;
  if (unnamed >= 0) return unnamed;
  return topic_of(m, pronoun, at, which, w);
}

// Nothing in reach: the named entity that agrees and is mentioned most often in the passage before.
static int topic_of(model const& m, names::agreement const& pronoun, std::size_t at, candidates which, salience_weights const& w) {
  auto const& places = m.places();
  std::map<int, std::size_t> mentions;
  for (auto it = std::make_reverse_iterator(places.lower_bound(at)); it != places.rend() && at - it->first <= w.topic_reach; ++it) {
    entity const& ent = m[it->second.entity];
    if (ent.named && !it->second.quoted_words && agrees(ent, pronoun) && (which == candidates::any || ent.kind == speaker_kind::person))
      ++mentions[it->second.entity];
  }
  int topic = -1;
  std::size_t most = 0;
  for (auto const& [e, n] : mentions)
    if (n > most) {
      topic = e;
      most = n;
    }
  return topic;
}

}  // namespace attrib::discourse
