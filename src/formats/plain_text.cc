// The plain-text reader: statutes and drafts as people type them.
//
// National layout (e-Gov display): 第一条, ２ (項), 一 (号), イ, （１）.
// Municipal layout (例規集): 第1条, 2, (1)/（１）/⑴, ア, (ア). Captions stand on
// their own line in brackets before the article. Lines are classified one by
// one; 号 and its subdivisions nest by the kind of label, so any order of
// label kinds a drafter uses is followed. Amendment notes of 例規集 such as
// (平24規則68・一部改正) are recognized and are not provision text.
//
// Citation paths are written in the draft's own number style (text/numbering.h):
// a draft numbered 第３条 and 第12条 gets 第３条第２項第１号 and 第12条第３項. Text
// pasted from a PDF is read too: 第 5 条 with spaces, 第5条申請者は with none,
// lines broken mid-sentence, and a text with no 。 at all (a line ending as a
// sentence ends is taken as one).
#include <re2/re2.h>

#include <optional>

#include "formats/comparison_text.h"
#include "formats/reader.h"
#include "formats/tree_builder.h"
#include "text/numbering.h"
#include "text/segment.h"
#include "text/utf8.h"

namespace analoglint {
namespace {

#define KANJI_NUM "[〇一二三四五六七八九十百千]+"
#define ANY_NUM "(?:[〇一二三四五六七八九十百千]+|[0-9０-９]+)"
// 第5条, 第 5 条 (pasted from a PDF), 第５条の２.
#define ARTICLE_LABEL "第[　 ]?" ANY_NUM "[　 ]?条(?:[　 ]?の[　 ]?" ANY_NUM ")*"

struct Patterns {
  RE2 article{"(" ARTICLE_LABEL "(?:(?:から|及び)第" ANY_NUM "条(?:の" ANY_NUM
              ")*(?:まで)?)?)[　 ]+(.*)"};
  // 第5条申請者は (no space after the heading) or 第8条 alone: see MatchArticle.
  RE2 article_tight{"(" ARTICLE_LABEL ")(.*)"};
  // What follows 第5条 in a citation, never in a heading: 第5条の規定, 第5条第2項 …
  // 第1条（目的） or 第1条（目的）この規則は…: the caption written after the
  // label (a layout of 例規集 pages and PDFs); never 。 or 、 inside.
  RE2 caption_first{"([（(][^（()）。、，「」]{1,30}[）)])[　 ]*(.*)"};
  // What goes on from a bracket in a citation (第5条（…）の規定, …）に規定する),
  // never the text after a caption (which may open with 第2条第1項の申請は).
  RE2 after_bracket{"(?:の|及び|及|から|まで|又|若|並|中|に|を|は|が|で|と|へ|や|等|[、，,・。]).*"};
  RE2 citation_tail{"(?:の|及び|及|から|まで|又|若|並|中|に|を|は|が|で|と|へ|や|第|各|前段|後段|本文|ただし|関係|等|"
                    "[、，,・「」『』（）()〔〕。]).*"};
  RE2 group{"第" ANY_NUM "([編章節款目])(?:の" ANY_NUM ")*(?:[　 ]+[^。]*)?"};
  RE2 suppl{"附[　 ]*則(?:[　 ]*[（(](.*)[）)])?(?:[　 ]*抄)?"};
  RE2 appendix{"(?:別表|別記(?:様式)?|別図|別紙(?:様式)?|様式)(?:[第〇一二三四五六七八九十0-9０-９（(　 ][^。]*)?"};
  RE2 toc{"[^。　 ]{0,60}目[　 ]*次"};
  RE2 note{".*(?:改正|追加|削除|全改|繰上|繰下|旧第|新設).*"};
  RE2 era_number{".*[明大昭平令][元0-9０-９〇一二三四五六七八九十].*"};
  RE2 law_num{"[（(]?(.*第[0-9０-９〇一二三四五六七八九十百千]+号)[）)]?"};
  RE2 paragraph{"([0-9０-９]+)[　 ]+(.+)"};
  RE2 kanji_label{"(" KANJI_NUM "(?:の" KANJI_NUM ")*)[　 ]+(.+)"};
  RE2 paren_digit{"([（(][0-9０-９]+[）)](?:の[0-9０-９]+)?|[⑴-⒇])[　 ]*(.+)"};
  RE2 circled{"([①-⑳])[　 ]*(.+)"};
  RE2 paren_number{"[（(]([0-9０-９]+)[）)].*"};
  RE2 katakana{"([ア-ンヰヱ])[　 ]+(.+)"};
  RE2 paren_katakana{"([（(][ア-ンヰヱ][）)])[　 ]*(.+)"};
  // 改め文: 「X法（…）の一部を次のように改正する。」 and the commands that follow it.
  RE2 amends{"(?:.*[　 ])?([^　 （(]+?)[（(][^）)]*[）)]の一部を次のように改正する。"};
  // A command names its place: 第６条中, 第２３条の見出し中, 第２８条本文中,
  // 第３条ただし書中, 第５条第２項第１号中, 第５３条から第５５条までの規定中,
  // 第６条に次の１号を加える, 別表第１中, 附則第２項中, 附則に次の２項を加える.
  RE2 command{"((?:附則)?(?:第" ANY_NUM "条(?:の" ANY_NUM ")*(?:から第" ANY_NUM "条(?:の" ANY_NUM ")*まで)?(?:第" ANY_NUM "項)?(?:第" ANY_NUM
              "号)?|第" ANY_NUM "項|別表(?:第" ANY_NUM ")?(?:の" ANY_NUM ")*|(?:別記)?様式第" ANY_NUM "号)|附則)"
              "(?:中|に次の|の次に|の前に|を|第|の?見出し|本文|ただし書|各号|の表|表|から|及び|の規定|の項|[（(、])"
              "(?:「[^」]*」|[^。「」])*(?:改める|加える|削る|とする|繰り下げ|繰り上げ)(?:「[^」]*」|[^。「」])*。"};
  RE2 article_of{"((?:附則)?第" ANY_NUM "条(?:の" ANY_NUM ")*).*"};
  // Commands after which whole articles follow: 「第７条の次に次の１条を加える。」,
  // 「第９条を次のように改める。」 (an article replaced whole).
  RE2 adds_articles{".*(?:次の" ANY_NUM "条を加える|(?:附則)?第" ANY_NUM "条(?:の" ANY_NUM ")*を次のように改める)。"};
  RE2 number{"(" ANY_NUM ")"};
  RE2 item_of{"(.*)第" ANY_NUM "号(?:の" ANY_NUM ")*"};
  RE2 command_place{"^(?:附則)?第(" ANY_NUM ")[条項号]"};
  RE2 cited_number{"第(" ANY_NUM ")[条項号]"};
  RE2 paren_latin{"([（(](?:[ⅰ-ⅻ]+|[ivx]+|[ｉｖｘ]+|[a-zａ-ｚ])[）)])[　 ]*(.+)"};
};

const Patterns& P() {
  static const Patterns* p = new Patterns();
  return *p;
}

// The kinds of label that mark 号 and their subdivisions, as written.
enum class ItemKind { kKanji, kParenDigit, kCircled, kKatakana, kParenKatakana, kParenLatin };

struct Label {
  ItemKind kind;
  std::string written;  // 一, (1), ⑴, ①, イ, （ア）
  std::string_view rest;
};

std::optional<Label> MatchLabel(std::string_view line) {
  struct Kind {
    const RE2* re;
    ItemKind kind;
  };
  const Kind kinds[] = {{&P().kanji_label, ItemKind::kKanji},
                        {&P().paren_digit, ItemKind::kParenDigit},
                        {&P().circled, ItemKind::kCircled},
                        {&P().paren_katakana, ItemKind::kParenKatakana},
                        {&P().katakana, ItemKind::kKatakana},
                        {&P().paren_latin, ItemKind::kParenLatin}};
  for (const Kind& k : kinds) {
    re2::StringPiece written, rest;
    if (RE2::FullMatch(line, *k.re, &written, &rest)) {
      return Label{k.kind, std::string(written), rest};
    }
  }
  return std::nullopt;
}

// A rendered table row: cells joined by " | " (an empty first or last cell
// leaves the bar at the edge of the trimmed line).
bool IsTableRow(std::string_view line) {
  return line.find(" | ") != std::string_view::npos || line.starts_with("| ") ||
         line.ends_with(" |");
}

// True when the whole line is one bracketed group: （目的）, (定義), or a
// 例規集 note (平24規則68・一部改正). （１）　次の…（…） is not: its first
// bracket closes early.
bool IsBracketed(std::string_view line);

// Splits a caption off the text after an article label: 「（目的）」 and
// 「（目的）この規則は…」 → caption （目的） and the rest. False when `rest`
// opens with no caption, or with a bracket a citation goes on from
// (第5条（同条…）の規定 → の規定).
bool SplitCaption(re2::StringPiece* rest, re2::StringPiece* caption) {
  re2::StringPiece cap, after;
  if (!RE2::FullMatch(*rest, P().caption_first, &cap, &after)) return false;
  if (RE2::FullMatch(after, P().after_bracket)) return false;
  *caption = cap;
  *rest = after;
  return true;
}

bool IsBracketed(std::string_view line) {
  if (!line.starts_with("（") && !line.starts_with("(")) return false;
  int depth = 0;
  for (size_t i = 0; i < line.size();) {
    char32_t c = NextCodePoint(line, &i);
    if (c == U'（' || c == U'(') ++depth;
    if (c == U'）' || c == U')') {
      if (--depth == 0) return i == line.size();
    }
    if (c == U'。' && depth == 0) return false;
  }
  return false;
}

// True when a line of a text without 。 ends as a sentence does (…しなければ
// ならない, …とする, …をいう): such a text was pasted with its line breaks.
bool EndsLikeSentence(std::string_view line) {
  static const RE2 end{".*(?:ならない|できる|する|しない|される|させる|いう|による|限る|定める|行う|ある|いる|ない|こと|とおり|もの|とみなす|同様とする|準用する)[　 ]*"};
  return RE2::FullMatch(line, end);
}

// The title line without the ○ that 例規集 put before a title; a title that
// opens with ○○ (○○市…条例（案）, the name left blank in a model draft) keeps it.
std::string TitleOf(std::string_view line) {
  constexpr std::string_view kMark = "○";
  if (line.starts_with(kMark) && !line.substr(kMark.size()).starts_with(kMark)) line.remove_prefix(kMark.size());
  return std::string(line);
}

// One line of text that belongs to a provision, with where it stands.
struct Chunk {
  std::string_view text;
  uint32_t source_offset;
};

class PlainTextReader {
 public:
  PlainTextReader(Document* doc, bool fragment)
      : doc_(doc), tree_(doc), mode_(fragment ? Mode::kBody : Mode::kHeader) {}
  void Read();

