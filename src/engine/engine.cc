#include "analoglint/engine.h"

#include <algorithm>
#include <tuple>
#include <chrono>
#include <cstdio>
#include <iterator>
#include <map>
#include <optional>

#include "engine/changes.h"
#include "match/compiled.h"
#include "match/conditions.h"
#include "match/matchers.h"
#include "match/prefilter.h"
#include "match/rule_set_impl.h"
#include "text/clause_view.h"
#include "text/normalize.h"
#include "text/utf8.h"
#include "tokenize/tokenizer.h"

namespace analoglint {
namespace {

// The sentence with every number written in it replaced by #, so that the
// citations inside it (第十二条, 前条第二項) survive renumbering elsewhere.
std::string MaskNumbers(std::string_view text) {
  static constexpr std::u32string_view kDigits = U"〇一二三四五六七八九十百千万0123456789";
  std::string out;
  bool in_number = false;
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    char32_t c = NextCodePoint(text, &i);
    bool digit = kDigits.find(c) != std::u32string_view::npos;
    if (digit && !in_number) out += '#';
    if (!digit) out.append(text.substr(start, i - start));
    in_number = digit;
  }
  return out;
}

// Fingerprints that survive edits elsewhere in the document and renumbering:
// rule + the sentence (numbers masked) + which occurrence of that pair it is.
void AssignFingerprints(std::vector<Finding>* findings) {
  std::map<std::string, int> seen;
  for (Finding& f : *findings) {
    std::string key = f.rule + '\0' + MaskNumbers(Normalize(f.sentence).text);
    int ordinal = seen[key]++;
    uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : key + '\0' + std::to_string(ordinal)) h = (h ^ c) * 1099511628211ULL;
    char buf[20];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    f.fingerprint = buf;
  }
}

std::string FillMessage(const std::string& message, const std::string& match) {
  std::string out;
  size_t pos = 0;
  for (size_t at; (at = message.find("{match}", pos)) != std::string::npos; pos = at + 7) {
    out.append(message, pos, at - pos).append(match);
  }
  return out.append(message, pos, std::string::npos);
}

// Exclusions that hold for the whole sentence.
bool ExcludedBySentence(const CompiledRule& rule, const SentenceFacts& facts) {
  return (facts.penalty && rule.Excludes(Exclusion::kPenalty)) ||
         (facts.definition && rule.Excludes(Exclusion::kDefinition)) ||
         (facts.suppl_amend && rule.Excludes(Exclusion::kSupplAmend)) ||
         (facts.cross_reference && rule.Excludes(Exclusion::kCrossReference)) ||
         ((facts.case_item || facts.affairs_item || facts.content_item || facts.fee_row) &&
          rule.Excludes(Exclusion::kMention)) ||
         (facts.stated_item && rule.Excludes(Exclusion::kStatedContent)) ||
         (facts.forbidden_item && rule.Excludes(Exclusion::kProhibition)) ||
         (facts.transitional && rule.Excludes(Exclusion::kTransitional));
}

// Exclusions by `modality`, that of the clause one match stands in (ModalityAfter):
// a later clause of the sentence may still impose the act.
bool ExcludedByClause(const CompiledRule& rule, ClauseModality modality) {
  return (modality == ClauseModality::kProhibition && rule.Excludes(Exclusion::kProhibition)) ||
         (modality == ClauseModality::kExemption && rule.Excludes(Exclusion::kExemption)) ||
         (modality == ClauseModality::kMention && rule.Excludes(Exclusion::kMention));
}

// The matches of one rule tried in a sentence: after one in an excluded clause
// (「講習を受けようとする者は、…講習を受けなければならない」), the next.
constexpr int kMaxClauseTries = 4;

bool IsWordChar(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || c == U'々' || c == U'〆' ||
         (c >= 0x30A1 && c <= 0x30FA) || c == U'ー';
}

