#!/usr/bin/env bash
# Builds the sample site and checks it in a real browser (see README.md beside this file).
# Usage: Tests/browser/run.sh TOLK_BINARY OUTPUT_DIR
# Installs what is missing (Debian: chromium, chromium-driver, fonts-noto-core; pip: requirements),
# runs `TOLK_BINARY build --project <repo root> --output OUTPUT_DIR`, then check_site.py on it.
# The sample has two clinics (profiles), so the build writes OUTPUT_DIR/oslo/ and
# OUTPUT_DIR/trondheim/; both are checked.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 TOLK_BINARY OUTPUT_DIR" >&2
  exit 2
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
tolk="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
mkdir -p "$(dirname "$2")"
out="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
python="${PYTHON:-python3}"

if [ ! -x "$tolk" ]; then
  echo "$1: no tolk binary there (swift build first)" >&2
  exit 2
fi

# Debian packages, only when missing. Noto fonts: Urdu (Nastaliq), Arabic (Naskh) and others, so
# that the overflow check and the screenshots see the scripts as a patient's phone shows them.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
dpkg-query -W -f='${Status}' fonts-noto-core 2>/dev/null | grep -q "install ok installed" || missing+=(fonts-noto-core)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Python packages, only when missing or at another version.
if ! "$python" - "$here/requirements.txt" "$here/requirements-nodeps.txt" <<'PY'
import sys
from importlib.metadata import version, PackageNotFoundError
for name in sys.argv[1:]:
    for line in open(name):
        line = line.split("#")[0].strip()
        if not line:
            continue
        package, wanted = line.split("==")
        try:
            if version(package) != wanted:
                sys.exit(1)
        except PackageNotFoundError:
            sys.exit(1)
PY
then
  echo "Installing Python packages"
  "$python" -m pip install -q --disable-pip-version-check -r "$here/requirements.txt"
  "$python" -m pip install -q --disable-pip-version-check --no-deps -r "$here/requirements-nodeps.txt"
fi

"$tolk" build --project "$root" --output "$out"
for profile in oslo trondheim; do
  "$python" "$here/check_site.py" "$out/$profile"
done

# A withheld page in a right-to-left language: a copy of the sample whose Arabic warning-signs
# translation calls 112 instead of 113 (the build must withhold it), checked in the browser too.
copy="$(mktemp -d)"
cp -r "$root/Content" "$root/Locales" "$root/Site" "$copy/"
sed -i '/<target>/s/113/112/g' "$copy/Locales/ar/topics/warning-signs.xlf"
"$tolk" build --project "$copy" --profile oslo --output "$copy/_site" | grep "withheld"
exec "$python" "$here/check_site.py" "$copy/_site" --only '^ar/(index\.html|topics/warning-signs/index\.html)$' \
  --expect-withheld ar --screenshots "$(mktemp -d)"
