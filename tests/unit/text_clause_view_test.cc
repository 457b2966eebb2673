#include <doctest/doctest.h>

#include <string>

#include "text/clause_view.h"

namespace analoglint {

TEST_CASE("ClauseView, brackets are elided and offsets map back") {
  std::string text = "申請書（様式第一号による。）を知事に提出しなければならない。";
  ClauseView view(text);
  CHECK(view.text() == "申請書を知事に提出しなければならない。");
  size_t at = view.text().find("を知事");
  // The byte after 申請書 in the view is the を after the bracket in the source.
  CHECK(view.SourceBegin(static_cast<uint32_t>(at)) == text.find("を知事"));
  // A span that covers the elided passage maps back to the whole source range.
  CHECK(view.SourceBegin(0) == 0);
  CHECK(view.SourceEnd(static_cast<uint32_t>(at)) == text.find("（"));
  CHECK(view.ViewOffset(static_cast<uint32_t>(text.find("様式"))) == at);
}

TEST_CASE("ClauseView, nested, half-width and unbalanced brackets") {
  CHECK(ClauseView("事業者（法人（外国法人を除く。）に限る。）は、届出書を提出する。").text() ==
        "事業者は、届出書を提出する。");
  CHECK(ClauseView("申請書(様式第1号)を提出").text() == "申請書を提出");
  CHECK(ClauseView("申請書（様式第一号を提出").text() == "申請書（様式第一号を提出");
  ClauseView none("括弧のない文。");
  CHECK(none.identity());
  CHECK(none.text() == "括弧のない文。");
}

TEST_CASE("BracketPassages, outermost only") {
  std::string text = "甲（乙（丙）丁）戊(己)";
  auto passages = BracketPassages(text);
  REQUIRE(passages.size() == 2);
  CHECK(text.substr(passages[0].begin, passages[0].end - passages[0].begin) == "（乙（丙）丁）");
  CHECK(text.substr(passages[1].begin, passages[1].end - passages[1].begin) == "(己)");
}

}  // namespace analoglint
