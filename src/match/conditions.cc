#include "match/conditions.h"

#include <re2/re2.h>

#include "text/clause_view.h"
#include "text/normalize.h"
#include "text/numbering.h"
#include "text/utf8.h"

namespace analoglint {
namespace {

const RE2& PenaltyPattern() {
  static const RE2* re = new RE2("(?:に処する|に処し、|を科する|を併科する|過料に処|の刑を科)");
  return *re;
}

// A definition, a construction clause that says how a power must not be read
// (「…の権限は、犯罪捜査のために認められたものと解釈してはならない。」), or a purpose
// clause (「この規則は、…押印する領収印について必要な事項を定めるものとする。」
// 「この法律は、…を目的とする。」): each names acts and imposes none.
const RE2& DefinitionPattern() {
  static const RE2* re = new RE2(
      "(?:とは、[^。]*(?:をいう|をいい、)|(?:をいう|をいい、[^。]*を含む)。?$|と解(?:釈)?してはならない。$|"
      "^この(?:法律|政令|省令|府令|規則|条例|規程|要綱|訓令|告示)は、[^。]*(?:を目的とする|必要な事項を定める(?:ものとする)?)。$)");
  return *re;
}

const RE2& DefinitionLeadIn() {
  // and a 柱書 that defines by a list: 「…政治的行為とは、次に掲げるものをいう。」
  static const RE2* re = new RE2("(?:用語の意義は|用語の定義は|に掲げる用語は|とは、次に掲げる[^。]{0,12}?をいう)");
  return *re;
}

const RE2& TransitionalPattern() {
  static const RE2* re = new RE2(
      // The wording as the predicate of its clause (「…は、なお従前の例による。」,
      // 「…なおその効力を有するものとし、」), not as a modifier of the basis of a
      // new duty (「…によりなおその効力を有するものとして読み替えて適用される…」,
      // 「…なお従前の例によることとされた許可を受けた者」).
      "(?:(?:なお従前の例によ(?:る|り)|なお(?:その)?効力を有する)(?:ものとする|こととする|ものとし|こととし|ことができる)?(?:。|、|$)|"
      "とみなす。$|から施行する。$)");
  return *re;
}

// The ただし書 of a clause that keeps the old law, which names what the new text may
// already govern (「…なお従前の例による。ただし、…縦覧に供するものについては、新省令の
// 規定により作成することができる。」): transitional too, unless it imposes a duty of its
// own (「ただし、…までに届出書を提出しなければならない。」「…を経由するものとする。」) or
// keeps the old law on a condition (「ただし、…図面を添付して…届け出た場合に限る。」).
// Not the ただし書 of a deeming (「…とみなす。ただし、…申出書を…提出して…申出を行つた
// ときは、この限りでない。」): that one sets the procedure to stay out. `paragraph` is
// the 項's sentences, each on its line.
bool TransitionalProviso(std::string_view sentence, std::string_view paragraph) {
  static const RE2* duty = new RE2("なければならない|ものとする|場合に限る|場合に限り");
  static const RE2* old_law = new RE2("(?:なお従前の例によ(?:る|り)|なお(?:その)?効力を有する)[^。]*。$");
  if (!sentence.starts_with("ただし、") || RE2::PartialMatch(sentence, *duty)) return false;
  size_t at = paragraph.find(sentence);
  if (at == std::string_view::npos || at == 0) return false;
  std::string_view before = paragraph.substr(0, at);
  if (before.ends_with('\n')) before.remove_suffix(1);
  size_t line = before.rfind('\n');
  std::string_view previous = line == std::string_view::npos ? before : before.substr(line + 1);
  return RE2::PartialMatch(previous, TransitionalPattern()) && RE2::PartialMatch(previous, *old_law);
}

// A 柱書 that deems what its 号 list (「次に掲げる技能講習は、…の技能講習とみなす。」)
// or keeps the old law for them: the 号 name what is deemed, and impose nothing.
bool TransitionalLeadIn(std::string_view paragraph) {
  std::string_view lead = paragraph.substr(0, paragraph.find('\n'));
  return lead.starts_with("次に掲げる") && RE2::PartialMatch(lead, TransitionalPattern());
}

// A bare reference to other provisions, or a reading of their words (読替え:
// 「…と読み替えるものとする。」, a table's 「…第三欄に掲げる字句は、…第四欄に掲げる
// 字句とする。」). 「…の添付がある場合に限り、適用する」 is none: it sets the
// condition of a benefit.
bool IsCrossReference(re2::StringPiece text) {
  static const RE2* re = new RE2(
      "(?:準用する|例による|適用する|適用しない|適用があるものとする|読み替える|読み替えるものとする)。$|"
      "欄に掲げる字句は、[^。]*欄に掲げる字句とする。");
  static const RE2* condition = new RE2("に限り、?適用する。$");
  return RE2::PartialMatch(text, *re) && !RE2::PartialMatch(text, *condition);
}

bool UnderPenaltyChapter(const Document& doc, int provision) {
  for (int p = provision; p > 0; p = doc.provisions[static_cast<size_t>(p)].parent) {
    const Provision& node = doc.provisions[static_cast<size_t>(p)];
    if (node.kind == NodeKind::kGroup && node.title.find("罰則") != std::string::npos) return true;
  }
  return false;
}

int NearestOf(const Document& doc, int provision, std::initializer_list<NodeKind> kinds) {
  for (int p = provision; p > 0; p = doc.provisions[static_cast<size_t>(p)].parent) {
    NodeKind k = doc.provisions[static_cast<size_t>(p)].kind;
    for (NodeKind want : kinds) {
      if (k == want) return p;
    }
  }
  return -1;
}

}  // namespace

std::vector<Span> QuotedOldText(std::string_view text) {
  static constexpr std::string_view kOpen = "「", kClose = "」";
  static constexpr std::string_view kOldMarkers[] = {"とあるのは", "とあるのを", "を「", "を削",
                                                     "の下に", "の次に", "の欄", "欄中"};
  // The B of a reading follows 「A」とあるのは (with or without a 、).
  auto reading = [&](size_t open) {
    std::string_view before = text.substr(0, open);
    if (before.ends_with("、")) before.remove_suffix(3);
    return before.ends_with("とあるのは");
  };
  std::vector<Span> out;
  std::vector<size_t> opens;
  for (size_t i = 0; i < text.size();) {
    if (text.compare(i, kOpen.size(), kOpen) == 0) {
      opens.push_back(i);
      i += kOpen.size();
      continue;
    }
    if (text.compare(i, kClose.size(), kClose) == 0 && !opens.empty()) {
      size_t open = opens.back();
      opens.pop_back();
      size_t after = i + kClose.size();
      if (reading(open)) {
        out.push_back({static_cast<uint32_t>(open), static_cast<uint32_t>(after)});
        i = after;
        continue;
      }
      for (std::string_view marker : kOldMarkers) {
        if (text.compare(after, marker.size(), marker) == 0) {
          out.push_back({static_cast<uint32_t>(open), static_cast<uint32_t>(after)});
          break;
        }
      }
      i = after;
      continue;
    }
    NextCodePoint(text, &i);
  }
  return out;
}

namespace {

// Blanks in `out` each bracket passage of `text` (at byte `base` of `out`)
// that defines a term at its own level (「（以下「…」という。）」「（…をいう。）」).
// A passage that only qualifies a word keeps its route and loses the
// definitions nested in it: 「書類（その作成に代えて電磁的記録（…をいう。）を
// 作成する場合における当該電磁的記録を含む。）」 still names the record.
void BlankDefinitions(std::string_view text, size_t base, std::string* out) {
  for (const ClauseView::Range& r : BracketPassages(text)) {
    std::string_view passage = text.substr(r.begin, r.end - r.begin);
    const size_t open = passage.starts_with("（") ? 3 : 1;  // the opening bracket's bytes
    std::string_view inside = passage.substr(open);
    std::string own(passage);
    std::vector<ClauseView::Range> inner = BracketPassages(inside);
    for (const ClauseView::Range& n : inner) own.replace(open + n.begin, n.end - n.begin, n.end - n.begin, ' ');
    if (own.find("という") != std::string::npos || own.find("をいう") != std::string::npos) {
      out->replace(base + r.begin, r.end - r.begin, r.end - r.begin, ' ');
    } else if (!inner.empty()) {
      BlankDefinitions(inside, base + r.begin + open, out);
    }
  }
}

}  // namespace

std::string RouteText(std::string_view normalized, const std::vector<Span>& old_text) {
  std::string out(normalized);
  for (const Span& d : old_text) out.replace(d.begin, d.end - d.begin, d.end - d.begin, ' ');
  BlankDefinitions(normalized, 0, &out);
  return out;
}

// Whether `clause` (up to its 、 or 。, or the end of the text) ends by forbidding
// its act: 「…てはならない」, or a 号's 「…を掲示しないこと」 (not 「…しなければならない
// こと」, nor 「…を受けないことについて」).
bool EndsForbidding(std::string_view clause) {
  if (clause.ends_with("。")) clause.remove_suffix(3);
  if (clause.ends_with("てはならない") || clause.ends_with("ではならない")) return true;
  return clause.ends_with("ないこと") && !clause.ends_with("ならないこと") && !clause.ends_with("なければならないこと");
}

// The last of the clauses coordinated with an act's clause: every clause after
// `clause_end` (the byte after the act's 、) that opens with 又は・若しくは・及び,
// up to the one that ends the chain; "" when the next clause opens with none.
// 「…を掲示し、又は備え付けないこと。」 → 「又は備え付けないこと。」;
// 「…研修を修了し、又は中断した日から…」 → 「又は中断した日から」.
std::string_view LastCoordinated(std::string_view text, size_t clause_end) {
  std::string_view rest = text.substr(std::min(clause_end, text.size()));
  std::string_view last;
  while (rest.starts_with("又は") || rest.starts_with("若しくは") || rest.starts_with("及び")) {
    size_t end = std::min(rest.find("、"), rest.find("。"));
    if (end == std::string_view::npos) return rest;
    last = rest.substr(0, end + 3);
    if (rest.compare(end, 3, "。") == 0) return last;
    rest = rest.substr(end + 3);
  }
  return last;
}

// An act coordinated with the next ones under one negation: 「…を掲示し、又は備え
// 付けないこと。」「…を移転し、若しくは除却し、又は汚損してはならない。」 — the last
// clause of the chain forbids. Not 「…を修了し、又は中断するまでの間、…の変更をして
// はならない」, where the negation is another act's.
bool ForbiddenWithNext(std::string_view text, size_t clause_end) {
  std::string_view last = LastCoordinated(text, clause_end);
  return !last.empty() && EndsForbidding(last);
}

ClauseModality ModalityAfter(std::string_view text, uint32_t match_end) {
  // From the match's last character on: a match may end in the て of 「…してはならない」.
  size_t from = std::min<size_t>(match_end, text.size());
  if (from > 0) {
    do --from; while (from > 0 && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80);
  }
  std::string_view rest = text.substr(from);
  size_t end = std::min(rest.find("、"), rest.find("。"));
  if (end != std::string_view::npos) rest = rest.substr(0, end + 3);  // keep the 、 or 。
  static const RE2* prohibition = new RE2("^[^、。]{0,12}?(?:てはならない|ではならない|ことを禁ず|ことを禁じ|ことを禁止)");
  static const RE2* exemption = new RE2(
      "^[^、。]{0,12}?(?:を要しない|を要さない|ことを要しない|を必要としない|を省略することができる|ことを要せず|を要せず|"
      // the act left undone by leave: 「…調理員を置かないことができる」「…常駐させないことができる」
      "ないことができる)");
  static const RE2* mention = new RE2(
      "^(?:[^、。]{0,12}?(?:ことができる者|ことができない者|に関する(?:事項|こと|もの)|の(?:時期|期日|期間|日時)(?:は|を|に))|"
      // a 号 of matters: 「…記名押印又は署名をした文書に係る事項」
      // (ending the text: not 「…申し出ようとする意見に係る事項を所管する…」)
      "[^、。]{0,12}?に係る(?:事項|こと|もの)。?$|"
      "[^、。]{0,16}?(?:する|できる|した|ものと認める)旨(?:$|。|を|、|及び|並びに)|"
      // what a statement or a rule says (「…の請求ができる旨の記載」「…と認める旨の署名」),
      // no other object between the act and 旨: not 「書面によつてする支払を停止する旨の通知」, a
      // notice made in writing
      "[^、。を]{0,8}?(?:する|できる|した|ものと認める)旨の|"
      "る(?:者|もの)(?:は|が)|てい(?:る|た)(?:場合|とき|者|もの)|"
      // a person named by a past act and a later state: 「…を書面により申し出て休職していた者」
      // (not 「…研修を修了している者でなければ」, a qualification)
      "[^、。]{0,2}?て[^、。]{1,8}?てい(?:る|た)(?:者|もの)|"
      // a condition the act is hard to meet in: 「…を経由して行うことが著しく困難である地域」
      "[^、。]{0,4}?ことが(?:著しく)?困難|"
      "[^、。]{0,4}?(?:しない|せず|しなかった)(?:とき|場合|者)|"
      // a past act that names a subject: 「…書面の提出を求めた事項については」
      // (not 「…を修了した者」, a qualification, nor 「…が記名押印した書面」,
      // the form a document must take)
      "[^、。]{0,3}?た事項(?:は|を|に|の|で|が|について)|"
      // who was chosen for the act: 「…が投票に立ち会わせることとした者」
      "[^、。]{0,6}?こととし(?:た|ている)(?:者|もの)|"
      // who means to do the act: 「講習を受けようとする者は、…申し込まなければ」
      // 「…を受けようとし、又は受けた者に対しては」
      "[^、。]{0,2}?ようと(?:する(?:者|とき|場合)|し、)|"
      // an attribute of the act that ends the text, as a 号 of matters to state
      // names it: 「出頭を命ずる理由」「書類の縦覧の場所及び期間」
      // (a bracket may close it: 「出頭すべき日時及び場所（法人にあっては…）」)
      "[^、。]{0,10}?(?:理由|場所|期間|日時|期日|時期|目的|範囲)"
      "(?:(?:及び|並びに|又は)[^、。]{1,8}?)?(?:（[^（）、。]*）)?。?$|"
      // a thing named by the act done to it: 「現金をもって納付された次に掲げる料金」
      "[^、。]{0,10}?された(?:次に掲げる)?(?:料金|金額|額|収入|もの)|"
      // the act replaced by another: 「…押印することに代えて、署名することができる」
      "[^、。]{0,6}?(?:ことに代えて|に代えて|に代える(?:こと|もの))|"
      // who did the act, given something for it: 「講習会を修了した者に修了証を交付する」
      // (not 「…を修了した者でなければ」「…のうちから」, a qualification)
      // (the act's own stem right before, the match ending in its last character: not
      // 「…を経由して、申請をした者に、…を交付」)
      "[^、。]?した者に(?:対し(?:て)?)?(?:、|[^、。]{0,20}?を(?:交付|通知|送付|支給|返還))|"
      // the means allowed in place of another: 「…通知は、官報による公告をもって代えることができる」
      "[^、。]{0,10}?(?:をもって|をもつて|により|で)代えることができる|"
      // a state, as the condition of another act: 「官報で公告をしているときは、当該官報の日付」
      // (an act done, 「…を添付したときは、…することができる」, is a condition the unit sets)
      "[^、。]{0,4}?をしている(?:場合|とき)|"
      // a time set by the act: 「…書類を事務所に備え置くまでに、…公告し」
      "[^、。]{0,4}?(?:までに|までの間)|"
      // who does the act, named in a list or as the one acted on: 「閲覧の請求をする者、
      // …を申請する者は」「特定講習を受ける者に、…を含む」
      // (not 「…フレキシブルディスクによるものを含む」, a means)
      "[^、。]{0,6}?をする者(?:、|又は|若しくは|に|の|は|が)|[^、。]{0,2}?[^よ、。]る(?:者|もの)(?:に|の|を|、|又は|若しくは))");
  re2::StringPiece r(rest.data(), rest.size());
  if (RE2::PartialMatch(r, *prohibition)) return ClauseModality::kProhibition;
  if (EndsForbidding(rest) || ForbiddenWithNext(text, from + rest.size())) return ClauseModality::kProhibition;
  if (RE2::PartialMatch(r, *mention)) return ClauseModality::kMention;
  // The act named with the next ones as one time or one subject: 「…臨床研修を修了し、
  // 又は中断した日から五年間保存」
  std::string_view last = LastCoordinated(text, from + rest.size());
  if (!last.empty() && rest.ends_with("、")) {
    static const RE2* chained = new RE2("^(?:又は|若しくは|及び)[^、。]{1,12}?(?:した日|する日|した時|までに|までの間)");
    if (RE2::PartialMatch(re2::StringPiece(last.data(), last.size()), *chained)) return ClauseModality::kMention;
  }
  if (RE2::PartialMatch(r, *exemption)) return ClauseModality::kExemption;
  // The act as the topic, dispensed with: 「申請書への押印は、要しない」「押印は要しない」
  // 「前項の規定による押印は、これを要しない」「…への押印は、求めないものとする」
  // 「申請書への押印は、省略することができる」
  static const RE2* topic_exemption =
      new RE2("^[^、。]{0,4}?(?:は|については)、?(?:これを)?(?:要しない|要さない|必要としない|求めない|"
              "省略することができる|省略するものとする)");
  std::string_view after = text.substr(from);
  if (RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), *topic_exemption)) {
    return ClauseModality::kExemption;
  }
  return ClauseModality::kOther;
}

