#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium for the browser tests and the widget bench
# (playwright-core drives it; no browser is downloaded). Idempotent: does nothing when it runs.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ] && "$CHROMIUM" --headless --no-sandbox --version >/dev/null 2>&1; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing at $CHROMIUM and installing it needs root." >&2
  echo "Run: sudo apt-get update && sudo apt-get install -y chromium   (then npm test again)" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing at $CHROMIUM and this machine has no apt-get; install Debian's chromium package by hand." >&2
  exit 1
fi

echo "Installing Debian's chromium for the browser tests…" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y chromium
"$CHROMIUM" --headless --no-sandbox --version >/dev/null
