#!/usr/bin/env bash
# Install the system tools the browser and sharding tests need, from Debian's
# packages, when they are missing: chromium (headless, driven by
# playwright-core) and GNU parallel. Idempotent; needs root (CI runs as
# root). Usage: scripts/ensure-browser.sh [PACKAGE...]  (default: chromium parallel)
set -u
pkgs=("$@")
[ ${#pkgs[@]} -eq 0 ] && pkgs=(chromium parallel)
missing=()
for p in "${pkgs[@]}"; do
  cmd="$p"
  if ! command -v "$cmd" >/dev/null 2>&1; then missing+=("$p"); fi
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != "0" ]; then
  echo "ensure-browser: ${missing[*]} missing and not root; install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-browser: ${missing[*]} missing and apt-get is not available on this system" >&2
  exit 1
fi
# One installer at a time (several test files may ask at once).
exec 9>/tmp/thucthe-ensure-browser.lock
flock -w 600 9 || { echo "ensure-browser: timed out waiting for another install" >&2; exit 1; }
still=()
for p in "${missing[@]}"; do command -v "$p" >/dev/null 2>&1 || still+=("$p"); done
[ ${#still[@]} -eq 0 ] && exit 0
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null 2>&1 || apt-get update
apt-get install -y -qq --no-install-recommends "${still[@]}" fonts-noto-core >/dev/null 2>&1 \
  || apt-get install -y --no-install-recommends "${still[@]}"
for p in "${still[@]}"; do
  command -v "$p" >/dev/null 2>&1 || { echo "ensure-browser: could not install $p" >&2; exit 1; }
done
exit 0
