#include "match/matchers.h"

#include "match/act_matcher.h"

#include <algorithm>
#include <chrono>

namespace analoglint {
namespace {

bool AnyOf(const std::vector<std::string>& options, const std::string& value) {
  return options.empty() || std::find(options.begin(), options.end(), value) != options.end();
}

bool Accepts(const TokenPattern& p, const Token& t) {
  return AnyOf(p.surface, t.surface) && AnyOf(p.base, t.base) && AnyOf(p.pos, t.pos) &&
         AnyOf(p.pos1, t.pos1);
}

// Backtracking over optional and gap elements; patterns are short, so the
// search stays small. Returns the index after the last matched token, or npos.
size_t MatchFrom(const std::vector<TokenPattern>& pats, size_t pi, const std::vector<Token>& toks,
                 size_t ti) {
  if (pi == pats.size()) return ti;
  const TokenPattern& p = pats[pi];
  if (p.gap >= 0) {
    for (size_t k = 0; k <= static_cast<size_t>(p.gap) && ti + k <= toks.size(); ++k) {
      size_t end = MatchFrom(pats, pi + 1, toks, ti + k);
      if (end != std::string::npos) return end;
    }
    return std::string::npos;
  }
  if (ti < toks.size() && Accepts(p, toks[ti])) {
    size_t end = MatchFrom(pats, pi + 1, toks, ti + 1);
    if (end != std::string::npos) return end;
  }
  return p.optional ? MatchFrom(pats, pi + 1, toks, ti) : std::string::npos;
}

// The leftmost match outside `dead`; with `at_group`, that group's span is the
// one reported (the words before it are context the pattern needs, not the finding).
bool FindRegex(const RE2& re, int at_group, std::string_view text, const std::vector<Span>& dead, Span* out) {
  re2::StringPiece input(text.data(), text.size());
  size_t pos = 0;
  re2::StringPiece one[1];
  std::vector<re2::StringPiece> many(at_group > 0 ? at_group + 1 : 0);  // empty: no allocation
  re2::StringPiece* sub = at_group > 0 ? many.data() : one;
  while (pos <= text.size() && re.Match(input, pos, text.size(), RE2::UNANCHORED, sub, at_group + 1)) {
    const re2::StringPiece whole = sub[0];
    const re2::StringPiece shown = sub[at_group].data() != nullptr ? sub[at_group] : whole;
    uint32_t begin = static_cast<uint32_t>(shown.data() - text.data());
    uint32_t end = begin + static_cast<uint32_t>(shown.size());
    if (!Inside(dead, begin) && end > begin) {
      *out = {begin, end};
      return true;
    }
    // Try again after this match's first character.
    size_t next = static_cast<size_t>(whole.data() - text.data()) + 1;
    while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
    pos = next;
  }
  return false;
}

}  // namespace

bool Inside(const std::vector<Span>& spans, uint32_t offset) {
  return std::any_of(spans.begin(), spans.end(),
                     [&](const Span& s) { return offset >= s.begin && offset < s.end; });
}

size_t MatchTokensAt(const std::vector<TokenPattern>& patterns, const std::vector<Token>& tokens,
                     size_t start) {
  size_t end = MatchFrom(patterns, 0, tokens, start);
  return end == std::string::npos || end <= start ? 0 : end - start;
}

const std::vector<Token>& LazyTokens::Get() {
  if (!done_) {
    auto start = std::chrono::steady_clock::now();
    session_->Tokenize(text_, &tokens_);
    if (seconds_) *seconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    done_ = true;
    ++*counter_;
  }
  return tokens_;
}

bool FindMatch(const CompiledMatch& m, std::string_view text, LazyTokens* lazy,
               const std::vector<Span>& dead, Span* out) {
  if (m.kind == MatchSpec::Kind::kAct) {
    ActPattern p{m.act_gate.get(), m.anchor.get(), m.act_object.get(), m.act_then.get(), m.noun_form,
                 m.act_object_except.get()};
    if (!ActPossible(p, text)) return false;  // MeCab only where the act and an object both appear
    return FindAct(p, text, lazy->Get(), dead, out);
  }
  if (m.kind != MatchSpec::Kind::kTokens) return FindRegex(*m.regex, m.at_group, text, dead, out);
  // The anchor is a necessary condition, with or without the prefilter, so
  // --no-prefilter gives the same findings.
  if (!RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *m.anchor)) return false;
  const std::vector<Token>& tokens = lazy->Get();
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (Inside(dead, tokens[i].begin)) continue;
    size_t n = MatchTokensAt(m.tokens, tokens, i);
    if (n == 0) continue;
    *out = {tokens[i].begin, tokens[i + n - 1].end};
    return true;
  }
  return false;
}

bool FindRuleMatch(const CompiledRule& rule, std::string_view text, LazyTokens* tokens,
                   const std::vector<Span>& dead, Span* out, const std::vector<bool>* active) {
  bool found = false;
  for (size_t k = 0; k < rule.matches.size(); ++k) {
    if (active != nullptr && !(*active)[k]) continue;
    const CompiledMatch& m = rule.matches[k];
    Span candidate;
    if (!FindMatch(m, text, tokens, dead, &candidate)) continue;
    if (!found || candidate.begin < out->begin ||
        (candidate.begin == out->begin && candidate.end > out->end)) {
      *out = candidate;
    }
    found = true;
  }
  return found;
}

}  // namespace analoglint
