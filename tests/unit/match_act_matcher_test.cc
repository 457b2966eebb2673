#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "match/act_matcher.h"
#include "text/normalize.h"

namespace analoglint {
namespace {

// The text FindAct matched in `sentence` (normalized), or "" for none.
std::string Act(const std::string& sentence, bool noun_form = false) {
  static const auto tokenizer = Tokenizer::Open("").value();
  static const RE2 act("(?:提出|返納|送付|差し出|差出|添付|添え|添へ)");
  static const RE2 object("(?:申請書|届出書|許可証|書類|写し|図面|\\p{Han}+(?:書|証|届))");
  static const RE2 verb_then("(?:しなければ|して|し、|するものとする|すへ|させ|さなければ)");
  static const RE2 noun_then("を(?:求め|命じ)");
  static const RE2 verb_gate("(?:申請書|届出書|許可証|書類|写し|図面|\\p{Han}+(?:書|証|届)|これ|之)[^。]*?"
                             "(?:提出|返納|送付|差し出|差出|添付|添え|添へ)");
  static const RE2 noun_gate("の(?:提出|返納|送付)");
  ActPattern p{noun_form ? &noun_gate : &verb_gate, &act, &object, noun_form ? &noun_then : &verb_then, noun_form};
  NormalizedText norm = Normalize(sentence);
  std::string text(norm.text);
  auto session = tokenizer->NewSession();
  std::vector<Token> tokens;
  session->Tokenize(text, &tokens);
  Span span;
  if (!ActPossible(p, text) || !FindAct(p, text, tokens, {}, &span)) return "";
  return text.substr(span.begin, span.end - span.begin);
}

}  // namespace

TEST_CASE("FindAct, the object is the argument of the act") {
  CHECK(Act("事業者は、届出書を知事に提出しなければならない。") == "届出書を知事に提出しなければ");
  // Coordination, and the span opens on the first object named.
  CHECK(Act("会員は、脱退届及び会員証を理事長に提出しなければならない。") == "脱退届及び会員証を理事長に提出しなければ");
  // A relative clause between the object and the act is passed over.
  CHECK(Act("申請者は、申請書を、事業所の所在地を管轄する知事に提出しなければならない。") ==
        "申請書を、事業所の所在地を管轄する知事に提出しなければ");
  // A を-clause of its own (経由して) stands between the object and the act.
  CHECK(Act("事業者は、報告書を、知事を経由して、大臣に提出しなければならない。") ==
        "報告書を、知事を経由して、大臣に提出しなければ");
  // A verb in its て-form joined to the act is not a relative clause.
  CHECK(Act("組合は、その書類を併せて大臣に提出しなければならない。") == "書類を併せて大臣に提出しなければ");
  // Without a を, the topic は marks the object when its phrase ends in one.
  CHECK(Act("前条の申請書は、所在地の知事に提出しなければならない。") == "申請書は、所在地の知事に提出しなければ");
  CHECK(Act("前項の届出書は、二通を提出しなければならない。") == "届出書は、二通を提出しなければ");
  // これを refers back to the nearest object before it.
  CHECK(Act("許可証の交付を受けた者は、これを市長に返納しなければならない。") ==
        "許可証の交付を受けた者は、これを市長に返納しなければ");
  // Old katakana style (folded to hiragana by normalization).
  CHECK(Act("願人ハ其ノ願書ニ図面ヲ添ヘ之ヲ差出スヘシ") == "図面を添へ之を差出すへ");
  // A compound MeCab splits into a verb stem and a suffix (申出 + 書) is one noun.
  CHECK(Act("申出をする者は、申出書を市長に提出しなければならない。") == "申出書を市長に提出しなければ");
  // Copies refer back to the document: 正副二通を.
  CHECK(Act("審査請求書は、正副二通を提出しなければならない。") == "審査請求書は、正副二通を提出しなければ");
}

TEST_CASE("FindAct, what is not the act on an object") {
  // The nearest を names no document: 手数料 is sent, not the 申請書.
  CHECK(Act("市長は、申請書を受理したときは、手数料を申請者に送付しなければならない。") == "");
  // A mere mention: no duty ending follows.
  CHECK(Act("申請書を提出した者は、その写しを保存する。") == "");
  // A topic that names who acts, or 「…にあっては」, is not the object.
  CHECK(Act("申請書の提出者は、直ちに提出しなければならない。") == "");
  // A document as the topic of a permission: a means allowed.
  CHECK(Act("前条の書面は、郵便により提出することができる。") == "");
  // 届出 is not the act 出 of anything: acts start a word.
  CHECK(Act("事業者は、変更の届出をしなければならない。") == "");
  // The act's own object is a person: the 令書 before it is another verb's.
  CHECK(Act("補佐官は、その者に令書を示して、速やかに、その者を所長に差し出さなければならない。") == "");
}

TEST_CASE("FindAct, the noun form") {
  CHECK(Act("市長は、事業者に対し、必要な書類の提出を求めることができる。", true) == "書類の提出を求め");
  CHECK(Act("市長は、事業者に対し、報告の提出を求めることができる。", true) == "");
}

}  // namespace analoglint