namespace {

// How a later 項 names the 項 of the sentence: one 項 back, or two.
constexpr const char* kOneBack = "(?:前項|同項|前二項|前三項|前各項)";
constexpr const char* kTwoBack = "(?:前二項|前三項|前各項)";

// 「前項の届出は、…電子情報処理組織を使用する方法により行うことができる」 and
// 「前項の規定にかかわらず、使用料は、…電子決済の方法により納付することができる」
std::unique_ptr<RE2> Grant(const char* back, const std::string& routes) {
  return std::make_unique<RE2>(std::string("^") + back +
                               "(?:の規定による|に規定する|の規定にかかわらず、|の)?([^、。は]{1,20}?)(?:は、|について(?:は)?、)[^。]*?" +
                               routes);
}

// 「前項の規定による書面の交付に代えて、…」, 「前項の規定にかかわらず、…出頭に代えて、…」
// and 「前項の場合において、…当該書面による同意に代えて、…」
std::unique_ptr<RE2> Instead(const char* back, const std::string& routes) {
  return std::make_unique<RE2>(std::string("(?:") + back + "(?:の規定による|に規定する|の)?([^、。]{1,20}?)|" + back +
                               "(?:の規定にかかわらず|(?:に規定する|の)場合(?:において|には))、[^。]*?([^、。]{1,20}?))"
                               "に代えて[^。]*?" + routes);
}

// 「前項の規定にかかわらず、…電子納付により納付することができる」: no topic names the
// act; the verb the route serves does (納付, 提出, 申請), its object between or not
// (「…電子情報処理組織を使用する方法により調査票を提出することができる」).
std::unique_ptr<RE2> GrantVerb(const char* back, const std::string& routes) {
  return std::make_unique<RE2>(std::string("^") + back + "の規定にかかわらず、[^。]*?" + routes +
                               "[^。]*?(?:により|によつて|によって|を(?:使用|利用)して|で)(?:[^、。を]{1,20}を)?"
                               "(\\p{Han}{2,4})(?:する|を行う)ことができる");
}

// A list of 項 at a later 項's start that names one by number: 「第一項」
// 「第1項及び前項」「第二項、第三項又は前項」 (numbers in any script).
constexpr const char* kNamed =
    "(第[0-9一二三四五六七八九十]{1,4}項(?:(?:、|及び|並びに|又は|若しくは)(?:第[0-9一二三四五六七八九十]{1,4}項|前[二三各]?項))*)";

std::string FirstOf(const RE2& re, std::string_view text) {
  std::string a, b;
  if (!RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), re, &a, &b)) return "";
  return a.empty() ? b : a;
}

