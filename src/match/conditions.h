// Conditions on a match (DESIGN.md §4): where in the statute a sentence stands
// (scope exclusions) and whether a digital route is already given (unless).
#ifndef ANALOGLINT_MATCH_CONDITIONS_H_
#define ANALOGLINT_MATCH_CONDITIONS_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analoglint/document.h"
#include "match/matchers.h"

namespace analoglint {

// What the scope exclusions need to know about one sentence.
struct SentenceFacts {
  bool penalty = false;      // 「…に処する」 in the sentence or its paragraph's lead-in, or a 罰則 chapter
  bool definition = false;   // 「…とは、…をいう」, an item of 「次の各号に掲げる用語の意義は」,
                             // a construction clause 「…と解釈してはならない。」, or a purpose
                             // clause 「この規則は、…について必要な事項を定めるものとする。」
  bool suppl_amend = false;  // in a 附則 of an amending law
  bool cross_reference = false;  // 「…の規定は、…について準用する。」, a 読替え, and the like,
                                 // not the condition 「…場合に限り、適用する。」
  bool transitional = false;     // 「…は、なお従前の例による。」「…とみなす。」「…から施行する。」: the
                                 // wording ends its clause (not 「…なお従前の例によることとされた許可」);
                                 // also the ただし書 after 「…なお従前の例による。」 that sets no
                                 // duty of its own, and a 号 under a 柱書 that deems or keeps
                                 // the old law for what it lists (「次に掲げる講習は、…とみなす。」)
  bool case_item = false;        // a 号 that ends in 「…場合」「…とき」: it names a case, and its
                                 // act is a condition (a mention, for the exclusions)
  bool affairs_item = false;     // a 号 that names a field of affairs (「…実地監査及び指示に関する
                                 // 事務の総括に関すること。」, an organization order's 所掌事務):
                                 // what an office handles, a mention
  bool content_item = false;     // a 号 under a 柱書 that lists what to tell or give notice of
                                 // (「…文書においては、次に掲げる事項を教示しなければならない」,
                                 // 「次に掲げる事項を公告しなければならない」): its act is what is
                                 // said (「…資料の閲覧を求めることができること」「…申出書を提出すべき
                                 // 旨」), a mention
  bool stated_item = false;      // a 号 under a 柱書 that lists what a document states (「申請書
                                 // には、次に掲げる事項を（併せて）記載しなければならない」, 「…で定める
                                 // 事項は、次の各号に掲げる届出書の区分に従い、…」): what it names is
                                 // content (「…立入検査に関する事項」), for the rules that exclude
                                 // stated-content (not a signature listed, 「責任者の署名又は記名押印
                                 // 及びその日付」, the seal on the document, nor a paper listed under
                                 // 「次の各号に掲げる事項を記載した書面を交付しなければならない」)
  bool fee_row = false;          // a row of a 別表 of fees (its head names 手数料, 金額 or 単位 円), or
                                 // a 号 of a fee schedule (its 柱書 sets 「…手数料の額は、」 or
                                 // 「…費用の額は、」, or it prices per 枚, 通, 件 or 部 in 円): a
                                 // paper, a medium or an inspection in it is what is charged
                                 // for (「光ディスクに複写したものの交付　一枚につき…円」), a mention
  bool forbidden_item = false;   // a 号 under a 柱書 that forbids the acts it lists (「公園内に
                                 // おいては、次に掲げる行為をしてはならない。」): its act
                                 // (「広告物を掲示すること」) is forbidden, a prohibition
};

// Modality of the clause an act stands in, read from the words after the match
// up to the clause's end (the next 、 or 。 of the text searched):
//   kProhibition: 「…してはならない」「…することを禁ずる」 — the act itself is forbidden;
//   kExemption:   「…を要しない」「…を省略することができる」「…を置かないことができる」 — the act is dispensed with.
//                 Also a 号's 「…を掲示しないこと」, and an act coordinated with the
//                 next under one negation (「…を掲示し、又は備え付けないこと」).
// A sentence that ends in 「することができない」 forbids nothing by that alone: it
// is the consequence of a condition (「…を提出しなければ、…することができない」).
//   kMention:     「…を受けることができる者」「…を受けようとする者」「…に関する事項」
//                 「…を提出することができる旨」「…を添付しないとき」「…の提出を求めた事項」
//                 「…に立ち会わせることとした者」「…を経由して行うことが著しく困難」
//                 「…を書面により申し出て休職していた者」
//                 — the act names who may or means to do it, a subject matter, the
//                 content of a notice, a failure to do it (a ground for refusal) or a
//                 past act that names a subject; it imposes nothing.
enum class ClauseModality { kOther, kProhibition, kExemption, kMention };
ClauseModality ModalityAfter(std::string_view text, uint32_t match_end);

// Whether a later 項 of the same article, or another sentence of the same unit,
// grants a digital route for an act of this one (rubric v2: a route given in
// another 項 for the same act clears it):
//   the next 項: 「前項の届出は、電子情報処理組織を使用する方法により行うことができる。」
//     (at the 項's start), 「…前項（同項）の規定による書面の交付に代えて、…電磁的方法に
//     より提供することができる。」「前項の規定にかかわらず、…出頭に代えて、映像と音声の
//     送受信により…」 (anywhere in it), 「前項の規定にかかわらず、使用料は、キャッシュレス決済
//     により納付することができる。」 (at its start), and with the act as the verb alone:
//     「前項の規定にかかわらず、…電子納付により納付することができる。」; 前二項, 前各項 name it too;
//   the 項 after that: 「前二項の規定にかかわらず、…申請書の提出に代えて、…」;
//   any later 項 that names it by number, as 例規 and longer articles do:
//     「第1項の規定による申請は、…電子申請システムを使用する方法により行うことが
//     できる。」「第一項及び前項の書類の交付については、…電磁的方法により…」;
//   the same unit (a ただし書 or 後段): 「ただし、…電子メールにより通知することを
//     もって交付に代えることができる。」「…目視による確認に代えて、遠隔監視…」.
class NextParagraphRoute {
 public:
  // `routes` is an RE2 group of the words that name a digital route: the
  // digital-routes lexicon (rules/lexicons/digital-routes.yaml), so that a
  // municipality's 電子申請システム counts as the statutes' 電子情報処理組織 does.
  explicit NextParagraphRoute(const std::string& routes = kDefaultRoutes);

