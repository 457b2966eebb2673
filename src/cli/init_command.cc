// analog-lint init: writes a commented project config to start from.
#include <filesystem>
#include <fstream>

#include "cli/commands.h"
#include "config/project_config.h"

namespace analoglint {

int RunInit(const std::string& folder, bool force, std::ostream& out, std::ostream& err) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) {
    err << "analog-lint: " << folder << ": no such folder\n";
    return 2;
  }
  fs::path path = fs::path(folder) / kConfigFileName;
  std::string name = fs::path(path).lexically_normal().generic_string();
  if (fs::exists(path, ec) && !force) {
    err << "analog-lint: " << name << ": already exists (--force replaces it)\n";
    return 2;
  }
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file << InitConfigText();
  file.close();
  if (!file) {
    err << "analog-lint: " << name << ": cannot write the file\n";
    return 2;
  }
  out << "wrote " << name << "\n";
  return 0;
}

}  // namespace analoglint
