#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked GNOME keyring, so keychain tests
# talk to a real Secret Service (see README "Tests"). If we are already inside such a session
# (SSO_TRAY_KEYRING_READY=1), the command runs as is.
set -euo pipefail
if [ "${SSO_TRAY_KEYRING_READY:-}" = 1 ]; then exec "$@"; fi
for tool in dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null || { echo "with-keyring: $tool is missing (apt-get install -y dbus gnome-keyring libsecret-tools)" >&2; exit 1; }
done
# A private HOME for the keyring daemon keeps the developer's own keyrings out of the tests.
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
export KEYRING_HOME="$keyring_home"
exec dbus-run-session -- bash -c '
  export XDG_DATA_HOME="$KEYRING_HOME/.local/share" XDG_CACHE_HOME="$KEYRING_HOME/.cache" XDG_RUNTIME_DIR="$KEYRING_HOME/run"
  mkdir -p "$XDG_DATA_HOME/keyrings" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
  chmod 700 "$XDG_RUNTIME_DIR"
  eval "$(printf %s "test-keyring-password" | gnome-keyring-daemon --unlock --components=secrets)"
  export SSO_TRAY_KEYRING_READY=1
  exec "$@"' with-keyring "$@"
