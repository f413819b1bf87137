// An embedding program: analyses an article, prints its sources and findings, and checks the error values.
// Built against the installed library by tests/consumer/run.sh, with CMake and with pkg-config.
#include <attrib/attrib.hpp>

#include <iostream>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: consumer ARTICLE\n";
    return 2;
  }
  auto const made = attrib::api::analyzer::create();
  if (!made) {
    std::cerr << made.error().str() << "\n";
    return 2;
  }
  auto const& analyzer = made.value();
  auto const a = analyzer.analyze_file(argv[1]);
  if (!a) {
    std::cerr << a.error().str() << "\n";
    return 2;
  }
  std::cout << "attrib " << attrib::api::version() << ": " << a->id() << ": " << a->quotes().size() << " quotes, "
            << a->speakers().size() << " speakers\n";
  for (auto const& s : a->speakers()) std::cout << "  " << s.name << " (" << s.kind << (s.anonymous ? ", anonymous" : "") << ")\n";
  for (auto const& f : a->audit()) std::cout << a->id() << ":" << f.where.line << ":" << f.where.column << ": " << f.severity << " [" << f.rule << "]\n";
  auto const g = a->graph();
  std::cout << "graph: " << g.nodes.size() << " nodes, " << g.edges.size() << " edges\n";
  // errors are values
  auto const empty = analyzer.analyze("", "empty");
  std::cout << (empty ? "no error" : empty.error().str()) << "\n";
  auto const bad = attrib::api::rules::parse("rules: [\n", "bad.yaml");
  std::cout << (bad ? "no error" : bad.error().front().str()) << "\n";
  return 0;
}
