#!/usr/bin/env bash
# Generates one EF Core migration for every module DbContext on BOTH providers (SQLite and PostgreSQL).
# Usage: scripts/add-migration.sh <MigrationName>
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh <MigrationName>}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
contexts=(Registry Identity Audit)  # module folder = <name>, context = <name>Db
for provider in Sqlite Postgres; do
  for context in "${contexts[@]}"; do
    dotnet ef migrations add "$name" \
      --context "${context}Db" \
      --project "src/Migrations/Tianzhong.Migrations.$provider" \
      --startup-project src/Tianzhong.Web \
      --output-dir "$context" \
      --namespace "Tianzhong.Migrations.$provider.$context" \
      -- --Database:Provider=$provider "--ConnectionStrings:Postgres=Host=localhost;Database=design_time"
  done
done
