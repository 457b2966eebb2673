#include "report/file_name.h"
#include "report/review.h"

#include <algorithm>
#include <set>

#include "text/utf8.h"

namespace analoglint {

namespace {

// The 見直し時期 as the review shows it: a date passed says so.
std::string DueCell(const std::string& due, const std::string& today) {
  return DuePassed(due, today) ? due + "（期限切れ）" : due;
}

// The tally a finding counts in: a baselined one is ベースライン登録済み even with
// a 見直す decision (it is not open, so not 要見直し), as text output counts it.
std::string DecisionOf(const Finding& f) {
  if (f.status == FindingStatus::kBaselined) return "ベースライン登録済み";
  return f.decision.empty() ? "未確認" : f.decision;
}

// 現在 PHASE → 目標 PHASE: an open finding is at PHASE 1; the target is the
// category's last review phase in seeds/categories.yaml, or 段階の定めなし for a
// category the plan gives no phases (a bare "—" read as missing data).
std::string PhaseOf(const Finding& f, const CategoryInfo* c) {
  if (f.decision == "存置") return "1（存置）";
  if (f.decision == "誤検出") return "—";
  int target = 0;
  if (c) {
    for (const PhaseInfo& p : c->phases) target = std::max(target, p.phase);
  }
  return "1 → " + (target > 0 ? std::to_string(target) : std::string("段階の定めなし"));
}

// The sentence with every match in `matches` marked (merged where they overlap
// or touch, so a report shows one marked stretch, never two side by side).
void AppendExcerpt(const std::string& sentence, const std::vector<std::string>& matches,
                   std::vector<ExcerptPart>* out) {
  std::vector<std::pair<size_t, size_t>> spans;
  for (const std::string& m : matches) {
    size_t at = m.empty() ? std::string::npos : sentence.find(m);
    if (at != std::string::npos) spans.push_back({at, at + m.size()});
  }
  std::sort(spans.begin(), spans.end());
  const size_t first = out->size();  // parts before are another sentence's
  size_t pos = 0;
  for (auto [b, e] : spans) {
    if (e <= pos) continue;
    b = std::max(b, pos);
    if (b == pos && out->size() > first && out->back().match) {
      out->back().text += sentence.substr(b, e - b);
    } else {
      if (b > pos) out->push_back({sentence.substr(pos, b - pos), false});
      out->push_back({sentence.substr(b, e - b), true});
    }
    pos = e;
  }
  if (pos < sentence.size()) out->push_back({sentence.substr(pos), false});
}

}  // namespace

std::string Judgement(const Finding& f) {
  std::string out = DecisionOf(f);
  if (f.status == FindingStatus::kBaselined && !f.decision.empty()) out = f.decision + "・ベースライン登録済み";
  if (f.change == "new") out += "・改正で新設";
  if (f.change == "unchanged") out += "・改正前から存続";
  return out;
}

bool DuePassed(const std::string& due, const std::string& today) {
  return !due.empty() && !today.empty() && due < today;  // ISO dates order as strings
}

std::string DocumentName(const DocumentSummary& d) {
  std::string name = d.title.empty() ? ReportFileName(d.file) : d.title;
  if (!d.law_num.empty()) name += "（" + d.law_num + "）";
  if (d.title_shared) name += "［" + ReportFileName(d.file) + "］";
  return name;
}

std::string Join(const std::vector<std::string>& items, const std::string& separator) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : separator) + s;
  return out;
}

std::string ExcerptText(const std::vector<ExcerptPart>& parts, const std::string& open, const std::string& close) {
  std::string out;
  for (const ExcerptPart& p : parts) out += p.match ? open + p.text + close : p.text;
  return out;
}

std::string ItemMark(size_t i) {
  static const char* kMarks[] = {"①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩"};
  return i < 10 ? kMarks[i] : "(" + std::to_string(i + 1) + ")";
}

