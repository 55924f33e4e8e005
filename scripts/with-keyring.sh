#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a GNOME keyring, so keychain tests talk to a
# real Secret Service (see README "Tests"). If we are already inside such a session
# (SSO_TRAY_KEYRING_READY=1), the command runs as is.
#
# gnome-keyring-daemon can abort on a race between clients that connect and leave quickly (an
# upstream assertion on a NULL client in OpenSession; a CI run lost its keyring that way). So the
# keyring here survives a restart of the daemon:
#   - its "login" collection is a file with no password (gnome-keyring's plain text format), which
#     any daemon opens unlocked, with no prompt (none can be shown here);
#   - the D-Bus daemon itself carries the private XDG folders, so when a client asks for
#     org.freedesktop.secrets after a crash, the daemon D-Bus starts reads that same file.
# It also starts the daemon on the first request, like a desktop session does.
set -euo pipefail
if [ "${SSO_TRAY_KEYRING_READY:-}" = 1 ]; then exec "$@"; fi
for tool in dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null || { echo "with-keyring: $tool is missing (apt-get install -y dbus gnome-keyring libsecret-tools)" >&2; exit 1; }
done
# Private XDG folders keep the developer's own keyrings out of the tests. A desktop session's
# GNOME_KEYRING_CONTROL would make the daemon D-Bus starts hand over to the developer's daemon
# (and exit without serving the private bus), so it goes too.
unset GNOME_KEYRING_CONTROL GNOME_KEYRING_PID
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home/.local/share" XDG_CACHE_HOME="$keyring_home/.cache" XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME/keyrings" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
printf '[keyring]\ndisplay-name=login\nctime=0\nmtime=0\nlock-on-idle=false\nlock-after=false\n' >"$XDG_DATA_HOME/keyrings/login.keyring"
printf 'login' >"$XDG_DATA_HOME/keyrings/default"
export SSO_TRAY_KEYRING_READY=1
# Not exec: this shell stays to remove the folder when the command ends, with its exit status. A
# signal sent to this shell alone is passed on to the command's whole process group (its own, from
# setsid: dbus-run-session does not pass signals to its child), and the folder goes only once the
# command has ended.
setsid dbus-run-session -- "$@" &
child=$!
trap 'kill -TERM -- "-$child" 2>/dev/null || true' TERM INT HUP
status=0
wait "$child" || status=$?
# A signal interrupts the first wait; the second collects the command's own status.
while kill -0 "$child" 2>/dev/null; do wait "$child" || status=$?; done
exit "$status"
