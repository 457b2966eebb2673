// Shared lexicons (DESIGN.md §4b): word lists that several rules use, kept as
// data in rules/lexicons/*.yaml, so that adding a word improves every rule
// that names the list.
//
//   id: documents                 # the name rules use: {lex:documents}
//   role: object                  # act | object | place | means | interval | route | exception
//   description: 書類・書面を表す語。
//   entries: [申請書, 届出書, 書類] # literal words (matched on the normalized text)
//   suffixes: [書, 証]            # optional: a kanji compound ending so is in the list too
//   suffix_stem: 2                # optional: kanji the compound needs before its suffix
//                                 # (default 1; 2 keeps 保証, 投票, 秘書 out of documents)
//
// In a rule's regex, unless or anchor, `{lex:NAME}` stands for the group
// (?:entry|…|[漢字]{n,}(?:suffix|…)), longest entries first; `{lex:NAME.entries}`
// for the entries alone. A suffix of one kanji gives the prefilter no literal
// to filter on (it needs four bytes), so a pattern made of a lexicon alone
// should use the entries.
#ifndef ANALOGLINT_RULES_LEXICON_H_
#define ANALOGLINT_RULES_LEXICON_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "analoglint/status.h"

namespace analoglint {

struct Lexicon {
  std::string id;
  std::string role;
  std::string description;
  std::vector<std::string> entries;
  std::vector<std::string> suffixes;
  int suffix_stem = 1;  // kanji (code points) before a suffix, at least
  std::string where;  // file:line:col of the id
  // The RE2 group the lexicon stands for in a pattern (without the suffixes
  // when `entries_only`).
  std::string Regex(bool entries_only = false) const;
};

using Lexicons = std::map<std::string, Lexicon>;

// Parses one lexicon file; errors name file:line:col.
StatusOr<Lexicon> ParseLexicon(std::string_view yaml, const std::string& file);

// Replaces every {lex:NAME} in `pattern` with its lexicon's group. Sets
// *unknown to the first name no lexicon has and returns false then.
bool ExpandLexicons(const Lexicons& lexicons, std::string* pattern, std::string* unknown);

}  // namespace analoglint

#endif  // ANALOGLINT_RULES_LEXICON_H_