 private:
  enum class Mode { kHeader, kToc, kBody, kAppendix };

  bool LearnStyle();
  void ReadLine(std::string_view line, uint32_t offset, bool indented);
  bool StillInToc(std::string_view line);
  bool MatchArticle(std::string_view line, re2::StringPiece* label, re2::StringPiece* rest,
                    re2::StringPiece* caption) const;
  std::string Restyle(std::string_view label) const;
  std::string ItemLabel(const Label& label) const;
  bool ReadAmendment(std::string_view line, uint32_t offset, bool indented);
  void StartAmended(std::string amended_path, uint32_t offset);
  void NumberFirstParagraph();
  bool ReadHeading(std::string_view line, uint32_t offset, bool indented);
  void ReadHeaderLine(std::string_view line, uint32_t offset);
  bool ReadPromulgation(std::string_view line);
  void ReadAppendixRow(std::string_view line, uint32_t offset);
  void TakeCells(std::string_view line);
  void StartArticle(std::string label, std::string_view rest, uint32_t offset, uint32_t rest_offset);
  void StartParagraph(std::string label, uint32_t offset);
  void StartLabelled(const Label& label, uint32_t offset);
  int ArticleParent() const;
  int ParagraphParent() const { return article_ >= 0 ? article_ : base_; }
  std::string ParagraphLabel(int n) const { return "第" + style_.Write(n) + "項"; }
  void Take(std::string_view text, uint32_t offset);
  void Flush();
  uint32_t OffsetOf(std::string_view s) const {
    return static_cast<uint32_t>(s.data() - doc_->source.data());
  }

