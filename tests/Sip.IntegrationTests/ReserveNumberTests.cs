using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Features.Plans;
using Sip.Domain.People;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// Rule 33 over HTTP: a person without personnummer or samordningsnummer is started with the region's
/// reservnummer or with none, found again by name and birth date, and every wrong combination is a
/// Swedish 400 that writes nothing.
/// </summary>
public sealed class ReserveNumberTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private static object Body(
        string? kind, string? identityNumber, string? reserveNumber, string? birthDate, string name = "Amir Haddad") => new
        {
            initiatingUnitId = DemoDirectory.VuxenenhetenOstersund,
            externalCaseReference = $"R-{Guid.NewGuid():N}",
            origin = "SocialServicesCase",
            personalIdentityNumber = identityNumber,
            personName = name,
            hasProtectedIdentity = false,
            childrenInHousehold = false,
            reason = "Asylsökande utan personnummer; behöver samordning mellan socialtjänst och beroendevård.",
            placement = (object?)null,
            identityKind = kind,
            reserveNumber,
            birthDate,
        };

    [Theory, SqliteData, PostgresData]
    public async Task A_plan_starts_with_each_kind_of_identity_and_says_which(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = await app.SignedInAsync(DemoDirectory.SocialWorker);

        var personal = await StartAsync(client, Body(null, "19850314-9828", null, null));
        var reserve = await StartAsync(client, Body("ReserveNumber", null, "20010517-ab12", "2001-05-17"));
        var none = await StartAsync(client, Body("None", null, null, "1990-01-02", "Noor Ali"));

        Assert.Equal(
            (IdentityKind.PersonalIdentityNumber, "198503149828", (string?)null, (DateOnly?)new DateOnly(1985, 3, 14)),
            (personal.IdentityKind, personal.PersonalIdentityNumber, personal.ReserveNumber, personal.BirthDate));
        Assert.Equal(
            (IdentityKind.ReserveNumber, (string?)null, "20010517AB12", (DateOnly?)new DateOnly(2001, 5, 17)),
            (reserve.IdentityKind, reserve.PersonalIdentityNumber, reserve.ReserveNumber, reserve.BirthDate));
        Assert.Equal(
            (IdentityKind.None, (string?)null, (string?)null, (DateOnly?)new DateOnly(1990, 1, 2)),
            (none.IdentityKind, none.PersonalIdentityNumber, none.ReserveNumber, none.BirthDate));
    }

    /// <summary>Kind, personnummer, reservnummer, birth date; the field answered and its message.</summary>
    private static readonly (string? Kind, string? Number, string? Reserve, string? Born, string Field, string Message)[]
        WrongCombinations =
    [
        ("PersonalIdentityNumber", "19850314-9828", "20010517AB12", null, "reserveNumber",
            "Reservnummer anges bara för en person utan personnummer och samordningsnummer."),
        (null, "19850314-9828", null, "1985-03-14", "birthDate",
            "Födelsedatumet följer av personnumret; ange det bara för en person utan personnummer."),
        ("ReserveNumber", "19850314-9828", "20010517AB12", "2001-05-17", "personalIdentityNumber",
            "Personen har ett personnummer eller samordningsnummer: välj det slaget av identitet i stället."),
        ("ReserveNumber", null, null, "2001-05-17", "reserveNumber", "Ange reservnumret."),
        ("ReserveNumber", null, "20010517AB12", null, "birthDate", "Ange födelsedatum för en person utan personnummer."),
        ("ReserveNumber", null, "20010517-1234", "2001-05-17", "reserveNumber",
            "Reservnumret följer inte regionens format (ÅÅÅÅMMDD-XXXX: födelsedatum och fyra tecken varav minst en bokstav)."),
        ("None", null, "20010517AB12", "2001-05-17", "reserveNumber",
            "Ett reservnummer ges med slaget reservnummer; utan nummer anges bara födelsedatum och namn."),
        ("None", null, null, null, "birthDate", "Ange födelsedatum för en person utan personnummer."),
        ("None", null, null, "2026-11-24", "birthDate", "Födelsedatumet ska ligga mellan 130 år bakåt och i dag."),
        ("None", null, null, "1890-01-01", "birthDate", "Födelsedatumet ska ligga mellan 130 år bakåt och i dag."),
    ];

    [Theory, SqliteData, PostgresData]
    public async Task Every_wrong_combination_is_a_Swedish_400_at_its_field_that_writes_nothing(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var before = await PlanCountAsync(app);

        foreach (var (kind, number, reserve, born, field, message) in WrongCombinations)
        {
            using var response = await client.PostJsonAsync("/api/v1/plans", Body(kind, number, reserve, born));

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{kind} {number} {reserve} {born}: {response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
            Assert.True(errors.TryGetProperty(field, out var messages), $"{kind} {number} {reserve} {born}: {errors}");
            Assert.Contains(message, messages.EnumerateArray().Select(e => e.GetString()));
        }

        // An unknown kind is refused like any malformed value, never a 500.
        using var alien = await client.PostJsonAsync("/api/v1/plans", Body("Alien", null, null, "2001-05-17"));
        Assert.Equal(HttpStatusCode.BadRequest, alien.StatusCode);
        Assert.Equal(before, await PlanCountAsync(app));
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_plan_without_personnummer_is_found_by_name_and_birth_date_and_by_its_reservnummer(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var client = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var surname = $"Sökbar{Guid.NewGuid().ToString("N")[..6]}";
        var reserve = await StartAsync(client, Body("ReserveNumber", null, "19990101-X001", "1999-01-01", $"Leyla {surname}"));
        var none = await StartAsync(client, Body("None", null, null, "1999-01-02", $"Yusuf {surname}"));

        async Task<List<Guid>> Search(string term) =>
            [.. (await client.GetFromJsonAsync<PlanPage>(
                new Uri($"/api/v1/plans?includeFinished=true&search={Uri.EscapeDataString(term)}", UriKind.Relative), Json.Options))!
                .Items.Select(i => i.Id)];

        Assert.Equal([none.Id], await Search($"Yusuf {surname} 1999-01-02"));
        Assert.Equal([none.Id], await Search($"19990102 {surname.ToUpperInvariant()}"));
        Assert.Equal([reserve.Id], await Search($"{surname} 1999-01-01"));
        Assert.Empty(await Search($"{surname} 1999-01-03"));
        Assert.Empty(await Search("1999-01-02"));
        Assert.Equal([reserve.Id], await Search("19990101x001"));

        // The list flags both; a personnummer search still finds a personnummer's plan only.
        var page = (await client.GetFromJsonAsync<PlanPage>(
            new Uri($"/api/v1/plans?search={surname}", UriKind.Relative), Json.Options))!;
        Assert.Equal(
            [(reserve.Id, IdentityKind.ReserveNumber), (none.Id, IdentityKind.None)],
            page.Items.Select(i => (i.Id, i.IdentityKind)).OrderBy(i => i.IdentityKind));
        var personal = await StartAsync(client, Body(null, "19780923-9846", null, null, $"Pia {surname}"));
        Assert.Contains(personal.Id, await Search("19780923-9846"));
        Assert.Equal([personal.Id], await Search($"{surname} 1978-09-23"));
    }

    [Theory, SqliteData, PostgresData]
    public async Task The_county_sets_the_regions_format_and_a_start_is_checked_against_it(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var admin = await app.SignedInAsync(DemoDirectory.Administrator);
        using var client = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var policy = await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/county-policy", UriKind.Relative));
        Assert.Equal(ReserveNumber.DefaultPattern, policy.GetProperty("reserveNumberPattern").GetString());

        using var refused = await admin.PutJsonAsync("/api/v1/county-policy", Policy(policy, "([", " ", "inte en uri"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(
            ["reserveNumberDescription", "reserveNumberPattern", "reserveNumberSystem"],
            errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));

        try
        {
            using var changed = await admin.PutJsonAsync(
                "/api/v1/county-policy", Policy(policy, @"99(19|20)\d{8}", "99ÅÅÅÅNNNNNC", "urn:oid:1.2.752.97.3.1.3"));
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

            using var oldFormat = await client.PostJsonAsync("/api/v1/plans", Body("ReserveNumber", null, "20010517AB12", "2001-05-17"));
            Assert.Equal(HttpStatusCode.BadRequest, oldFormat.StatusCode);
            var started = await StartAsync(client, Body("ReserveNumber", null, "991981000010", "1981-04-01"));
            Assert.Equal("991981000010", started.ReserveNumber);
        }
        finally
        {
            using var restored = await admin.PutJsonAsync("/api/v1/county-policy", Policy(
                policy, ReserveNumber.DefaultPattern, ReserveNumber.DefaultDescription, "urn:sip:fhir:reservnummer"));
            Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        }
    }

    private static object Policy(JsonElement current, string pattern, string description, string system) => new
    {
        invitationResponseWorkingDays = current.GetProperty("invitationResponseWorkingDays").GetInt32(),
        daysToFirstMeeting = current.GetProperty("daysToFirstMeeting").GetInt32(),
        actionAcceptanceWorkingDays = current.GetProperty("actionAcceptanceWorkingDays").GetInt32(),
        followUpIntervalDays = current.GetProperty("followUpIntervalDays").GetInt32(),
        sipMeetingDaysAfterPlacement = current.GetProperty("sipMeetingDaysAfterPlacement").GetInt32(),
        costAllocationWorkingDaysAfterAcutePlacement = current.GetProperty("costAllocationWorkingDaysAfterAcutePlacement").GetInt32(),
        reminderDaysAfterDeadline = current.GetProperty("reminderDaysAfterDeadline").EnumerateArray().Select(d => d.GetInt32()).ToArray(),
        reserveNumberPattern = pattern,
        reserveNumberDescription = description,
        reserveNumberSystem = system,
    };

    private static async Task<PlanDetail> StartAsync(HttpClient client, object body)
    {
        using var created = await client.PostJsonAsync("/api/v1/plans", body);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var started = (await created.Content.ReadFromJsonAsync<PlanStarted>(Json.Options))!;
        return (await client.GetFromJsonAsync<PlanDetail>(new Uri($"/api/v1/plans/{started.PlanId}", UriKind.Relative), Json.Options))!;
    }

    private static async Task<int> PlanCountAsync(SipWebFactory app)
    {
        await using var db = app.Database.CreateContext();
        return await db.Plans.CountAsync();
    }
}
