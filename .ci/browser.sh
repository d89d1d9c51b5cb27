#!/usr/bin/env bash
# Source me: Debian's chromium for the dashboard test (tests/web), installed when missing.
# Playwright drives this system browser; `playwright install` is never run (it downloads).
if ! command -v chromium >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
echo "chromium: $(command -v chromium)"
