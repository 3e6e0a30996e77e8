using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Features.Audit;
using Sip.Domain.Calendar;
using Sip.Domain.People;
using Sip.Domain.Plans;
using Sip.Domain.Users;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// The audit of a SIP-stödjare for Krokom, against figures worked out by hand on Monday 23 November
/// 2026: a draft of 40 days with nothing done, a plan of 10 days whose kallelse and insats went
/// unanswered, a plan on track, and a closed one that is not counted.
/// </summary>
public sealed class AreaAuditTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private static readonly Guid KrokomSupport = new("8c3d0000-0000-4000-8000-0000000000a1");

    [Theory, SqliteData, PostgresData]
    public async Task The_audit_counts_open_plans_gaps_and_passed_deadlines_and_each_gap_drills_down_to_its_plans(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        string draft, unanswered;
        await using (var db = app.Database.CreateContext())
        {
            var policy = await db.CountyPolicies.FirstAsync();
            var units = await db.Units.ToDictionaryAsync(u => u.Id);
            var krokom = units[DemoDirectory.SocialtjanstenKrokom];
            var today = SipWebFactory.Now;
            SipPlan Start(int daysAgo) => SipPlan.Start(Guid.CreateVersion7(), Scenarios.NextReferenceNumber(),
                new SubjectPerson(PersonalIdentityNumber.Parse("19780923-9846", SwedishTime.Today(today)), "Yrsa Hemligsson", false, false),
                "Sekretessfall.", OriginKind.SocialServicesCase, $"AU-{Guid.NewGuid():N}", krokom, DemoDirectory.ForeignSocialWorker, null,
                    policy, today.AddDays(-daysAgo));

            // 14 October: no consent, nobody invited. First meeting due 4 November (19 days late), untouched since (26 days past the two
            // weeks).
            var k1 = Start(40);

            // 13 November: the clinic's kallelse and Krokom's own insats due Friday 20 November, both unanswered (3 days late).
            var k2 = Start(10);
            k2.RecordConsent(ConsentGiver.Person, null, ConsentForm.Written, [DemoDirectory.Krokom, DemoDirectory.RegionJh], false, null,
                DemoDirectory.ForeignSocialWorker, today.AddDays(-10));
            k2.InviteUnit(units[DemoDirectory.BeroendemottagningenOstersund], policy, today.AddDays(-10));
            k2.ProposeAction(Sip.Domain.Actions.ActionTypeCatalog.Find("kommun.boendestod")!, krokom, null, "Boendestöd.",
                new DateOnly(2026, 12, 1), null, DemoDirectory.ForeignSocialWorker, policy, today.AddDays(-10));

            // 4 October: consent, the clinic answered, a meeting held on 14 October, Krokom responsible: nothing to find.
            // (Booked and never marked held, it would be a finding: rule 21.)
            var k3 = Start(50);
            k3.RecordConsent(ConsentGiver.Person, null, ConsentForm.Written, [DemoDirectory.Krokom, DemoDirectory.RegionJh], false, null,
                DemoDirectory.ForeignSocialWorker, today.AddDays(-50));
            var clinic = k3.InviteUnit(units[DemoDirectory.BeroendemottagningenOstersund], policy, today.AddDays(-50));
            k3.AcceptInvitation(clinic.Id, DemoDirectory.Nurse, today.AddDays(-49));
            var met = k3.ScheduleMeeting(today.AddDays(-40), TimeSpan.FromHours(1), "Krokoms kommunhus", null, [clinic.Id],
                today.AddDays(-48));
            k3.RecordMeetingHeld(met.Id, today.AddDays(-40).AddHours(1));
            k3.AssignOverallResponsibility(DemoDirectory.SocialtjanstenKrokom, today.AddDays(-40));

            // Closed: not counted anywhere.
            var k4 = Start(60);
            k4.Close(PlanCloseReason.PersonEnded, null, today.AddDays(-30));

            db.Plans.AddRange(k1, k2, k3, k4);
            db.Users.Add(new UserAccount(KrokomSupport, "krokom.stodjare", "Kim Krokom", UserRole.SipSupport, [], title: "SIP-stödjare",
                areaOrganizationId: DemoDirectory.Krokom));
            await db.SaveChangesAsync();
            (draft, unanswered) = (k1.ReferenceNumber, k2.ReferenceNumber);
        }

        using var support = await app.SignedInAsync(KrokomSupport);
        var audit = (await support.GetFromJsonAsync<AreaAudit>(new Uri("/api/v1/area/audit", UriKind.Relative), Json.Options))!;

        Assert.Equal([new(PlanStatus.Draft, 1), new AreaAudit.StatusCount(PlanStatus.Invited, 2)], audit.OpenByStatus);
        Assert.Equal([new AreaAudit.UnitCount(DemoDirectory.SocialtjanstenKrokom, "Socialtjänsten Krokom – Individ och familj", 3)],
            audit.OpenByUnit);
        Assert.Equal(
            [
                new(AuditFinding.NoOverallResponsible, 2), new(AuditFinding.NoConsent, 1), new(AuditFinding.NoMeetingWithinPolicy, 1),
                new(AuditFinding.ActionsAwaitingAcceptance, 1), new AreaAudit.FindingCount(AuditFinding.ActionsNotExecuted, 0),
                new AreaAudit.FindingCount(AuditFinding.LvmChecklistOpen, 0),
            ],
            audit.Findings);
        Assert.Equal(
            [new(DeadlineKind.InvitationUnanswered, 1, 0, 0), new(DeadlineKind.ActionUnanswered, 1, 0, 0),
                new(DeadlineKind.FirstMeetingNotHeld, 0, 1, 0), new AreaAudit.OverdueCount(DeadlineKind.DraftUntouched, 0, 1, 0)],
            audit.Overdue);

        // Each gap lists its plans by reference; the whole answer names no one.
        foreach (var (finding, expected) in new[] { ("NoOverallResponsible", new[] { draft, unanswered }), ("NoConsent", [draft]),
            ("NoMeetingWithinPolicy", [draft]), ("ActionsAwaitingAcceptance", [unanswered]) })
        {
            var page = (await support.GetFromJsonAsync<AreaPlanPage>(new Uri($"/api/v1/area/plans?finding={finding}", UriKind.Relative),
                Json.Options))!;
            Assert.Equal(expected.Order(StringComparer.Ordinal), page.Items.Select(i => i.ReferenceNumber));
        }

        // The exports hold the same figures: CSV for a quick look, a workbook whose numbers are numbers.
        var csv = await support.GetStringAsync(new Uri("/api/v1/area/export/granskning-brister?format=csv", UriKind.Relative));
        Assert.Equal(
            [
                "Brist;Planer", "Inget övergripande ansvar;2", "Inget gällande samtycke;1", "Inget SIP-möte i tid;1",
                "Insatser som väntar på svar;1", "Insatser ej verkställda inom tre månader;0",
                "Placeringar enligt LVM med öppen checklista;0",
            ],
            csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        var workbook = await support.GetByteArrayAsync(new Uri("/api/v1/area/export/granskning-tidsfrister?format=xlsx", UriKind.Relative));
        Assert.Equal(
            [["Slag", "1–7 dagar", "8–30 dagar", "Över 30 dagar"], ["Kallelse obesvarad", "1", "0", "0"],
                ["Insats obesvarad", "1", "0", "0"], ["SIP-möte inte hållet", "0", "1", "0"], ["Utkast orört", "0", "1", "0"]],
            Sheet(workbook));
        using var unknown = await support.GetAsync(new Uri("/api/v1/area/export/personnummer?format=csv", UriKind.Relative));
        using var badFormat = await support.GetAsync(new Uri("/api/v1/area/export/process?format=pdf", UriKind.Relative));
        Assert.Equal((System.Net.HttpStatusCode.NotFound, System.Net.HttpStatusCode.BadRequest),
            (unknown.StatusCode, badFormat.StatusCode));

        // The page as the stödjare's browser first gets it, with its figures and charts, names no one either.
        var html = await support.GetStringAsync(new Uri("/uppfoljning", UriKind.Relative));
        Assert.Contains("data-chart=\"overdue\"", html, StringComparison.Ordinal);
        var text = html + csv + await support.GetStringAsync(new Uri("/api/v1/area/audit", UriKind.Relative))
            + await support.GetStringAsync(new Uri("/api/v1/area/plans?finding=NoOverallResponsible", UriKind.Relative));
        foreach (var secret in new[] { "Hemligsson", "780923", "Sekretessfall.", "Boendestöd." })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }

    /// <summary>The first sheet's cells as text, read back with the Open XML SDK.</summary>
    private static List<string[]> Sheet(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook);
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return [.. sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
            .Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>()
            .Select(c => c.DataType?.Value == DocumentFormat.OpenXml.Spreadsheet.CellValues.InlineString ? c.InlineString!.InnerText
                : c.CellValue!.Text).ToArray())];
    }
}
