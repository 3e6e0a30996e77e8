#!/usr/bin/env bash
# Regenerates the EF Core migrations of all three providers from the one model.
#   deploy/migrations/regenerate.sh AddSomething   adds a migration named AddSomething to each provider
#   deploy/migrations/regenerate.sh --reset        deletes every migration and creates Initial anew
#                                                  (only before the first production install)
# A test (MigrationsAreCurrent) fails when the model has changes no migration carries.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet tool restore >/dev/null

name="${1:?name of the migration, or --reset}"
infra=src/Sip.Infrastructure
if [ "$name" = "--reset" ]; then
  rm -rf "$infra/Migrations"
  name=Initial
fi

dotnet build "$infra" -warnaserror >/dev/null
for provider in Sqlite Postgres SqlServer; do
  dotnet ef migrations add "$name" \
    --project "$infra" --startup-project "$infra" \
    --context "${provider}SipDbContext" \
    --output-dir "Migrations/$provider" \
    --no-build
  echo "$provider: $name"
done
