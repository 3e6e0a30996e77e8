using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Features.Directory;
using Sip.Application.Features.Plans;
using Sip.Domain.Calendar;
using Sip.Domain.People;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// The plan list sorts names in the Swedish alphabet (… X Y Z Å Ä Ö, case ignored, é as e, ü as y),
/// by surname, and search folds the case of å, ä, ö, é and ü as of a–z, on every provider.
/// </summary>
public sealed class SwedishOrderTests(AppFixture apps) : IClassFixture<AppFixture>
{
    /// <summary>The names as stored, in the order a list sorted by name shows them.</summary>
    private static readonly string[] Sorted =
    [
        "Anna Andersson", "Öjvind Berg", "Ekholm, Eva", "émile Élan", "Ülla Über", "Zara Zetterlund",
        "Åsa Åberg", "Ärla Ängström", "Örjan Öberg", "Bo Östlund",
    ];

    [Theory, SqliteData, PostgresData]
    public async Task Plans_sorted_by_name_follow_the_Swedish_alphabet_by_surname(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        await StartPlansAsync(app);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);

        var ascending = await NamesAsync(social, "sortBy=PersonName&descending=false&pageSize=200&includeFinished=true");
        var descending = await NamesAsync(social, "sortBy=PersonName&descending=true&pageSize=200&includeFinished=true");

        Assert.Equal(Sorted, ascending.Where(Sorted.Contains));
        Assert.Equal(Sorted.Reverse(), descending.Where(Sorted.Contains));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Search_ignores_the_case_of_swedish_and_accented_letters(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        await StartPlansAsync(app);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);

        foreach (var (term, name) in new[]
        {
            ("åberg", "Åsa Åberg"), ("ÅBERG", "Åsa Åberg"), ("Åsa åb", "Åsa Åberg"), ("ängström", "Ärla Ängström"),
            ("ÄRLA", "Ärla Ängström"), ("öberg", "Örjan Öberg"), ("élan", "émile Élan"), ("ÉMILE", "émile Élan"),
            ("über", "Ülla Über"), ("ülla", "Ülla Über"), ("zetterlund", "Zara Zetterlund"), ("eva", "Ekholm, Eva"),
        })
        {
            var found = await NamesAsync(social, "search=" + Uri.EscapeDataString(term));
            Assert.True(found.Count == 1 && found[0] == name, $"'{term}' found [{string.Join(", ", found)}], not {name}");
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task The_directorys_units_and_users_are_listed_in_Swedish_order(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var admin = await app.SignedInAsync(DemoDirectory.Administrator);
        string[] units = ["Asorttest", "Zsorttest", "Åsorttest", "Äsorttest", "Ösorttest"];
        string[] users = ["Anna Sortera", "Zelda Sortera", "Åsa Sortera", "Ärla Sortera"];
        var created = new List<Guid>();
        foreach (var name in units.Reverse())
        {
            using var response = await admin.PostJsonAsync(
                "/api/v1/units", new { organizationId = DemoDirectory.RegionJh, name, kind = "PrimaryCare" });
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            created.Add((await response.Content.ReadFromJsonAsync<UnitView>(Json.Options))!.Id);
        }

        foreach (var name in users.Reverse())
        {
            var user = new { userName = $"sort.{Guid.NewGuid():N}"[..20], displayName = name, role = "HealthcareStaff", unitIds = created };
            using var response = await admin.PostJsonAsync("/api/v1/users", user);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }

        var listedUnits = await admin.GetFromJsonAsync<List<UnitView>>(
            new Uri("/api/v1/units?search=sorttest", UriKind.Relative), Json.Options);
        var listedUsers = await admin.GetFromJsonAsync<List<UserView>>(new Uri("/api/v1/users", UriKind.Relative), Json.Options);

        Assert.Equal(units, listedUnits!.Select(u => u.Name));
        Assert.Equal(users, listedUsers!.Select(u => u.DisplayName).Where(users.Contains));
    }

    private static async Task<List<string>> NamesAsync(HttpClient client, string query)
    {
        var page = await client.GetFromJsonAsync<PlanPage>(new Uri("/api/v1/plans?" + query, UriKind.Relative), Json.Options);
        return [.. page!.Items.Select(p => p.PersonName)];
    }

    private static async Task StartPlansAsync(SipWebFactory app)
    {
        await using var db = app.Database.CreateContext();
        if (await db.Plans.AnyAsync(p => p.Person.FullName == Sorted[0]))
        {
            return;
        }

        var now = SipWebFactory.Now;
        var policy = await db.CountyPolicies.FirstAsync();
        var unit = await db.Units.SingleAsync(u => u.Id == DemoDirectory.VuxenenhetenOstersund);

        // Started in an order that is neither the Swedish nor the binary one.
        foreach (var name in Sorted.Reverse().Skip(3).Concat(Sorted.Reverse().Take(3)))
        {
            var person = new SubjectPerson(PersonalIdentityNumber.Parse("19780923-9846", SwedishTime.Today(now)), name, false, false);
            db.Plans.Add(SipPlan.Start(
                Guid.CreateVersion7(), Scenarios.NextReferenceNumber(), person, "Sorteringstest", OriginKind.SocialServicesCase,
                $"SV-{Guid.NewGuid():N}"[..20], unit, DemoDirectory.SocialWorker, null, policy, now));
        }

        await db.SaveChangesAsync();
    }
}
