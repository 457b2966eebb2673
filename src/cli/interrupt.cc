#include "cli/interrupt.h"

#include <atomic>
#include <csignal>

namespace analoglint {
namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void OnSignal(int) { g_interrupted.store(true); }

}  // namespace

void InstallInterruptHandlers() {
  struct sigaction action = {};
  action.sa_handler = OnSignal;
  sigemptyset(&action.sa_mask);
  // Every signal that would end the run and can be caught: the run stops at
  // the next file and the temporary outputs are removed on the way out.
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) sigaction(sig, &action, nullptr);
}

bool Interrupted() { return g_interrupted.load(); }

}  // namespace analoglint
