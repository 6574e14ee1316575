#!/usr/bin/env bash
# Tests the translator workbench of `tolk serve` in a real browser (workbench.py beside this file).
# Usage: Tests/browser/run-workbench.sh TOLK_BINARY [SCREENSHOT_DIR]
# Needs chromium and chromium-driver (Debian) and selenium (requirements.txt; installed when missing).
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 TOLK_BINARY [SCREENSHOT_DIR]" >&2
  exit 2
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
python="${PYTHON:-python3}"
if [ ! -x "$1" ]; then
  echo "$1: no tolk binary there (swift build first)" >&2
  exit 2
fi
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "needs chromium and chromium-driver: apt-get install chromium chromium-driver" >&2
  exit 2
fi
if ! "$python" -c "import selenium" 2>/dev/null; then
  echo "Installing selenium"
  "$python" -m pip install -q --disable-pip-version-check "$(grep '^selenium==' "$here/requirements.txt")"
fi
exec "$python" "$here/workbench.py" "$1" ${2:+--screenshots "$2"}
