#include <doctest/doctest.h>

#include "engine/changes.h"

namespace analoglint {
namespace {

Finding At(int line, const char* rule, const char* match) {
  Finding f;
  f.rule = rule;
  f.match = match;
  f.location.start.line = static_cast<uint32_t>(line);
  return f;
}

}  // namespace

TEST_CASE("MarkChanges: 改正後 findings are new unless 改正前 has the same rule on the same text") {
  Document doc;
  doc.revised_lines = {false, true, true, true};  // line 1 lies outside the table
  std::vector<Finding> before = {At(2, "visual-inspection.by-eye", "目視"),
                                 At(3, "paper-document.in-writing", "書面により")};
  std::vector<Finding> after = {At(1, "visual-inspection.by-eye", "目視"), At(2, "visual-inspection.by-eye", "目視"),
                                At(3, "visual-inspection.by-eye", "目視"),
                                At(4, "paper-document.in-writing", "書面で")};
  MarkChanges(doc, before, &after);
  CHECK(after[0].change == "");           // not in the 改正後 column
  CHECK(after[1].change == "unchanged");  // pairs with the one 改正前 目視
  CHECK(after[2].change == "new");        // a second 目視: the amendment adds it
  CHECK(after[3].change == "new");        // same rule, other words, no 条項 to tell
}

TEST_CASE("MarkChanges: a duty the amendment kept in its 条項, reworded around it, is unchanged") {
  Document doc;
  doc.revised_lines = {false, true, true, true};
  auto in = [](Finding f, const char* path) {
    f.location.path = path;
    return f;
  };
  std::vector<Finding> before = {in(At(2, "paper-document.submit-form", "申請書を提出しなければ"), "第3条第1項")};
  std::vector<Finding> after = {
      in(At(3, "paper-document.submit-form", "申請書を窓口に出頭して提出しなければ"), "第3条第1項"),
      in(At(3, "in-person-appearance.appear-in-person", "出頭して"), "第3条第1項"),
      in(At(4, "paper-document.submit-form", "届出書を提出しなければ"), "第3条第2項")};
  MarkChanges(doc, before, &after);
  CHECK(after[0].change == "unchanged");  // the paper duty was there before
  CHECK(after[1].change == "new");        // the appearance is what the amendment adds
  CHECK(after[2].change == "new");        // another 条項
}

}  // namespace analoglint
