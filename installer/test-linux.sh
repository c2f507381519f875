#!/usr/bin/env bash
# The installer test (installer/README.md), run by .ci/run as root on a clean machine after the packages are built
# (./mvnw -B -Pinstaller -DskipTests package). With no network at all (unshare -n), for the .deb and for the portable
# .tar.gz: the version, the sample plan, the report, the window under Xvfb, nothing unpacked into the user's home;
# uninstall keeps the data folder, reinstalling (and upgrading) finds the plan again.
#   usage: installer/test-linux.sh [target/installer]
set -euo pipefail
cd "$(dirname "$0")/.."
packages=$(cd "${1:-target/installer}" && pwd)
deb=$(ls "$packages"/kaname_*_amd64.deb)
tgz=$(ls "$packages"/kaname-*-linux-x64.tar.gz)
rpm=$(ls "$packages"/kaname-*-1.x86_64.rpm)
version=$(basename "$deb" | sed -E 's/^kaname_(.*)_amd64\.deb$/\1/')

if [ "${1:-}" != "--offline" ] && [ "${2:-}" != "--offline" ]; then
  # What an office PC's desktop already has (GTK, X libraries, xdg-utils: the package's Depends) and the test's own
  # tools come from the network first; the package itself is then installed and run with no network.
  missing=()
  for p in $(dpkg-deb -f "$deb" Depends | tr -d ' ' | tr ',' ' ') xvfb xdotool; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  exec unshare -n "$0" "$packages" --offline
fi

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }
# The only network interface in here is the loopback, and it is down.
[ "$(ls /sys/class/net)" = "lo" ] || fail "the test must run without network, but sees: $(ls /sys/class/net)"
step "no network: $(ls /sys/class/net) ($(cat /sys/class/net/lo/operstate))"

work=$(mktemp -d)
Xvfb :93 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; dpkg -r kaname >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

# $1 = the kaname command, $2 = the user's home; checks everything a planner does first, on the default data folder.
check_kaname() {
  local kaname=$1 home=$2
  HOME=$home "$kaname" --version | tee "$work/version"
  grep -qx "Kaname $version" "$work/version" || fail "--version printed '$(cat "$work/version")', not 'Kaname $version'"
  # -Xshare:on refuses to start unless the class-data-sharing archive maps where the package put it.
  HOME=$home JAVA_TOOL_OPTIONS=-Xshare:on "$kaname" --version >/dev/null 2>&1 \
    || fail "the class-data-sharing archive is not used by the installed launcher"
  HOME=$home "$kaname" plans | tee "$work/plans"
  grep -q "特別区における情報化推進リーダー" "$work/plans" || fail "kaname plans does not list the sample plan"
  rm -f "$work/r.pdf"
  HOME=$home "$kaname" report 1 --out "$work/r.pdf"
  [ "$(head -c 5 "$work/r.pdf")" = "%PDF-" ] || fail "kaname report 1 wrote no PDF"
  step "report: $(stat -c %s "$work/r.pdf") bytes"
  HOME=$home DISPLAY=:93 "$kaname" >"$work/app.log" 2>&1 & local app=$!
  local deadline=$(( $(date +%s) + 90 ))
  until DISPLAY=:93 xdotool search --onlyvisible --name "Kaname" >/dev/null 2>&1; do
    kill -0 $app 2>/dev/null || fail "the app exited before its window showed: $(cat "$work/app.log")"
    [ "$(date +%s)" -lt "$deadline" ] || fail "the app's window did not show within 90 s"
    sleep 0.2
  done
  step "window: $(DISPLAY=:93 xdotool search --onlyvisible --name Kaname getwindowname | head -1)"
  kill $app; wait $app 2>/dev/null || true
  # JavaFX finds its native libraries in the package's runtime; nothing is unpacked into the user's profile.
  [ ! -e "$home/.openjfx" ] || fail "JavaFX unpacked native libraries into $home/.openjfx"
}

