#!/usr/bin/env bash
# Generates one EF Core migration for every module DbContext on BOTH providers (SQLite and PostgreSQL).
# Usage: scripts/add-migration.sh <MigrationName> [Module ...]   (default: every module context)
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh <MigrationName> [Module ...]}
shift
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
contexts=("$@")
[ ${#contexts[@]} -gt 0 ] || contexts=(Registry Identity Audit Investment Supervision Chains Map)  # folder = <name>, context = <name>Db
for provider in Sqlite Postgres; do
  for context in "${contexts[@]}"; do
    dotnet ef migrations add "$name" \
      --context "${context}Db" \
      --project "src/Migrations/Tianzhong.Migrations.$provider" \
      --startup-project src/Tianzhong.Web \
      --output-dir "$context" \
      --namespace "Tianzhong.Migrations.$provider.$context" \
      -- --Database:Provider=$provider "--ConnectionStrings:Postgres=Host=localhost;Database=design_time"
    # EF writes a new snapshot under a folder named after the namespace; keep it beside its migrations.
    project="src/Migrations/Tianzhong.Migrations.$provider"
    find "$project/Tianzhong" -name "${context}DbModelSnapshot.cs" -exec mv {} "$project/$context/" \; 2>/dev/null || true
    rm -rf "$project/Tianzhong"
  done
done
