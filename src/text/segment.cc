#include "text/segment.h"

#include <string>

#include "text/utf8.h"

namespace analoglint {
namespace {

constexpr std::u32string_view kOpeners = U"（「『〔［【(";
constexpr std::u32string_view kClosers = U"）」』〕］】)";

struct Char {
  char32_t c;
  uint32_t begin;
  uint32_t end;
};

// Marks which brackets have a partner: only those change the depth.
std::vector<bool> MatchedBrackets(const std::vector<Char>& chars) {
  std::vector<bool> matched(chars.size(), false);
  std::vector<size_t> stack;
  for (size_t i = 0; i < chars.size(); ++i) {
    size_t open = kOpeners.find(chars[i].c);
    if (open != std::u32string_view::npos) {
      stack.push_back(i);
      continue;
    }
    size_t close = kClosers.find(chars[i].c);
    if (close == std::u32string_view::npos) continue;
    // Pop to the nearest opener of the same kind; openers skipped over stay unmatched.
    for (size_t k = stack.size(); k-- > 0;) {
      if (kOpeners[close] == chars[stack[k]].c) {
        matched[stack[k]] = matched[i] = true;
        stack.resize(k);
        break;
      }
    }
  }
  return matched;
}

void PushTrimmed(std::string_view text, uint32_t begin, uint32_t end,
                 std::vector<SentenceSpan>* out) {
  std::string_view piece = TrimSpaces(text.substr(begin, end - begin));
  if (piece.empty()) return;
  uint32_t b = static_cast<uint32_t>(piece.data() - text.data());
  out->push_back({b, b + static_cast<uint32_t>(piece.size())});
}

}  // namespace

std::vector<SentenceSpan> SplitSentences(std::string_view text) {
  std::vector<Char> chars;
  for (size_t i = 0; i < text.size();) {
    uint32_t b = static_cast<uint32_t>(i);
    char32_t c = NextCodePoint(text, &i);
    chars.push_back({c, b, static_cast<uint32_t>(i)});
  }
  std::vector<bool> matched = MatchedBrackets(chars);
  std::vector<SentenceSpan> out;
  int depth = 0;
  uint32_t start = 0;
  for (size_t i = 0; i < chars.size(); ++i) {
    if (matched[i]) {
      depth += kOpeners.find(chars[i].c) != std::u32string_view::npos ? 1 : -1;
    } else if (chars[i].c == U'。' && depth == 0) {
      PushTrimmed(text, start, chars[i].end, &out);
      start = chars[i].end;
    }
  }
  PushTrimmed(text, start, static_cast<uint32_t>(text.size()), &out);
  return out;
}

std::vector<SentenceRole> AssignRoles(const std::vector<std::string_view>& sentences) {
  std::vector<SentenceRole> roles(sentences.size(), SentenceRole::kBody);
  bool proviso = false;
  for (size_t i = 1; i < sentences.size(); ++i) {
    if (sentences[i].starts_with("ただし")) {
      roles[i] = SentenceRole::kProviso;
      proviso = true;
    }
  }
  if (!proviso && sentences.size() == 2) {
    roles[0] = SentenceRole::kFormer;
    roles[1] = SentenceRole::kLatter;
  }
  return roles;
}

}  // namespace analoglint