std::string Captured(const RE2& re, std::string_view text) {
  std::string a;
  if (!RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), re, &a)) return "";
  return a;
}

}  // namespace

NextParagraphRoute::NextParagraphRoute(const std::string& routes)
    : grant_(Grant(kOneBack, routes)),
      instead_(Instead(kOneBack, routes)),
      grant2_(Grant(kTwoBack, routes)),
      instead2_(Instead(kTwoBack, routes)),
      verb_(GrantVerb(kOneBack, routes)),
      verb2_(GrantVerb(kTwoBack, routes)),
      law_wide_(std::make_unique<RE2>(
          "^この(?:条例|規則|規程|要綱|法律|政令|省令|府令|命令)(?:及び[^、。]{1,20}?)?の規定(?:による|に基づく)"
          "([^、。]{1,40}?)は、[^。]*?" + routes + "[^。]*?ことができる")),
      in_place_(std::make_unique<RE2>("([^、。をはが]{1,20}?)に代えて[^。]*?" + routes)),
      replaces_(std::make_unique<RE2>(routes + "[^。]*?(?:をもって|をもつて|、)([^、。をは]{1,20}?)に代え(?:る|ること)")),
      named_grant_(Grant(kNamed, routes)),
      named_instead_(std::make_unique<RE2>(std::string("^") + kNamed +
                                           "(?:の規定による|に規定する|の)?([^、。]{1,20}?)に代えて[^。]*?" + routes)),
      covered_(std::make_unique<RE2>("(?:において|には)、([^、。]{1,20}?(?:(?:、|又は|若しくは|及び|並びに)[^、。]{1,20}?){0,8})が" +
                                     routes + "(?:で|をもつて|をもって|により)(?:作成|作ら)[^。、]*?(?:とき|場合)は、"
                                     "(?:書類|書面)に代えて")) {}

