// The names of the model's values in every output format and in the rule language (the public schema).
#include "attrib/model.hpp"

namespace attrib {

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

std::string_view name_of(quote_form f) {
  switch (f) {
    case quote_form::none: return "none";
    case quote_form::clause: return "clause";
    case quote_form::object: return "object";
    case quote_form::topic: return "topic";
    case quote_form::infinitive: return "infinitive";
    case quote_form::evidential: return "evidential";
    case quote_form::question: return "question";
  }
  return "none";
}

std::string_view gender_name(char g) {
  switch (g) {
    case 'f': return "female";
    case 'm': return "male";
    default: return {};
  }
}

std::string quote_id(std::size_t i) { return std::string("q").append(std::to_string(i + 1)); }

}  // namespace attrib