// A match never starts inside a word: one that begins on a kanji or katakana
// is widened to the start of that run (「書を提出」 → 「申請書を提出」), so rules
// need not spell out the compound before a keyword.
uint32_t WordStart(std::string_view text, uint32_t begin) {
  auto previous = [&](uint32_t at) {
    uint32_t p = at;
    do --p; while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80);
    return p;
  };
  size_t i = begin;
  if (begin >= text.size() || !IsWordChar(NextCodePoint(text, &i))) return begin;
  while (begin > 0) {
    uint32_t p = previous(begin);
    size_t j = p;
    if (!IsWordChar(NextCodePoint(text, &j))) break;
    begin = p;
  }
  return begin;
}

// The sentence a finding carries: whole, or for a sentence over
// kMaxSentenceBytes (real ones are far shorter; a text without a 。 can be
// megabytes) a window of that size around the match, cut at characters and
// marked with …, so no finding carries megabytes.
constexpr size_t kMaxSentenceBytes = 16 * 1024;
std::string SentenceExcerpt(std::string_view text, size_t begin, size_t end) {
  if (text.size() <= kMaxSentenceBytes) return std::string(text);
  size_t margin = end - begin >= kMaxSentenceBytes ? 0 : (kMaxSentenceBytes - (end - begin)) / 2;
  size_t from = begin > margin ? begin - margin : 0, to = std::min(text.size(), end + margin);
  auto continuation = [&](size_t i) { return i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80; };
  while (from > 0 && continuation(from)) --from;
  while (continuation(to)) ++to;
  return (from > 0 ? "…" : "") + std::string(text.substr(from, to - from)) + (to < text.size() ? "…" : "");
}

Finding MakeFinding(const Document& doc, const Sentence& s, const NormalizedText& norm, Span span,
                    const RuleInfo& info) {
  span.begin = WordStart(norm.text, span.begin);
  uint32_t begin = norm.OriginalBegin(span.begin), end = norm.OriginalEnd(span.end);
  // A match across a gap in the source (two table cells, a ruby reading left
  // out) quotes the part that stands in one place, so `match` is the bytes.
  std::tie(begin, end) = s.ContiguousPart(begin, end);
  Finding f;
  f.file = doc.file;
  f.rule = info.id;
  f.category = info.category;
  f.principles = info.principles;
  f.severity = info.severity;
  f.confidence = info.confidence;
  f.match = s.text.substr(begin, end - begin);
  f.message = FillMessage(info.message, f.match);
  f.remedy = info.remedy;
  f.sentence = SentenceExcerpt(s.text, begin, end);
  size_t next = static_cast<size_t>(&s - doc.sentences.data()) + 1;
  if (s.role != SentenceRole::kProviso && next < doc.sentences.size() &&
      doc.sentences[next].provision == s.provision && doc.sentences[next].role == SentenceRole::kProviso) {
    f.proviso = SentenceExcerpt(doc.sentences[next].text, 0, 0);
  }
  f.location = doc.LocateSpan(s, begin, end);
  f.conditions = info.conditions;
  return f;
}

// The spans of the normalized text, in offsets of its clause view.
std::vector<Span> ToView(const ClauseView& view, const std::vector<Span>& spans) {
  std::vector<Span> out;
  for (const Span& sp : spans) out.push_back({view.ViewOffset(sp.begin), view.ViewOffset(sp.end)});
  return out;
}

// scope.only: the rule applies to sentences of these provision kinds only.
bool InKinds(const CompiledRule& rule, NodeKind kind) {
  const std::vector<NodeKind>& only = rule.rule->only;
  return only.empty() || std::find(only.begin(), only.end(), kind) != only.end();
}

// Adds the time since the last lap to a stage's total, when timing is on.
// Reading the clock costs more than normalizing a sentence on some machines,
// so the engine times one sentence in kSample and counts it kSample times.
constexpr uint64_t kSample = 16;

class StageClock {
 public:
  explicit StageClock(bool on) : on_(on) {
    if (on_) last_ = std::chrono::steady_clock::now();
  }
  void Lap(double* seconds) {
    if (!on_) return;
    auto now = std::chrono::steady_clock::now();
    *seconds += kSample * std::chrono::duration<double>(now - last_).count();
    last_ = now;
  }

