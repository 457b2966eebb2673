#include "match/act_matcher.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <string_view>

namespace analoglint {
namespace {

// Words that join nouns inside one phrase: coordination, の, and ずつ after a
// count (副本二通ずつ).
bool IsCoordination(const Token& t) {
  static constexpr std::string_view kWords[] = {"及び", "又は", "並びに", "若しくは", "かつ", "、", "・", "の", "ずつ"};
  for (std::string_view w : kWords) {
    if (t.surface == w) return true;
  }
  return false;
}

// A token that can stand inside a noun phrase: nouns, prefixes, numbers.
bool IsNominal(const Token& t) { return t.pos == "名詞" || t.pos == "接頭詞" || t.pos == "連体詞"; }

// A verb's stem that a suffix makes a noun: MeCab reads 申出書 as 申出 (a
// verb, 申出る) and 書 (a suffix). `next` is the token after `t`.
bool IsCompoundStem(const Token& t, const Token& next) {
  return t.pos == "動詞" && next.pos == "名詞" && next.pos1 == "接尾";
}

// The first token of the noun phrase that ends before token `end`: nouns joined
// by coordination and の. A 、 counts as coordination only between nouns, and
// not after a dependent noun that closes a clause (「…の定めのない限り、正副二通を」).
size_t PhraseStart(const std::vector<Token>& tokens, size_t end) {
  size_t start = end;
  for (size_t k = end; k > 0 && end - k < 24; --k) {
    const Token& t = tokens[k - 1];
    if (IsNominal(t) || (start == k && k < end && IsCompoundStem(t, tokens[k]))) {
      start = k - 1;
      continue;
    }
    const bool clause_end = t.surface == "、" && k >= 2 && tokens[k - 2].pos1 == "非自立";
    if (IsCoordination(t) && k >= 2 && IsNominal(tokens[k - 2]) && !clause_end) continue;
    break;
  }
  return start;
}

bool IsSentenceBreak(const Token& t) { return t.surface == "。" || t.surface == "ただし"; }

// これ, これら, 之, a count of copies (正副二通, 一通, 各々二通これ), or a phrase
// that opens with その・これらの (その一通, その償還の計画) and names no object
// itself: it refers back to an object named before. A person (その者,
// これらの職員) does not, nor a content (その旨, その変更の内容).
bool IsAnaphor(std::string_view phrase) {
  if (phrase == "これ" || phrase == "これら" || phrase == "それ" || phrase == "之") return true;
  static const RE2* copies = new RE2("(?:正副|各々|各|他の)?[〇一二三四五六七八九十0-9]+(?:通|部)(?:これ|ずつ)?");
  if (RE2::FullMatch(re2::StringPiece(phrase.data(), phrase.size()), *copies)) return true;
  if (!phrase.starts_with("その") && !phrase.starts_with("これらの")) return false;
  // Nor what is said rather than handed over: 「その旨を届け出」「その変更の内容を報告」.
  static constexpr std::string_view kNotPapers[] = {"者", "員", "人", "旨", "事項", "内容", "事実", "理由", "結果", "概要", "状況"};
  return std::none_of(std::begin(kNotPapers), std::end(kNotPapers),
                      [&](std::string_view w) { return phrase.ends_with(w); });
}

bool AnchoredAt(const RE2& re, std::string_view text, size_t at, size_t* end) {
  re2::StringPiece m;
  if (!re.Match(re2::StringPiece(text.data(), text.size()), at, text.size(), RE2::ANCHOR_START, &m, 1)) {
    return false;
  }
  *end = static_cast<size_t>(m.data() - text.data()) + m.size();
  return true;
}

// Whether the を at `particle` belongs to a relative clause that modifies a
// noun before the act: 「所在地を管轄する都道府県知事に提出」「登録をしている局長に」.
// A verb in its て-form joined to the act is not one: 「書類を併せて大臣に提出」,
// nor one in its 連用形 that ends its own clause, as the old style writes it
// without a comma: 「調書ヲ調製シ大臣ニ提出スベシ」 (a verb whose surface is
// not its base form and that no auxiliary follows; 「管轄する知事」 is 連体).
bool InRelativeClause(const std::vector<Token>& tokens, size_t particle, size_t act) {
  bool verb = false, te = false;
  for (size_t j = particle + 1; j < act && j < particle + 8; ++j) {
    const Token& t = tokens[j];
    if (t.pos == "動詞" || t.pos == "助動詞") {
      verb = true;
      // している: the て of an auxiliary; 作成し: a clause that ends here
      te = t.pos == "動詞" && t.surface != t.base && j + 1 < act && tokens[j + 1].pos == "名詞";
    } else if (t.pos == "名詞" && !verb && t.pos1 == "サ変接続") {
      continue;  // 管轄 of 管轄する
    } else if (t.pos == "助詞" && t.surface == "て" && verb) {
      te = true;
    } else {
      return verb && !te && t.pos == "名詞" && t.pos1 != "非自立";
    }
  }
  return false;
}

// The end of a condition clause: 「…したときは、」「…の場合には、」. The act's
// object is not looked for before it: that clause has acts of its own.
bool IsConditionEnd(const std::vector<Token>& tokens, size_t k) {
  const Token& t = tokens[k];
  if (t.surface != "とき" && t.surface != "場合" && t.surface != "時") return false;
  return k + 1 < tokens.size() && tokens[k + 1].pos == "助詞";
}

// A particle that may mark the act's object. The topic は of the clause
// (「前条の申請書は、知事に提出しなければならない」) marks it only when its
// phrase ends in the object: 「申請者は、…提出」 names who acts.
struct ObjectParticle {
  size_t index;
  bool topic;
};

bool IsTopic(const Token& t) { return t.surface == "は" && t.pos == "助詞" && t.pos1 == "係助詞"; }

// Whether the を at `particle` governs the act itself: no verb stands between
// them (「その者を所長に引き渡す」, not 「書類を、知事を経由して、提出」).
bool GovernsAct(const std::vector<Token>& tokens, size_t particle, size_t act) {
  for (size_t j = particle + 1; j < act; ++j) {
    if (tokens[j].pos == "動詞") return false;
  }
  return true;
}

// The particles that may mark the act's object, nearest first: for the verb
// form the を before the act in its clause that do not open a relative clause
// (at most three: 「書類を、知事を経由して、提出」 has two), then the clause's
// topic は; for the noun form the の right before it.
std::vector<ObjectParticle> ObjectParticles(const std::vector<Token>& tokens, size_t act, bool noun_form) {
  std::vector<ObjectParticle> out;
  if (noun_form) {
    if (act > 0 && tokens[act - 1].surface == "の") out.push_back({act - 1, false});
    return out;
  }
  std::optional<size_t> topic;
  for (size_t k = act; k > 0; --k) {
    const Token& t = tokens[k - 1];
    if (IsSentenceBreak(t) || IsConditionEnd(tokens, k - 1)) break;
    // 「申請書は」, not 「…にあっては」「…については」
    if (!topic && IsTopic(t) && k >= 2 && IsNominal(tokens[k - 2])) topic = k - 1;
    if (out.size() < 3 && (t.surface == "を" || t.surface == "ヲ") && t.pos == "助詞" &&
        !InRelativeClause(tokens, k - 1, act)) {
      out.push_back({k - 1, false});
    }
  }
  if (topic) out.push_back({*topic, true});
  return out;
}

// Whether a word ends at byte `offset` of the text: an object is a whole word
// or ends one (申請書, 変更届出書), never the head of a longer word (行政書 of
// 行政書士会 is no document).
bool WordEndsAt(const std::vector<Token>& tokens, size_t offset) {
  auto at = std::lower_bound(tokens.begin(), tokens.end(), offset,
                             [](const Token& t, size_t value) { return t.end < value; });
  return at != tokens.end() && at->end == offset;
}

// The first match of the object in text[from, to) that ends a word, or an
// empty piece. Tried from each start in turn, as a longer word may end later.
re2::StringPiece FirstObject(const RE2& object, std::string_view text, size_t from, size_t to,
                             const std::vector<Token>& tokens) {
  re2::StringPiece input(text.data(), to), m;
  while (from < to && object.Match(input, from, to, RE2::UNANCHORED, &m, 1)) {
    size_t end = static_cast<size_t>(m.data() - text.data()) + m.size();
    if (WordEndsAt(tokens, end)) return m;
    // Again from the next character: 「関係書類」 is 書類 after 関係書 fails.
    from = static_cast<size_t>(m.data() - text.data()) + 1;
    while (from < to && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) ++from;
  }
  return {};
}

// Whether the object found is one the act's `except` lexicon takes out.
bool Excepted(const ActPattern& p, std::string_view object) {
  return p.object_except != nullptr &&
         RE2::PartialMatch(re2::StringPiece(object.data(), object.size()), *p.object_except);
}

// The start of the object the phrase before `particle` names (or, for これを,
// the nearest object named before it), or npos. A topic's phrase must end in
// the object.
size_t ObjectStart(const ActPattern& p, std::string_view text, const std::vector<Token>& tokens,
                   ObjectParticle particle) {
  size_t first = PhraseStart(tokens, particle.index);
  if (first == particle.index) return std::string::npos;
  size_t begin = tokens[first].begin;
  const size_t end = tokens[particle.index].begin;
  std::string_view phrase = text.substr(begin, end - begin);
  if (particle.topic) {
    // The object is the phrase's head: a match from a token start to its end.
    re2::StringPiece input(phrase.data(), phrase.size());
    for (size_t j = first; j < particle.index; ++j) {
      size_t at = tokens[j].begin - begin;
      if (p.object->Match(input, at, phrase.size(), RE2::ANCHOR_BOTH, nullptr, 0)) {
        return Excepted(p, phrase.substr(at)) ? std::string::npos : tokens[j].begin;
      }
    }
  } else if (re2::StringPiece found = FirstObject(*p.object, text, begin, end, tokens); found.data() != nullptr) {
    if (Excepted(p, std::string_view(found.data(), found.size()))) return std::string::npos;
    return static_cast<size_t>(found.data() - text.data());  // the span opens on the object
  }
  if (!IsAnaphor(phrase)) return std::string::npos;
  // これを: the nearest object named before it in the sentence.
  re2::StringPiece last;
  for (size_t pos = 0;;) {
    re2::StringPiece m = FirstObject(*p.object, text, pos, begin, tokens);
    if (m.data() == nullptr) break;
    last = m;
    pos = static_cast<size_t>(m.data() - text.data()) + std::max<size_t>(m.size(), 1);
  }
  if (last.data() == nullptr || Excepted(p, std::string_view(last.data(), last.size()))) return std::string::npos;
  return static_cast<size_t>(last.data() - text.data());
}

}  // namespace

bool ActPossible(const ActPattern& p, std::string_view text) {
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *p.gate);
}