namespace {

// A later 項 with its 括弧書き left out: a definition in brackets
// (「電磁的方法（…をいう。）により」) must not end the window at its 。. Read
// after the text as written, where the route may be named in brackets only
// (「…次に掲げる方法（以下「電磁的方法」という。）により提供することができる」).
std::string Unbracketed(std::string_view text) {
  std::string out;
  size_t from = 0;
  for (const ClauseView::Range& r : BracketPassages(text)) {  // the outermost, in order
    out.append(text.substr(from, r.begin - from));
    from = r.end;
  }
  out.append(text.substr(from));
  return out;
}

}  // namespace

std::string NextParagraphRoute::Act(std::string_view next, int back) const {
  const RE2& instead = back == 1 ? *instead_ : *instead2_;
  const RE2& grant = back == 1 ? *grant_ : *grant2_;
  auto read = [&](std::string_view text) {
    std::string act = FirstOf(instead, text);
    if (act.empty()) act = Captured(grant, text);
    return act.empty() ? Captured(back == 1 ? *verb_ : *verb2_, text) : act;
  };
  std::string act = read(next);
  if (act.empty()) act = read(Unbracketed(next));
  if (act.empty()) return act;
  // 「前項の規定は、…について準用する」 names a provision, not an act with a route; and
  // a form got from a website (「前項の申請書の様式は、市のホームページから入手することが
  // できる」) is no way to hand the paper in.
  static const RE2* form = new RE2("(?:様式|用紙|書式)$");
  static const RE2* obtained = new RE2("(?:入手|取得|ダウンロード|印刷)(?:する|し、|して|できる)");
  if (act == "規定" || RE2::PartialMatch(act, *form) || RE2::PartialMatch(next, *obtained)) return "";
  return act;
}

