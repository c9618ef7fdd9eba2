#!/usr/bin/env bash
# Builds the .deb with CPack, checks what it installs, and starts the packaged binary.
set -euo pipefail
build="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work/out" > "$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/kefudesk_*.deb)
listing=$(dpkg-deb -c "$deb")
for f in ./usr/bin/kefudesk ./usr/share/applications/kefudesk.desktop \
         ./usr/share/icons/hicolor/scalable/apps/kefudesk.svg ./usr/share/metainfo/io.kefudesk.KefuDesk.metainfo.xml; do
  grep -q " $f\$" <<<"$listing" || { echo "missing from the package: $f"; exit 1; }
done
dpkg-deb -f "$deb" Depends | grep -q libqt6sql6-sqlite || { echo "the package does not depend on the SQLite driver"; exit 1; }
dpkg-deb -x "$deb" "$work/root"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$work/root/usr/share/applications/kefudesk.desktop"; fi
"$work/root/usr/bin/kefudesk" --version | grep -q '^kefudesk ' || { echo "the packaged binary does not start"; exit 1; }
QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/kefudesk" demo --store "$work/demo.sqlite" --agents 4 --days 1 > "$work/demo.log" 2>&1 || { cat "$work/demo.log"; exit 1; }
QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/kefudesk" screenshot --store "$work/demo.sqlite" --out "$work/shot.png" > "$work/shot.log" 2>&1 || { cat "$work/shot.log"; exit 1; }
test -s "$work/shot.png" || { echo "the packaged binary rendered no window"; exit 1; }
echo "1 passed, 0 failed"
