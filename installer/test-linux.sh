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
# The only network interface in here is the loopback (/proc/net/dev is this network namespace's list).
interfaces=$(tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' ' | tr '\n' ' ')
[ "$interfaces" = "lo " ] || fail "the test must run without network, but sees: $interfaces"
step "no network: only $interfaces"

work=$(mktemp -d)
Xvfb :93 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; dpkg -r kaname >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

# $1 = the kaname command, $2 = the user's home (user.home, which Java takes from the password file, not $HOME);
# checks everything a planner does first, on the default data folder under that home.
check_kaname() {
  local kaname=$1 home=$2
  export HOME=$home JAVA_TOOL_OPTIONS="-Duser.home=$home"
  "$kaname" --version 2>/dev/null | tee "$work/version"
  grep -qx "Kaname $version" "$work/version" || fail "--version printed '$(cat "$work/version")', not 'Kaname $version'"
  # The class-data-sharing archive maps where the package put it: the JDK's first class comes from it.
  JAVA_TOOL_OPTIONS="-Duser.home=$home -Xlog:class+load=info:file=$work/classes.log" "$kaname" --version >/dev/null 2>&1
  grep -q "java.lang.Object source: shared objects file" "$work/classes.log" \
    || fail "the installed launcher does not use the class-data-sharing archive"
  "$kaname" plans 2>/dev/null | tee "$work/plans"
  grep -q "特別区における情報化推進リーダー" "$work/plans" || fail "kaname plans does not list the sample plan"
  # The command line's exit codes come through the launcher: 3 for an unknown plan, 2 for a usage error.
  local code=0
  "$kaname" rank 999 >/dev/null 2>&1 || code=$?
  [ "$code" -eq 3 ] || fail "kaname rank 999 exited with $code, not 3 (unknown plan)"
  code=0
  "$kaname" no-such-command >/dev/null 2>&1 || code=$?
  [ "$code" -eq 2 ] || fail "kaname no-such-command exited with $code, not 2 (usage)"
  rm -f "$work/r.pdf"
  "$kaname" report 1 --out "$work/r.pdf" 2>/dev/null
  [ "$(head -c 5 "$work/r.pdf")" = "%PDF-" ] || fail "kaname report 1 wrote no PDF"
  step "report: $(stat -c %s "$work/r.pdf") bytes"
  DISPLAY=:93 "$kaname" >"$work/app.log" 2>&1 & local app=$!
  local deadline=$(( $(date +%s) + 90 ))
  until DISPLAY=:93 xdotool search --onlyvisible --name "Kaname" >/dev/null 2>&1; do
    kill -0 $app 2>/dev/null || fail "the app exited before its window showed: $(cat "$work/app.log")"
    [ "$(date +%s)" -lt "$deadline" ] || fail "the app's window did not show within 90 s"
    sleep 0.2
  done
  step "window: $(DISPLAY=:93 xdotool search --onlyvisible --name Kaname getwindowname | head -1)"
  # Every screen once (Ctrl+1…8), as a planner would, and then no error in the log. JavaFX is a set of named modules in
  # the package's runtime, and reflective access that the class path of java -jar allows fails only here.
  local log=$home/.local/share/kaname/kaname.log
  until grep -q "opened in" "$log" 2>/dev/null; do
    [ "$(date +%s)" -lt "$deadline" ] || fail "the app did not open the sample plan within 90 s"
    sleep 0.2
  done
  local window
  window=$(DISPLAY=:93 xdotool search --onlyvisible --name Kaname | head -1)
  DISPLAY=:93 xdotool mousemove 400 300 windowfocus "$window"
  for screen in 2 3 4 5 6 7 8 1; do
    DISPLAY=:93 xdotool key "ctrl+$screen"
    sleep 1
  done
  if grep -q " ERROR " "$log"; then
    fail "the app logged errors while showing its screens: $(grep -A3 " ERROR " "$log" | head -12)"
  fi
  step "screens 1-8 shown, no error in the log"
  # The launcher runs the package's own runtime, not a JDK of the machine's.
  local exe
  exe=$(readlink -f /proc/$app/exe)
  case "$exe" in
    */kaname/lib/runtime/bin/java) step "runtime: $exe" ;;
    *) fail "the app runs on $exe, not on the package's own runtime" ;;
  esac
  kill $app; wait $app 2>/dev/null || true
  # JavaFX finds its native libraries in the package's runtime; nothing is unpacked into the user's profile.
  [ ! -e "$home/.openjfx" ] || fail "JavaFX unpacked native libraries into $home/.openjfx"
  [ -f "$home/.local/share/kaname/kaname.mv.db" ] || fail "no database in the default data folder under $home"
}