 private:
  bool on_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace

StatusOr<std::shared_ptr<const Tokenizer>> OpenTokenizer(const std::string& dicdir) {
  StatusOr<std::unique_ptr<Tokenizer>> t = Tokenizer::Open(dicdir);
  if (!t.ok()) return t.status();
  return std::shared_ptr<const Tokenizer>(std::move(t).value());
}

std::string DescribeTokenizer(const Tokenizer& tokenizer) { return tokenizer.Description(); }

namespace {

// The acts the places around one sentence grant a digital route for, each
// read on first need: the same for every rule the sentence matches.
struct GrantedActs {
  std::optional<std::string> in_place, next, after_next, named, applied;
};

}  // namespace

struct Engine::Impl {
  std::shared_ptr<const RuleSet> rules;
  // The compiled rules: the RuleSet's patterns (share_patterns) or this
  // engine's own, for a worker thread beside another (RE2 locks each
  // pattern's DFA cache, so parallel workers do not share one).
  std::vector<CompiledRule> compiled;
  std::unique_ptr<Prefilter> prefilter;
  // Over the brackets: keep rules alone, for the full text of a sentence whose
  // clause view differs (null when no rule keeps brackets).
  std::unique_ptr<Prefilter> full_text_prefilter;
  std::unique_ptr<NextParagraphRoute> next_route;  // the digital-routes lexicon's words
  std::shared_ptr<const Tokenizer> tokenizer;
  std::unique_ptr<TokenizerSession> session;
  EngineOptions options;
  EngineStats stats;
  bool truncated = false;  // the last Check stopped at options.max_findings

