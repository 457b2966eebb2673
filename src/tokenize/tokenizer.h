// The MeCab tokenizer: one model shared by all threads, one lattice per thread.
//
// Tokenizer::Open loads the IPADIC (UTF-8) dictionary from an explicit folder:
// --dicdir, else $ANALOG_LINT_DICDIR, else the Debian locations compiled in.
// /etc/mecabrc is never read: it may point at another dictionary.
//
// Thread safety: a Tokenizer may be shared; a TokenizerSession belongs to one
// thread at a time.
#ifndef ANALOGLINT_TOKENIZE_TOKENIZER_H_
#define ANALOGLINT_TOKENIZE_TOKENIZER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analoglint/status.h"

namespace MeCab {
class Model;
class Tagger;
class Lattice;
}  // namespace MeCab

namespace analoglint {

struct Token {
  std::string surface;  // as in the text
  std::string base;     // 基本形 (立ち入る for 立ち入り); the surface when the dictionary has none
  std::string pos;      // 品詞: 名詞, 動詞, 助詞 …
  std::string pos1;     // 品詞細分類1: サ変接続, 自立, 格助詞 …
  std::string reading;  // 読み in katakana; empty for unknown words
  uint32_t begin = 0;   // byte offsets in the tokenized text
  uint32_t end = 0;
};

class TokenizerSession;

class Tokenizer {
 public:
  // Returns a tokenizer over the dictionary in `dicdir`, or over the first one
  // found (see above) when `dicdir` is empty.
  static StatusOr<std::unique_ptr<Tokenizer>> Open(const std::string& dicdir);
  ~Tokenizer();
  Tokenizer(const Tokenizer&) = delete;  // owns the MeCab model
  Tokenizer& operator=(const Tokenizer&) = delete;

  const std::string& dicdir() const { return dicdir_; }
  // e.g. "ipadic-utf8 (MeCab 0.996)"; dicdir() says where.
  std::string Description() const;
  // Returns a session for the calling thread.
  std::unique_ptr<TokenizerSession> NewSession() const;

 private:
  Tokenizer(std::string dicdir, MeCab::Model* model);
  std::string dicdir_;
  MeCab::Model* model_;
};

class TokenizerSession {
 public:
  ~TokenizerSession();
  TokenizerSession(const TokenizerSession&) = delete;  // owns a lattice
  TokenizerSession& operator=(const TokenizerSession&) = delete;

  // Replaces *out with the tokens of `text`, in order. A text of more than
  // 64 KiB is analysed in pieces, cut at a 、 or 。 where one is near.
  void Tokenize(std::string_view text, std::vector<Token>* out);

 private:
  void TokenizeChunk(std::string_view text, uint32_t base, std::vector<Token>* out);
  friend class Tokenizer;
  TokenizerSession(MeCab::Tagger* tagger, MeCab::Lattice* lattice);
  MeCab::Tagger* tagger_;
  MeCab::Lattice* lattice_;
};

// Returns the dictionary folder to use: `explicit_dir` when given (it must hold
// sys.dic and dicrc), else $ANALOG_LINT_DICDIR, else the first compiled-in
// candidate that exists.
StatusOr<std::string> FindDictionary(const std::string& explicit_dir);

}  // namespace analoglint

#endif  // ANALOGLINT_TOKENIZE_TOKENIZER_H_
