// checkstyle: the XML report of Checkstyle, which many CI tools read
// (Jenkins warnings-ng, reviewdog -f=checkstyle, GitLab converters):
//   <checkstyle version="4.3"><file name="PATH">
//     <error line="L" column="C" severity="error|warning|info" message="…" source="analog-lint.RULE"/>
//   </file></checkstyle>
// Columns are 1-based code points. Only open findings; every file checked is
// listed, with no <error> when it is clean (a clean file is news too).
#include "report/file_name.h"
#include "report/reporters.h"

namespace analoglint {
namespace {

// XML attribute text: the five entities, and line breaks kept as &#10;.
// Bytes that XML 1.0 forbids (control characters) become U+FFFD.
std::string Attribute(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      case '\t': out += "&#9;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) out += "\xEF\xBF\xBD";
        else out += c;
    }
  }
  return out;
}

class CheckstyleReporter : public Reporter {
 public:
  explicit CheckstyleReporter(std::ostream* out) : out_(*out) {}

  std::string Render(const DocumentInfo& doc, const std::vector<Finding>& findings) const override {
    std::string out = "  <file name=\"" + Attribute(ReportFileName(doc.file)) + "\">\n";
    for (const Finding& f : findings) {
      if (f.status != FindingStatus::kOpen) continue;
      out += "    <error line=\"" + std::to_string(f.location.start.line) + "\" column=\"" +
             std::to_string(f.location.start.column) + "\" severity=\"" + std::string(SeverityName(f.severity)) +
             "\" message=\"" + Attribute(ClauseName(f.location, false) + ": " + f.message + "\n" + f.remedy) +
             "\" source=\"analog-lint." + Attribute(f.rule) + "\"/>\n";
    }
    return out + "  </file>\n";
  }

  void AddDocument(const DocumentInfo& doc, const std::vector<Finding>& findings,
                   const std::string& rendered) override {
    if (!started_) Start();
    out_ << rendered;
  }

  Status Finish() override {
    if (!started_) Start();
    out_ << "</checkstyle>\n";
    return out_ ? Status::Ok() : Status::IoError("cannot write the checkstyle report");
  }

 private:
  void Start() {
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n";
    started_ = true;
  }
  std::ostream& out_;
  bool started_ = false;
};

}  // namespace

std::unique_ptr<Reporter> MakeCheckstyleReporter(ReportOutput out, const ReportContext& context) {
  return std::make_unique<CheckstyleReporter>(out.stream);
}

}  // namespace analoglint