  // What to try on a sentence: the candidate rules, and the patterns the
  // prefilter passed (Prefilter::PatternIndex); all_patterns when it did not
  // filter them (every alternative is tried).
  struct Candidacy {
    std::vector<int> rules;
    std::vector<int> patterns;  // sorted
    bool all_patterns = false;
  };
  // Sets *out to what to try on `normalized`, by `filter`.
  void Candidates(const Prefilter& filter, std::string_view normalized, Candidacy* out);
  void ViewCandidates(std::string_view normalized, const ClauseView& view, Candidacy* out);
  // The alternatives of rule `r` to try: those whose pattern passed (nullptr:
  // all of them). *storage holds the flags.
  const std::vector<bool>* ActiveMatches(const Candidacy& c, int r, std::vector<bool>* storage) const;
  bool Unless(const CompiledRule& rule, std::string_view sentence, ScopeTexts* scopes, size_t i,
              GrantedActs* granted);
  void CheckSentence(const Document& doc, size_t i, ScopeTexts* scopes, std::vector<Finding>* out);
};

void Engine::Impl::Candidates(const Prefilter& filter, std::string_view normalized, Candidacy* out) {
  out->all_patterns = false;
  // One rule alone (its examples) and --no-prefilter try every compiled rule.
  if (options.prefilter && options.only_rule.empty()) {
    if (filter.Candidates(normalized, &out->rules, &out->patterns)) return;
    stats.prefilter_fallback = true;
  }
  out->rules.resize(compiled.size());
  for (size_t r = 0; r < out->rules.size(); ++r) out->rules[r] = static_cast<int>(r);
  out->patterns.clear();
  out->all_patterns = true;
}

// Rules match the bracket-free clause view, or (brackets: keep) the full text:
// the prefilter looks at the text each rule matches, so --no-prefilter gives
// the same findings.
void Engine::Impl::ViewCandidates(std::string_view normalized, const ClauseView& view, Candidacy* out) {
  Candidates(*prefilter, view.text(), out);
  if (view.identity() || !full_text_prefilter || out->all_patterns) return;
  // The full text again, for the rules that keep brackets only: a filter of
  // their few patterns, not a second pass of the whole set.
  Candidacy more;
  Candidates(*full_text_prefilter, normalized, &more);
  if (more.all_patterns) {
    *out = std::move(more);
    return;
  }
  // A rule or pattern passed on either text: a superset is safe, it only costs a try.
  auto merge = [](std::vector<int>* into, const std::vector<int>& from) {
    std::vector<int> both;
    std::set_union(into->begin(), into->end(), from.begin(), from.end(), std::back_inserter(both));
    *into = std::move(both);
  };
  merge(&out->rules, more.rules);
  merge(&out->patterns, more.patterns);
}

const std::vector<bool>* Engine::Impl::ActiveMatches(const Candidacy& c, int r, std::vector<bool>* storage) const {
  if (c.all_patterns) return nullptr;
  const CompiledRule& rule = compiled[static_cast<size_t>(r)];
  storage->assign(rule.matches.size(), false);
  for (size_t k = 0; k < rule.matches.size(); ++k) {
    (*storage)[k] = std::binary_search(c.patterns.begin(), c.patterns.end(), prefilter->PatternIndex(r, k));
  }
  return storage;
}

namespace {

bool TestHolds(const CompiledUnlessTest& t, std::string_view sentence, ScopeTexts* scopes, size_t i) {
  std::string_view text = t.scope == UnlessScope::kSentence    ? sentence
                          : t.scope == UnlessScope::kParagraph ? std::string_view(scopes->Unit(i))
                          : t.scope == UnlessScope::kLeadIn    ? std::string_view(scopes->LeadIn(i))
                                                               : std::string_view(scopes->Article(i));
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *t.regex);
}

bool ConditionHolds(const CompiledUnless& u, std::string_view sentence, ScopeTexts* scopes, size_t i) {
  for (const CompiledUnlessTest& t : u.all) {
    if (!TestHolds(t, sentence, scopes, i)) return false;
  }
  return true;
}

// The words of a routed act to look for in a sentence: 「書面の交付」 → 交付, 書面;
// 「書面による通知」 → 通知, 書面; 「申請書及び書類の提出」 → 提出, 申請書, 書類.
std::vector<std::string_view> ActWords(std::string_view act) {
  size_t at = act.find("による");
  size_t joint = at == std::string_view::npos ? 3 : 9;
  if (at == std::string_view::npos) at = act.rfind("の");
  if (at == std::string_view::npos) return {act};
  std::vector<std::string_view> words = {act.substr(at + joint)};
  std::string_view objects = act.substr(0, at);
  for (size_t from = 0;;) {
    size_t next = std::string_view::npos, width = 0;
    for (std::string_view c : {"及び", "又は", "並びに", "若しくは"}) {
      size_t k = objects.find(c, from);
      if (k < next) next = k, width = c.size();
    }
    words.push_back(objects.substr(from, next == std::string_view::npos ? std::string_view::npos : next - from));
    if (next == std::string_view::npos) return words;
    from = next + width;
  }
}

// Other forms of an act noun a sentence uses for the same act: the verb with
// its okurigana (届出 → 届け出), and the paper the act hands in (届出 → 変更届,
// 届書), so that 「前項の届出は、電子申請システムにより行うことができる」 clears
// 「変更届を市長に提出しなければならない」.
std::vector<std::string_view> AlsoWrittenAs(std::string_view word) {
  if (word == "届出") return {"届け出", "届を", "届は", "届書", "届に"};
  if (word == "申出") return {"申し出", "申出書"};
  if (word == "差出") return {"差し出"};
  if (word == "立会") return {"立ち会"};
  return {};
}

// Whether `act`, the act a route is granted for, is the act of the sentence
// (or, for a 号, of its 柱書). A route for handing over a document (交付, 提出)
// leaves a duty to let people view records (閲覧) standing: that is another act.
bool Concerns(std::string_view act, const CompiledRule& rule, std::string_view text) {
  if (act.empty() || text.empty()) return false;
  bool viewing_act = act.find("閲覧") != std::string_view::npos || act.find("縦覧") != std::string_view::npos;
  if ((rule.rule->info.category == "in-person-viewing") != viewing_act) return false;
  // A route for a paper (「前項の報告は、電子申請システムにより行うことができる」) leaves
  // the inspection, the visit, the watching, the staff or the course the sentence also
  // requires (「3月ごとに水質検査を行い、その結果を書面により報告しなければ」): those
  // are cleared by a route for that act only (「前項の点検は、…により行うことができる」).
  static const RE2* doing = new RE2("検査|点検|確認|調査|監査|巡視|監視|測定|視察|立入|立ち入|講習|研修|配置|常駐|専任");
  const std::string& category = rule.rule->info.category;
  const bool doing_category = category == "periodic-inspection" || category == "on-site-audit" ||
                              category == "visual-inspection" || category == "resident-dedicated" ||
                              category == "in-person-training";
  if (doing_category && !RE2::PartialMatch(re2::StringPiece(act.data(), act.size()), *doing)) return false;
  // Nor does it clear the relay through another office (経由): an application
  // sent online may still go through the 監督署 (「…申請書を労働基準監督署長を経由して
  // 都道府県労働局長に提出しなければならない」 with an online route for the 申請書).
  if (rule.rule->info.id.ends_with(".via-intermediary") && act.find("経由") == std::string_view::npos) return false;
  // The reference back is no part of the act: 「前二項の申請書及び書類の提出」.
  static const RE2* back = new RE2("^(?:(?:前[二三各]?項|同項)(?:の規定による|に規定する|の)|その|当該)");
  re2::StringPiece rest(act.data(), act.size());
  RE2::Consume(&rest, *back);
  act = std::string_view(rest.data(), rest.size());
  // The object or the act found in the sentence will do (「…を書面により通知しなければ
  // ならない」 for 「書面による通知」); a word of two characters at least, or the
  // forms the sentence may give it instead (AlsoWrittenAs).
  for (std::string_view word : ActWords(act)) {
    if (word.size() < 6) continue;
    if (text.find(word) != std::string_view::npos) return true;
    for (std::string_view form : AlsoWrittenAs(word)) {
      if (text.find(form) != std::string_view::npos) return true;
    }
  }
  return false;
}

// The act a later 項 of the article grants a route for when it names sentence
// i's 項 by number (「第1項の規定による申請は、…」); "" when none does.
std::string NamedLaterAct(const NextParagraphRoute& route, ScopeTexts* scopes, size_t i) {
  const int number = scopes->ParagraphNumber(i);
  if (number < 1) return "";
  constexpr int kLaterParagraphs = 12;  // articles of more 項 than this are schedules of duties
  for (int k = 1; k <= kLaterParagraphs; ++k) {
    const std::string& later = scopes->NextParagraph(i, k);
    if (later.empty()) break;
    std::string act = route.NamedAct(later, number);
    if (!act.empty()) return act;
  }
  return "";
}

// The act whose route the next 項 applies to sentence i's 項 by 準用
// (「前条第二項の規定は、前項の規定による書面の交付について準用する。」, where 前条第二項
// reads 「前項の規定による書面の交付に代えて、…電磁的方法により提供することができる。」);
// "" when it applies none.
std::string AppliedAct(const NextParagraphRoute& route, ScopeTexts* scopes, size_t i) {
  int paragraph = 0;
  std::string article = route.AppliedCitation(scopes->NextParagraph(i, 1), &paragraph);
  if (article.empty()) return "";
  return route.Act(scopes->CitedParagraph(i, article, paragraph), 1);
}

template <typename Read>
const std::string& ReadOnce(std::optional<std::string>* act, const Read& read) {
  if (!*act) *act = read();
  return **act;
}

// A later 項 (the next one, the one after it for 「前二項」, or any that names
// the sentence's 項 by number), another sentence of the unit, or an article
// of the whole text (「この規則の規定による申請及び届出は、…」) grants a
// digital route for the sentence's act.
bool RouteGrantedFor(const NextParagraphRoute& route, const CompiledRule& rule, std::string_view sentence,
                     ScopeTexts* scopes, size_t i, GrantedActs* granted) {
  // Viewing records on a screen in place of paper (「書面の縦覧等に代えて…電磁的記録…の
  // 縦覧等を…事務所に備え置く電子計算機の映像面」) still takes the viewer to the office:
  // a unit's own 「…に代えて」 clears no viewing duty. Nor a named medium: it is
  // what is offered in place (「調査票に代えて、フレキシブルディスクその他の電磁的記録
  // 媒体により提出することができる」).
  const std::string& category = rule.rule->info.category;
  const bool in_place = category != "in-person-viewing" && category != "specified-media";
  // A 号 takes its act from its 柱書, and a paper handed in with the application from the
  // sentence that hands it in (「…申請書を提出しなければならない。この場合において、…図面を
  // 添付しなければならない」); any other duty of the 項 (a 後段 「この場合において、申請者は、
  // …窓口に出頭しなければならない」) holds its own act, whatever the 前段 names.
  const bool lead_in = scopes->InItem(i) || category == "paper-document";
  auto concerns = [&](const std::string& act) {
    return !act.empty() && (Concerns(act, rule, sentence) || (lead_in && Concerns(act, rule, scopes->LeadIn(i))));
  };
  // A later 項's route limited to the papers its condition names (「定款又は貸借対照表が
  // 電磁的記録で作成されているときは、書類に代えて…」) clears a sentence or 号 that
  // names one of them, not 「次に掲げる書類を添付しなければならない」 nor its other 号.
  auto covers = [&](int k) {
    std::vector<std::string> papers = route.CoveredPapers(scopes->NextParagraph(i, k));
    return papers.empty() || std::any_of(papers.begin(), papers.end(), [&](const std::string& paper) {
             return sentence.find(paper) != std::string_view::npos;
           });
  };
  // Nearest first; each place is read only when the one before grants nothing.
  if ((in_place && concerns(ReadOnce(&granted->in_place, [&] { return route.InPlaceAct(scopes->Unit(i)); }))) ||
      (concerns(ReadOnce(&granted->next, [&] { return route.Act(scopes->NextParagraph(i, 1), 1); })) && covers(1)) ||
      (concerns(ReadOnce(&granted->after_next, [&] { return route.Act(scopes->NextParagraph(i, 2), 2); })) &&
       covers(2)) ||
      concerns(ReadOnce(&granted->named, [&] { return NamedLaterAct(route, scopes, i); })) ||
      concerns(ReadOnce(&granted->applied, [&] { return AppliedAct(route, scopes, i); }))) {
    return true;
  }
  const std::vector<std::string>& law_wide = scopes->LawWideActs(route);  // read once a document
  return std::any_of(law_wide.begin(), law_wide.end(), concerns);
}

}  // namespace

