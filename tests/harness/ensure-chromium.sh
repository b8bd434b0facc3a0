#!/usr/bin/env bash
# Debian's Chromium is the browser the demo and the e2e tests drive (browser downloads cannot work here).
set -euo pipefail
if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] && fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk"; then exit 0; fi
echo "Installing Debian chromium and a CJK font (needs root)…" >&2
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
