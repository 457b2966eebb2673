#include "match/conditions.h"

#include <re2/re2.h>

#include "text/normalize.h"
#include "text/utf8.h"

namespace analoglint {
namespace {

const RE2& PenaltyPattern() {
  static const RE2* re = new RE2("(?:に処する|に処し、|を科する|を併科する|過料に処|の刑を科)");
  return *re;
}

const RE2& DefinitionPattern() {
  static const RE2* re = new RE2("(?:とは、[^。]*(?:をいう|をいい、)|(?:をいう|をいい、[^。]*を含む)。?$)");
  return *re;
}

const RE2& DefinitionLeadIn() {
  static const RE2* re = new RE2("(?:用語の意義は|用語の定義は|に掲げる用語は)");
  return *re;
}

const RE2& ProhibitionPattern() {
  static const RE2* re = new RE2("(?:てはならない|ではならない|ことができない|ことを禁ずる)。$");
  return *re;
}

const RE2& CrossReferencePattern() {
  static const RE2* re = new RE2("(?:準用する|例による|適用する|適用しない|適用があるものとする)。$");
  return *re;
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
  static constexpr std::string_view kOldMarkers[] = {"とあるのは", "とあるのを", "を「",
                                                     "を削", "の下に", "の次に"};
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

SentenceFacts ExamineSentence(const Document& doc, const Sentence& s, std::string_view normalized,
                              std::string_view paragraph) {
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
  f.cross_reference = RE2::PartialMatch(text, CrossReferencePattern());
  f.prohibition = RE2::PartialMatch(text, ProhibitionPattern());
  f.old_text = QuotedOldText(normalized);
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
