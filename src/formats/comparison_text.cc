#include "formats/comparison_text.h"

namespace analoglint {

namespace {

constexpr std::string_view kFullWidthBar = "｜";
constexpr std::string_view kIdeographicSpace = "　";

// The byte offset and length of the first column separator (| or ｜), or
// {npos, 0}.
std::pair<size_t, size_t> FindSeparator(std::string_view line) {
  size_t ascii = line.find('|');
  size_t wide = line.find(kFullWidthBar);
  if (wide != std::string_view::npos && (ascii == std::string_view::npos || wide < ascii)) {
    return {wide, kFullWidthBar.size()};
  }
  return {ascii, ascii == std::string_view::npos ? 0 : 1};
}

std::string Squeeze(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r') continue;
    if (s.substr(i).starts_with(kIdeographicSpace)) {
      i += kIdeographicSpace.size() - 1;
      continue;
    }
    out += s[i];
  }
  return out;
}

bool IsAfterHeading(std::string_view h) { return h == "改正後" || h == "改正案" || h == "新"; }
bool IsBeforeHeading(std::string_view h) { return h == "改正前" || h == "現行" || h == "旧"; }

// For a header line, whether the 改正後 column is the left one; nullopt when
// the line is no comparison header.
std::optional<bool> HeaderAfterIsLeft(std::string_view line) {
  auto [at, length] = FindSeparator(line);
  if (at == std::string_view::npos) return std::nullopt;
  std::string left = Squeeze(line.substr(0, at));
  std::string right = Squeeze(line.substr(at + length));
  if (left.starts_with("\xEF\xBB\xBF")) left.erase(0, 3);
  if (IsAfterHeading(left) && IsBeforeHeading(right)) return true;
  if (IsBeforeHeading(left) && IsAfterHeading(right)) return false;
  return std::nullopt;
}

void Blank(std::string* s, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) (*s)[i] = ' ';
}

}  // namespace

std::optional<ComparisonViews> SplitComparisonText(std::string_view text) {
  ComparisonViews views{std::string(text), std::string(text), {}};
  bool found = false;
  std::optional<bool> after_is_left;  // set while inside a table
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    size_t content_end = end > start && text[end - 1] == '\r' ? end - 1 : end;
    std::string_view line = text.substr(start, content_end - start);
    bool revised = false;
    if (std::optional<bool> header = HeaderAfterIsLeft(line)) {
      after_is_left = header;
      found = true;
      Blank(&views.after, start, content_end);
      Blank(&views.before, start, content_end);
    } else if (after_is_left) {
      auto [at, length] = FindSeparator(line);
      if (at == std::string_view::npos && !Squeeze(line).empty()) {
        after_is_left.reset();  // the table has ended: the line is ordinary text
        Blank(&views.before, start, content_end);
      } else if (at == std::string_view::npos) {
        // a blank line inside the table
      } else {
        size_t sep = start + at;
        size_t right = sep + length;
        if (*after_is_left) {
          Blank(&views.after, sep, content_end);
          Blank(&views.before, start, right);
          revised = !Squeeze(line.substr(0, at)).empty();
        } else {
          Blank(&views.after, start, right);
          Blank(&views.before, sep, content_end);
          revised = !Squeeze(line.substr(at + length)).empty();
        }
      }
    } else {
      Blank(&views.before, start, content_end);
    }
    views.revised_lines.push_back(revised);
    start = end + 1;
  }
  if (!found) return std::nullopt;
  return views;
}

}  // namespace analoglint