bool FindAct(const ActPattern& p, std::string_view text, const std::vector<Token>& tokens,
             const std::vector<Span>& dead, Span* out) {
  for (size_t i = 0; i < tokens.size(); ++i) {
    size_t stem_end = 0, then_end = 0;
    if (!AnchoredAt(*p.act, text, tokens[i].begin, &stem_end)) continue;
    if (!AnchoredAt(*p.then, text, stem_end, &then_end)) continue;
    size_t begin = std::string::npos;
    // 「…の文書は、郵便により提出することができる」: a document as the topic
    // of a permission is a means allowed, not a duty laid.
    const bool permission = text.substr(stem_end).starts_with("することができ");
    for (ObjectParticle particle : ObjectParticles(tokens, i, p.noun_form)) {
      if (particle.topic && permission) continue;
      begin = ObjectStart(p, text, tokens, particle);
      if (begin != std::string::npos) break;
      // The act's own object is no document: a を farther back is another verb's.
      if (!p.noun_form && !particle.topic && GovernsAct(tokens, particle.index, i)) break;
    }
    if (begin == std::string::npos) continue;
    if (Inside(dead, static_cast<uint32_t>(begin)) || Inside(dead, tokens[i].begin)) continue;
    *out = {static_cast<uint32_t>(begin), static_cast<uint32_t>(then_end)};
    return true;
  }
  return false;
}

}  // namespace analoglint
