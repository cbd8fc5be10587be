#!/usr/bin/env bash
# Adds every public symbol the PublicApiAnalyzers report as undeclared (RS0016) to
# src/MesoRules/PublicAPI.Unshipped.txt, then sorts the file. Review the diff before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
file=src/MesoRules/PublicAPI.Unshipped.txt
log=$(mktemp)
dotnet build src/MesoRules -p:TreatWarningsAsErrors=false -nologo >"$log" 2>&1 || true
{
  tail -n +2 "$file"
  grep -oE "RS0016: Symbol '.*' is not part of the declared public API" "$log" \
    | sed -E "s/^RS0016: Symbol '(.*)' is not part of the declared public API$/\1/"
} | LC_ALL=C sort -u >"$log.new"
{ echo '#nullable enable'; cat "$log.new"; } >"$file"
rm -f "$log" "$log.new"
echo "$(($(wc -l <"$file") - 1)) entries in $file"
