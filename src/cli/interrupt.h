// SIGINT, SIGTERM, SIGHUP and SIGPIPE during `check`: the run stops between files, writes no
// output file (the temporary files are removed) and exits with 130.
#ifndef ANALOGLINT_CLI_INTERRUPT_H_
#define ANALOGLINT_CLI_INTERRUPT_H_

namespace analoglint {

// Installs the handlers; safe to call more than once.
void InstallInterruptHandlers();
// True once one of those signals has arrived.
bool Interrupted();

}  // namespace analoglint

#endif  // ANALOGLINT_CLI_INTERRUPT_H_
