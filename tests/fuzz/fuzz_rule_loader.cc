// The rule loader: a user's rule pack is untrusted input too.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "rules/embedded.h"
#include "rules/loader.h"

namespace {

const analoglint::Seeds& ShippedSeeds() {
  static const analoglint::Seeds* seeds = [] {
    std::string_view p, c;
    for (const analoglint::EmbeddedFile& f : analoglint::EmbeddedFiles()) {
      if (std::string_view(f.path) == "seeds/principles.yaml") p = f.text();
      if (std::string_view(f.path) == "seeds/categories.yaml") c = f.text();
    }
    return new analoglint::Seeds(analoglint::ParseSeeds(p, "p", c, "c").value());
  }();
  return *seeds;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace analoglint;
  std::string_view yaml(reinterpret_cast<const char*>(data), size);
  StatusOr<Rule> rule = ParseRule(yaml, "rules/x/x.y.yaml", ShippedSeeds());
  if (!rule.ok()) {
    fuzz::Require(rule.status().message().rfind("rules/x/x.y.yaml", 0) == 0, "the message names the file");
  }
  return 0;
}
