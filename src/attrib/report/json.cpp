#include "attrib/article.hpp"
#include "attrib/report/report.hpp"

namespace attrib::report {
namespace {

using json = nlohmann::ordered_json;

std::string_view slice(article const& art, span s) { return std::string_view(art.text).substr(s.begin, s.size()); }

json span_json(article const& art, std::optional<span> const& s) {
  if (!s) return nullptr;
  json j;
  j["start"] = s->begin;
  j["end"] = s->end;
  j["text"] = slice(art, *s);
  return j;
}

json quote_json(article const& art, analysis const& a, quote const& q) {
  json j;
  auto const pos = position_of(art, q.extent.begin);
  j["id"] = q.id;
  j["kind"] = name_of(q.kind);
  j["start"] = q.extent.begin;
  j["end"] = q.extent.end;
  j["text"] = slice(art, q.extent);
  j["line"] = pos.line;
  j["column"] = pos.column;
  j["speaker"] = q.speaker >= 0 ? json(a.speakers[static_cast<std::size_t>(q.speaker)].id) : json(nullptr);
  j["mention"] = span_json(art, q.attr.mention);
  json cue = span_json(art, q.attr.cue);
  if (!cue.is_null()) cue["class"] = name_of(q.attr.cue_type);
  j["cue"] = cue;
  j["outlet"] = span_json(art, q.attr.outlet);
  j["medium"] = span_json(art, q.attr.medium);
  j["time"] = span_json(art, q.attr.time);
  j["attribution"] = name_of(q.attr.kind);
  j["closed"] = q.closed;
  return j;
}

json anonymity_json(article const& art, speaker const& s) {
  if (!s.anonymous) return nullptr;
  json j;
  j["condition"] = s.anonymity.condition ? json(slice(art, *s.anonymity.condition)) : json(nullptr);
  j["reason"] = s.anonymity.reason ? json(slice(art, *s.anonymity.reason)) : json(nullptr);
  json spans = json::object();
  spans["condition"] = span_json(art, s.anonymity.condition);
  spans["reason"] = span_json(art, s.anonymity.reason);
  j["spans"] = spans;
  return j;
}

json speaker_json(article const& art, speaker const& s) {
  json j;
  j["id"] = s.id;
  j["name"] = s.name;
  j["kind"] = name_of(s.kind);
  j["anonymous"] = s.anonymous;
  j["anonymity"] = anonymity_json(art, s);
  j["roles"] = s.roles;
  j["affiliations"] = s.affiliations;
  j["outlets"] = s.outlets;
  json ms = json::array();
  for (auto const& m : s.mentions) ms.push_back(json{{"start", m.where.begin}, {"end", m.where.end}, {"text", m.text}, {"rule", m.rule}});
  j["mentions"] = ms;
  return j;
}

}  // namespace

std::string_view name_of(quote_kind k) {
  switch (k) {
    case quote_kind::direct: return "direct";
    case quote_kind::partial: return "partial";
    case quote_kind::indirect: return "indirect";
    case quote_kind::scare: return "scare";
  }
  return "direct";
}

std::string_view name_of(attribution_kind k) {
  switch (k) {
    case attribution_kind::explicit_cue: return "explicit";
    case attribution_kind::continuation: return "continuation";
    case attribution_kind::possessive: return "possessive";
    case attribution_kind::none: return "none";
  }
  return "none";
}

std::string_view name_of(cue_class c) {
  switch (c) {
    case cue_class::neutral: return "neutral";
    case cue_class::loaded: return "loaded";
    case cue_class::belief: return "belief";
    case cue_class::naming: return "naming";
    case cue_class::stance: return "stance";
    case cue_class::according: return "according";
  }
  return "neutral";
}

std::string_view name_of(speaker_kind k) {
  switch (k) {
    case speaker_kind::person: return "person";
    case speaker_kind::organization: return "organization";
    case speaker_kind::anonymous: return "anonymous";
    case speaker_kind::group: return "group";
    case speaker_kind::document: return "document";
  }
  return "person";
}

json to_json(article const& art, analysis const& a) {
  json j;
  j["id"] = a.id;
  json qs = json::array();
  for (auto const& q : a.quotes) qs.push_back(quote_json(art, a, q));
  j["quotes"] = qs;
  json ss = json::array();
  for (auto const& s : a.speakers) ss.push_back(speaker_json(art, s));
  j["speakers"] = ss;
  return j;
}

}  // namespace attrib::report
