// The Python binding of the public API (include/attrib/attrib.hpp): a thin layer that hands JSON to
// python/attrib/__init__.py, which gives Python users dicts shaped exactly like the JSON output.
#include <attrib/attrib.hpp>

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace py = pybind11;
using namespace attrib::api;

namespace {

py::tuple as_tuple(error const& e) { return py::make_tuple(e.str(), e.file, e.line, e.column, e.message); }

// raises attrib.Error (defined in python/attrib/__init__.py) carrying every error
[[noreturn]] void raise(std::vector<error> const& errors) {
  py::list items;
  for (auto const& e : errors) items.append(as_tuple(e));
  py::object const cls = py::module_::import("attrib").attr("Error");
  PyErr_SetObject(cls.ptr(), cls(items).ptr());
  throw py::error_already_set();
}

analyzer make_analyzer(std::string const& lang, std::vector<std::string> const& lexicons, bool reported_speech, bool scare_quotes, bool beliefs) {
  options o;
  o.lang = lang;
  o.lexicons = lexicons;
  o.reported_speech = reported_speech;
  o.scare_quotes = scare_quotes;
  o.beliefs = beliefs;
  auto made = analyzer::create(o);
  if (!made) raise({made.error()});
  return std::move(made).value();
}

rules load_rules(std::vector<std::string> const& files, std::vector<std::string> const& disabled) {
  bool const replace = std::any_of(files.begin(), files.end(), [](std::string const& f) { return !f.starts_with("+"); });
  std::optional<rules> pack;
  if (!replace) pack = rules::defaults();
  for (auto const& f : files) {
    auto loaded = rules::load(f.starts_with("+") ? f.substr(1) : f);
    if (!loaded) raise(loaded.error());
    pack = pack ? pack->with(loaded.value()) : loaded.value();
  }
  for (auto const& id : disabled) {
    auto without = pack->without(id);
    if (!without) raise({without.error()});
    pack = std::move(without).value();
  }
  return *pack;
}

}  // namespace

PYBIND11_MODULE(_attrib, m) {
  m.doc() = "attrib's C++ library; use the `attrib` package, which wraps it";
  m.attr("version") = std::string(version());

  py::class_<rules>(m, "Rules");
  m.def("load_rules", &load_rules, py::arg("files"), py::arg("disabled"));
  m.def("default_rules", &rules::defaults);

  py::class_<analysis>(m, "Analysis")
      .def("json", &analysis::json)
      .def("dot", &analysis::dot)
      .def("audit_json", &analysis::audit_json, py::arg("rules"));

  py::class_<record_stream>(m, "RecordStream")
      .def("__iter__", [](record_stream& s) -> record_stream& { return s; })
      // (analysis, None) for a record, (None, error tuple) for a bad one
      .def("__next__", [](record_stream& s) -> py::tuple {
        std::optional<result<analysis>> next;
        {
          py::gil_scoped_release unlocked;
          next = s.next();
        }
        if (!next) throw py::stop_iteration();
        if (next->ok()) return py::make_tuple(next->value(), py::none());
        return py::make_tuple(py::none(), as_tuple(next->error()));
      });

  py::class_<analyzer>(m, "Analyzer")
      .def(py::init(&make_analyzer), py::arg("lang"), py::arg("lexicons"), py::arg("reported_speech"), py::arg("scare_quotes"),
           py::arg("beliefs"))
      .def("analyze", [](analyzer const& a, py::bytes bytes, std::string const& id) {
        std::string text = bytes;  // bytes, not str: a text's invalid UTF-8 is attrib's to report
        std::optional<result<analysis>> r;
        {
          py::gil_scoped_release unlocked;  // other Python threads run while an article is analysed
          r = a.analyze(std::move(text), id);
        }
        if (!r->ok()) raise({r->error()});
        return r->value();
      })
      .def("analyze_file", [](analyzer const& a, std::string const& path) {
        std::optional<result<analysis>> r;
        {
          py::gil_scoped_release unlocked;
          r = a.analyze_file(path);
        }
        if (!r->ok()) raise({r->error()});
        return r->value();
      })
      .def("open_jsonl", [](analyzer const& a, std::string const& path) {
        auto s = a.open_jsonl(path);
        if (!s) raise({s.error()});
        return std::move(s).value();
      });
}
