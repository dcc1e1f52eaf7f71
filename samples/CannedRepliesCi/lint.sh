#!/usr/bin/env bash
# Runs locally what the workflow runs in CI: reply-lint over replies/ with this folder's .replylint.yaml.
# Uses an installed reply-lint if there is one, else the one built from this repository.
set -uo pipefail
cd "$(dirname "$0")"
if command -v reply-lint >/dev/null 2>&1; then
  lint=(reply-lint)
else
  lint=(dotnet run --project ../../src/ReplyQuality.Cli --)
fi
"${lint[@]}" check replies/ --format sarif --output reply-lint.sarif
code=$?
"${lint[@]}" check replies/ --format text --fail-on none
echo "SARIF written to $(pwd)/reply-lint.sarif; exit code $code (0 = no error-level findings)"
exit $code
