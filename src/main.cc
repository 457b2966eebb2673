// analog-lint: finds analog requirements in Japanese legal text.
#include "cli/commands.h"

int main(int argc, char** argv) { return analoglint::Main(argc, argv); }
