#include "formats/json_scan.h"

#include <cstring>

#include "text/utf8.h"

namespace analoglint {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The four hex digits at json[i], or -1.
long Hex4(std::string_view json, size_t i) {
  if (i + 4 > json.size()) return -1;
  long v = 0;
  for (size_t k = 0; k < 4; ++k) {
    int h = HexValue(json[i + k]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

class Scanner {
 public:
  Scanner(std::string_view json, int max_depth) : json_(json), max_depth_(max_depth) {}

  StatusOr<JsonValue> Document() {
    JsonValue root;
    if (!Value(&root, 0)) return Error();
    SkipSpace();
    if (pos_ != json_.size()) return Error();
    return root;
  }

 private:
  Status Error() const {
    if (too_deep_) {
      return Status::InvalidInput("JSON nested deeper than " + std::to_string(max_depth_) +
                                  " arrays and objects at byte offset " + std::to_string(pos_));
    }
    return Status::InvalidInput("broken JSON at byte offset " + std::to_string(pos_));
  }

  void SkipSpace() {
    while (pos_ < json_.size() && std::strchr(" \t\r\n", json_[pos_]) != nullptr && json_[pos_] != '\0') ++pos_;
  }

  bool Eat(char c) {
    SkipSpace();
    if (pos_ < json_.size() && json_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }

  // Recursion is bounded by max_depth_: the depth is checked before descending.
  bool Value(JsonValue* v, int depth) {
    SkipSpace();
    if (pos_ >= json_.size()) return false;
    v->offset = pos_;
    char c = json_[pos_];
    if (c == '{' || c == '[') {
      if (depth >= max_depth_) {
        too_deep_ = true;
        return false;
      }
      return c == '{' ? Object(v, depth + 1) : Array(v, depth + 1);
    }
    if (c == '"') {
      v->kind = JsonValue::Kind::kString;
      return String();
    }
    if (Literal("true") || Literal("false")) {
      v->kind = JsonValue::Kind::kBool;
      return true;
    }
    if (Literal("null")) return true;
    v->kind = JsonValue::Kind::kNumber;
    return Number();
  }

  bool Object(JsonValue* v, int depth) {
    v->kind = JsonValue::Kind::kObject;
    ++pos_;
    if (Eat('}')) return true;
    do {
      SkipSpace();
      size_t key_at = pos_;
      if (pos_ >= json_.size() || json_[pos_] != '"' || !String() || !Eat(':')) return false;
      v->keys.push_back(JsonStringAt(json_, key_at));
      v->items.emplace_back();
      if (!Value(&v->items.back(), depth)) return false;
    } while (Eat(','));
    return Eat('}');
  }

  bool Array(JsonValue* v, int depth) {
    v->kind = JsonValue::Kind::kArray;
    ++pos_;
    if (Eat(']')) return true;
    do {
      v->items.emplace_back();
      if (!Value(&v->items.back(), depth)) return false;
    } while (Eat(','));
    return Eat(']');
  }

  bool Literal(std::string_view word) {
    if (json_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }

  bool Number() {
    size_t start = pos_;
    if (pos_ < json_.size() && json_[pos_] == '-') ++pos_;
    auto digits = [&] {
      size_t from = pos_;
      while (pos_ < json_.size() && json_[pos_] >= '0' && json_[pos_] <= '9') ++pos_;
      return pos_ > from;
    };
    if (!digits()) return false;
    if (pos_ < json_.size() && json_[pos_] == '.') {
      ++pos_;
      if (!digits()) return false;
    }
    if (pos_ < json_.size() && (json_[pos_] == 'e' || json_[pos_] == 'E')) {
      ++pos_;
      if (pos_ < json_.size() && (json_[pos_] == '+' || json_[pos_] == '-')) ++pos_;
      if (!digits()) return false;
    }
    return pos_ > start;
  }

  // Checks the literal at pos_ (the opening quote) and moves past it.
  bool String() {
    ++pos_;
    while (pos_ < json_.size()) {
      unsigned char c = static_cast<unsigned char>(json_[pos_]);
      if (c == '"') {
        ++pos_;
        return true;
      }
      if (c < 0x20) return false;
      if (c != '\\') {
        ++pos_;
        continue;
      }
      if (pos_ + 1 >= json_.size()) return false;
      char e = json_[pos_ + 1];
      if (e != 'u') {
        if (std::strchr("\"\\/bfnrt", e) == nullptr || e == '\0') return false;
        pos_ += 2;
        continue;
      }
      long unit = Hex4(json_, pos_ + 2);
      if (unit < 0 || (unit >= 0xDC00 && unit <= 0xDFFF)) return false;  // a lone low surrogate
      pos_ += 6;
      if (unit >= 0xD800 && unit <= 0xDBFF) {  // a high surrogate needs its low half
        long low = json_.substr(pos_, 2) == "\\u" ? Hex4(json_, pos_ + 2) : -1;
        if (low < 0xDC00 || low > 0xDFFF) return false;
        pos_ += 6;
      }
    }
    return false;
  }

  std::string_view json_;
  int max_depth_;
  size_t pos_ = 0;
  bool too_deep_ = false;
};

}  // namespace

const JsonValue* JsonValue::Find(std::string_view key) const {
  for (size_t i = 0; i < keys.size(); ++i) {
    if (keys[i] == key) return &items[i];
  }
  return nullptr;
}

StatusOr<JsonValue> ScanJson(std::string_view json, int max_depth) { return Scanner(json, max_depth).Document(); }

std::string JsonStringAt(std::string_view json, size_t quote) {
  std::string out;
  DecodeJsonString(json, quote, [&](std::string_view ch, size_t) { out += ch; });
  return out;
}

namespace json_internal {

void DecodeChar(std::string_view json, size_t* i, std::string* out) {
  if (json[*i] != '\\') {
    size_t start = *i;
    NextCodePoint(json, i);
    out->append(json.substr(start, *i - start));
    return;
  }
  char e = json[*i + 1];
  *i += 2;
  switch (e) {
    case 'n': out->push_back('\n'); return;
    case 't': out->push_back('\t'); return;
    case 'r': out->push_back('\r'); return;
    case 'b': out->push_back('\b'); return;
    case 'f': out->push_back('\f'); return;
    case 'u': break;
    default: out->push_back(e); return;  // \" \\ \/
  }
  char32_t c = static_cast<char32_t>(Hex4(json, *i));
  *i += 4;
  if (c >= 0xD800 && c <= 0xDBFF) {
    char32_t low = static_cast<char32_t>(Hex4(json, *i + 2));
    c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
    *i += 6;
  }
  AppendUtf8(c, out);
}

}  // namespace json_internal

}  // namespace analoglint