bool Engine::Impl::Unless(const CompiledRule& rule, std::string_view sentence, ScopeTexts* scopes,
                          size_t i, GrantedActs* granted) {
  for (const CompiledUnless& u : rule.unless) {
    if (ConditionHolds(u, sentence, scopes, i)) return true;
  }
  return RouteGrantedFor(*next_route, rule, sentence, scopes, i, granted);
}

void Engine::Impl::CheckSentence(const Document& doc, size_t i, ScopeTexts* scopes,
                                 std::vector<Finding>* out) {
  const Sentence& s = doc.sentences[i];
  const bool timed = options.timing && stats.sentences % kSample == 0;
  StageClock clock(timed);
  NormalizedText norm = Normalize(s.text);
  clock.Lap(&stats.normalize_seconds);
  ClauseView view(norm.text);
  Candidacy candidacy;
  ViewCandidates(norm.text, view, &candidacy);
  const std::vector<int>& candidates = candidacy.rules;
  clock.Lap(&stats.prefilter_seconds);
  if (candidates.empty()) return;
  ++stats.candidates;
  // MeCab runs for few sentences: its time is measured every time, and taken
  // out of the sampled matching time.
  LazyTokens view_tokens(session.get(), view.text(), &stats.tokenized,
                         options.timing ? &stats.tokenize_seconds : nullptr);
  LazyTokens full_tokens(session.get(), norm.text, &stats.tokenized,
                         options.timing ? &stats.tokenize_seconds : nullptr);
  const double tokenize_before = stats.tokenize_seconds;
  StageClock match_clock(timed);
  // Each is made once, on first need: the quoted old text before the first
  // match, the facts of the sentence after it (most candidates match nothing).
  std::optional<std::vector<Span>> old_text;
  std::optional<SentenceFacts> facts;
  std::optional<std::string> live;             // the route text without the old text
  GrantedActs granted;
  std::optional<std::vector<Span>> view_dead;  // the old text in view offsets
  const std::vector<Span> no_spans;
  NodeKind kind = doc.provisions[static_cast<size_t>(s.provision)].kind;
  std::vector<bool> active_storage;  // reused by every candidate rule
  for (int r : candidates) {
    const CompiledRule& rule = compiled[static_cast<size_t>(r)];
    if (!InKinds(rule, kind)) continue;
    if (!old_text) old_text = QuotedOldText(norm.text);
    const bool quoted = rule.Excludes(Exclusion::kQuotedOldText) && !old_text->empty();
    if (quoted && !rule.rule->full_text && !view_dead) view_dead = ToView(view, *old_text);
    // Spans no match may start in, in the offsets of the text the rule matches:
    // the old text, then each match whose clause was excluded.
    std::vector<Span> dead = !quoted ? no_spans : rule.rule->full_text ? *old_text : *view_dead;
    const std::vector<bool>* active = ActiveMatches(candidacy, r, &active_storage);
    Span span;
    bool found = false, excluded = false;
    for (int tries = 0; tries < kMaxClauseTries; ++tries) {
      Span at;
      if (rule.rule->full_text) {
        if (!FindRuleMatch(rule, norm.text, &full_tokens, dead, &at, active)) break;
        span = at;
      } else {
        if (!FindRuleMatch(rule, view.text(), &view_tokens, dead, &at, active)) break;
        span = {view.SourceBegin(at.begin), view.SourceEnd(at.end)};
      }
      if (tries == 0) ++stats.matches;
      if (!facts) {
        const bool row = doc.provisions[static_cast<size_t>(s.provision)].kind == NodeKind::kTableRow;
        facts = ExamineSentence(doc, s, norm.text, scopes->Paragraph(i), row ? scopes->Article(i) : "");
      }
      const bool sentence_excluded = ExcludedBySentence(rule, *facts);
      excluded = sentence_excluded || ExcludedByClause(rule, ModalityAfter(norm.text, span.end));
      if (!excluded) {
        found = true;
        break;
      }
      if (sentence_excluded) break;  // no later clause can help
      dead.push_back(at);            // try the next match
    }
    if (!found) {
      if (excluded) ++stats.excluded_scope;
      continue;
    }
    // A digital route in the old text an amendment removes, or in a bracket
    // that only defines a term, does not count.
    if (!live) live = RouteText(norm.text, *old_text);
    if (Unless(rule, *live, scopes, i, &granted)) {
      ++stats.excluded_unless;
      continue;
    }
    out->push_back(MakeFinding(doc, s, norm, span, rule.rule->info));
    ++stats.findings;
  }
  double match = 0;
  match_clock.Lap(&match);
  stats.match_seconds += match > 0 ? match - kSample * (stats.tokenize_seconds - tokenize_before) : 0;
}

