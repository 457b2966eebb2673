#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "io/read_file.h"

namespace analoglint {

TEST_CASE("ReadFileBytes, errors name the file") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "analoglint_read_file_test";
  fs::create_directories(dir);
  SUBCASE("a folder") {
    auto r = ReadFileBytes(dir.string());
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message() == dir.string() + ": is a folder, not a file");
  }
  SUBCASE("missing") {
    auto r = ReadFileBytes((dir / "nope.txt").string());
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message() == (dir / "nope.txt").string() + ": no such file");
  }
  SUBCASE("too large, and the content when it fits") {
    fs::path f = dir / "big.txt";
    std::ofstream(f) << std::string(100, 'a');
    auto r = ReadFileBytes(f.string(), 10);
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message() == f.string() + ": file too large (100 bytes; the limit is 10, --max-file-size)");
    auto ok = ReadFileBytes(f.string());
    REQUIRE(ok.ok());
    CHECK(ok->size() == 100);
  }
  fs::remove_all(dir);
}

}  // namespace analoglint
