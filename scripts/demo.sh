#!/usr/bin/env bash
# Installs the dependencies (Debian 12), builds KefuDesk, creates a demo store once and opens it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
packaging/install-deps.sh
build="${KEFUDESK_BUILD_DIR:-build}"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKEFUDESK_BUILD_TESTS=OFF
cmake --build "$build" --target kefudesk
store="${KEFUDESK_DEMO_STORE:-$HOME/KefuDesk/demo.sqlite}"
mkdir -p "$(dirname "$store")"
if [[ ! -f "$store" ]]; then
  "$build/app/kefudesk" demo --store "$store"
fi
exec "$build/app/kefudesk" --store "$store"
