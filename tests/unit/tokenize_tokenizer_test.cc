#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tokenize/tokenizer.h"

namespace analoglint {

TEST_CASE("Tokenizer, base forms and offsets") {
  auto tokenizer = Tokenizer::Open("");
  REQUIRE(tokenizer.ok());
  auto session = (*tokenizer)->NewSession();
  std::vector<Token> tokens;
  std::string text = "職員に、事業所に立ち入らせ、帳簿を検査させる。";
  session->Tokenize(text, &tokens);
  REQUIRE(!tokens.empty());
  bool enter = false;
  for (const Token& t : tokens) {
    CHECK(text.substr(t.begin, t.end - t.begin) == t.surface);  // offsets are exact
    if (t.surface == "立ち入ら") {
      enter = true;
      CHECK(t.base == "立ち入る");
      CHECK(t.pos == "動詞");
    }
  }
  CHECK(enter);
  CHECK(tokens.back().surface == "。");
}

TEST_CASE("Tokenizer, one word inside a compound is its own token") {
  auto tokenizer = Tokenizer::Open("");
  REQUIRE(tokenizer.ok());
  auto session = (*tokenizer)->NewSession();
  std::vector<Token> tokens;
  session->Tokenize("掲示板に掲示する", &tokens);
  std::vector<std::string> surfaces;
  for (const Token& t : tokens) surfaces.push_back(t.surface);
  // 掲示板 (a notice board) is one word; 掲示 (to post) is another.
  CHECK(surfaces == std::vector<std::string>{"掲示板", "に", "掲示", "する"});
}

TEST_CASE("Tokenizer, dictionary lookup") {
  auto bad = Tokenizer::Open("/nonexistent/dic");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message() ==
        "--dicdir /nonexistent/dic: no MeCab dictionary there (sys.dic and dicrc are needed)");
  auto good = Tokenizer::Open("");
  REQUIRE(good.ok());
  CHECK((*good)->Description().find("ipadic") != std::string::npos);
}

TEST_CASE("Tokenizer, sessions on several threads share one model") {
  auto tokenizer = Tokenizer::Open("");
  REQUIRE(tokenizer.ok());
  auto a = (*tokenizer)->NewSession();
  auto b = (*tokenizer)->NewSession();
  std::vector<Token> ta, tb;
  a->Tokenize("書面を提出する", &ta);
  b->Tokenize("押印する", &tb);
  a->Tokenize("書面を提出する", &ta);
  CHECK(ta.size() >= 3);
  CHECK(tb.size() >= 2);
}

}  // namespace analoglint

namespace analoglint {

TEST_CASE("Tokenizer, a text of megabytes is analysed in pieces with exact offsets") {
  auto tokenizer = Tokenizer::Open("");
  REQUIRE(tokenizer.ok());
  auto session = (*tokenizer)->NewSession();
  std::string text;
  while (text.size() < 300 * 1024) text += "事業者は、申請書を提出しなければならない";
  std::vector<Token> tokens;
  session->Tokenize(text, &tokens);
  REQUIRE(tokens.size() > 10000);
  uint32_t expected_begin = 0;
  for (const Token& t : tokens) {
    REQUIRE(text.compare(t.begin, t.end - t.begin, t.surface) == 0);
    REQUIRE(t.begin == expected_begin);  // contiguous: nothing lost between pieces
    expected_begin = t.end;
  }
  CHECK(expected_begin == text.size());
}

}  // namespace analoglint