std::string NextParagraphRoute::NamedAct(std::string_view later, int number) const {
  std::string cited, act;
  auto read = [&](std::string_view t) {
    re2::StringPiece text(t.data(), t.size());
    return RE2::PartialMatch(text, *named_instead_, &cited, &act) || RE2::PartialMatch(text, *named_grant_, &cited, &act);
  };
  if (!read(later) && !read(Unbracketed(later))) return "";
  // Each 第N項 of the list; 前項 and the like name the 項 just before `later`,
  // which the nearer reads (Act) look at.
  static const RE2* each = new RE2("第([0-9一二三四五六七八九十]{1,4})項");
  re2::StringPiece rest(cited);
  std::string n;
  while (RE2::FindAndConsume(&rest, *each, &n)) {
    if (ParseNumber(n) == number) return act;
  }
  return "";
}

std::vector<std::string> NextParagraphRoute::CoveredPapers(std::string_view later) const {
  std::string papers = Captured(*covered_, Unbracketed(later));
  std::vector<std::string> out;
  static const RE2* each = new RE2("([^、]+?)(?:、|又は|若しくは|及び|並びに|$)");
  re2::StringPiece rest(papers);
  std::string paper;
  while (RE2::FindAndConsume(&rest, *each, &paper)) {
    if (paper.starts_with("これら") || paper.starts_with("当該") || paper.starts_with("その")) return {};
    out.push_back(paper);
  }
  return out;
}