  // `next` is the normalized text of the 項 `back` (1 or 2) places after the
  // one holding the sentence; returns the act or object whose route it grants
  // (届出, 書面の交付), or "".
  std::string Act(std::string_view next, int back = 1) const;

  // `later` is the normalized text of a later 項 of the same article and
  // `number` the number of the 項 holding the sentence (1 for 第一項, 第1項,
  // 第１項); returns the act whose route `later` grants when it names that 項
  // at its start (「第1項の申請は、…」「第一項及び前項に規定する…の交付については、…」),
  // or "".
  std::string NamedAct(std::string_view later, int number) const;

  // `later` is the normalized text of the next 項 (or the one after it) whose
  // route (Act) stands in for papers named in its condition only: 「前項の場合において、定款、
  // 貸借対照表又は損益計算書が電磁的記録で作成されているときは、書類に代えて電磁的
  // 記録を添付することができる。」 → 定款, 貸借対照表, 損益計算書. The other papers of
  // the 項 it follows (「次に掲げる書類を添付しなければならない」 and its other 号)
  // are still to be handed in on paper. Empty when the route names no paper of
  // its own (「前項の書面の提出に代えて、…」) or names it by reference (これらのもの).
  std::vector<std::string> CoveredPapers(std::string_view later) const;

  // A provision another 項 applies to this one by 準用: `next` is the normalized
  // text of the 項 after the sentence's, and when it reads 「前条第二項の規定は、
  // 前項の規定による書面の交付について準用する。」 (or 第五条第二項, 前条第二項から
  // 第四項まで, …前項の場合について…), returns the article it cites ("前条" or
  // "第五条", "第五条の二") and sets `paragraph` to the first 項 cited (2); else "".
  // The caller reads that 項 with Act: the route it grants for its own 前項
  // is granted here for this 項 (rubric v2: a route for the same act clears it).
  std::string AppliedCitation(std::string_view next, int* paragraph) const;

  // `unit` is the normalized text of the unit holding the sentence; returns
  // the act a digital route replaces in it (交付, 目視による確認), or "".
  std::string InPlaceAct(std::string_view unit) const;

  // `sentence` is the normalized text of any sentence of the document; when it
  // grants a route for the acts of the whole text, as a 規則 may in an article
  // of its own (「この規則の規定による申請及び届出は、…電子申請システムにより
  // 行うことができる。」), returns those acts one by one (申請, 届出), else none.
  std::vector<std::string> LawWideActs(std::string_view sentence) const;

  // The routes when a pack has no digital-routes lexicon.
  static constexpr const char* kDefaultRoutes =
      "(?:電子情報処理組織|電磁的方法|電磁的記録|情報通信の技術|情報通信技術)";

