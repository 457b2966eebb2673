// Which format each output of `check` gets. The -f and -o options are read in
// the order given: `-f F -o FILE` writes F to FILE; an `-o FILE` with no -f of
// its own takes the format its extension names (out.html → html); a -f with
// no -o after it writes to standard output.
//
// An ambiguous pair is an error, not a guess: an -o whose extension names no
// format and has no -f, and an -f whose -o's extension names another kind of
// file (`-f html -o out.sarif`).
#ifndef ANALOGLINT_CLI_OUTPUT_SPECS_H_
#define ANALOGLINT_CLI_OUTPUT_SPECS_H_

#include <string>
#include <vector>

#include "cli/commands.h"

namespace analoglint {

// One -f or -o as it stood on the command line.
struct OutputArg {
  enum Kind { kFormat, kOutput } kind;
  std::string value;
};

// The formats a file name's extension allows, the inferred one first
// (".json" → json, sarif; ".jsonl" → jsonl, rdjsonl); empty when the
// extension names none. Case-insensitive.
std::vector<std::string> FormatsForExtension(const std::string& path);

// Pairs the -f and -o options (in command-line order) into outputs. With
// none, one text output to standard output. At most one output may go to
// standard output. Errors are one line, without the "analog-lint: " prefix.
bool PairOutputs(const std::vector<OutputArg>& args, std::vector<OutputSpec>* out, std::string* error);

}  // namespace analoglint

#endif  // ANALOGLINT_CLI_OUTPUT_SPECS_H_
