#!/usr/bin/env bash
# Installs the dependencies (Debian 12), builds KefuDesk with every test, and runs them all.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
packaging/install-deps.sh
build="${KEFUDESK_BUILD_DIR:-build}"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${KEFUDESK_BUILD_TYPE:-RelWithDebInfo}"
cmake --build "$build"
ctest --test-dir "$build" --output-on-failure -j "$(nproc)"
