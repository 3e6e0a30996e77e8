using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Features;
using Sip.Application.Features.Audit;
using Sip.Application.Features.Plans;
using Sip.Domain.Actions;
using Sip.Domain.Calendar;
using Sip.Domain.People;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// Barn som anhöriga over HTTP (rules 12c and 24): the children are recorded and edited, bad input is
/// a Swedish 400, the orosanmälan assessment is asked again at a new version, the written plan tells
/// its outcome, and the SIP-stödjare counts the plans with children and those with a current assessment.
/// </summary>
public sealed class ChildrenInHouseholdTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private static readonly object[] TwoChildren =
    [
        new { ageYears = 7, livesWith = "ThePerson", custody = "Joint" },
        new { birthYear = 2012, livesWith = "OtherParent", custody = "Other" },
    ];

    [Theory, SqliteData, PostgresData]
    public async Task Children_are_recorded_the_assessment_is_asked_at_each_version_and_the_stodjare_counts_them(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var (planId, version) = await ReadyPlanAsync(app, protectedIdentity: false);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        using var support = await app.SignedInAsync(DemoDirectory.SipSupport);
        var plan = $"/api/v1/plans/{planId}";
        var before = await ChildrenFigureAsync(support);

        // Every field error at once, in Swedish, and nothing written.
        var invalid = await ProblemAsync(
            await social.PutJsonAsync($"{plan}/children", new { expectedVersion = version, children = new[] { new { ageYears = 30 } } }),
            HttpStatusCode.BadRequest);
        var errors = invalid.GetProperty("errors");
        Assert.Equal(
            ["children[0].ageYears", "children[0].custody", "children[0].livesWith"],
            errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains("Ange var barnet bor.", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("Barnets ålder ska vara 0–17 år.", errors.ToString(), StringComparison.Ordinal);

        version = await ChangeAsync(
            social, $"{plan}/children", new { expectedVersion = version, children = TwoChildren, childrensNeed = true });
        var detail = await DetailAsync(social, planId);
        Assert.True(detail.ChildrenInHousehold);
        // The plan keeps an order of its own for the children, not necessarily the order they were given in.
        Assert.Equivalent(
            new PlanDetail.ChildItem[]
            {
                new(7, null, ChildLivesWith.ThePerson, ChildCustody.Joint),
                new(null, 2012, ChildLivesWith.OtherParent, ChildCustody.Other),
            },
            detail.Children,
            strict: true);
        Assert.True(detail.ChildrensNeed);
        Assert.Contains(SipPlan.ChildrensNeedDescription, detail.Needs);
        Assert.True(detail.ReportOfConcern!.AskedAgain);
        Assert.Equal((before.Plans + 1, before.WithCurrentAssessment), await ChildrenFigureAsync(support));

        // Edited after the start: one child now.
        version = await ChangeAsync(
            social, $"{plan}/children", new { expectedVersion = version, children = TwoChildren[..1], childrensNeed = true });
        Assert.Single((await DetailAsync(social, planId)).Children!);

        var refused = await ProblemAsync(
            await social.PostJsonAsync(
                $"{plan}/establishment", new { expectedVersion = version, personParticipated = true, personApproved = true }),
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal(PlanErrors.ReportOfConcernAssessmentRequired, refused.GetProperty("code").GetString());

        var noDay = await ProblemAsync(
            await social.PutJsonAsync(
                $"{plan}/report-of-concern-assessment", new { expectedVersion = version, assessment = "Oro.", reportMade = true }),
            HttpStatusCode.BadRequest);
        Assert.Equal(
            ["reportMadeOn", "socialServices"],
            noDay.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ToArray());

        version = await ChangeAsync(social, $"{plan}/report-of-concern-assessment", new
        {
            expectedVersion = version,
            assessment = "Barnet har berättat om bråk hemma.",
            reportMade = true,
            reportMadeOn = "2026-11-20",
            socialServices = "Socialtjänsten i Östersunds kommun",
            parentAndChildInformed = true,
        });
        Assert.Equal((before.Plans + 1, before.WithCurrentAssessment + 1), await ChildrenFigureAsync(support));
        using (var established = await social.PostJsonAsync(
            $"{plan}/establishment", new { expectedVersion = version, personParticipated = true, personApproved = true }))
        {
            Assert.Equal(HttpStatusCode.Created, established.StatusCode);
        }

        // The version in force has its assessment; the next version asks again.
        detail = await DetailAsync(social, planId);
        Assert.Equal(
            (true, true, 1),
            (detail.ReportOfConcern!.IsCurrent, detail.ReportOfConcern.AskedAgain, detail.ReportOfConcern.ForVersion));
        var followUp = detail.FollowUps.First(f => f.DoneAt is null).Id;
        var again = await ProblemAsync(
            await social.PostJsonAsync(
                $"{plan}/follow-ups/{followUp}/record",
                new { expectedVersion = detail.Version, summary = "Går bra.", personParticipated = true, personApproved = true }),
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal(PlanErrors.ReportOfConcernAssessmentRequired, again.GetProperty("code").GetString());

        var text = await WrittenPlanTextAsync(social, planId);
        Assert.Contains("Barnen i din familj", text, StringComparison.Ordinal);
        Assert.Contains("7 år, bor hos dig; du och den andra föräldern har gemensam vårdnad.", text, StringComparison.Ordinal);
        Assert.Contains(
            "En orosanmälan har gjorts till Socialtjänsten i Östersunds kommun den 20 november 2026.", text, StringComparison.Ordinal);
        Assert.Contains("Du och barnet har fått veta att anmälan görs.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("bråk hemma", text, StringComparison.Ordinal);

        var csv = await support.GetStringAsync(new Uri("/api/v1/area/export/granskning-barn?format=csv", UriKind.Relative));
        Assert.Contains("Planer med barn i hushållet", csv, StringComparison.Ordinal);
    }

    [Theory, SqliteData, PostgresData]
    public async Task With_skyddad_identitet_the_written_plan_never_tells_where_a_child_lives_or_which_social_services_got_the_report(
        DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var (planId, version) = await ReadyPlanAsync(app, protectedIdentity: true);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var plan = $"/api/v1/plans/{planId}";
        version = await ChangeAsync(
            social, $"{plan}/children", new { expectedVersion = version, children = TwoChildren, childrensNeed = false });
        version = await ChangeAsync(social, $"{plan}/report-of-concern-assessment", new
        {
            expectedVersion = version,
            assessment = "Oro för barnen.",
            reportMade = true,
            reportMadeOn = "2026-11-20",
            socialServices = "Socialtjänsten i Östersunds kommun",
            parentAndChildInformed = false,
        });
        using (var established = await social.PostJsonAsync(
            $"{plan}/establishment", new { expectedVersion = version, personParticipated = true, personApproved = true }))
        {
            Assert.Equal(HttpStatusCode.Created, established.StatusCode);
        }

        var text = await WrittenPlanTextAsync(social, planId);
        Assert.Contains("7 år; du och den andra föräldern har gemensam vårdnad.", text, StringComparison.Ordinal);
        Assert.Contains("En orosanmälan har gjorts till socialtjänsten den 20 november 2026.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("bor hos", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Östersunds kommun den", text, StringComparison.Ordinal);
    }

    private static async Task<(int Plans, int WithCurrentAssessment)> ChildrenFigureAsync(HttpClient support)
    {
        var audit = (await support.GetFromJsonAsync<AreaAudit>(new Uri("/api/v1/area/audit", UriKind.Relative), Json.Options))!;
        return (audit.Children!.Plans, audit.Children.WithCurrentAssessment);
    }

    private static async Task<PlanDetail> DetailAsync(HttpClient client, Guid planId) =>
        (await client.GetFromJsonAsync<PlanDetail>(new Uri($"/api/v1/plans/{planId}", UriKind.Relative), Json.Options))!;

    private static async Task<string> WrittenPlanTextAsync(HttpClient client, Guid planId)
    {
        using var document = await client.GetAsync($"/api/v1/plans/{planId}/versions/1/document");
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        return PdfText.Read(await document.Content.ReadAsByteArrayAsync()).Text;
    }

    private static async Task<int> ChangeAsync(HttpClient client, string url, object body)
    {
        using var response = await client.PutJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {text}");
        return JsonSerializer.Deserialize<PlanChanged>(text, Json.Options)!.Version;
    }

    /// <summary>A plan that meets every precondition for establishment but rule 12c's, no children recorded yet.</summary>
    private static async Task<(Guid PlanId, int Version)> ReadyPlanAsync(SipWebFactory app, bool protectedIdentity)
    {
        await using var db = app.Database.CreateContext();
        var now = SipWebFactory.Now;
        var policy = await db.CountyPolicies.FirstAsync();
        var units = await db.Units.ToDictionaryAsync(u => u.Id);
        var identity = PersonalIdentityNumber.Parse("19780923-9846", SwedishTime.Today(now));
        var person = new SubjectPerson(identity, "Britt Barnsdotter", protectedIdentity, false);
        var plan = SipPlan.Start(
            Guid.CreateVersion7(), Scenarios.NextReferenceNumber(), person, "Samordning av beroendevård.", OriginKind.SocialServicesCase,
            $"BA-{Guid.NewGuid():N}"[..20], units[DemoDirectory.VuxenenhetenOstersund], DemoDirectory.SocialWorker, null, policy, now);
        plan.RecordConsent(
            ConsentGiver.Person, null, ConsentForm.Oral, [DemoDirectory.Ostersund, DemoDirectory.RegionJh], true, null,
            DemoDirectory.SocialWorker, now);
        var clinic = plan.InviteUnit(units[DemoDirectory.BeroendemottagningenOstersund], policy, now);
        plan.AcceptInvitation(clinic.Id, DemoDirectory.Nurse, now);
        var laro = plan.ProposeAction(
            ActionTypeCatalog.Find("region.laro")!, units[DemoDirectory.BeroendemottagningenOstersund], null, "LARO varannan vecka.",
            new DateOnly(2026, 12, 1), null, DemoDirectory.SocialWorker, policy, now);
        plan.AcceptAction(laro.Id, DemoDirectory.BeroendemottagningenOstersund, DemoDirectory.Nurse, now);
        var housing = plan.ProposeAction(
            ActionTypeCatalog.Find("kommun.boendestod")!, units[DemoDirectory.VuxenenhetenOstersund], null, "Boendestöd.",
            new DateOnly(2026, 12, 1), null, DemoDirectory.SocialWorker, policy, now);
        plan.AcceptAction(housing.Id, DemoDirectory.VuxenenhetenOstersund, DemoDirectory.SocialWorker, now);
        plan.AssignOverallResponsibility(DemoDirectory.VuxenenhetenOstersund, now);
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return (plan.Id, plan.Version);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {body}");
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
    }
}
