"""Counts the tests `dotnet test` ran, per database, from the TRX files the test projects write.

Database tests carry the provider in their class name (SqlitePlanStoreTests, PostgresPlanStoreTests,
SqlServer...). Under CI a skipped database test is a failure: it means the database was not reached.
"""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
root_dir = sys.argv[1] if len(sys.argv) > 1 else "TestResults"
files = glob.glob(os.path.join(root_dir, "**", "*.trx"), recursive=True)
if not files:
    print("no test results found")
    sys.exit(1)

counts = {}
totals = {"Passed": 0, "Failed": 0, "NotExecuted": 0}
reports = []
journeys = []
scans = []
for path in files:
    for result in ET.parse(path).getroot().iterfind(".//t:UnitTestResult", NS):
        name = result.get("testName", "")
        outcome = result.get("outcome", "")
        outcome = "NotExecuted" if outcome not in ("Passed", "Failed") else outcome
        # Tests that measure something (the access matrix, the accessibility scan) report it on their output.
        out = result.find("t:Output/t:StdOut", NS)
        if out is not None and out.text:
            lines = [line.strip() for line in out.text.splitlines()]
            reports.extend(line for line in lines if "combinations" in line or "GET routes read" in line or line.startswith("Hostile input") or "none acted on" in line or line.startswith("Database outage") or line.startswith("Database server restarted") or line.startswith("Killed under load"))
            scans.extend(line for line in lines if line.startswith("axe "))
        journey = re.search(r"UserJourneyTests\.Journey(\d)_(\w+)", name)
        if journey:
            journeys.append((journey.group(1), outcome, journey.group(2).replace("_", " ")))
        totals[outcome] += 1
        match = re.search(r"(Sqlite|Postgres|SqlServer)", name)
        database = match.group(1) if match else "none (domain, application, architecture)"
        counts.setdefault(database, {"Passed": 0, "Failed": 0, "NotExecuted": 0})[outcome] += 1

for line in sorted(reports):
    print(f"  {line}")
if journeys:
    print("User journeys in the browser:")
    for number, outcome, words in sorted(journeys):
        print(f"  journey {number}: {outcome.lower():11} {words}")
if scans:
    print("Accessibility (axe-core) per page of the journeys:")
    for line in scans:
        print(f"  {line}")
for database, c in sorted(counts.items()):
    print(f"  {database:42} {c['Passed']:5} passed {c['Failed']:4} failed {c['NotExecuted']:4} skipped")
print(f"{totals['Passed']} passed, {totals['Failed']} failed, {totals['NotExecuted']} skipped")

ci = os.environ.get("CI", "").lower() == "true"
db_skipped = sum(c["NotExecuted"] for d, c in counts.items() if d in ("Sqlite", "Postgres"))
if ci and db_skipped:
    print(f"CI: {db_skipped} database tests were skipped; under CI they must run")
    sys.exit(1)
if "Postgres" not in counts or counts["Postgres"]["Passed"] == 0:
    print("PostgreSQL tests did not run" + ("" if not ci else " — failing under CI"))
    sys.exit(1 if ci else 0)