step "deb: install $(basename "$deb")"
unset XDG_DATA_HOME
home=$work/home-deb
mkdir -p "$home"
dpkg -i "$deb" >/dev/null
[ "$(command -v kaname)" = /usr/bin/kaname ] || fail "kaname is not on the PATH as /usr/bin/kaname"
desktop=/usr/share/applications/kaname-kaname.desktop
[ -f "$desktop" ] || fail "the package added no desktop menu entry ($desktop)"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -f "$icon" ] || fail "the desktop entry's icon $icon is not installed"
grep -q '^Name\[ja\]=Kaname（要）' "$desktop" || fail "the desktop entry has no Japanese name"
step "menu entry: $desktop, icon $icon"
check_kaname kaname "$home"
data=$home/.local/share/kaname
[ -f "$data/kaname.mv.db" ] || fail "no database in the default data folder $data"
kaname plans > "$work/plans-before" 2>/dev/null

step "deb: upgrade to a newer version of the package"
# The same files under a higher version number: dpkg runs the upgrade path (old prerm, new postinst).
mkdir -p "$work/next"
dpkg-deb -R "$deb" "$work/next/root"
sed -i "s/^Version: .*/Version: $version+next/" "$work/next/root/DEBIAN/control"
dpkg-deb -Zgzip -z1 -b "$work/next/root" "$work/next/kaname-next.deb" >/dev/null
dpkg -i "$work/next/kaname-next.deb" >/dev/null
[ "$(dpkg-query -W -f='${Version}' kaname)" = "$version+next" ] || fail "the upgrade did not install"
kaname plans 2>/dev/null | diff -u "$work/plans-before" - || fail "the plans changed across the upgrade"

step "deb: uninstall"
dpkg -r kaname >/dev/null
[ ! -e /usr/bin/kaname ] || fail "/usr/bin/kaname is still there after uninstall"
[ -f "$data/kaname.mv.db" ] || fail "uninstalling removed the data folder's database"
step "data folder kept: $(ls "$data" | tr '\n' ' ')"
dpkg -P kaname >/dev/null 2>&1 || true
[ -f "$data/kaname.mv.db" ] || fail "purging the package removed the data folder's database"

step "deb: reinstall"
dpkg -i "$deb" >/dev/null
kaname plans 2>/dev/null | diff -u "$work/plans-before" - || fail "the plans are not the same after reinstalling"
dpkg -r kaname >/dev/null

step "tar.gz: unpack $(basename "$tgz") (no installation)"
home=$work/home-tgz
mkdir -p "$home" "$work/portable"
tar -C "$work/portable" -xzf "$tgz"
check_kaname "$work/portable/kaname/bin/kaname" "$home"
data=$home/.local/share/kaname
"$work/portable/kaname/bin/kaname" plans > "$work/plans-before" 2>/dev/null
step "tar.gz: delete the folder, unpack again elsewhere"
rm -rf "$work/portable"
[ -f "$data/kaname.mv.db" ] || fail "deleting the app folder removed the data folder's database"
mkdir -p "$work/moved"
tar -C "$work/moved" -xzf "$tgz"
"$work/moved/kaname/bin/kaname" plans 2>/dev/null | diff -u "$work/plans-before" - \
  || fail "the plans are not the same after unpacking again"
JAVA_TOOL_OPTIONS="-Duser.home=$home -Xlog:class+load=info:file=$work/classes.log" \
  "$work/moved/kaname/bin/kaname" --version >/dev/null 2>&1
grep -q "java.lang.Object source: shared objects file" "$work/classes.log" \
  || fail "the class-data-sharing archive is not used after the folder moved"

step "rpm: $(basename "$rpm")"
if command -v rpm >/dev/null 2>&1; then
  rpm -qlp "$rpm" > "$work/rpm-files" 2>/dev/null
  grep -qx /usr/bin/kaname "$work/rpm-files" || fail "the rpm does not install /usr/bin/kaname"
  grep -q '\.desktop$' "$work/rpm-files" || fail "the rpm has no desktop menu entry"
  ! grep -qx -e /usr -e /usr/bin -e /opt "$work/rpm-files" || fail "the rpm claims a system folder as its own"
  step "rpm lists /usr/bin/kaname and its desktop entry (not installed: this is a Debian machine)"
fi
step "installer test passed"
