#!/usr/bin/env bash
# Regenerates the EF Core migrations of all three providers from the one model, and the idempotent
# SQL scripts of the two server providers (deploy/migrations/postgres.sql, sqlserver.sql), and the
# script that creates an empty embedded database (src/Sip.Infrastructure/Persistence/Sqlite/create.sql).
#   deploy/migrations/regenerate.sh AddSomething   adds a migration named AddSomething to each provider
#   deploy/migrations/regenerate.sh --scripts      only rewrites the SQL scripts (e.g. after a merge
#                                                  brought in migrations from another branch)
#   deploy/migrations/regenerate.sh --compiled-model  only rewrites the embedded default's compiled
#                                                  model (e.g. after a merge)
#   deploy/migrations/regenerate.sh --reset        deletes every migration and creates Initial anew
#                                                  (only before the first production install)
# Tests fail when the model has changes no migration carries (PersistenceTests,
# SqlServerModelTests), when a script differs from what the migrations generate
# (MigrationScriptTests, SqliteCreationScriptTests) and when the embedded default's compiled
# model no longer matches the model (CompiledModelTests).
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet tool restore >/dev/null

name="${1:?name of the migration, --scripts, --compiled-model or --reset}"
infra=src/Sip.Infrastructure
if [ "$name" = "--reset" ]; then
  rm -rf "$infra/Migrations"
  name=Initial
fi

# The embedded default starts from a compiled model (see DatabaseRegistration.UseSqlite), found by
# its assembly attribute. It is rewritten with every migration; CompiledModelTests fail when it no
# longer matches the model. Removed first, so that a model it no longer compiles against builds.
compiled_model() {
  rm -rf "$infra/CompiledModels/Sqlite"
  dotnet build "$infra" -warnaserror >/dev/null
  dotnet ef dbcontext optimize \
    --project "$infra" --startup-project "$infra" \
    --context SqliteSipDbContext \
    --output-dir CompiledModels/Sqlite \
    --namespace Sip.Infrastructure.CompiledModels.Sqlite \
    --no-build >/dev/null
  dotnet build "$infra" -warnaserror >/dev/null
  echo "Sqlite: compiled model"
}

if [ "$name" = "--compiled-model" ]; then
  compiled_model
  exit 0
fi

dotnet build "$infra" -warnaserror >/dev/null
if [ "$name" != "--scripts" ]; then
  for provider in Sqlite Postgres SqlServer; do
    dotnet ef migrations add "$name" \
      --project "$infra" --startup-project "$infra" \
      --context "${provider}SipDbContext" \
      --output-dir "Migrations/$provider" \
      --no-build
    echo "$provider: $name"
  done
  compiled_model
fi

# What a DBA reviews and applies instead of running `dotnet Sip.Web.dll migrate`: safe to run on a
# database at any earlier migration, it applies only what that database lacks.
for provider in Postgres SqlServer; do
  script="deploy/migrations/$(echo "$provider" | tr '[:upper:]' '[:lower:]').sql"
  dotnet ef migrations script --idempotent \
    --project "$infra" --startup-project "$infra" \
    --context "${provider}SipDbContext" \
    --output "$script" \
    --no-build
  echo "$provider: $script"
done

# The embedded default creates an empty database with this script instead of migrating it (see
# DatabaseInitializer): SQLite has no idempotent script, and needs none for an empty database.
dotnet ef migrations script \
  --project "$infra" --startup-project "$infra" \
  --context SqliteSipDbContext \
  --output "$infra/Persistence/Sqlite/create.sql" \
  --no-build
echo "Sqlite: $infra/Persistence/Sqlite/create.sql"
