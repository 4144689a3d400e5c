#!/usr/bin/env bash
# The whole test suite: types, unit and integration tests (PGlite, plus PostgreSQL
# when TEST_DATABASE_URL is set), the production build, and browser tests in
# Debian's Chromium. Ends with one line "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."

if { [ ! -x /usr/bin/chromium ] && [ -z "${CHROMIUM_PATH:-}" ]; } || ! command -v pdftotext >/dev/null 2>&1; then
  echo "Installing Debian's chromium and poppler-utils for the browser and PDF tests …"
  if [ "$(id -u)" = "0" ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null) || {
      echo "Could not install chromium and poppler-utils: browser and PDF tests cannot run." >&2
      exit 1
    }
  else
    echo "Run as root or install chromium and poppler-utils (apt-get install chromium poppler-utils) first." >&2
    exit 1
  fi
fi

mkdir -p test-results
status=0
npx tsc --noEmit || status=1
npx eslint . || status=1
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json || status=1
npm run build --silent || status=1
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=test-results/e2e.json || status=1
node test/summarize.mjs test-results/unit.json test-results/e2e.json || status=1
exit $status