std::string ResultLine(const ReviewCollector& review) {
  std::map<std::string, size_t> n;
  for (const Tally& t : review.ByDecision()) n[t.id] = t.total;
  // Findings, and the 条項 (rows of the table) they are in: 「要見直し 9 件・7 条項」.
  std::string out = "要見直し " + std::to_string(review.open()) + " 件・" + std::to_string(review.open_rows()) +
                    " 条項（未確認 " + std::to_string(n["未確認"]) +
                    " 件、見直す " + std::to_string(n["見直す"]) + " 件）、存置 " + std::to_string(n["存置"]) +
                    " 件、誤検出 " + std::to_string(n["誤検出"]) + " 件";
  if (n["ベースライン登録済み"] > 0) out += "、ベースライン登録済み " + std::to_string(n["ベースライン登録済み"]) + " 件";
  if (review.advisories() > 0) {
    out += "（このほか参考 " + std::to_string(review.advisories()) + " 件: 帳簿の保存など媒体を問わない義務で、表には含めない）";
  }
  size_t checked = 0;
  for (const InputFailure& f : review.failures()) checked += f.checked;
  if (review.failures().size() > checked) {
    out += "。点検できなかったファイル " + std::to_string(review.failures().size() - checked) + " 件";
  }
  if (checked > 0) out += "。判定を適用できなかったファイル " + std::to_string(checked) + " 件";
  return out;
}

const char* FailureLabel(const InputFailure& f) {
  return f.checked ? "判定を適用できなかったファイル" : "点検できなかったファイル";
}

std::string FailureText(const InputFailure& f) {
  // The messages of src/io, src/formats, src/cli and src/suppress, by the words that
  // name their kind; the first that matches wins.
  static const std::pair<const char*, const char*> kKinds[] = {
      {": no such file", "ファイルが見つかりません"},
      {": is a folder, not a file", "フォルダであり、ファイルではありません"},
      {"Permission denied", "読み取りが許可されていません"},
      {": the file is empty", "ファイルが空です"},
      {": binary file (", "テキストではないファイル（バイナリ）です"},
      {": not a Word .docx file", "Word の .docx ファイルではありません（.doc は .docx として保存し直してください）"},
      {"not a Word document", "Word の文書ではありません"},
      {": file too large", "ファイルが大きすぎます"},
      {"larger than --max-file-size", "ファイルが --max-file-size の上限を超えています"},
      {": not UTF-8, Shift_JIS", "文字コードを判別できません"},
      {"broken XML", "XML の構造が壊れています"},
  };
  for (const auto& [words, japanese] : kKinds) {
    if (f.message.find(words) != std::string::npos) return std::string(japanese) + "（" + f.message + "）";
  }
  if (f.checked) return "判定（.analog-lint.yaml などの decisions）に誤りがあります（" + f.message + "）";
  return f.message;
}

std::vector<ExcerptPart> TrimExcerpt(const std::vector<ExcerptPart>& parts, size_t context) {
  std::vector<ExcerptPart> out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (parts[i].match) {
      out.push_back(parts[i]);
      continue;
    }
    std::u32string text = DecodeUtf8(parts[i].text);
    if (parts[i].proviso) {
      if (text.size() > 3 * context + 1) text = text.substr(0, 3 * context) + U"…";
      out.push_back({EncodeUtf8(text), false, true});
      continue;
    }
    bool after_match = i > 0, before_match = i + 1 < parts.size();
    size_t keep = (after_match ? context : 0) + (before_match ? context : 0);
    if (text.size() <= keep + 1) {
      out.push_back(parts[i]);
      continue;
    }
    std::u32string cut;
    if (after_match) cut += text.substr(0, context);
    cut += U"…";
    if (before_match) cut += text.substr(text.size() - context);
    out.push_back({EncodeUtf8(cut), false});
  }
  return out;
}

const std::vector<std::string>& DecisionChoices() {
  static const std::vector<std::string> choices = {"未確認", "見直す", "存置", "誤検出"};
  return choices;
}