namespace {

// One finding per category for one stretch of a sentence: two rules of a
// category that match overlapping text (立ち入り、…検査させ as an entry and as
// a field examination; 見積書を添えて…提出 as attaching and as submitting) are
// one requirement to the drafter. The finding of higher severity stays, then
// the one in reading order (the findings from `first` on are sorted so).
// Returns how many were dropped.
size_t DropOverlapping(std::vector<Finding>* findings, size_t first) {
  auto overlap = [](const Finding& a, const Finding& b) {
    return a.category == b.category && a.location.offset < b.location.end_offset &&
           b.location.offset < a.location.end_offset;
  };
  std::vector<Finding>& all = *findings;
  std::vector<bool> dropped(all.size(), false);
  for (size_t i = first; i < all.size(); ++i) {
    for (size_t j = first; j < all.size() && !dropped[i]; ++j) {
      if (i == j || dropped[j] || !overlap(all[i], all[j])) continue;
      // all[i] yields to a more severe finding, or to an equal one read first.
      if (all[j].severity < all[i].severity || (all[j].severity == all[i].severity && j < i)) dropped[i] = true;
    }
  }
  size_t kept = first;
  for (size_t i = first; i < all.size(); ++i) {
    if (dropped[i]) continue;
    if (kept != i) all[kept] = std::move(all[i]);
    ++kept;
  }
  size_t dropped_count = all.size() - kept;
  all.resize(kept);
  return dropped_count;
}

}  // namespace

