#include <doctest/doctest.h>

#include <string>

#include "match/conditions.h"
#include "rules/lexicon.h"

namespace analoglint {

namespace {
ClauseModality After(const std::string& text, const std::string& match) {
  return ModalityAfter(text, static_cast<uint32_t>(text.find(match) + match.size()));
}
}  // namespace

TEST_CASE("ModalityAfter, per clause, not per sentence") {
  CHECK(After("何人も、偽りの申請書を提出してはならない。", "提出して") == ClauseModality::kProhibition);
  CHECK(After("申請書を提出しなければ、営業をすることができない。", "提出しなければ") == ClauseModality::kOther);
  CHECK(After("前項の場合には、届出書の添付を要しない。", "添付") == ClauseModality::kExemption);
  CHECK(After("写しを添付し、その原本を提示することを要しない。", "添付し") == ClauseModality::kOther);
  CHECK(After("書類を提出しなければならない。", "提出しなければ") == ClauseModality::kOther);
  CHECK(After("意見書を提出することができる旨を公告する。", "意見書を提出") == ClauseModality::kMention);
  CHECK(After("講習を受けることができる者は、町民とする。", "講習を受け") == ClauseModality::kMention);
  // A failure to do the act, as a ground for refusal: the duty stands elsewhere.
  CHECK(After("申請書に必要な書面を添付しないとき。", "書面を添付し") == ClauseModality::kMention);
  // A past act that names a thing: what was asked for. Who completed a course
  // is a qualification, not a mention.
  CHECK(After("委員会が書面の提出を求めた事項については、口頭で主張することができない。", "書面の提出を求め") ==
        ClauseModality::kMention);
  CHECK(After("講習の課程を修了した者のうちから選任しなければならない。", "講習の課程を修了し") == ClauseModality::kOther);
  // Who means to do the act: the duty is another (to apply), or a sanction.
  CHECK(After("講習を受けようとする者は、申込書を提出しなければならない。", "講習を受け") == ClauseModality::kMention);
  CHECK(After("不正に講習を受けようとし、又は受けた者は、三年間受講できない。", "講習を受け") == ClauseModality::kMention);
  CHECK(After("申請書を提出したうえで、講習を受けなければならない。", "申請書を提出し") == ClauseModality::kOther);
}

TEST_CASE("ModalityAfter, a negation that binds coordinated acts, and more mentions") {
  CHECK(After("広告物を施設に掲示しないこと。", "掲示し") == ClauseModality::kProhibition);
  CHECK(After("広告物を施設に掲示し、又は備え付けないこと。", "掲示し") == ClauseModality::kProhibition);
  CHECK(After("標識を移転し、若しくは除却し、又は汚損してはならない。", "移転し") == ClauseModality::kProhibition);
  // The negation is another act's: 修了 stays a time reference, not forbidden.
  CHECK(After("研修医が研修を修了し、又は中断するまでの間、研修の計画を変更してはならない。", "研修を修了し") !=
        ClauseModality::kProhibition);
  CHECK(After("帳簿を備え付けなければならないこと。", "備え付け") == ClauseModality::kOther);
  CHECK(After("管理者が投票に立ち会わせることとした者", "立ち会わせ") == ClauseModality::kMention);
  CHECK(After("領事官を経由して行うことが著しく困難である地域", "経由して行う") == ClauseModality::kMention);
  CHECK(After("退職することを書面により申し出て休職していた者", "書面により申し出") == ClauseModality::kMention);
  CHECK(After("研修を修了している者でなければならない。", "研修を修了") == ClauseModality::kOther);
  // An attribute of the act that a 号 of matters to state names; not the act's own duty.
  CHECK(After("報告をさせ、又は出頭を命ずる理由", "出頭を命ずる") == ClauseModality::kMention);
  CHECK(After("計画の案の縦覧の場所及び期間", "縦覧の場所") == ClauseModality::kMention);
  CHECK(After("縦覧に供する期間は、二週間とする。", "縦覧に供する") == ClauseModality::kOther);
  CHECK(After("官報に掲載する方法", "官報に掲載") == ClauseModality::kOther);  // a means, named as one
  // A thing named by the act done to it.
  CHECK(After("現金をもって納付された次に掲げる料金", "現金をもって") == ClauseModality::kMention);
  // The act replaced, a time set by the act, who does it.
  CHECK(After("氏名を記載し及び押印することに代えて、署名することができる。", "押印") == ClauseModality::kMention);
  CHECK(After("書類をその事務所に備え置くまでに、その旨を公告しなければならない。", "事務所に備え置") ==
        ClauseModality::kMention);
  CHECK(After("交付若しくは閲覧の請求をする者、又は登録を申請する者は、手数料を納めなければならない。", "閲覧の請求") ==
        ClauseModality::kMention);
  CHECK(After("特定講習を受ける者に、関係者以外の者を含むこと。", "特定講習を受け") == ClauseModality::kMention);
  CHECK(After("講習を受けなければならない。", "講習を受け") == ClauseModality::kOther);
  CHECK(After("届出（フレキシブルディスクによるものを含む。）", "フレキシブルディスク") == ClauseModality::kOther);
  CHECK(After("責任者が作成し、記名押印又は署名をした文書に係る事項", "記名押印又は署名") == ClauseModality::kMention);
  CHECK(After("前項の通知は、官報による公告をもって代えることができる。", "官報による公告") == ClauseModality::kMention);
  CHECK(After("申請書への押印は、要しない。", "押印") == ClauseModality::kExemption);
  CHECK(After("前項の規定による押印は、これを要しない。", "押印") == ClauseModality::kExemption);
  CHECK(After("申請書への押印は、求めないものとする。", "押印") == ClauseModality::kExemption);
  CHECK(After("申請書への押印は、次に掲げる場合に限り、求めるものとする。", "押印") == ClauseModality::kOther);
  CHECK(After("都市公園台帳の閲覧を求められたときは、これを拒むことができない。", "閲覧を求め") == ClauseModality::kOther);
  CHECK(After("提供する意思を書面により表示していた場合", "書面により") == ClauseModality::kOther);
  CHECK(After("官報で公告をしているときは、その日付", "官報で公告") == ClauseModality::kMention);
}

TEST_CASE("QuotedOldText, what is replaced or only named") {
  auto quoted = [](const std::string& text) {
    std::string out;
    for (const Span& s : QuotedOldText(text)) out += "[" + text.substr(s.begin, s.end - s.begin) + "]";
    return out;
  };
  // An amendment: the old text is dead, the new text is the law to be.
  CHECK(quoted("第三条中「届け出て」を「提出して」に改める。") == "[「届け出て」]");
  // A reading (読替え): both sides quote other provisions' words.
  CHECK(quoted("同項中「公告して」とあるのは、「掲示場に掲示して」とする。") == "[「公告して」][「掲示場に掲示して」]");
  // A form's column named by its label.
  CHECK(quoted("「代表者自署押印」の欄については記載を要しない。") == "[「代表者自署押印」]");
  CHECK(quoted("申請書（以下「申請書等」という。）を提出する。").empty());
}

TEST_CASE("NextParagraphRoute, the act a later 項 routes electronically") {
  NextParagraphRoute route;
  auto RouteInNextParagraph = [&](std::string_view next) { return route.Act(next); };
  CHECK(RouteInNextParagraph("前項の届出は、電子情報処理組織を使用する方法により行うことができる。") == "届出");
  CHECK(RouteInNextParagraph("前項の規定による書面の交付に代えて、電磁的方法により提供することができる。") ==
        "書面の交付");
  CHECK(RouteInNextParagraph("事業者は、あらかじめ、相手方の承諾を得て、同項の規定による書面の交付に代えて、"
                             "電磁的方法により提供することができる。") == "書面の交付");
  CHECK(RouteInNextParagraph("前項の届出には、住民票の写しを添付しなければならない。") == "");
  CHECK(RouteInNextParagraph("知事は、電磁的記録により管理することができる。") == "");
  // A pack's digital-routes lexicon names the routes: a municipality's 電子申請システム.
  NextParagraphRoute municipal("(?:電子情報処理組織|電子申請)");
  CHECK(municipal.Act("前項の届出は、市の電子申請システムを使用する方法により行うことができる。") == "届出");
  CHECK(route.Act("前項の届出は、市の電子申請システムを使用する方法により行うことができる。") == "");
  // 前項の規定にかかわらず: the act is what the route stands in for.
  CHECK(route.Act("前項の規定にかかわらず、市長は、出頭に代えて、電子情報処理組織を使用して意見を述べさせることが"
                  "できる。") == "出頭");
  // 前項の場合において: the case of the 項 before, with the act the route stands in for.
  CHECK(route.Act("前項の場合において、定款で定めるときは、代理人は、当該書面の提出に代えて、当該書面に記載すべき"
                  "事項を電磁的方法により提供することができる。") == "当該書面の提出");
  CHECK(route.Act("前項に規定する場合には、申請者は、許可証の提示に代えて、電子情報処理組織を使用する方法により"
                  "許可を受けた旨を示すことができる。") == "許可証の提示");
  CHECK(route.Act("前項の場合において、市長は、当該者に報告を求めることができる。") == "");
  // 前項の規定 names a provision applied again, not an act with a route.
  CHECK(route.Act("前項の規定は、電磁的記録式投票機を用いる投票所における掲示について準用する。") == "");
  // A definition in brackets, with its own 。, between the topic and the route.
  CHECK(route.Act("前項の場合において、電磁的方法（電子情報処理組織を使用する方法その他の方法をいう。以下同じ。）"
                  "により議決権を行うことが定款で定められているときは、当該書面の提出に代えて、当該書面に記載すべき"
                  "事項を当該電磁的方法により提供することができる。") == "当該書面の提出");
  // ... and a route named only in brackets is still read.
  CHECK(route.Act("事業者は、前項の規定による書面による通知に代えて、相手方の承諾を得て、次に掲げる方法（以下"
                  "「電磁的方法」という。）により提供することができる。") == "書面による通知");
  // No topic of twenty characters or fewer: the verb the route serves, its object between or not.
  CHECK(route.Act("前項の規定にかかわらず、電子情報処理組織を使用する方法により納付することができる。") == "納付");
  CHECK(route.Act("前項の規定にかかわらず、事業者又は本社一括調査を受ける事業者の報告義務者は、電子情報処理組織を"
                  "使用する方法により調査票を提出することができる。") == "提出");
  // Two 項 back only for 前二項・前各項.
  std::string two_back = "前二項の規定にかかわらず、申請者は、前二項の申請書及び書類の提出に代えて、"
                         "電子情報処理組織を使用する方法により申請することができる。";
  CHECK(route.Act(two_back, 2) == "前二項の申請書及び書類の提出");
  CHECK(route.Act("前項の届出は、電子情報処理組織を使用する方法により行うことができる。", 2) == "");
}

TEST_CASE("NextParagraphRoute, a route limited to the papers its condition names") {
  NextParagraphRoute route;
  using Papers = std::vector<std::string>;
  CHECK(route.CoveredPapers("前項の場合において、規約、収支予算書又は事業計画書が電磁的記録で作成されているときは、"
                            "書類に代えて電磁的記録を添付することができる。") ==
        Papers{"規約", "収支予算書", "事業計画書"});
  // The definition in brackets is read past; 若しくは and をもつて too.
  CHECK(route.CoveredPapers("前項の場合において、会則若しくは名簿が電磁的記録（電子計算機による情報処理の用に供される"
                            "ものをいう。以下同じ。）をもつて作られているときは、書面に代えて電磁的記録を添付することが"
                            "できる。") == Papers{"会則", "名簿"});
  // A route for the act as a whole, or for papers named by reference, names none.
  CHECK(route.CoveredPapers("前項の書類の提出に代えて、電磁的記録を提出することができる。").empty());
  CHECK(route.CoveredPapers("前項の場合において、これらのものが電磁的記録で作成されているときは、書面に代えて電磁的"
                            "記録を添付することができる。").empty());
  // A record named as the condition of another act's route: 書面による通知, not a paper.
  CHECK(route.CoveredPapers("前項の場合において、審査の記録が電磁的記録で作成されているときは、書面による通知に代えて、"
                            "電磁的方法により通知することができる。").empty());
}

TEST_CASE("NextParagraphRoute, a ただし書 or 後段 that replaces the act in the unit") {
  NextParagraphRoute route("(?:電子情報処理組織|電磁的方法|電磁的記録|電子メール)");
  CHECK(route.InPlaceAct("命令書を交付しなければならない。ただし、電子メールにより通知することをもって交付に"
                         "代えることができる。") == "交付");
  CHECK(route.InPlaceAct("代理権を証する書面を提出しなければならない。この場合において、当該書面の提出に代えて、"
                         "電磁的方法により証明することができる。") == "当該書面の提出");
  // A bracket that qualifies a word replaces no act.
  CHECK(route.InPlaceAct("職員に、帳簿書類（その作成又は保存に代えて電磁的記録の作成又は保存がされている場合に"
                         "おける当該電磁的記録を含む。）を検査させることができる。") == "");
}

TEST_CASE("RouteText, a definition in brackets is no digital route") {
  std::string text = "帳簿（電磁的記録を含む。以下「帳簿等」という。）を検査させる。";
  std::string route = RouteText(text, {});
  CHECK(route.find("電磁的記録") == std::string::npos);
  CHECK(route.size() == text.size());
  std::string qualifier = "書面（電磁的記録を含む。）により提出する。";
  CHECK(RouteText(qualifier, {}).find("電磁的記録") != std::string::npos);
}

TEST_CASE("Lexicons expand into patterns") {
  Lexicons lexicons;
  lexicons["docs"] = Lexicon{"docs", "object", "", {"申請書", "書類"}, {"書"}, 1, ""};
  std::string pattern = "{lex:docs}を提出";
  std::string unknown;
  REQUIRE(ExpandLexicons(lexicons, &pattern, &unknown));
  CHECK(pattern == "(?:申請書|書類|\\p{Han}{1,}(?:書))を提出");
  lexicons["docs"].suffix_stem = 2;  // 受領証 but not 保証
  std::string two = "{lex:docs}";
  REQUIRE(ExpandLexicons(lexicons, &two, &unknown));
  CHECK(RE2::FullMatch("受領書", two));
  CHECK_FALSE(RE2::FullMatch("秘書", two));
  std::string entries = "{lex:docs.entries}$";
  REQUIRE(ExpandLexicons(lexicons, &entries, &unknown));
  CHECK(entries == "(?:申請書|書類)$");
  std::string bad = "{lex:nothing}";
  CHECK_FALSE(ExpandLexicons(lexicons, &bad, &unknown));
  CHECK(unknown == "nothing");
  StatusOr<Lexicon> parsed = ParseLexicon("id: docs\nrole: verb\ndescription: x\nentries: [a]\n",
                                          "rules/lexicons/docs.yaml");
  REQUIRE_FALSE(parsed.ok());
  CHECK(parsed.status().message().find("docs.yaml:2:7") != std::string::npos);
}

}  // namespace analoglint
