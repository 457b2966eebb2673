#include "tokenize/tokenizer.h"

#include <mecab.h>
#include <sys/stat.h>

#include <cstdlib>
#include <cstring>

namespace analoglint {
namespace {

bool IsFile(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool HasDictionary(const std::string& dir) {
  return IsFile(dir + "/sys.dic") && IsFile(dir + "/dicrc");
}

// Splits a MeCab feature string (品詞,細分類1,…,原形,読み,発音) on commas.
std::vector<std::string_view> SplitFeature(const char* feature) {
  std::vector<std::string_view> fields;
  std::string_view f(feature);
  size_t start = 0;
  while (start <= f.size()) {
    size_t comma = f.find(',', start);
    if (comma == std::string_view::npos) comma = f.size();
    fields.push_back(f.substr(start, comma - start));
    start = comma + 1;
  }
  return fields;
}

}  // namespace

StatusOr<std::string> FindDictionary(const std::string& explicit_dir) {
  if (!explicit_dir.empty()) {
    if (HasDictionary(explicit_dir)) return explicit_dir;
    return Status::InvalidArgument("--dicdir " + explicit_dir +
                                   ": no MeCab dictionary there (sys.dic and dicrc are needed)");
  }
  if (const char* env = std::getenv("ANALOG_LINT_DICDIR"); env && *env) {
    if (HasDictionary(env)) return std::string(env);
    return Status::InvalidArgument(std::string("ANALOG_LINT_DICDIR=") + env +
                                   ": no MeCab dictionary there (sys.dic and dicrc are needed)");
  }
  std::string candidates = ANALOGLINT_DEFAULT_DICDIRS;
  size_t start = 0;
  while (start <= candidates.size()) {
    size_t colon = candidates.find(':', start);
    if (colon == std::string::npos) colon = candidates.size();
    std::string dir = candidates.substr(start, colon - start);
    if (!dir.empty() && HasDictionary(dir)) return dir;
    start = colon + 1;
  }
  return Status::InvalidArgument("no MeCab IPADIC dictionary found (looked in " + candidates +
                                 "); install mecab-ipadic-utf8 or pass --dicdir");
}

StatusOr<std::unique_ptr<Tokenizer>> Tokenizer::Open(const std::string& dicdir) {
  StatusOr<std::string> dir = FindDictionary(dicdir);
  if (!dir.ok()) return dir.status();
  std::string rc = *dir + "/dicrc";
  const char* argv[] = {"analog-lint", "-r", rc.c_str(), "-d", dir->c_str()};
  MeCab::Model* model = MeCab::createModel(5, const_cast<char**>(argv));
  if (model == nullptr) {
    return Status::Internal(*dir + ": MeCab cannot load the dictionary: " +
                            MeCab::getLastError());
  }
  const MeCab::DictionaryInfo* info = model->dictionary_info();
  if (info == nullptr || (std::strcmp(info->charset, "utf8") != 0 &&
                          std::strcmp(info->charset, "UTF-8") != 0 &&
                          std::strcmp(info->charset, "utf-8") != 0)) {
    std::string charset = info ? info->charset : "unknown";
    delete model;
    return Status::InvalidArgument(*dir + ": the dictionary is in " + charset +
                                   ", not UTF-8 (use mecab-ipadic-utf8)");
  }
  return std::unique_ptr<Tokenizer>(new Tokenizer(*dir, model));
}

Tokenizer::Tokenizer(std::string dicdir, MeCab::Model* model)
    : dicdir_(std::move(dicdir)), model_(model) {}

Tokenizer::~Tokenizer() { delete model_; }

std::string Tokenizer::Description() const {
  std::string name = dicdir_;
  size_t slash = name.find_last_of('/');
  if (slash != std::string::npos) name = name.substr(slash + 1);
  return name + " (MeCab " + MeCab::Model::version() + ")";
}

std::unique_ptr<TokenizerSession> Tokenizer::NewSession() const {
  return std::unique_ptr<TokenizerSession>(
      new TokenizerSession(model_->createTagger(), model_->createLattice()));
}

TokenizerSession::TokenizerSession(MeCab::Tagger* tagger, MeCab::Lattice* lattice)
    : tagger_(tagger), lattice_(lattice) {}

TokenizerSession::~TokenizerSession() {
  delete lattice_;
  delete tagger_;
}

namespace {

// MeCab's lattice grows with its input; a sentence of megabytes (a draft with
// no 。) is cut into pieces of at most this many bytes, at a 、 or 。 when one is near.
constexpr size_t kMaxChunk = 64 * 1024;

size_t ChunkEnd(std::string_view text, size_t start) {
  if (text.size() - start <= kMaxChunk) return text.size();
  size_t end = start + kMaxChunk;
  while (end > start && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;  // a character boundary
  size_t cut = text.rfind("、", end);
  size_t period = text.rfind("。", end);
  if (period != std::string_view::npos && (cut == std::string_view::npos || period > cut)) cut = period;
  if (cut != std::string_view::npos && cut > start + kMaxChunk / 2) return cut + 3;
  return end;
}

}  // namespace

void TokenizerSession::Tokenize(std::string_view text, std::vector<Token>* out) {
  out->clear();
  for (size_t start = 0; start < text.size();) {
    size_t end = ChunkEnd(text, start);
    TokenizeChunk(text.substr(start, end - start), static_cast<uint32_t>(start), out);
    start = end;
  }
}

void TokenizerSession::TokenizeChunk(std::string_view text, uint32_t base, std::vector<Token>* out) {
  lattice_->set_sentence(text.data(), text.size());
  if (!tagger_->parse(lattice_)) return;
  for (const MeCab::Node* n = lattice_->bos_node(); n != nullptr; n = n->next) {
    if (n->stat == MECAB_BOS_NODE || n->stat == MECAB_EOS_NODE) continue;
    Token t;
    t.begin = base + static_cast<uint32_t>(n->surface - text.data());
    t.end = t.begin + n->length;
    t.surface.assign(n->surface, n->length);
    std::vector<std::string_view> f = SplitFeature(n->feature);
    t.pos = f.size() > 0 ? std::string(f[0]) : "";
    t.pos1 = f.size() > 1 && f[1] != "*" ? std::string(f[1]) : "";
    t.base = f.size() > 6 && f[6] != "*" ? std::string(f[6]) : t.surface;
    t.reading = f.size() > 7 && f[7] != "*" ? std::string(f[7]) : "";
    out->push_back(std::move(t));
  }
}

}  // namespace analoglint