std::vector<std::string> NextParagraphRoute::LawWideActs(std::string_view sentence) const {
  std::string acts = Captured(*law_wide_, sentence);
  std::vector<std::string> out;
  static const RE2* each = new RE2("(\\p{Han}{2,})(?:及び|又は|並びに|若しくは|その他の?|等|$)");
  re2::StringPiece rest(acts);
  std::string act;
  while (RE2::FindAndConsume(&rest, *each, &act)) out.push_back(act);
  return out;
}

std::string NextParagraphRoute::AppliedCitation(std::string_view next, int* paragraph) const {
  static const RE2* applied = new RE2(
      "^(前条|第[0-9一二三四五六七八九十百千]+条(?:の[0-9一二三四五六七八九十]+)*)第([0-9一二三四五六七八九十]+)項"
      "(?:(?:から|及び)第[0-9一二三四五六七八九十]+項(?:まで)?)?の規定は、前項[^。]*?について準用する");
  std::string article, number;
  if (!RE2::PartialMatch(next, *applied, &article, &number)) return "";
  *paragraph = ParseNumber(number);
  return *paragraph > 0 ? article : "";
}

std::string NextParagraphRoute::InPlaceAct(std::string_view unit) const {
  // A bracket qualifies a word (「帳簿書類（その作成又は保存に代えて電磁的記録の作成…
  // を含む。）」): it replaces no act of the sentence.
  std::string text(unit);
  for (const ClauseView::Range& r : BracketPassages(unit)) text.replace(r.begin, r.end - r.begin, r.end - r.begin, ' ');
  std::string act = Captured(*in_place_, text);
  return act.empty() ? Captured(*replaces_, text) : act;
}