void ReviewCollector::Add(const DocumentInfo& doc, const std::vector<Finding>& findings) {
  DocumentSummary d;
  d.file = doc.file;
  d.title = doc.title;
  d.law_num = doc.law_num;
  d.format = std::string(InputFormatName(doc.format));
  d.encoding = doc.encoding;
  d.sentences = doc.sentences;
  // The review lists what a drafter must answer for: errors and warnings. An
  // info finding (a duty to keep books, medium-neutral under rubric v2) is
  // advice, counted apart.
  for (const Finding& f : findings) {
    if (f.severity == Severity::kInfo) {
      ++d.advisories;
      continue;
    }
    ++d.findings;
    d.open += f.status == FindingStatus::kOpen;
    reviewed_.push_back(f);
  }
  for (DocumentSummary& other : documents_) {  // two drafts of one title (a 規則 and its copy, two versions)
    if (!d.title.empty() && other.title == d.title && other.law_num == d.law_num) {
      other.title_shared = d.title_shared = true;
    }
  }
  documents_.push_back(std::move(d));
  findings_.insert(findings_.end(), findings.begin(), findings.end());
}

size_t ReviewCollector::advisories() const {
  size_t n = 0;
  for (const DocumentSummary& d : documents_) n += d.advisories;
  return n;
}


ReviewItem DescribeFinding(const Finding& f, const RuleSet& rules) {
  ReviewItem item;
  const CategoryInfo* c = rules.FindCategory(f.category);
  item.category_id = f.category;
  item.category = c ? c->name : f.category;
  for (const std::string& p : f.principles) {
    const PrincipleInfo* info = rules.FindPrinciple(p);
    item.principles.push_back(info ? info->name : p);
  }
  item.judgement = Judgement(f);
  item.decision = f.decision;
  item.note = f.decision_note;
  item.due = f.decision_due;
  item.phase = PhaseOf(f, c);
  item.remedy = f.remedy;
  if (c) {
    for (const PhaseInfo& ph : c->phases) item.phases.push_back("PHASE " + std::to_string(ph.phase) + ": " + ph.text);
    item.alternatives = c->alternatives;
    for (const TechnologyInfo& t : c->technologies) item.technologies.push_back(t.name);
  }
  item.open = f.status == FindingStatus::kOpen;
  item.findings.push_back(&f);
  item.rules.push_back(f.rule);
  return item;
}

namespace {

// Findings of one item share the category and everything the row shows of the decision.
bool SameItem(const ReviewItem& item, const Finding& f) {
  const Finding& g = *item.findings.front();
  return g.category == f.category && g.decision == f.decision && g.decision_note == f.decision_note &&
         g.decision_due == f.decision_due && g.status == f.status && g.change == f.change;
}

// Builds one row from the findings of one 条項 (in document order).
ReviewRow MakeRow(const std::vector<const Finding*>& group, const RuleSet& rules) {
  ReviewRow row;
  const Finding& first = *group.front();
  // The 条項; its part (前段, 後段, ただし書) only when every finding of the row is in it.
  Location where = first.location;
  if (std::any_of(group.begin(), group.end(), [&](const Finding* f) { return f->location.role != where.role; })) {
    where.role = SentenceRole::kBody;
  }
  row.clause = ClauseName(where);
  row.file = ReportFileName(first.file);
  row.line = first.location.start.line;
  row.column = first.location.start.column;
  std::vector<std::string> sentences;
  std::map<std::string, std::vector<std::string>> matches;
  std::map<std::string, std::string> provisos;  // by sentence
  for (const Finding* f : group) {
    if (!matches.count(f->sentence)) sentences.push_back(f->sentence);
    matches[f->sentence].push_back(f->match);
    if (!f->proviso.empty()) provisos[f->sentence] = f->proviso;
    auto it = std::find_if(row.items.begin(), row.items.end(), [&](const ReviewItem& i) { return SameItem(i, *f); });
    if (it == row.items.end()) {
      row.items.push_back(DescribeFinding(*f, rules));
      continue;
    }
    it->findings.push_back(f);
    if (std::find(it->rules.begin(), it->rules.end(), f->rule) == it->rules.end()) it->rules.push_back(f->rule);
  }
  for (const std::string& s : sentences) {
    AppendExcerpt(s, matches[s], &row.excerpt);
    // The ただし書 follows its 本文, unless it has findings of its own (then it is a sentence above).
    auto p = provisos.find(s);
    if (p != provisos.end() && !matches.count(p->second)) row.excerpt.push_back({p->second, false, true});
  }
  return row;
}

}  // namespace

