#!/bin/sh
# scripts/bootstrap.sh — 新しいクローンを 1 コマンドで動く状態にする。
# Makes a fresh clone runnable with one command (used by `npm start` / `npm test`).
#
#   sh scripts/bootstrap.sh            # 依存パッケージ / dependencies (npm ci when needed)
#   sh scripts/bootstrap.sh --browser  # + Chromium for the e2e tests
#
# Quiet when everything is already in place.  POSIX sh (dash) compatible.
set -eu

cd "$(dirname "$0")/.."

want_browser=0
for arg in "$@"; do
  case "$arg" in
    --browser) want_browser=1 ;;
    -h|--help)
      sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
      exit 0 ;;
    *)
      echo "bootstrap: 不明な引数です / unknown argument: $arg" >&2
      exit 2 ;;
  esac
done

say() { printf 'bootstrap: %s\n' "$*"; }
die() { printf 'bootstrap: エラー / error: %s\n' "$*" >&2; exit 1; }

MIN_MAJOR=22
MIN_MINOR=12

# ---------------------------------------------------------------- npm ci
need_install=''
if [ ! -d node_modules ]; then
  need_install='node_modules がありません / node_modules is missing'
elif [ ! -f node_modules/.package-lock.json ]; then
  need_install='node_modules/.package-lock.json がありません / node_modules looks incomplete'
elif [ -n "$(find package-lock.json -newer node_modules/.package-lock.json 2>/dev/null)" ]; then
  need_install='package-lock.json が更新されています / package-lock.json is newer than node_modules'
fi

if [ -n "$need_install" ]; then
  command -v npm >/dev/null 2>&1 || die "npm が見つかりません。Node.js (>= $MIN_MAJOR.$MIN_MINOR 推奨) と npm をインストールしてください / npm not found: install Node.js and npm first."
  say "$need_install"
  say "npm ci を実行します / running: npm ci"
  npm ci || die "npm ci に失敗しました / npm ci failed (see the npm output above)."
fi

# ---------------------------------------------------------------- Node >= 22.12
# The devDependency `node@24` puts node_modules/.bin/node first on PATH for
# every npm script; check that binary (or, if it is absent, whatever `node`
# is on PATH).
version_ok() { # $1 = output of `node --version`, e.g. v24.21.0
  v=${1#v}
  major=${v%%.*}
  rest=${v#*.}
  minor=${rest%%.*}
  case "$major$minor" in ''|*[!0-9]*) return 1 ;; esac
  [ "$major" -gt "$MIN_MAJOR" ] || { [ "$major" -eq "$MIN_MAJOR" ] && [ "$minor" -ge "$MIN_MINOR" ]; }
}

if [ -x node_modules/.bin/node ]; then
  node_bin=node_modules/.bin/node
else
  node_bin=$(command -v node 2>/dev/null || true)
fi
node_version=''
if [ -n "$node_bin" ]; then
  node_version=$("$node_bin" --version 2>/dev/null || true)
fi
if ! version_ok "$node_version"; then
  {
    echo "bootstrap: エラー: Node.js $MIN_MAJOR.$MIN_MINOR 以上が必要です（見つかったもの: ${node_bin:-なし} ${node_version:-?}）。"
    echo "bootstrap: error: Node.js >= $MIN_MAJOR.$MIN_MINOR is required (found: ${node_bin:-none} ${node_version:-?})."
    echo "  node_modules/.bin/node は devDependency の \"node\" パッケージ（preinstall スクリプト）が用意します。"
    echo "  node_modules/.bin/node comes from the \"node\" devDependency (its preinstall script)."
    echo "  対処 / fix: rm -rf node_modules && npm ci   (install scripts must not be disabled: no --ignore-scripts,"
    echo "              and \"node\" must not be denied in package.json \"allowScripts\"),"
    echo "              または Node.js $MIN_MAJOR.$MIN_MINOR+ を直接インストール / or install Node.js $MIN_MAJOR.$MIN_MINOR+ yourself."
  } >&2
  exit 1
fi

# ---------------------------------------------------------------- Chromium
find_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    [ -x "$CHROMIUM_PATH" ] && { echo "$CHROMIUM_PATH"; return 0; }
    return 1
  fi
  for c in /usr/bin/chromium /usr/bin/chromium-browser; do
    [ -x "$c" ] && { echo "$c"; return 0; }
  done
  return 1
}

if [ "$want_browser" -eq 1 ] && ! find_chromium >/dev/null; then
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    die "CHROMIUM_PATH=$CHROMIUM_PATH は実行可能ファイルではありません / CHROMIUM_PATH does not point to an executable."
  fi
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "Chromium がないので Debian の chromium をインストールします / installing Debian chromium: apt-get update && apt-get install -y chromium"
    DEBIAN_FRONTEND=noninteractive apt-get update \
      && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium \
      || say "apt-get に失敗しました / apt-get failed"
  fi
  if ! find_chromium >/dev/null; then
    {
      echo "bootstrap: エラー: e2e テストには Chromium が必要ですが見つかりません（/usr/bin/chromium, /usr/bin/chromium-browser）。"
      echo "bootstrap: error: the e2e tests need Chromium and none was found (/usr/bin/chromium, /usr/bin/chromium-browser)."
      echo "  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium"
      echo "  それ以外 / otherwise: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chrome"
      echo "  単体テストだけなら / unit tests only: npm run test:unit"
    } >&2
    exit 1
  fi
fi
exit 0