SentenceFacts ExamineSentence(const Document& doc, const Sentence& s, std::string_view normalized,
                              std::string_view paragraph, std::string_view article) {
  SentenceFacts f;
  re2::StringPiece text(normalized.data(), normalized.size());
  re2::StringPiece around(paragraph.data(), paragraph.size());
  const Provision& p = doc.provisions[static_cast<size_t>(s.provision)];
  bool in_item = p.kind == NodeKind::kItem || p.kind == NodeKind::kSubitem;
  // An item of 「次の各号のいずれかに該当する者は、…に処する。」 is a penalty too.
  f.penalty = RE2::PartialMatch(text, PenaltyPattern()) ||
              (in_item && RE2::PartialMatch(around, PenaltyPattern())) ||
              UnderPenaltyChapter(doc, s.provision);
  f.definition = RE2::PartialMatch(text, DefinitionPattern()) ||
                 (in_item && RE2::PartialMatch(around, DefinitionLeadIn()));
  f.suppl_amend = p.part == Part::kSuppl && !p.amend_law_num.empty();
  // The rows of a reading table (「…の技術的読替えは、次の表のとおりとする。」 and
  // the table under it) quote other provisions' words, like the sentence before them.
  static const RE2* reading_table =
      new RE2("(?:読替えは、[^。]{0,12}?次の表のとおり|次の表の[^。]{0,80}?(?:読み替える|読み替えて))");
  f.cross_reference = IsCrossReference(text) || RE2::PartialMatch(around, *reading_table);
  // A 号 that names a case (「…を現金で納付する場合」) or a time (「…に書面でその旨を
  // 通知した日（以下「通知日」という。）」「立入検査をした年月日」, an entry of a
  // register or a report): the act in it is a condition or a date, and the duty,
  // if any, stands in its 柱書.
  static const RE2* case_item = new RE2("(?:場合|とき|(?:日|年月日|日時|期日)(?:（[^（）]*）)?)。?$");
  f.case_item = in_item && RE2::PartialMatch(text, *case_item);
  static const RE2* affairs_item = new RE2("に関すること(?:（[^（）]*）)?。?$");
  f.affairs_item = in_item && RE2::PartialMatch(text, *affairs_item);
  // (in the 項's first sentence, its 柱書, which ends by telling: not an item's
  // 「次に掲げる事項を明示した図面」, a paper)
  static const RE2* told = new RE2(
      "^[^\n]*?(?:次に掲げる|次の各号に掲げる|次の)事項を(?:(?:教示|通知|告知|明示|説明|公告|公示)"
      "(?:しなければならない|するものとする|する)|示さなければならない|示すものとする)。");
  f.content_item = in_item && RE2::PartialMatch(around, *told);
  // A 号 under a 柱書 that lists what a document states (「申請書には、次に掲げる事項を記載
  // しなければならない」「業務規程に記載すべき事項は、次のとおりとする」): RUBRIC.md, rubric
  // v2 (a 号 under a 柱書 that only lists what a document must state). Not a demand the
  // document conveys (「…の期日に出頭すべき旨」).
  static const RE2* stated = new RE2(
      "^[^\n]*?(?:(?:次に掲げる|次の各号に掲げる|次の)事項を(?:併せて|あわせて)?(?:記載|記録)(?:しなければならない|するものとする|した|し、)|"
      "(?:記載|記録)(?:すべき|する)事項は、|(?:記載|記録)事項は、|"
      // the matters a document states, by the document: 「…内閣府令で定める事項は、次の各号に
      // 掲げる届出書の区分に従い、それぞれ当該各号に定める事項とする。」
      "定める事項は、次の各号に掲げる[^\n。]*?(?:書|書類|書面)の区分に(?:応じ|従い))");
  f.stated_item = in_item && normalized.find("べき旨") == std::string_view::npos && RE2::PartialMatch(around, *stated);
  static const RE2* forbids = new RE2(
      "^[^\n]*?次(?:に掲げる|の各号に掲げる|の)行為(?:を|は)、?(?:し、又はさせては|させては|しては|行つては|行っては)?"
      "(?:ならない|禁止する|禁ずる|してはならない)。");
  f.forbidden_item = in_item && RE2::PartialMatch(around, *forbids);
  if (p.kind == NodeKind::kTableRow && !article.empty()) {
    // The table's head: its first rows (the title may be a sentence of its own).
    size_t head = 0;
    for (int line = 0; line < 3 && head != std::string_view::npos; ++line) head = article.find('\n', head + 1);
    std::string_view top = article.substr(0, head);
    // A table of amounts names its unit in the head instead (「型式承認（単位　円）」).
    static const RE2* yen_unit = new RE2("単位[　 ]*(?:円|千円|万円)");
    f.fee_row = top.find("手数料") != std::string_view::npos || top.find("金額") != std::string_view::npos ||
                RE2::PartialMatch(top, *yen_unit);
  }
  // A 号 of a fee schedule: its 柱書 sets an amount (「…手数料の額は、次に掲げる額の合計額
  // とする。」), or the 号 prices what it names (「光ディスクに記録したものの交付　一枚につき
  // 百円」).
  static const RE2* priced = new RE2("[枚通件部](?:につき|ごとに)[^。]{0,40}?円");
  static const RE2* fee_lead = new RE2("^[^\n]*?(?:手数料|費用)の額は、");
  if (in_item) f.fee_row = RE2::PartialMatch(text, *priced) || RE2::PartialMatch(around, *fee_lead);
  f.transitional = RE2::PartialMatch(text, TransitionalPattern()) ||
                   TransitionalProviso(normalized, paragraph) ||
                   (in_item && TransitionalLeadIn(paragraph));
  return f;
}

ScopeTexts& ScopeTexts::Index() {
  if (indexed_) return *this;
  indexed_ = true;
  const Document& doc = doc_;
  members_.resize(doc.provisions.size());
  cache_.resize(doc.provisions.size());
  cached_.assign(doc.provisions.size(), false);
  for (uint32_t i = 0; i < doc.sentences.size(); ++i) {
    for (int p = doc.sentences[i].provision; p > 0; p = doc.provisions[static_cast<size_t>(p)].parent) {
      members_[static_cast<size_t>(p)].push_back(i);
    }
  }
  for (const Sentence& s : doc.sentences) {
    int unit = NearestOf(doc, s.provision,
                         {NodeKind::kSubitem, NodeKind::kItem, NodeKind::kParagraph, NodeKind::kTableRow});
    if (unit < 0) unit = s.provision;
    int paragraph = NearestOf(doc, s.provision, {NodeKind::kParagraph});
    if (paragraph < 0) paragraph = unit;
    int article = NearestOf(doc, s.provision,
                            {NodeKind::kArticle, NodeKind::kSupplProvision, NodeKind::kAppendix,
                             NodeKind::kPreamble});
    if (article < 0) article = paragraph;
    unit_of_.push_back(unit);
    paragraph_of_.push_back(paragraph);
    article_of_.push_back(article);
  }
  return *this;
}

const std::string& ScopeTexts::LeadIn(size_t i) {
  Index();
  size_t p = static_cast<size_t>(paragraph_of_[i]);
  if (lead_in_made_.empty()) {
    lead_in_.resize(doc_.provisions.size());
    lead_in_made_.assign(doc_.provisions.size(), false);
  }
  if (!lead_in_made_[p]) {
    lead_in_made_[p] = true;
    for (uint32_t m : members_[p]) {
      if (static_cast<size_t>(doc_.sentences[m].provision) != p) continue;
      if (!lead_in_[p].empty()) lead_in_[p] += '\n';
      lead_in_[p] += Normalize(doc_.sentences[m].text).text;
    }
  }
  return lead_in_[p];
}

