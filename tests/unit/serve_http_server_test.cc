#include "serve/http_server.h"

#include <doctest/doctest.h>

namespace analoglint {

TEST_CASE("IsLoopbackHost, only IP literals of loopback and localhost") {
  for (const char* yes : {"127.0.0.1", "127.1.2.3", "::1", "localhost"}) {
    CHECK_MESSAGE(IsLoopbackHost(yes), yes);
  }
  for (const char* no : {"127.evil.example", "127.0.0.1.nip.io", "127.", "128.0.0.1", "example.org", "0.0.0.0",
                         "::", "localhost.evil.example", ""}) {
    CHECK_MESSAGE(!IsLoopbackHost(no), no);
  }
}

TEST_CASE("HostAllowed, DNS rebinding") {
  SUBCASE("loopback names with the right port") {
    CHECK(HostAllowed("127.0.0.1:8080", "127.0.0.1", 8080));
    CHECK(HostAllowed("[::1]:8080", "127.0.0.1", 8080));
    CHECK(HostAllowed("localhost:8080", "127.0.0.1", 8080));
    CHECK(HostAllowed("LocalHost.:8080", "127.0.0.1", 8080));
    CHECK(HostAllowed("127.0.0.1", "127.0.0.1", 80));
  }
  SUBCASE("names that only look like loopback, or another port") {
    CHECK(!HostAllowed("127.evil.example:8080", "127.0.0.1", 8080));
    CHECK(!HostAllowed("127.0.0.1.nip.io:8080", "127.0.0.1", 8080));
    CHECK(!HostAllowed("attacker.example:8080", "127.0.0.1", 8080));
    CHECK(!HostAllowed("127.0.0.1:8081", "127.0.0.1", 8080));
    CHECK(!HostAllowed("127.0.0.1", "127.0.0.1", 8080));
    CHECK(!HostAllowed("", "127.0.0.1", 8080));
  }
  SUBCASE("the name given with --host") {
    CHECK(HostAllowed("drafts.local:8080", "drafts.local", 8080));
    CHECK(!HostAllowed("other.local:8080", "drafts.local", 8080));
  }
}

}  // namespace analoglint
