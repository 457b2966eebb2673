#include "report/file_name.h"
#include "report/review.h"

#include <algorithm>

namespace analoglint {

namespace {

std::string StatusJudgement(const Finding& f) {
  switch (f.status) {
    case FindingStatus::kOpen: return "要見直し";
    case FindingStatus::kWaived: return "対応済み（" + f.status_reason + "）";
    case FindingStatus::kBaselined: return "ベースライン登録済み";
  }
  return "要見直し";
}

}  // namespace

std::string Judgement(const Finding& f) {
  std::string out = StatusJudgement(f);
  if (f.change == "new") out += "・改正で新設";
  if (f.change == "unchanged") out += "・改正前から存続";
  return out;
}

std::string DocumentName(const DocumentSummary& d) {
  std::string name = d.title.empty() ? ReportFileName(d.file) : d.title;
  if (!d.law_num.empty()) name += "（" + d.law_num + "）";
  return name;
}

std::string Join(const std::vector<std::string>& items, const std::string& separator) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : separator) + s;
  return out;
}

void ReviewCollector::Add(const DocumentInfo& doc, const std::vector<Finding>& findings) {
  DocumentSummary d;
  d.file = doc.file;
  d.title = doc.title;
  d.law_num = doc.law_num;
  d.format = std::string(InputFormatName(doc.format));
  d.encoding = doc.encoding;
  d.sentences = doc.sentences;
  d.findings = findings.size();
  for (const Finding& f : findings) d.open += f.status == FindingStatus::kOpen;
  documents_.push_back(std::move(d));
  findings_.insert(findings_.end(), findings.begin(), findings.end());
}

std::vector<ReviewRow> ReviewCollector::Rows() const {
  const RuleSet& rules = *context_.rules;
  std::vector<ReviewRow> rows;
  rows.reserve(findings_.size());
  for (const Finding& f : findings_) {
    ReviewRow r;
    r.finding = &f;
    r.clause = f.location.path + f.location.caption;
    size_t at = f.sentence.find(f.match);
    if (at == std::string::npos) at = 0;
    r.before = f.sentence.substr(0, at);
    r.match = f.match;
    r.after = f.sentence.substr(std::min(f.sentence.size(), at + f.match.size()));
    const CategoryInfo* c = rules.FindCategory(f.category);
    r.category = c ? c->name : f.category;
    for (const std::string& p : f.principles) {
      const PrincipleInfo* info = rules.FindPrinciple(p);
      r.principles.push_back(info ? info->name : p);
    }
    r.remedy = f.remedy;
    if (c) {
      for (const PhaseInfo& ph : c->phases) r.phases.push_back("PHASE " + std::to_string(ph.phase) + ": " + ph.text);
      r.alternatives = c->alternatives;
      for (const TechnologyInfo& t : c->technologies) r.technologies.push_back(t.name);
    }
    r.judgement = Judgement(f);
    rows.push_back(std::move(r));
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

}  // namespace

std::vector<Tally> ReviewCollector::ByCategory() const {
  return TallySeeds(context_.rules->categories(), findings_,
                    [](const Finding& f, const std::string& id) { return f.category == id; });
}

std::vector<Tally> ReviewCollector::ByPrinciple() const {
  return TallySeeds(context_.rules->principles(), findings_, [](const Finding& f, const std::string& id) {
    return std::find(f.principles.begin(), f.principles.end(), id) != f.principles.end();
  });
}

size_t ReviewCollector::open() const {
  return static_cast<size_t>(std::count_if(findings_.begin(), findings_.end(), [](const Finding& f) {
    return f.status == FindingStatus::kOpen;
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
