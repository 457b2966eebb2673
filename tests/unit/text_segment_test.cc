#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/segment.h"

namespace analoglint {
namespace {

std::vector<std::string> Split(std::string_view text) {
  std::vector<std::string> out;
  for (const SentenceSpan& s : SplitSentences(text)) {
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  }
  return out;
}

}  // namespace

TEST_CASE("SplitSentences, brackets and quotes") {
  SUBCASE("a definition in brackets stays inside its sentence") {
    auto got = Split("この法律（以下「法」という。）は、公布の日から施行する。ただし、次条の規定は、この限りでない。");
    REQUIRE(got.size() == 2);
    CHECK(got[0] == "この法律（以下「法」という。）は、公布の日から施行する。");
    CHECK(got[1] == "ただし、次条の規定は、この限りでない。");
  }
  SUBCASE("a quotation with 。 inside") {
    auto got = Split("第三条中「届け出る。」を「届け出なければならない。」に改める。");
    REQUIRE(got.size() == 1);
  }
  SUBCASE("ASCII parentheses in municipal text") {
    auto got = Split("道路交通法(昭和35年法律第105号。以下「法」という。)の規定による。次に掲げる。");
    REQUIRE(got.size() == 2);
    CHECK(got[1] == "次に掲げる。");
  }
  SUBCASE("an unclosed bracket does not swallow the rest") {
    auto got = Split("申請書（様式第一号を提出する。届出をする。");
    REQUIRE(got.size() == 2);
  }
  SUBCASE("text after the last 。 and surrounding spaces") {
    auto got = Split("　前項の規定による。　許可を受けた者");
    REQUIRE(got.size() == 2);
    CHECK(got[0] == "前項の規定による。");
    CHECK(got[1] == "許可を受けた者");
  }
  SUBCASE("blank text has no sentence") { CHECK(Split("　 ").empty()); }
}

TEST_CASE("AssignRoles, ただし書 and 前段・後段") {
  using R = SentenceRole;
  CHECK(AssignRoles({"甲とする。", "ただし、乙はこの限りでない。"}) ==
        std::vector<R>{R::kBody, R::kProviso});
  CHECK(AssignRoles({"甲とする。", "この場合において、乙とする。"}) ==
        std::vector<R>{R::kFormer, R::kLatter});
  CHECK(AssignRoles({"甲とする。"}) == std::vector<R>{R::kBody});
}

}  // namespace analoglint
