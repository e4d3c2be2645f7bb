#!/bin/sh
# The browser tests drive a system Chromium, never a downloaded one. Where $CHROMIUM (default
# /usr/bin/chromium) is missing, install Debian's package (about 35 s). Elsewhere, for example on
# GitHub's Ubuntu runners, point CHROMIUM at an installed Chrome instead.
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
[ -x "$CHROMIUM" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
    echo "Chromium is not at $CHROMIUM and there is no apt-get: install Chromium or Chrome and set CHROMIUM=/path/to/it" >&2
    exit 1
fi
SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo
echo "Chromium is not at $CHROMIUM: installing Debian's chromium package"
$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
[ -x "$CHROMIUM" ] || { echo "apt-get did not install $CHROMIUM" >&2; exit 1; }
