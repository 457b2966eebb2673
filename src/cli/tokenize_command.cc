// analog-lint tokenize: shows each sentence and the MeCab tokens of its
// normalized shadow, the text that token rules see.
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "text/normalize.h"
#include "tokenize/tokenizer.h"

namespace analoglint {

int RunTokenize(const CommonOptions& opts, std::ostream& out, std::ostream& err) {
  StatusOr<std::unique_ptr<Tokenizer>> tokenizer = Tokenizer::Open(opts.dicdir);
  if (!tokenizer.ok()) {
    err << "analog-lint: " << tokenizer.status().message() << "\n";
    return 2;
  }
  std::unique_ptr<TokenizerSession> session = (*tokenizer)->NewSession();
  std::vector<Token> tokens;
  bool ok = ForEachDocument(opts, err, [&](const Document& doc) {
    for (const Sentence& s : doc.sentences) {
      NormalizedText norm = Normalize(s.text);
      session->Tokenize(norm.text, &tokens);
      Location loc = doc.LocateSpan(s, 0, static_cast<uint32_t>(s.text.size()));
      if (opts.format == "json") {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const Token& t : tokens) {
          list.push_back({{"surface", t.surface}, {"base", t.base}, {"pos", t.pos},
                          {"pos1", t.pos1}, {"reading", t.reading},
                          {"begin", norm.OriginalBegin(t.begin)},
                          {"end", norm.OriginalEnd(t.end)}});
        }
        out << nlohmann::ordered_json{{"file", doc.file}, {"path", loc.path},
                                      {"line", loc.start.line}, {"text", s.text},
                                      {"tokens", list}}.dump()
            << "\n";
        continue;
      }
      out << doc.file << ":" << loc.start.line << ":" << loc.start.column << " " << loc.path
          << " " << SentenceRoleName(s.role) << "\n  " << s.text << "\n";
      for (const Token& t : tokens) {
        out << "    " << t.surface << "\t" << t.pos << (t.pos1.empty() ? "" : "," + t.pos1) << "\t"
            << t.base << "\t" << t.reading << "\n";
      }
    }
  });
  return ok ? 0 : 2;
}

}  // namespace analoglint