const std::string& ScopeTexts::NextParagraph(size_t i, int k) {
  Index();
  if (next_paragraph_.empty()) {
    next_paragraph_.assign(doc_.provisions.size(), -1);
    std::vector<int> last_child(doc_.provisions.size(), -1);  // parent → its last 項 seen
    for (size_t p = 0; p < doc_.provisions.size(); ++p) {
      const Provision& node = doc_.provisions[p];
      if (node.kind != NodeKind::kParagraph || node.parent < 0) continue;
      int& last = last_child[static_cast<size_t>(node.parent)];
      if (last >= 0) next_paragraph_[static_cast<size_t>(last)] = static_cast<int>(p);
      last = static_cast<int>(p);
    }
  }
  int paragraph = paragraph_of_[i];
  if (paragraph < 0 || doc_.provisions[static_cast<size_t>(paragraph)].kind != NodeKind::kParagraph) return empty_;
  int next = paragraph;
  for (int step = 0; step < k && next >= 0; ++step) next = next_paragraph_[static_cast<size_t>(next)];
  return next < 0 ? empty_ : Text(next);
}

namespace {

// The numbers of an article label or citation: 第十三条の二 → {13, 2}, 第5条 → {5}.
std::vector<int> ArticleNumbers(std::string_view label) {
  static const RE2* number = new RE2("([0-9一二三四五六七八九十百千]+)");
  std::vector<int> out;
  re2::StringPiece rest(label.data(), label.size());
  std::string n;
  while (RE2::FindAndConsume(&rest, *number, &n)) out.push_back(ParseNumber(n));
  return out;
}

}  // namespace

const std::string& ScopeTexts::CitedParagraph(size_t i, std::string_view article, int paragraph) {
  int own = Index().article_of_[i];
  if (own < 0 || doc_.provisions[static_cast<size_t>(own)].kind != NodeKind::kArticle) return empty_;
  const Provision& here = doc_.provisions[static_cast<size_t>(own)];
  const std::vector<int> wanted = article == "前条" ? std::vector<int>{} : ArticleNumbers(article);
  int cited = -1;
  for (int p = 0; p < static_cast<int>(doc_.provisions.size()); ++p) {
    const Provision& node = doc_.provisions[static_cast<size_t>(p)];
    if (node.kind != NodeKind::kArticle || node.part != here.part || node.amend_law_num != here.amend_law_num) continue;
    if (article == "前条") {
      if (p == own) break;
      if (node.parent == here.parent) cited = p;  // the last article before this one
    } else if (ArticleNumbers(node.label) == wanted) {
      cited = p;
      break;
    }
  }
  if (cited < 0) return empty_;
  int seen = 0;
  for (int p = cited + 1; p < static_cast<int>(doc_.provisions.size()); ++p) {
    const Provision& node = doc_.provisions[static_cast<size_t>(p)];
    if (node.parent != cited) continue;
    if (node.kind != NodeKind::kParagraph) continue;
    if (++seen == paragraph) return Text(p);
  }
  return empty_;
}

int ScopeTexts::ParagraphNumber(size_t i) {
  int paragraph = Index().paragraph_of_[i];
  if (paragraph < 0) return -1;
  const Provision& p = doc_.provisions[static_cast<size_t>(paragraph)];
  if (p.kind != NodeKind::kParagraph) return -1;
  if (p.label.empty()) return 1;  // the one 項, or an unnumbered first one
  std::string_view label = p.label;  // 第二項, 第2項
  if (label.rfind("第", 0) == 0) label.remove_prefix(std::string_view("第").size());
  size_t end = label.find("項");
  return ParseNumber(label.substr(0, end));
}

const std::vector<std::string>& ScopeTexts::LawWideActs(const NextParagraphRoute& route) {
  if (law_wide_) return *law_wide_;
  law_wide_.emplace();
  for (const Sentence& s : doc_.sentences) {
    // An amending law's quoted text grants nothing to the amending law itself.
    if (doc_.provisions[static_cast<size_t>(s.provision)].kind == NodeKind::kAmendment) continue;
    if (!std::string_view(s.text).starts_with("この")) continue;  // the cheap test first
    for (std::string& act : route.LawWideActs(Normalize(s.text).text)) law_wide_->push_back(std::move(act));
  }
  return *law_wide_;
}

const std::string& ScopeTexts::Text(int key) {
  size_t k = static_cast<size_t>(key);
  if (cached_[k]) return cache_[k];
  std::string text;
  for (uint32_t i : members_[k]) {
    if (!text.empty()) text += '\n';
    text += Normalize(doc_.sentences[i].text).text;
  }
  cached_[k] = true;
  cache_[k] = std::move(text);
  return cache_[k];
}

}  // namespace analoglint