Engine::Engine(std::shared_ptr<const RuleSet> rules, std::shared_ptr<const Tokenizer> tokenizer,
               EngineOptions options)
    : impl_(std::make_unique<Impl>()) {
  impl_->rules = std::move(rules);
  impl_->tokenizer = std::move(tokenizer);
  impl_->session = impl_->tokenizer->NewSession();
  impl_->options = std::move(options);
  const RuleSet::Impl& pack = impl_->rules->impl();
  impl_->compiled =
      CompileRules(pack.rules, impl_->options.only_rule, impl_->options.share_patterns ? &pack.patterns : nullptr);
  impl_->prefilter = std::make_unique<Prefilter>(impl_->compiled);
  const Lexicons& lexicons = impl_->rules->impl().seeds.lexicons;
  // A later 項's route is named by the digital-routes lexicon, and for a notice by the
  // web-routes one too (「前項の標識の掲示は、ウェブサイトへの掲載をもって代えることができる」).
  std::string route_words;
  for (const char* id : {"digital-routes", "web-routes"}) {
    auto lexicon = lexicons.find(id);
    if (lexicon == lexicons.end()) continue;
    route_words += (route_words.empty() ? "" : "|") + lexicon->second.Regex();
  }
  impl_->next_route = route_words.empty() ? std::make_unique<NextParagraphRoute>()
                                          : std::make_unique<NextParagraphRoute>("(?:" + route_words + ")");
  std::vector<bool> keeps_brackets;
  for (const CompiledRule& c : impl_->compiled) keeps_brackets.push_back(c.rule->full_text);
  if (std::find(keeps_brackets.begin(), keeps_brackets.end(), true) != keeps_brackets.end()) {
    impl_->full_text_prefilter = std::make_unique<Prefilter>(impl_->compiled, keeps_brackets);
  }
  impl_->stats.prefilter_fallback =
      !impl_->prefilter->usable() || (impl_->full_text_prefilter && !impl_->full_text_prefilter->usable());
}

