using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Features.Directory.Import;
using Sip.Domain.Organizations;
using Sip.Domain.Users;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// The county loads its catalogue of units and users from a CSV file (docs/directory-import.md):
/// the same file twice changes nothing the second time, bad rows are reported one by one while the
/// rest go in, and a file that cannot be read is refused whole.
/// </summary>
public sealed class DirectoryImportTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private const string Route = "/api/v1/directory/import";

    [Theory, SqliteData, PostgresData]
    public async Task Importing_the_same_file_twice_changes_nothing_the_second_time(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var t = Tag();
        var number = await AddOrganizationAsync(app, $"Testkommun {t}");
        using var admin = await app.SignedInAsync(DemoDirectory.Administrator);

        // The users come first in the file and name units further down: units are imported first.
        var csv = $"""
            Typ;HSA-id;Namn;Organisation;Enhetstyp;E-post;Användarnamn;Titel;Roll;Enheter;Chef;Uppföljningsområde;Aktiv
            användare;SE2321000206-E{t};Sara Ek;;;sara.ek@example.se;sara.{t};Sjuksköterska;hälso- och sjukvård;SE2321000206-H{t};ja;;ja
            användare;;Olle Berg;;;;olle.{t};;socialsekreterare;Socialtjänsten {t};;;
            användare;;Lina Stöd;;;;lina.{t};;SIP-stödjare;;;Region Jämtland Härjedalen;
            enhet;SE2321000206-H{t};"Hälsocentralen {t}; Norr";Region Jämtland Härjedalen;Hälsocentral;hc.{t}@example.se;;;;;;;ja
            enhet;;Socialtjänsten {t};{number.Replace("-", string.Empty, StringComparison.Ordinal)};socialtjänst;;;;;;;;
            """;

        var first = await ImportAsync(admin, csv, bom: true);

        Assert.Equal((5, 0, 0, 0), (first.Added, first.Changed, first.Unchanged, first.Rejected));
        Assert.Equal([2, 3, 4, 5, 6], first.Rows.Select(r => r.Line));
        var before = await DirectoryAsync(app);
        var logLines = await LogLinesAsync(app);

        var second = await ImportAsync(admin, csv, bom: true);

        Assert.Equal((0, 0, 5, 0), (second.Added, second.Changed, second.Unchanged, second.Rejected));
        Assert.All(second.Rows, r => Assert.Equal(ImportOutcome.Unchanged, r.Outcome));
        Assert.Equal(before, await DirectoryAsync(app));

        // The import is one administrative command: one line in the access log, never one per row.
        Assert.Equal(logLines + 1, await LogLinesAsync(app));

        await using var db = app.Database.CreateContext();
        var clinic = await db.Units.SingleAsync(u => u.HsaId == $"SE2321000206-H{t}");
        Assert.Equal(($"Hälsocentralen {t}; Norr", UnitKind.PrimaryCare, DemoDirectory.RegionJh, $"hc.{t}@example.se"),
            (clinic.Name, clinic.Kind, clinic.OrganizationId, clinic.InvitationMailbox));
        var sara = await db.Users.SingleAsync(u => u.UserName == $"sara.{t}");
        Assert.Equal((UserRole.HealthcareStaff, true, "Sjuksköterska", clinic.Id),
            (sara.Role, sara.IsManager, sara.Title, Assert.Single(sara.UnitIds)));
        var olle = await db.Users.SingleAsync(u => u.UserName == $"olle.{t}");
        var socialServices = await db.Units.SingleAsync(u => u.Id == Assert.Single(olle.UnitIds));
        Assert.Equal($"Socialtjänsten {t}", socialServices.Name);
        var lina = await db.Users.SingleAsync(u => u.UserName == $"lina.{t}");
        Assert.Equal((UserRole.SipSupport, DemoDirectory.RegionJh), (lina.Role, lina.AreaOrganizationId));
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_file_with_bad_rows_reports_each_bad_row_with_every_reason_and_imports_the_rest(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var t = Tag();
        using var admin = await app.SignedInAsync(DemoDirectory.Administrator);
        var csv = $"""
            typ,hsa-id,namn,organisation,enhetstyp,e-post,användarnamn,roll,enheter,aktiv
            enhet,SE2321000206-G{t},Hälsocentralen God {t},Region Jämtland Härjedalen,hälsocentral,,,,,
            enhet,SE-fel,,Okänd kommun,sjukhus,inte-en-adress,,,,kanske
            användare,,Per Fel,,,per@,per.{t},sköterska,Finns inte {t}|SE2321000206-G{t},
            användare,,Dubbel Ett,,,,dubbel.{t},socialsekreterare,Socialtjänsten Östersund – Vuxenenheten,
            användare,,Dubbel Två,,,,dubbel.{t},socialsekreterare,Socialtjänsten Östersund – Vuxenenheten,
            grupp,,Något,,,,,,,
            användare,,God Användare,,,,god.{t},hälso- och sjukvård,SE2321000206-G{t},
            """;

        var report = await ImportAsync(admin, csv);

        Assert.Equal((2, 0, 0, 5), (report.Added, report.Changed, report.Unchanged, report.Rejected));
        var byLine = report.Rows.ToDictionary(r => r.Line);
        Assert.Equal(ImportOutcome.Added, byLine[2].Outcome);
        Assert.Equal(ImportOutcome.Added, byLine[8].Outcome);

        var unit = byLine[3];
        Assert.Equal((ImportOutcome.Rejected, DirectoryRowKind.Unit), (unit.Outcome, unit.Kind));
        Assert.Equal(["aktiv", "e-post", "enhetstyp", "hsa-id", "namn", "organisation"],
            unit.Problems.Select(p => p.Column).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(unit.Problems, p => p
            is { Column: "organisation", Message: "Organisationen finns inte i katalogen.", Value: "Okänd kommun" });
        Assert.Contains(unit.Problems, p => p.Column == "hsa-id" && p.Message.StartsWith("HSA-id skrivs SE", StringComparison.Ordinal));

        var user = byLine[4];
        Assert.Equal(ImportOutcome.Rejected, user.Outcome);
        Assert.Equal(["e-post", "enheter", "roll"], user.Problems.Select(p => p.Column).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(user.Problems, p => p is { Column: "enheter", Message: "Enheten finns inte i katalogen." } && p.Value
            == $"Finns inte {t}");
        Assert.Contains(user.Problems, p => p is { Column: "roll", Value: "sköterska" });

        Assert.All([byLine[5], byLine[6]],
            r => Assert.Equal(new ImportProblem("användarnamn", "Samma användare finns på flera rader i filen."),
                Assert.Single(r.Problems)));
        Assert.Equal(new ImportProblem("typ", "Skriv enhet eller användare.", "grupp"), Assert.Single(byLine[7].Problems));

        await using var db = app.Database.CreateContext();
        var good = await db.Units.SingleAsync(u => u.HsaId == $"SE2321000206-G{t}");
        Assert.Equal(good.Id, Assert.Single((await db.Users.SingleAsync(u => u.UserName == $"god.{t}")).UnitIds));
        Assert.False(await db.Users.AnyAsync(u => u.UserName == $"per.{t}" || u.UserName == $"dubbel.{t}"));
        Assert.False(await db.Units.AnyAsync(u => u.HsaId == "SE-fel"));
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_changed_row_is_applied_and_reported_with_the_columns_that_changed(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var t = Tag();
        using var admin = await app.SignedInAsync(DemoDirectory.Administrator);
        const string Header = "typ;namn;organisation;enhetstyp;hsa-id;användarnamn;titel;roll;enheter;aktiv";
        var unit = $"enhet;Beroendeteamet {t};Region Jämtland Härjedalen;psykiatri och beroendevård;SE2321000206-T{t};;;;;";
        await ImportAsync(admin, $"{Header}\n{unit}\nanvändare;Kim Lund;;;;kim.{t};Kurator;hälso- och sjukvård;SE2321000206-T{t};\n");

        // A title, a second unit and the account closed; a file without the e-post column leaves it alone.
        var report = await ImportAsync(admin,
            $"{Header}\n{unit}\nanvändare;Kim Lund;;;;kim.{t};Socionom;hälso- och sjukvård;SE2321000206-T{t}|Hälsocentralen " +
            $"Odenslund;nej\n");

        Assert.Equal((0, 1, 1, 0), (report.Added, report.Changed, report.Unchanged, report.Rejected));
        var changed = Assert.Single(report.Rows, r => r.Outcome == ImportOutcome.Changed);
        Assert.Equal((3, DirectoryRowKind.User, $"kim.{t}"), (changed.Line, changed.Kind, changed.Key));
        Assert.Equal(["titel", "enheter", "aktiv"], changed.ChangedColumns);
        await using var db = app.Database.CreateContext();
        var kim = await db.Users.SingleAsync(u => u.UserName == $"kim.{t}");
        Assert.Equal(("Socionom", false, 2), (kim.Title, kim.IsActive, kim.UnitIds.Count));
        Assert.Contains(DemoDirectory.HalsocentralenOdenslund, kim.UnitIds);
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_preview_reports_what_an_import_would_do_and_writes_nothing(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var t = Tag();
        using var admin = await app.SignedInAsync(DemoDirectory.Administrator);
        var csv = $"""
            typ,namn,organisation,enhetstyp,användarnamn,roll,enheter
            användare,Ny Person,,,ny.{t},socialsekreterare,Mottagningen {t}
            enhet,Mottagningen {t},Östersunds kommun,socialtjänst,,,
            användare,Fel Person,,,fel.{t},socialsekreterare,
            """;
        var before = await DirectoryAsync(app);
        var logLines = await LogLinesAsync(app);

        var preview = await ImportAsync(admin, csv, dryRun: true);

        Assert.True(preview.DryRun);
        Assert.Equal((2, 1), (preview.Added, preview.Rejected));
        Assert.Equal(before, await DirectoryAsync(app));
        Assert.Equal(logLines, await LogLinesAsync(app));

        var imported = await ImportAsync(admin, csv);

        Assert.False(imported.DryRun);
        Assert.Equal(preview.Rows.Select(r => (r.Line, r.Outcome)), imported.Rows.Select(r => (r.Line, r.Outcome)));
        Assert.NotEqual(before, await DirectoryAsync(app));
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_file_that_cannot_be_read_is_refused_whole_with_every_problem(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var t = Tag();
        using var admin = await app.SignedInAsync(DemoDirectory.Administrator);
        var before = await DirectoryAsync(app);

        var tooLarge = new byte[DirectoryCsv.MaxBytes + 1];
        Array.Fill(tooLarge, (byte)'a');
        var cases = new (string What, byte[] Body, string[] Fields)[]
        {
            ("empty", [], ["fil"]),
            ("only blank lines", "\r\n\r\n"u8.ToArray(), ["fil"]),
            ("not UTF-8", [0x74, 0x79, 0x70, 0x3b, 0xff, 0xfe, 0x00], ["fil"]),
            ("a spreadsheet, not CSV", [0x50, 0x4b, 0x03, 0x04, 0x00, 0x00], ["fil"]),
            ("larger than 5 MB", tooLarge, ["fil"]),
            ("header without typ and namn, with a misspelt and a repeated column",
                Encoding.UTF8.GetBytes($"rolll;hsa-id;HSA-id\nenhet;SE2321000206-X{t};\n"), ["hsa-id", "namn", "rolll", "typ"]),
            ("an unclosed quote",
                Encoding.UTF8.GetBytes(
                    $"typ;namn;organisation;enhetstyp\nenhet;Bra {t};Östersunds kommun;socialtjänst\nenhet;\"Trasig {t};Östersunds " +
                $"kommun;socialtjänst\n"), ["rad 3"]),
        };

        foreach (var (what, body, fields) in cases)
        {
            foreach (var dryRun in new[] { false, true })
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
                using var response = await admin.PostAsync(new Uri($"{Route}?dryRun={dryRun}", UriKind.Relative), content);

                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {(int)response.StatusCode}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
                Assert.Equal(fields, errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
            }
        }

        Assert.Equal(before, await DirectoryAsync(app));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Only_an_administrator_may_import(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var t = Tag();
        var csv = $"typ;namn;organisation;enhetstyp\nenhet;Obehörig {t};Östersunds kommun;socialtjänst\n";
        var before = await DirectoryAsync(app);

        foreach (var user in new[] { DemoDirectory.SocialWorker, DemoDirectory.Nurse, DemoDirectory.SipSupport })
        {
            using var client = await app.SignedInAsync(user);
            foreach (var dryRun in new[] { false, true })
            {
                using var response = await PostAsync(client, csv, dryRun);
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            }
        }

        using var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        using var unsigned = await PostAsync(anonymous, csv, dryRun: false);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(before, await DirectoryAsync(app));
    }

    [Theory, SqliteData, PostgresData]
    public async Task The_documented_example_files_import_as_documented(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var admin = await app.SignedInAsync(DemoDirectory.Administrator);
        var semicolons = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Find(), "docs", "katalog-exempel.csv"));
        var commas = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Find(), "docs", "katalog-exempel-komma.csv"));
        Assert.Equal(Encoding.UTF8.GetPreamble(), semicolons[..3]);

        var first = await ImportAsync(admin, semicolons);
        var second = await ImportAsync(admin, commas);

        Assert.Equal((7, 0), (first.Added, first.Rejected));
        Assert.Equal((2, 0), (second.Added, second.Rejected));
        await using var db = app.Database.CreateContext();
        var manager = await db.Users.SingleAsync(u => u.UserName == "johan.sund");
        Assert.Equal((true, 2), (manager.IsManager, manager.UnitIds.Count));
        Assert.Equal("Beroendemottagningen Östersund; öppenvård",
            (await db.Units.SingleAsync(u => u.HsaId == "SE2321000206-B002")).Name);
        Assert.Equal("Berg, Anders", (await db.Users.SingleAsync(u => u.UserName == "anders.berg")).DisplayName);
        Assert.Equal(DemoDirectory.Ostersund, (await db.Users.SingleAsync(u => u.UserName == "maja.as")).AreaOrganizationId);
    }

    private static string Tag() => Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Task<DirectoryImportReport> ImportAsync(HttpClient admin, string csv, bool dryRun = false, bool bom = false) =>
        ImportAsync(admin, [.. (bom ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(csv)], dryRun);

    private static async Task<DirectoryImportReport> ImportAsync(HttpClient admin, byte[] file, bool dryRun = false)
    {
        using var response = await PostAsync(admin, file, dryRun);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonSerializer.Deserialize<DirectoryImportReport>(body, Json.Options)!;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string csv, bool dryRun) =>
        PostAsync(client, Encoding.UTF8.GetBytes(csv), dryRun);

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] bytes, bool dryRun)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        return client.PostAsync(new Uri($"{Route}?dryRun={(dryRun ? "true" : "false")}", UriKind.Relative), content);
    }

    /// <summary>Every unit and user with every field an import can set, as one text to compare.</summary>
    private static async Task<string> DirectoryAsync(SipWebFactory app)
    {
        await using var db = app.Database.CreateContext();
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Id).ToListAsync();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Id).ToListAsync();
        return string.Join('\n',
            units.Select(u => $"{u.Id}|{u.OrganizationId}|{u.Name}|{u.Kind}|{u.HsaId}|{u.InvitationMailbox}|{u.IsActive}")
            .Concat(users.Select(
                u => $"{u.Id}|{u.UserName}|{u.DisplayName}|{u.Title}|{u.HsaId}|{u.Role}|{string.Join(',', u.UnitIds)}|" +
                    $"{u.AreaOrganizationId}|{u.Email}|{u.IsManager}|{u.IsActive}")));
    }

    private static async Task<int> LogLinesAsync(SipWebFactory app)
    {
        await using var db = app.Database.CreateContext();
        return await db.AuditEntries.CountAsync();
    }

    /// <summary>An organisation known by its organisation number, as a county's catalogue names it.</summary>
    private static async Task<string> AddOrganizationAsync(SipWebFactory app, string name)
    {
        var number = $"21{Random.Shared.Next(1000, 9999)}-{Random.Shared.Next(1000, 9999)}";
        await using var db = app.Database.CreateContext();
        db.Organizations.Add(new Organization(Guid.CreateVersion7(), name, OrganizationKind.Municipality, number));
        await db.SaveChangesAsync();
        return number;
    }
}