  Document* doc_;
  TreeBuilder tree_;
  bool municipal_ = false;
  NumberStyle style_;            // how the draft writes its numbers: paths follow it
  bool no_periods_ = false;      // the text has no 。 at all (pasted from a PDF)
  int last_article_ = 0;         // the number of the last article heading
  std::string toc_first_;        // the first entry of the 目次 (第1章), until its heading
  Mode mode_;
  int base_ = 0;                 // the root, a 附則 or a 別表: where articles and groups go
  std::vector<std::pair<int, int>> groups_;  // (level, provision) of open 編章節款目
  int article_ = -1;
  int paragraph_ = -1;           // the open paragraph
  int paragraphs_ = 0;           // paragraphs so far under ParagraphParent()
  std::vector<std::pair<ItemKind, int>> items_;  // open 号 and subdivisions
  int current_ = -1;             // the provision receiving text
  std::vector<Chunk> pending_;   // its text so far
  std::string caption_;          // a caption line waiting for its provision
  bool ended_sentence_ = false;  // the last text line ended with 。
  bool item_indented_ = false;   // the last 号 line was indented (national layout)
  bool title_allowed_ = false;   // a draft without articles: its first line may be a title
  // 改め文: the law being amended, the place the last command names, whether
  // it adds provisions, and the added article the next lines belong to.
  std::string amended_law_;
  std::string target_;
  bool adding_ = false;
  bool adding_articles_ = false;  // whole articles follow, at the margin or indented
  std::string new_article_;
  std::string new_paragraph_;
  std::vector<int> first_paragraph_;  // amended nodes of an added article's unnumbered first 項
};

void PlainTextReader::Read() {
  std::string_view src = doc_->source;
  size_t start = doc_->source.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  bool has_articles = LearnStyle();
  no_periods_ = src.find("。") == std::string_view::npos;
  int lines = 0;
  for (uint32_t b : doc_->line_starts) {
    if (!TrimSpaces(src.substr(b, src.find('\n', b) - b)).empty()) ++lines;
  }
  // A draft of bare sentences (no 第一条): its text is the main provision, and
  // only a first line that is not a sentence can be its title — never the
  // only line (a one-line paste is a provision, with or without 。).
  if (!has_articles && mode_ == Mode::kHeader) {
    mode_ = Mode::kBody;
    title_allowed_ = lines > 1;
  }
  for (size_t i = 0; i < doc_->line_starts.size(); ++i) {
    uint32_t b = std::max<uint32_t>(doc_->line_starts[i], static_cast<uint32_t>(start));
    uint32_t e = i + 1 < doc_->line_starts.size() ? doc_->line_starts[i + 1]
                                                   : static_cast<uint32_t>(src.size());
    std::string_view raw = src.substr(b, e - b);
    while (!raw.empty() && (raw.back() == '\n' || raw.back() == '\r')) raw.remove_suffix(1);
    std::string_view line = TrimSpaces(raw);
    bool indented = !line.empty() && line.data() != raw.data();
    ReadLine(line, OffsetOf(line), indented);
  }
  Flush();
  tree_.Finish();
}

// The numbering style of the draft: learnt from its article headings (and, in
// a municipal text, its paragraph numbers and (1) labels), so that paths are
// written as the draft writes numbers of each size. 第1条 makes a municipal text.
// Returns true when the draft has an article heading.
bool PlainTextReader::LearnStyle() {
  std::string_view src = doc_->source;
  bool no_heading = true;
  for (uint32_t b : doc_->line_starts) {
    std::string_view line = TrimSpaces(src.substr(b, src.find('\n', b) - b));
    re2::StringPiece label, rest, number;
    re2::StringPiece caption;
    if (RE2::FullMatch(line, P().article, &label, &rest) ||
        (RE2::FullMatch(line, P().article_tight, &label, &rest) &&
         (SplitCaption(&rest, &caption) || !RE2::FullMatch(rest, P().citation_tail)))) {
      if (no_heading) municipal_ = RE2::PartialMatch(label, "[0-9０-９]");
      no_heading = false;
      re2::StringPiece n;
      if (RE2::PartialMatch(label, P().number, &n)) style_.Observe(n, 10);
    } else if (municipal_ && (RE2::FullMatch(line, P().paragraph, &number, &rest) ||
                              RE2::FullMatch(line, P().paren_number, &number))) {
      style_.Observe(number, 1);
    }
  }
  if (no_heading) {  // no article heading (a text of 改め文 commands): the places its
                // commands name (weight 2), its paragraph numbers and its citations
    std::optional<Script> script_of_first;
    for (uint32_t b : doc_->line_starts) {
      std::string_view line = TrimSpaces(src.substr(b, src.find('\n', b) - b));
      re2::StringPiece n, rest, in(line.data(), line.size());
      if (RE2::PartialMatch(line, P().command_place, &n)) {
        style_.Observe(n, 2);
        if (!script_of_first) script_of_first = ScriptOf(n);
      } else if (RE2::FullMatch(line, P().paragraph, &n, &rest)) {
        style_.Observe(n, 1);
      }
      while (RE2::FindAndConsume(&in, P().cited_number, &n)) style_.Observe(n, 1);
    }
    municipal_ = script_of_first && *script_of_first != Script::kKanji;
  }
  style_.Settle();
  return !no_heading;
}

// Matches an article heading: 第5条 申請者は…, 第 5 条 (a PDF paste), and
// also, when a new article is plausible here, 第5条申請者は… with no space
// (after a caption, or after a complete sentence with a number past the last
// article's) and a bare 第8条 (after a caption, or numbered one past the
// last); never a citation that opens a wrapped line (第5条の規定により…,
// 第5条所定の… in the middle of a sentence). A caption after the label
// (第1条（目的）, 第1条 （目的） この規則は…) goes to `caption`.
bool PlainTextReader::MatchArticle(std::string_view line, re2::StringPiece* label,
                                   re2::StringPiece* rest, re2::StringPiece* caption) const {
  *caption = re2::StringPiece();
  if (RE2::FullMatch(line, P().article, label, rest)) {
    SplitCaption(rest, caption);
    return true;
  }
  if (!RE2::FullMatch(line, P().article_tight, label, rest)) return false;
  if (SplitCaption(rest, caption)) return true;  // a citation never goes on with a caption
  if (RE2::FullMatch(*rest, P().citation_tail)) return false;
  re2::StringPiece n;
  int number = RE2::PartialMatch(*label, P().number, &n) ? ParseNumber(n) : -1;
  bool branch = label->find("の") != std::string::npos;
  bool next = number == last_article_ + 1 || (number == last_article_ && branch);
  bool forward = number > last_article_ || (number == last_article_ && branch);
  if (!caption_.empty() || current_ < 0) return forward || rest->empty() || last_article_ == 0;
  if (rest->empty()) return next;
  return forward && (ended_sentence_ || (no_periods_ && next));
}

// Every number of a label in the draft's style, spaces dropped: with a style
// of (full-width, ASCII), 第 5 条 → 第５条, 第12条の2 → 第12条の２.
std::string PlainTextReader::Restyle(std::string_view label) const {
  std::string out;
  re2::StringPiece in(label.data(), label.size()), before, number;
  static const RE2 next_number{"(.*?)(" ANY_NUM ")"};
  while (RE2::Consume(&in, next_number, &before, &number)) {
    out.append(before.data(), before.size());
    int n = ParseNumber(number);
    out += n > 0 ? style_.Write(n) : std::string(number);
  }
  out.append(in.data(), in.size());
  std::string trimmed;
  for (size_t i = 0; i < out.size();) {
    size_t b = i;
    if (!IsSpace(NextCodePoint(out, &i))) trimmed.append(out, b, i - b);
  }
  return trimmed;
}

// 一の二 → 第一号の二; (1), （１）, ⑴ → 第1号 or 第１号 (the draft's style);
// a subdivision (ア, (ア), ①) keeps its label as written.
std::string PlainTextReader::ItemLabel(const Label& label) const {
  std::optional<NumberLabel> n = ParseLabel(label.written);
  if (!n || (label.kind != ItemKind::kKanji && label.kind != ItemKind::kParenDigit &&
             label.kind != ItemKind::kCircled)) {
    return label.written;
  }
  std::string out = "第" + style_.Write(n->value) + "号";
  if (n->branch > 0) out += "の" + style_.Write(n->branch);
  return out;
}

// A 目次 ends at a blank line, the first article or caption, or the body's
// first 章: the heading that repeats the 目次's first entry (a 目次 written
// flush-left with no blank line after it).
bool PlainTextReader::StillInToc(std::string_view line) {
  re2::StringPiece label, rest, level;
  if (RE2::FullMatch(line, P().article, &label, &rest) || IsBracketed(line)) return false;
  if (!RE2::FullMatch(line, P().group, &level)) return true;
  std::string head(line.substr(0, line.find_first_of(" ")));
  size_t wide = head.find("　");
  if (wide != std::string::npos) head.resize(wide);
  if (toc_first_.empty()) {
    toc_first_ = head;
    return true;
  }
  return head != toc_first_;
}

void PlainTextReader::ReadLine(std::string_view line, uint32_t offset, bool indented) {
  if (line.empty()) {
    if (mode_ == Mode::kToc) mode_ = Mode::kBody;
    return;
  }
  if (mode_ == Mode::kToc) {
    if (StillInToc(line)) return;
    mode_ = Mode::kBody;
  }
  if (RE2::FullMatch(line, P().toc)) {
    Flush();
    mode_ = Mode::kToc;
    toc_first_.clear();
    caption_.clear();
    return;
  }
  if (IsBracketed(line) && RE2::FullMatch(line, P().note) &&
      RE2::FullMatch(line, P().era_number)) {
    return;  // 例規集 amendment note: history, not provision text
  }
  if (re2::StringPiece law; RE2::FullMatch(line, P().amends, &law)) {
    amended_law_ = std::string(law);
    adding_ = adding_articles_ = false;
  }
  if (!amended_law_.empty() && ReadAmendment(line, offset, indented)) return;
  if (ReadHeading(line, offset, indented)) return;
  if (title_allowed_) {
    title_allowed_ = false;
    if (!line.ends_with("。") && !RE2::FullMatch(line, P().paragraph) && !MatchLabel(line) &&
        !IsBracketed(line) && !IsTableRow(line)) {
      doc_->title = TitleOf(line);
      return;
    }
  }
  if (mode_ != Mode::kHeader && ReadPromulgation(line)) return;
  if (mode_ == Mode::kHeader) {
    if (!RE2::FullMatch(line, P().paragraph) && !MatchLabel(line)) {
      ReadHeaderLine(line, offset);
      return;
    }
    mode_ = Mode::kBody;  // a draft of bare paragraphs or items
  }
  if (mode_ == Mode::kAppendix) {
    std::optional<Label> label;
    if (!IsTableRow(line) && (label = MatchLabel(line))) {
      StartLabelled(*label, offset);  // 別表 written as 号
      Take(label->rest, OffsetOf(label->rest));
    } else {
      ReadAppendixRow(line, offset);
    }
    return;
  }
  if (IsBracketed(line)) {
    Flush();
    caption_ = std::string(line);
    return;
  }
  re2::StringPiece number, rest;
  if (RE2::FullMatch(line, P().paragraph, &number, &rest)) {
    StartParagraph(ParagraphLabel(ParseNumber(number)), offset);
    Take(rest, OffsetOf(rest));
    return;
  }
  if (IsTableRow(line)) {  // a table inside the provision: its cells are not 号
    TakeCells(line);
    return;
  }
  if (std::optional<Label> label = MatchLabel(line)) {
    StartLabelled(*label, offset);
    Take(label->rest, OffsetOf(label->rest));
    item_indented_ = indented;
    return;
  }
  // Unlabelled text at the margin: an old-style paragraph without a number
  // when the text before it was complete or was an indented 号; otherwise the
  // rest of a wrapped line.
  // Municipal texts number every paragraph, so there such a line stays in the
  // provision (a table laid out as lines, say) as text of its own.
  bool after_item = !items_.empty() && item_indented_;
  if (current_ < 0) {
    StartParagraph(ParagraphLabel(paragraphs_ + 1), offset);
  } else if (!indented && (ended_sentence_ || after_item)) {
    if (municipal_ || no_periods_) {
      Flush();
    } else {
      StartParagraph(ParagraphLabel(paragraphs_ + 1), offset);
    }
  }
  Take(line, offset);
}

// Lines of an amending law (改め文): a command names a place in the amended law
// (第三条中「A」を「B」に改める。 — only B becomes law, and the quoted-old-text
// exclusion keeps A out); after 「…を加える。」 the indented provisions that
// follow are text of the amended law, at the place the command and their own
// numbers give. Returns true when it took the line.
bool PlainTextReader::ReadAmendment(std::string_view line, uint32_t offset, bool indented) {
  re2::StringPiece target;
  if (RE2::FullMatch(line, P().command, &target)) {
    target_ = Restyle(target);
    // Text follows: 「…を加える。」 and 「第２条第２項第２号を次のように改める。」.
    adding_ = line.ends_with("加える。") || line.ends_with("次のように改める。");
    adding_articles_ = adding_ && RE2::FullMatch(line, P().adds_articles);
    new_article_.clear();
    first_paragraph_.clear();
    new_paragraph_.clear();
    StartAmended(target_, offset);
    Take(line, offset);
    return true;
  }
  if (!adding_) return false;
  // The amending law's 附則 ends the added text, indented like it or not
  // (「　　　附　則」 under an added 項).
  if (RE2::FullMatch(line, P().suppl)) {
    adding_ = adding_articles_ = false;
    return false;
  }
  re2::StringPiece label, rest, number;
  // Municipal drafts write an added article at the margin like their own; an
  // article of the amending law itself opens with 「…の一部を次のように改正する。」
  // and has ended the command before this.
  if ((indented || adding_articles_) && RE2::FullMatch(line, P().article, &label, &rest)) {
    new_article_ = Restyle(label);
    new_paragraph_ = new_article_;
    StartAmended(new_article_, offset);
    if (!caption_.empty()) tree_.at(current_).caption = std::exchange(caption_, "");
    first_paragraph_ = {current_};
    Take(rest, OffsetOf(rest));
    return true;
  }
  if (IsBracketed(line)) {  // the caption of an added article
    caption_ = std::string(line);
    return true;
  }
  std::string base = new_article_;
  if (base.empty()) {
    re2::StringPiece article;
    base = RE2::FullMatch(target_, P().article_of, &article) ? std::string(article) : target_;
  }
  if (RE2::FullMatch(line, P().paragraph, &number, &rest)) {
    // An added article with a second 項: its first is 第１項 (第７条の２第１項), as in
    // an article of the ordinance's own.
    if (!new_article_.empty() && base == new_article_) NumberFirstParagraph();
    new_paragraph_ = base + ParagraphLabel(ParseNumber(number));
    StartAmended(new_paragraph_, offset);
    Take(rest, OffsetOf(rest));
    return true;
  }
  if (std::optional<Label> item = MatchLabel(line)) {
    std::string holder = new_paragraph_.empty() ? target_ : new_paragraph_;
    // A 号 that replaces or follows the 号 the command names stands beside it:
    // 第２条第２項第２号を次のように改める + (2) → 第２条第２項第２号.
    re2::StringPiece above;
    if (item->kind != ItemKind::kKatakana && item->kind != ItemKind::kParenKatakana &&
        RE2::FullMatch(holder, P().item_of, &above)) {
      holder = std::string(above);
    }
    StartAmended(holder + ItemLabel(*item), offset);
    if (!first_paragraph_.empty() && new_paragraph_ == new_article_) first_paragraph_.push_back(current_);
    Take(item->rest, OffsetOf(item->rest));
    return true;
  }
  if (!indented) {  // back to the amending law's own text
    adding_ = adding_articles_ = false;
    caption_.clear();
    return false;
  }
  Take(line, offset);
  return true;
}

// Renames the provisions of an added article's first 項 (the article's own
// text and its 号) once a second 項 shows that the article has several.
void PlainTextReader::NumberFirstParagraph() {
  for (int node : first_paragraph_) {
    std::string& path = tree_.at(node).amended_path;
    if (path.starts_with(new_article_)) path.insert(new_article_.size(), ParagraphLabel(1));
  }
  first_paragraph_.clear();
}

// Opens a provision of amended text under the amending law's paragraph.
void PlainTextReader::StartAmended(std::string amended_path, uint32_t offset) {
  Flush();
  int host = paragraph_ >= 0 ? paragraph_ : ParagraphParent();
  current_ = tree_.Add(NodeKind::kAmendment, host, "", offset);
  tree_.at(current_).amended_law = amended_law_;
  tree_.at(current_).amended_path = std::move(amended_path);
}

// Returns true when `line` opens an article, a group, a 附則 or an appendix.
bool PlainTextReader::ReadHeading(std::string_view line, uint32_t offset, bool indented) {
  re2::StringPiece label, rest, caption;
  if (IsTableRow(line)) return false;  // a cell may start with 第十条 in a 読替え table
  if (MatchArticle(line, &label, &rest, &caption)) {
    re2::StringPiece n;
    if (RE2::PartialMatch(label, P().number, &n)) last_article_ = ParseNumber(n);
    if (!caption.empty()) caption_ = std::string(caption);
    StartArticle(Restyle(label), rest, offset, OffsetOf(rest));
    return true;
  }
  if (line.ends_with("。")) return false;
  re2::StringPiece level_name, amend;
  if (RE2::FullMatch(line, P().group, &level_name)) {
    Flush();
    if (mode_ != Mode::kBody) mode_ = Mode::kBody;
    static constexpr std::string_view kLevels[] = {"編", "章", "節", "款", "目"};
    int level = 0;
    for (int i = 0; i < 5; ++i) if (kLevels[i] == std::string_view(level_name)) level = i;
    while (!groups_.empty() && groups_.back().first >= level) groups_.pop_back();
    int g = tree_.Add(NodeKind::kGroup, groups_.empty() ? base_ : groups_.back().second, "", offset);
    tree_.at(g).title = std::string(line);
    groups_.push_back({level, g});
    article_ = paragraph_ = current_ = -1;
    paragraphs_ = 0;
    return true;
  }
  if (RE2::FullMatch(line, P().suppl, &amend)) {
    Flush();
    mode_ = Mode::kBody;
    base_ = tree_.Add(NodeKind::kSupplProvision, 0, "附則", offset);
    Provision& s = tree_.at(base_);
    s.part = Part::kSuppl;
    s.title = std::string(line);
    amended_law_.clear();  // the 附則 of an amending law is its own text again
    last_article_ = 0;     // its articles count from 第1条 again
    adding_ = adding_articles_ = false;
    if (std::string_view(amend).find("号") != std::string_view::npos) s.amend_law_num = std::string(amend);
    groups_.clear();
    article_ = paragraph_ = current_ = -1;
    paragraphs_ = 0;
    return true;
  }
  if (!indented && !IsTableRow(line) && RE2::FullMatch(line, P().appendix)) {
    Flush();
    mode_ = Mode::kAppendix;
    base_ = tree_.Add(NodeKind::kAppendix, 0, AppendixLabel(line, "別表"), offset);
    tree_.at(base_).part = Part::kAppdx;
    tree_.at(base_).title = std::string(line);
    groups_.clear();
    article_ = -1;
    current_ = paragraph_ = base_;  // its 号, if any, hang from the table itself
    return true;
  }
  return false;
}

// Under the title of a draft with no 第一条 of its own (an amending ordinance's
// 改め文), before any provision: its promulgation date (「令和7年9月30日」, left
// out, as ReadHeaderLine does) and its number (「条例第25号」).
bool PlainTextReader::ReadPromulgation(std::string_view line) {
  if (doc_->title.empty() || !doc_->law_num.empty() || current_ >= 0 || line.ends_with("。")) return false;
  static const RE2 date{"(?:明治|大正|昭和|平成|令和)[元0-9０-９〇一二三四五六七八九十]+年"
                        "[0-9０-９〇一二三四五六七八九十]+月[0-9０-９〇一二三四五六七八九十]+日"};
  if (RE2::FullMatch(line, date)) return true;
  re2::StringPiece num;
  if (!RE2::FullMatch(line, P().law_num, &num)) return false;
  doc_->law_num = std::string(num);
  return true;
}

void PlainTextReader::ReadHeaderLine(std::string_view line, uint32_t offset) {
  re2::StringPiece num;
  // A note on where the page came from (# source: https://…) is no title.
  static const RE2 source_note{"#+[ 　]*(?:source|出典|URL)?[:：]?.*(?:https?://|source:|出典).*"};
  if (RE2::FullMatch(line, source_note)) return;
  if (IsBracketed(line)) {
    // the caption of the first article, even on the first line of an excerpt
    // that has no title: 「(届出)」 then 「第3条 …」
    caption_ = std::string(line);
  } else if (doc_->title.empty()) {
    doc_->title = TitleOf(line);
  } else if (doc_->law_num.empty() && RE2::FullMatch(line, P().law_num, &num)) {
    doc_->law_num = std::string(num);
  } else if (line.ends_with("。")) {  // 前文, or the 制定文 of an order
    bool enact = line.ends_with("制定する。") || line.ends_with("定める。");
    if (current_ < 0) current_ = tree_.Add(NodeKind::kPreamble, 0, enact ? "制定文" : "前文", offset);
    Take(line, offset);
  }
}

void PlainTextReader::ReadAppendixRow(std::string_view line, uint32_t offset) {
  Flush();
  items_.clear();
  current_ = tree_.Add(NodeKind::kTableRow, base_, "", offset);
  TakeCells(line);
  current_ = -1;
}

// Cells of a rendered table are joined by " | "; each is a text of its own.
void PlainTextReader::TakeCells(std::string_view line) {
  Flush();
  size_t start = 0;
  while (start <= line.size()) {
    size_t bar = line.find(" | ", start);
    std::string_view cell =
        TrimSpaces(line.substr(start, bar == std::string_view::npos ? bar : bar - start));
    if (!cell.empty()) {
      Take(cell, OffsetOf(cell));
      Flush();
    }
    if (bar == std::string_view::npos) break;
    start = bar + 3;
  }
  ended_sentence_ = true;  // the next unindented line is a new paragraph
}

int PlainTextReader::ArticleParent() const { return groups_.empty() ? base_ : groups_.back().second; }

void PlainTextReader::StartArticle(std::string label, std::string_view rest, uint32_t offset,
                                   uint32_t rest_offset) {
  Flush();
  mode_ = Mode::kBody;
  article_ = tree_.Add(NodeKind::kArticle, ArticleParent(), label, offset);
  Provision& a = tree_.at(article_);
  a.title = label;
  if (!caption_.empty()) a.caption = std::exchange(caption_, "");
  if (label.find("から") != std::string::npos || TrimSpaces(rest) == "削除") a.deleted = true;
  paragraphs_ = 0;
  StartParagraph(ParagraphLabel(1), offset);
  ended_sentence_ = false;  // a heading alone (第8条, 第1条（目的）): its text is on the next line
  Take(rest, rest_offset);
}

void PlainTextReader::StartParagraph(std::string label, uint32_t offset) {
  Flush();
  current_ = paragraph_ = tree_.Add(NodeKind::kParagraph, ParagraphParent(), std::move(label), offset);
  if (!caption_.empty()) tree_.at(current_).caption = std::exchange(caption_, "");
  ++paragraphs_;
  items_.clear();
}

void PlainTextReader::StartLabelled(const Label& label, uint32_t offset) {
  if (paragraph_ < 0 || current_ < 0 ||
      doc_->provisions[static_cast<size_t>(current_)].kind == NodeKind::kPreamble) {
    StartParagraph(ParagraphLabel(paragraphs_ + 1), offset);
  }
  Flush();
  // A label kind already open closes everything below it; a new kind nests.
  for (size_t i = 0; i < items_.size(); ++i) {
    if (items_[i].first == label.kind) {
      items_.resize(i);
      break;
    }
  }
  bool item = items_.empty();
  int parent = item ? paragraph_ : items_.back().second;
  current_ = tree_.Add(item ? NodeKind::kItem : NodeKind::kSubitem, parent,
                       item ? ItemLabel(label) : label.written, offset);
  items_.push_back({label.kind, current_});
}

void PlainTextReader::Take(std::string_view text, uint32_t offset) {
  if (text.empty()) return;
  if (current_ < 0) StartParagraph(ParagraphLabel(paragraphs_ + 1), offset);
  pending_.push_back({text, offset});
  ended_sentence_ = text.ends_with("。") || (no_periods_ && EndsLikeSentence(text));
}

// Splits the pending text of the current provision into sentences.
void PlainTextReader::Flush() {
  if (current_ < 0 || pending_.empty()) {
    pending_.clear();
    return;
  }
  std::string text;
  std::vector<SourcePiece> pieces;
  for (const Chunk& c : pending_) {
    pieces.push_back({static_cast<uint32_t>(text.size()), c.source_offset,
                      static_cast<uint32_t>(c.text.size())});
    text.append(c.text);
  }
  pending_.clear();
  std::vector<SentenceSpan> spans = SplitSentences(text);
  std::vector<std::string_view> views;
  for (const SentenceSpan& s : spans) views.push_back(std::string_view(text).substr(s.begin, s.end - s.begin));
  std::vector<SentenceRole> roles = AssignRoles(views);
  for (size_t i = 0; i < spans.size(); ++i) {
    tree_.AddSentence(current_, std::string(views[i]), SlicePieces(pieces, spans[i].begin, spans[i].end),
                      roles[i]);
  }
}

}  // namespace

StatusOr<Document> ReadPlainText(std::string file, DecodedText decoded) {
  std::optional<ComparisonViews> views = SplitComparisonText(decoded.text);
  if (!views) {
    Document doc = NewDocument(std::move(file), InputFormat::kPlainText, std::move(decoded));
    PlainTextReader(&doc, /*fragment=*/false).Read();
    return doc;
  }
  // A 新旧対照表: the 改正後 view is the document, the 改正前 view its `before`.
  Document before = NewDocument(file, InputFormat::kPlainText,
                                DecodedText{std::move(views->before), decoded.encoding, decoded.bom_bytes});
  PlainTextReader(&before, /*fragment=*/false).Read();
  decoded.text = std::move(views->after);
  Document doc = NewDocument(std::move(file), InputFormat::kPlainText, std::move(decoded));
  PlainTextReader(&doc, /*fragment=*/false).Read();
  doc.before = std::make_shared<const Document>(std::move(before));
  doc.revised_lines = std::move(views->revised_lines);
  return doc;
}

StatusOr<Document> ReadPlainTextFragment(std::string name, std::string text) {
  Document doc = NewDocument(std::move(name), InputFormat::kPlainText,
                             DecodedText{std::move(text), "UTF-8", 0});
  PlainTextReader(&doc, /*fragment=*/true).Read();
  return doc;
}

}  // namespace analoglint