Engine::~Engine() = default;

std::vector<Finding> Engine::Check(const Document& doc) {
  std::vector<Finding> findings;
  ScopeTexts scopes(doc);
  ++impl_->stats.documents;
  size_t cap = impl_->options.max_findings;
  bool cut = false;
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    if (findings.size() >= cap) {  // a bound on memory and time per document
      cut = true;
      findings.resize(cap);
      break;
    }
    ++impl_->stats.sentences;
    size_t first = findings.size();
    impl_->CheckSentence(doc, i, &scopes, &findings);
    // Within a sentence, in reading order; rules at the same place in pack order.
    std::stable_sort(findings.begin() + static_cast<std::ptrdiff_t>(first), findings.end(),
                     [](const Finding& a, const Finding& b) { return a.location.offset < b.location.offset; });
    impl_->stats.findings -= DropOverlapping(&findings, first);
  }
  if (findings.size() > cap) {
    findings.resize(cap);
    cut = true;
  }
  AssignFingerprints(&findings);
  if (doc.before) MarkChanges(doc, Check(*doc.before), &findings);
  impl_->truncated = cut;
  return findings;
}

bool Engine::truncated() const { return impl_->truncated; }

const EngineStats& Engine::stats() const { return impl_->stats; }

}  // namespace analoglint
