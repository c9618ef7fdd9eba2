#!/usr/bin/env bash
# Installs what KefuDesk needs to build, test and run on Debian 12 (bookworm). Needs root or sudo.
set -euo pipefail
packages=(
  build-essential cmake ninja-build ccache pkg-config git file dpkg-dev
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-charts-dev qt6-svg-dev libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libgl-dev libqt6opengl6-dev
  libspdlog-dev libfmt-dev libsqlite3-dev sqlite3 libsodium-dev libxlsxwriter-dev zlib1g-dev
  libbenchmark-dev fonts-wqy-microhei
  clang libclang-rt-14-dev
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "install-deps: everything is installed"
  exit 0
fi
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
