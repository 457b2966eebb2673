#include <doctest/doctest.h>

#include "io/path_glob.h"

namespace analoglint {

TEST_CASE("a glob without / names a file or folder at any depth, as in .gitignore") {
  CHECK(PathGlobMatches("*.old.txt", "a.old.txt"));
  CHECK(PathGlobMatches("*.old.txt", "reiki/2020/a.old.txt"));
  CHECK_FALSE(PathGlobMatches("*.old.txt", "a.txt"));
  CHECK(PathGlobMatches("archive", "reiki/archive/a.txt"));  // a folder covers what is in it
  CHECK(PathGlobMatches("archive/", "archive/2020/a.txt"));
  CHECK_FALSE(PathGlobMatches("archive/", "archived/a.txt"));
}

TEST_CASE("a / at the start or inside anchors the glob at the config's folder") {
  CHECK(PathGlobMatches("drafts/*.txt", "drafts/a.txt"));
  CHECK_FALSE(PathGlobMatches("drafts/*.txt", "reiki/drafts/a.txt"));
  CHECK_FALSE(PathGlobMatches("drafts/*.txt", "drafts/2026/a.txt"));  // * stays in one folder
  CHECK(PathGlobMatches("/第1条.txt", "第1条.txt"));
  CHECK_FALSE(PathGlobMatches("/第1条.txt", "sub/第1条.txt"));
  CHECK(PathGlobMatches("reiki/?.txt", "reiki/a.txt"));
  CHECK_FALSE(PathGlobMatches("reiki/?.txt", "reiki/ab.txt"));
  CHECK(PathGlobMatches("reiki/[ab].txt", "reiki/b.txt"));
}

TEST_CASE("** spans zero or more folders") {
  CHECK(PathGlobMatches("**/reiki/*.txt", "reiki/a.txt"));
  CHECK(PathGlobMatches("**/reiki/*.txt", "x/y/reiki/a.txt"));
  CHECK(PathGlobMatches("drafts/**/*.txt", "drafts/a.txt"));
  CHECK(PathGlobMatches("drafts/**/*.txt", "drafts/2026/04/a.txt"));
  CHECK_FALSE(PathGlobMatches("drafts/**/*.txt", "other/2026/a.txt"));
  CHECK(PathGlobMatches("drafts/**", "drafts/2026/a.txt"));
}

TEST_CASE("nothing but a literal .. reaches above the config's folder") {
  CHECK_FALSE(PathGlobMatches("*.txt", "../a.txt"));
  CHECK_FALSE(PathGlobMatches("**/a.txt", "../x/a.txt"));
  CHECK_FALSE(PathGlobMatches("*/a.txt", "../a.txt"));
  CHECK(PathGlobMatches("../drafts/*.txt", "../drafts/a.txt"));
}

TEST_CASE("escaped metacharacters match themselves; an empty glob matches nothing") {
  CHECK(PathGlobMatches("/a\\*.txt", "a*.txt"));
  CHECK_FALSE(PathGlobMatches("/a\\*.txt", "ab.txt"));
  CHECK_FALSE(PathGlobMatches("", "a.txt"));
  CHECK_FALSE(PathGlobMatches("/", "a.txt"));
}

}  // namespace analoglint
