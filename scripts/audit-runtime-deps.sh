#!/usr/bin/env bash
# Fails on known high-severity vulnerabilities in runtime dependencies. When the registry's audit
# service cannot be reached (some mirrors answer 405), says so loudly and does not fail: an
# unavailable service is not evidence of a vulnerability, and the lockfile is still pinned.
set -uo pipefail
out=$(npm audit --omit=dev --audit-level=high 2>&1)
code=$?
echo "$out" | grep -v 'nodedir' | tail -20
if [ $code -ne 0 ]; then
  if echo "$out" | grep -qiE 'audit endpoint returned an error|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|405 Method Not Allowed'; then
    echo "WARNING: the npm audit service is unavailable from this machine; audit skipped."
    exit 0
  fi
  echo "npm audit found high-severity vulnerabilities in runtime dependencies."
  exit 1
fi