step "deb: install $(basename "$deb")"
export XDG_DATA_HOME=
home=$work/home-deb
mkdir -p "$home"
dpkg -i "$deb" >/dev/null
[ "$(command -v kaname)" = /usr/bin/kaname ] || fail "kaname is not on the PATH as /usr/bin/kaname"
desktop=$(dpkg -L kaname | grep '\.desktop$' || true)
[ -n "$desktop" ] || fail "the package installs no desktop menu entry"
for f in $desktop; do [ -e "$f" ] || fail "$f is listed but not installed"; done
grep -q '^Icon=' $desktop || fail "the desktop entry has no icon"
step "menu entry: $desktop"
check_kaname kaname "$home"
data=$home/.local/share/kaname
[ -f "$data/kaname.mv.db" ] || fail "no database in the default data folder $data"
HOME=$home kaname plans > "$work/plans-before"

step "deb: upgrade to a newer version of the package"
# The same files under a higher version number: dpkg runs the upgrade path (old prerm, new postinst).
mkdir -p "$work/next"
dpkg-deb -R "$deb" "$work/next/root"
sed -i "s/^Version: .*/Version: $version+next/" "$work/next/root/DEBIAN/control"
dpkg-deb -Zgzip -z1 -b "$work/next/root" "$work/next/kaname-next.deb" >/dev/null
dpkg -i "$work/next/kaname-next.deb" >/dev/null
[ "$(dpkg-query -W -f='${Version}' kaname)" = "$version+next" ] || fail "the upgrade did not install"
HOME=$home kaname plans | diff -u "$work/plans-before" - || fail "the plans changed across the upgrade"

step "deb: uninstall"
dpkg -r kaname >/dev/null
[ ! -e /usr/bin/kaname ] || fail "/usr/bin/kaname is still there after uninstall"
[ -f "$data/kaname.mv.db" ] || fail "uninstalling removed the data folder's database"
step "data folder kept: $(ls "$data" | tr '\n' ' ')"
dpkg -P kaname >/dev/null 2>&1 || true
[ -f "$data/kaname.mv.db" ] || fail "purging the package removed the data folder's database"

step "deb: reinstall"
dpkg -i "$deb" >/dev/null
HOME=$home kaname plans | diff -u "$work/plans-before" - || fail "the plans are not the same after reinstalling"
dpkg -r kaname >/dev/null

step "tar.gz: unpack $(basename "$tgz") (no installation)"
home=$work/home-tgz
mkdir -p "$home" "$work/portable"
tar -C "$work/portable" -xzf "$tgz"
check_kaname "$work/portable/kaname/bin/kaname" "$home"
data=$home/.local/share/kaname
HOME=$home "$work/portable/kaname/bin/kaname" plans > "$work/plans-before"
step "tar.gz: delete the folder, unpack again elsewhere"
rm -rf "$work/portable"
[ -f "$data/kaname.mv.db" ] || fail "deleting the app folder removed the data folder's database"
mkdir -p "$work/moved"
tar -C "$work/moved" -xzf "$tgz"
HOME=$home "$work/moved/kaname/bin/kaname" plans | diff -u "$work/plans-before" - \
  || fail "the plans are not the same after unpacking again"
HOME=$home JAVA_TOOL_OPTIONS=-Xshare:on "$work/moved/kaname/bin/kaname" --version >/dev/null 2>&1 \
  || fail "the class-data-sharing archive is not used after the folder moved"

step "rpm: $(basename "$rpm")"
if command -v rpm >/dev/null 2>&1; then
  rpm -qlp "$rpm" 2>/dev/null | grep -qx /usr/bin/kaname || fail "the rpm does not install /usr/bin/kaname"
  rpm -qlp "$rpm" 2>/dev/null | grep -q '\.desktop$' || fail "the rpm has no desktop menu entry"
  step "rpm lists /usr/bin/kaname and its desktop entry (not installed: this is a Debian machine)"
fi
step "installer test passed"
