#!/usr/bin/env bash
# Installs what the browser tests need, from Debian's packages: Chromium, its matching ChromeDriver, and Thai
# fonts (without them Thai text renders as empty boxes in the screenshots). Safe to run again: it does nothing
# when everything is there. Run as root (CI and the development machines are root).
set -euo pipefail

packages=(chromium chromium-driver fonts-thai-tlwg)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-browser: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

/usr/bin/chromium --version
/usr/bin/chromedriver --version
