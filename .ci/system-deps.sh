#!/usr/bin/env bash
# Debian packages csc needs. `--runtime` (make run): only the libraries OpenCV
# loads for the OCR of chat images (libGL, GLib). Otherwise (make test) also
# Chromium for the browser tests, CJK fonts so Chinese renders and the picture
# set can be drawn, gettext for the translation catalog checks. `--bench`:
# only Valgrind (bench/screening_instructions.py).
set -euo pipefail
missing=()
libraries=$(ldconfig -p 2>/dev/null || true)
grep -q "libGL.so.1 " <<<"$libraries" || missing+=(libgl1)
grep -q "libglib-2.0.so.0 " <<<"$libraries" || missing+=(libglib2.0-0)
if [ "${1:-}" = "--bench" ]; then
  command -v valgrind >/dev/null || missing+=(valgrind)
elif [ "${1:-}" != "--runtime" ]; then
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
  command -v msgfmt >/dev/null || missing+=(gettext)
fi
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing Debian packages: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
