#include "match/prefilter.h"

#include <algorithm>

namespace analoglint {

// Atoms of at least four bytes: two kana or kanji, or four ASCII letters. A
// single kanji (一, 書) would be in nearly every sentence and filter nothing.
Prefilter::Prefilter(const std::vector<CompiledRule>& rules, const std::vector<bool>& include, int64_t max_mem)
    : filter_(/*min_atom_len=*/4) {
  int pattern = 0;
  for (size_t r = 0; r < rules.size(); ++r) {
    first_pattern_.push_back(pattern);
    const bool in = include.empty() || include[r];
    for (const CompiledMatch& m : rules[r].matches) {
      const int this_pattern = pattern++;
      if (!in) continue;
      // An act's gate (its object, then the act) is a narrower necessary
      // condition than the act's stems alone.
      const RE2* re = m.act_gate ? m.act_gate.get() : m.anchor ? m.anchor.get() : m.regex.get();
      int id = 0;
      if (filter_.Add(re->pattern(), re->options(), &id) != RE2::NoError) return;  // compiled before
      rule_of_pattern_.push_back(static_cast<int>(r));
      pattern_of_id_.push_back(this_pattern);
    }
  }
  if (rule_of_pattern_.empty()) return;
  std::vector<std::string>& atoms = atoms_;
  filter_.Compile(&atoms);
  RE2::Options opts = PatternOptions();
  opts.set_max_mem(max_mem);
  opts.set_case_sensitive(false);
  auto set = std::make_unique<RE2::Set>(opts, RE2::UNANCHORED);
  for (const std::string& atom : atoms) {
    if (set->Add(RE2::QuoteMeta(atom), nullptr) < 0) return;
  }
  no_atoms_ = atoms.empty();
  filter_.AllPotentials({}, &unfiltered_);
  if (!no_atoms_ && !set->Compile()) return;
  set_ = std::move(set);
}

int Prefilter::Unfiltered() const {
  if (!set_) return static_cast<int>(rule_of_pattern_.size());
  return static_cast<int>(unfiltered_.size());
}

bool Prefilter::Candidates(std::string_view text, std::vector<int>* candidates, std::vector<int>* patterns_out) const {
  candidates->clear();
  if (patterns_out != nullptr) patterns_out->clear();
  if (!set_) return false;
  std::vector<int> atoms;
  if (!no_atoms_) {
    RE2::Set::ErrorInfo error;
    if (!set_->Match(re2::StringPiece(text.data(), text.size()), &atoms, &error) &&
        error.kind != RE2::Set::kNoError) {
      return false;  // out of memory: "no match" would be a lie
    }
  }
  // Most sentences hold no atom: they pass only the unfiltered patterns.
  std::vector<int> patterns = unfiltered_;
  if (!atoms.empty()) filter_.AllPotentials(atoms, &patterns);
  for (int p : patterns) candidates->push_back(rule_of_pattern_[static_cast<size_t>(p)]);
  std::sort(candidates->begin(), candidates->end());
  candidates->erase(std::unique(candidates->begin(), candidates->end()), candidates->end());
  if (patterns_out != nullptr) {
    for (int& p : patterns) p = pattern_of_id_[static_cast<size_t>(p)];
    std::sort(patterns.begin(), patterns.end());
    *patterns_out = std::move(patterns);
  }
  return true;
}

}  // namespace analoglint