std::vector<ReviewRow> ReviewCollector::Rows() const {
  const RuleSet& rules = *context_.rules;
  std::vector<ReviewRow> rows;
  size_t next = 0;
  for (size_t d = 0; d < documents_.size(); ++d) {
    // Group this document's findings by 条項, in order of first appearance.
    std::vector<std::vector<const Finding*>> groups;
    std::map<std::string, size_t> by_path;
    for (size_t k = 0; k < documents_[d].findings && next < reviewed_.size(); ++k, ++next) {
      const Finding& f = reviewed_[next];
      // Text an amending law adds is grouped by its place in the amended law.
      std::string key = f.location.amend_law_num + "\x1f" + f.location.path + "\x1f" + f.location.amended_law +
                        "\x1f" + f.location.amended_path;
      auto [it, fresh] = by_path.emplace(key, groups.size());
      if (fresh) groups.emplace_back();
      groups[it->second].push_back(&f);
    }
    for (const auto& group : groups) {
      ReviewRow row = MakeRow(group, rules);
      for (ReviewItem& item : row.items) item.due = DueCell(item.due, context_.date);
      row.number = static_cast<int>(rows.size()) + 1;
      row.document = d;
      row.law = DocumentName(documents_[d]);
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

namespace {

// One tally per seed (in seed order), counting the findings `has` assigns to it.
template <typename Seed, typename Has>
std::vector<Tally> TallySeeds(const std::vector<Seed>& seeds, const std::vector<Finding>& findings, Has has) {
  std::vector<Tally> out;
  for (const Seed& seed : seeds) {
    Tally t{seed.id, seed.name, 0, 0};
    for (const Finding& f : findings) {
      if (!has(f, seed.id)) continue;
      ++t.total;
      t.open += f.status == FindingStatus::kOpen;
    }
    out.push_back(std::move(t));
  }
  return out;
}

bool HasPrinciple(const Finding& f, const std::string& id) {
  return std::find(f.principles.begin(), f.principles.end(), id) != f.principles.end();
}

}  // namespace

std::vector<Tally> ReviewCollector::ByCategory() const {
  return TallySeeds(context_.rules->categories(), reviewed_,
                    [](const Finding& f, const std::string& id) { return f.category == id; });
}

std::vector<Tally> ReviewCollector::ByPrinciple() const {
  return TallySeeds(context_.rules->principles(), reviewed_, HasPrinciple);
}

std::vector<Tally> ReviewCollector::ByDecision() const {
  std::vector<Tally> out;
  for (const std::string& name : DecisionChoices()) out.push_back({name, name, 0, 0});
  out.push_back({"ベースライン登録済み", "ベースライン登録済み", 0, 0});
  for (const Finding& f : reviewed_) {
    std::string d = DecisionOf(f);
    for (Tally& t : out) {
      if (t.id != d) continue;
      ++t.total;
      t.open += f.status == FindingStatus::kOpen;
    }
  }
  if (out.back().total == 0) out.pop_back();
  return out;
}

std::vector<PrincipleConclusion> ReviewCollector::Conclusions() const {
  std::vector<ReviewRow> rows = Rows();
  std::vector<PrincipleConclusion> out;
  for (const PrincipleInfo& p : context_.rules->principles()) {
    if (p.group != "structural-reform") continue;
    PrincipleConclusion c{p.id, p.name, "対象外", {}};
    bool review = false, baselined = false, keep = false, false_positive = false;
    for (const ReviewRow& r : rows) {
      for (const ReviewItem& item : r.items) {
        bool touches = std::any_of(item.findings.begin(), item.findings.end(),
                                   [&](const Finding* f) { return HasPrinciple(*f, p.id); });
        if (!touches) continue;
        std::string d = item.decision;
        // Baselined findings are not open (not 要見直し in the result line)
        // but not decided either: a conclusion of their own.
        bool in_baseline = std::all_of(item.findings.begin(), item.findings.end(), [](const Finding* f) {
          return f->status == FindingStatus::kBaselined;
        });
        review = review || (!in_baseline && (d.empty() || d == "見直す"));
        baselined = baselined || in_baseline;
        keep = keep || d == "存置";
        false_positive = false_positive || d == "誤検出";
        std::string judged = d.empty() ? (in_baseline ? "ベースライン登録済み" : "未確認")
                                       : (in_baseline ? d + "・ベースライン登録済み" : d);
        std::string clause = "No." + std::to_string(r.number) + " " + ClauseOwner(r.document) +
                             r.clause.substr(0, r.clause.find("（")) + "（" + judged + "）";
        if (std::find(c.clauses.begin(), c.clauses.end(), clause) == c.clauses.end()) c.clauses.push_back(clause);
      }
    }
    c.conclusion = review      ? "要見直し"
                   : baselined ? "ベースライン登録済み"
                   : keep      ? "一部"
                   : false_positive ? "適合"
                                    : "対象外";
    out.push_back(std::move(c));
  }
  return out;
}

std::string ReviewCollector::ClauseOwner(size_t document) const {
  if (documents_.size() < 2) return "";
  const DocumentSummary& doc = documents_[document];
  return (doc.title.empty() ? ReportFileName(doc.file) : doc.title) + " ";
}

std::vector<DecisionUse> ReviewCollector::Decisions() const {
  std::vector<DecisionUse> out;
  std::map<std::string, size_t> index;
  for (const ReviewRow& r : Rows()) {
    for (const ReviewItem& item : r.items) {
      for (const Finding* f : item.findings) {
        if (f->decision.empty()) continue;
        std::string key = f->decision_where + "\x1f" + f->decision + "\x1f" + f->decision_note;
        auto [it, fresh] = index.emplace(key, out.size());
        if (fresh) {
          out.push_back({f->decision_where, f->decision, f->decision_note, DueCell(f->decision_due, context_.date), {}});
        }
        out[it->second].covered.push_back("No." + std::to_string(r.number) + " " + ClauseOwner(r.document) +
                                          ClauseName(f->location, false) + " " +
                                          item.category + "（" + f->rule + "）");
      }
    }
  }
  for (const UnusedDecision& d : unused_) {
    std::string why = d.shadowed_by.empty()
                          ? d.scope + "に当たる指摘はありません。削除するか、対象を確かめてください"
                          : d.scope + "に当たる指摘は、先に " + d.shadowed_by + " の判定が決めています。どちらかを削除してください";
    DecisionUse u{d.where, d.decision, d.note, DueCell(d.due, context_.date), {"なし（" + why + "）"}};
    u.unused = true;
    out.push_back(std::move(u));
  }
  return out;
}

size_t ReviewCollector::open() const {
  return static_cast<size_t>(std::count_if(reviewed_.begin(), reviewed_.end(), [](const Finding& f) {
    return f.status == FindingStatus::kOpen;
  }));
}

size_t ReviewCollector::open_rows() const {
  std::vector<ReviewRow> rows = Rows();
  return static_cast<size_t>(std::count_if(rows.begin(), rows.end(), [](const ReviewRow& r) {
    return std::any_of(r.items.begin(), r.items.end(), [](const ReviewItem& item) {
      return std::any_of(item.findings.begin(), item.findings.end(),
                         [](const Finding* f) { return f->status == FindingStatus::kOpen; });
    });
  }));
}

std::string ReviewCollector::CheckedSummary() const {
  const RuleSet& rules = *context_.rules;
  std::vector<std::string> names;
  for (const CategoryInfo& c : rules.categories()) {
    bool used = std::any_of(rules.rules().begin(), rules.rules().end(),
                            [&](const RuleInfo& r) { return r.category == c.id; });
    if (used) names.push_back(c.name);
  }
  std::string out = std::to_string(names.size()) + "類型・" + std::to_string(rules.rules().size()) +
                    "ルール（";
  for (size_t i = 0; i < names.size(); ++i) out += (i ? "、" : "") + names[i];
  return out + "）";
}

}  // namespace analoglint