 private:
  std::unique_ptr<RE2> grant_, instead_, grant2_, instead2_;
  std::unique_ptr<RE2> verb_, verb2_;  // 「前項の規定にかかわらず、…により<act>することができる」
  std::unique_ptr<RE2> law_wide_;      // group 1: the acts of 「この規則の規定による…は、」
  std::unique_ptr<RE2> in_place_, replaces_;
  std::unique_ptr<RE2> named_grant_, named_instead_;  // group 1: the 項 cited, group 2: the act
  std::unique_ptr<RE2> covered_;                      // group 1: the papers a route's condition names
};

// `normalized` is the sentence's normalized shadow; `paragraph` the normalized
// text of the paragraph that holds it (ScopeTexts::Paragraph), lead-in included;
// `article` that of its article, 附則 or 別表 (ScopeTexts::Article), read for a
// table row only.
SentenceFacts ExamineSentence(const Document& doc, const Sentence& s, std::string_view normalized,
                              std::string_view paragraph, std::string_view article = {});

// The text `unless` conditions look for a digital route in: `normalized` with
// the quoted old text (`old_text`) and every bracket passage that only defines
// a term (「（以下「…」という。）」, 「…をいう。）」) blanked out, byte for byte, so
// an 電磁的記録 in a definition does not clear an act (DESIGN.md §4b).
std::string RouteText(std::string_view normalized, const std::vector<Span>& old_text);

// Returns the spans of `text` (normalized) that quote text being replaced or
// removed, or words that are only named: the A of 「A」を「B」に改める,
// 「A」を削る, 「A」の下に, 「A」の次に; both A and B of a reading
// (読替え: 「A」とあるのは「B」と), which applies other provisions and imposes
// nothing where it stands (a bare 準用, rubric v2); the label of a form's
// column (「代表者自署押印」の欄). The B of an amendment (改め文) stays live:
// it is the new text.
std::vector<Span> QuotedOldText(std::string_view text);

// The texts conditions look at around sentence `i`, normalized, its sentences
// joined by newlines; each is built on first use, then cached.
//   Unit:      the 項, 号 or 号の細分 (or 別表 row) that holds the sentence, with
//              its subdivisions: 本文 and ただし書 of an item together. This is
//              the `paragraph` scope of an unless condition.
//   Paragraph: the 項 with all its items: where a lead-in (「次の各号に掲げる
//              用語の意義は」「…に処する」) stands.
//   Article:   the whole 条 (or 附則, 別表 without articles).
class ScopeTexts {
 public:
  // Nothing is computed until the first call: most documents need no scope text.
  explicit ScopeTexts(const Document& doc) : doc_(doc) {}
  const std::string& Unit(size_t i) { return Text(Index().unit_of_[i]); }
  const std::string& Paragraph(size_t i) { return Text(Index().paragraph_of_[i]); }
  const std::string& Article(size_t i) { return Text(Index().article_of_[i]); }
  // The 柱書 of sentence i's 項: that 項's own sentences, without its items.
  const std::string& LeadIn(size_t i);
  // Whether sentence i stands in a 号 or 号の細分 (whose act its 柱書 may state).
  bool InItem(size_t i) const {
    NodeKind kind = doc_.provisions[static_cast<size_t>(doc_.sentences[i].provision)].kind;
    return kind == NodeKind::kItem || kind == NodeKind::kSubitem;
  }
  // The 項 `k` places after sentence i's 項 in its article ("" when none).
  const std::string& NextParagraph(size_t i, int k = 1);
  // The normalized text of 項 `paragraph` of the article `article` cites
  // ("前条": the article before sentence i's; "第五条", "第5条の2": that article
  // in the same part, 本則 or 附則), or "" when there is none.
  const std::string& CitedParagraph(size_t i, std::string_view article, int paragraph);
  // The number of sentence i's 項 (2 for 第二項, 第2項, 第２項; 1 for an
  // unnumbered first 項), or -1 when the sentence is in no 項.
  int ParagraphNumber(size_t i);
  // The acts some sentence of the document grants a route for throughout it
  // (NextParagraphRoute::LawWideActs), read on first use.
  const std::vector<std::string>& LawWideActs(const NextParagraphRoute& route);

 private:
  ScopeTexts& Index();  // builds the maps below on first use
  const std::string& Text(int key);
  bool indexed_ = false;
  const Document& doc_;
  std::vector<std::vector<uint32_t>> members_;  // provision → sentences at or below it
  std::vector<int> unit_of_;       // sentence → provision index of its unit
  std::vector<int> paragraph_of_;  // sentence → provision index of its paragraph
  std::vector<int> article_of_;    // sentence → provision index of its article
  std::vector<int> next_paragraph_;  // provision → the next 項 of its article, or -1
  std::vector<std::string> lead_in_;  // provision → its own sentences, built on first use
  std::vector<bool> lead_in_made_;
  std::string empty_;
  std::vector<std::string> cache_;
  std::vector<bool> cached_;
  std::optional<std::vector<std::string>> law_wide_;
};

}  // namespace analoglint

#endif  // ANALOGLINT_MATCH_CONDITIONS_H_
