using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Features;
using Sip.Application.Features.Plans;
using Sip.Domain.Calendar;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// Walks the clock a day at a time through four months with a deadline of each kind running: each
/// is first chased on the first Swedish working day after it passes, at the unit that owes it,
/// once — and, answered the same day, never again. Moves its app's clock, so it has an app of its own.
/// </summary>
public sealed class DeadlineWalkTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private sealed record Watched(DeadlineKind Kind, Guid SubjectId, Guid OwingUnit, DateOnly Deadline, Func<Task> Resolve);

    [Theory, SqliteData, PostgresData]
    public async Task Each_kind_is_chased_once_on_the_first_working_day_after_its_deadline_and_not_after_it_is_done(
        DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var watched = new List<Watched>();
        using (var social = await app.SignedInAsync(DemoDirectory.SocialWorker))
        {
            // A draft nobody touches: getting it going (consent, then a kallelse) is the answer.
            using var started = await social.PostJsonAsync("/api/v1/plans",
                new
                {
                    initiatingUnitId = DemoDirectory.VuxenenhetenOstersund,
                    externalCaseReference = $"W-{Guid.NewGuid():N}"[..20],
                    origin = "SocialServicesCase",
                    personalIdentityNumber = "19780923-9846",
                    personName = "Utkast Vandrare",
                    reason = "Samordning."
                });
            var draft = (await started.Content.ReadFromJsonAsync<PlanStarted>(Json.Options))!.PlanId;
            var draftPlan = await DetailAsync(app, DemoDirectory.SocialWorker, draft);
            watched.Add(new(DeadlineKind.DraftUntouched, draft, DemoDirectory.VuxenenhetenOstersund,
                SwedishTime.Today(draftPlan.UpdatedAt + TimeSpan.FromDays(14)),
                async () =>
                {
                    await ChangeAsync(app, DemoDirectory.SocialWorker, draft, "consents",
                        v => new
                        {
                            expectedVersion = v,
                            givenBy = "Person",
                            form = "Written",
                            scopeOrganizationIds = new[] { DemoDirectory.Ostersund, DemoDirectory.RegionJh },
                            nextOfKinMayTakePart = false
                        });
                    await ChangeAsync(app, DemoDirectory.SocialWorker, draft, "participants",
                        v => new { expectedVersion = v, kind = "PrincipalUnit", unitId = DemoDirectory.HalsocentralenOdenslund });
                }));

            // An insats proposed to the clinic: accepting it is the answer.
            var withClinic = (await Scenarios.StartWithClinicAsync(social, "Insats Vandrare")).PlanId;
            var proposed = await ChangeAsync(app, DemoDirectory.SocialWorker, withClinic, "actions",
                v => new
                {
                    expectedVersion = v,
                    actionTypeCode = "region.laro",
                    owningUnitId = DemoDirectory.BeroendemottagningenOstersund,
                    description = "LARO.",
                    startOn = "2026-12-14"
                });
            var action = (await DetailAsync(app, DemoDirectory.SocialWorker, withClinic)).Actions.Single(a => a.Id == proposed.CreatedId);
            watched.Add(new(DeadlineKind.ActionUnanswered, action.Id, DemoDirectory.BeroendemottagningenOstersund, action.AcceptBy,
                () => ChangeAsync(app, DemoDirectory.Nurse, withClinic, $"actions/{action.Id}/acceptance",
                    v => new { expectedVersion = v, accept = true }, put: true)));

            // Rule 22: boendestöd granted and not started within three months: starting it is the answer.
            var granted = (await ChangeAsync(app, DemoDirectory.SocialWorker, withClinic, "actions", v => new
            {
                expectedVersion = v,
                actionTypeCode = "kommun.boendestod",
                owningUnitId = DemoDirectory.VuxenenhetenOstersund,
                description = "Boendestöd.",
                startOn = "2026-12-14",
            })).CreatedId!.Value;
            var worker = DemoDirectory.SocialWorker;
            var path = $"actions/{granted}";
            await ChangeAsync(app, worker, withClinic, $"{path}/acceptance", v => new { expectedVersion = v, accept = true }, put: true);
            var grantedBy = (await DetailAsync(app, worker, withClinic)).Actions.Single(a => a.Id == granted).NotExecutedBy;
            watched.Add(new(DeadlineKind.ActionNotExecuted, granted, DemoDirectory.VuxenenhetenOstersund, grantedBy!.Value,
                () => ChangeAsync(app, worker, withClinic, $"{path}/status", v => new { expectedVersion = v, status = "Ongoing" }, true)));

            // A disagreement not resolved at the managers' level in time: a decision is the answer.
            var deviation = (await ChangeAsync(app, DemoDirectory.SocialWorker, withClinic, "deviations",
                v => new
                {
                    expectedVersion = v,
                    counterpartOrganizationId = DemoDirectory.RegionJh,
                    description = "Vem ansvarar för abstinensbehandlingen?",
                    isCostDispute = false
                })).CreatedId!.Value;
            var deviationDue = (await DetailAsync(app, DemoDirectory.SocialWorker, withClinic)).Deviations!.Single().StepDueOn!.Value;
            watched.Add(new(DeadlineKind.DeviationUnresolved, deviation, DemoDirectory.VuxenenhetenOstersund, deviationDue,
                () => ChangeAsync(app, DemoDirectory.SocialWorker, withClinic, $"deviations/{deviation}/resolution",
                    v => new { expectedVersion = v, resolution = "Regionen ansvarar." })));

            // The person's complaint, not answered: the answer is the answer.
            var complaint = (await ChangeAsync(app, DemoDirectory.SocialWorker, withClinic, "feedback",
                v => new
                {
                    expectedVersion = v,
                    kind = "Complaint",
                    text = "Ingen har ringt.",
                    receivedOn = "2026-11-23",
                    routedToUnitId = DemoDirectory.VuxenenhetenOstersund
                })).CreatedId!.Value;
            watched.Add(new(DeadlineKind.FeedbackUnanswered, complaint, DemoDirectory.VuxenenhetenOstersund, new DateOnly(2026, 12, 7),
                () => ChangeAsync(app, DemoDirectory.SocialWorker, withClinic, $"feedback/{complaint}/answer",
                    v => new { expectedVersion = v, answer = "Handläggaren ringde." })));

            // No meeting held within the county's days: holding one is the answer, not booking it (rule 21).
            var noMeeting = (await Scenarios.StartWithConsentAsync(social, "Möte Vandrare")).PlanId;
            watched.Add(new(DeadlineKind.FirstMeetingNotHeld, noMeeting, DemoDirectory.VuxenenhetenOstersund,
                (await DetailAsync(app, DemoDirectory.SocialWorker, noMeeting)).FirstMeetingDueOn,
                () => HoldMeetingAsync(app, noMeeting)));

            // Placed without a SIP first: a meeting held within a week is the answer.
            var placed = (await Scenarios.StartWithConsentAsync(social, "Placerad Vandrare")).PlanId;
            await using (var db = app.Database.CreateContext())
            {
                var plan = await db.Plans.SingleAsync(p => p.Id == placed);
                plan.RegisterPlacement(
                    new HvbPlacement(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 24), isAcute: false, precededBySip: false,
                        await db.CountyPolicies.FirstAsync()), app.Clock.GetUtcNow());
                await db.SaveChangesAsync();
            }

            watched.Add(new(DeadlineKind.PlacementSipNotHeld, placed, DemoDirectory.VuxenenhetenOstersund, new DateOnly(2026, 12, 1),
                () => HoldMeetingAsync(app, placed)));
        }

        // The demo county's established plan, the clinic's to coordinate, has a follow-up coming: recording it is the answer.
        await using (var db = app.Database.CreateContext())
        {
            var established = await db.Plans.Where(p => p.Status == PlanStatus.Established && p.OverallResponsibleUnitId
                == DemoDirectory.BeroendemottagningenOstersund)
                .SelectMany(p => p.FollowUps.Where(f => f.DoneAt == null), (p, f) => new { p.Id, FollowUp = f.Id, f.DueOn })
                    .OrderBy(x => x.DueOn).FirstAsync();
            watched.Add(new(DeadlineKind.FollowUpOverdue, established.FollowUp, DemoDirectory.BeroendemottagningenOstersund,
                established.DueOn,
                () => ChangeAsync(app, DemoDirectory.Nurse, established.Id, $"follow-ups/{established.FollowUp}/record",
                    v => new { expectedVersion = v, summary = "Går bra.", personParticipated = true, personApproved = true })));
        }

        var horizon = watched.Max(w => w.Deadline).AddDays(21);
        Assert.True(horizon < SwedishTime.Today(app.Clock.GetUtcNow()).AddDays(120), "the walk stays within four months");
        var firstChased = new Dictionary<DeadlineKind, DateOnly>();
        for (var today = SwedishTime.Today(app.Clock.GetUtcNow()); today <= horizon; today = today.AddDays(1))
        {
            app.Clock.Advance(SwedishTime.FromLocal(today.ToDateTime(new TimeOnly(9, 0))) - app.Clock.GetUtcNow());
            await Scenarios.ScanDeadlinesAsync(app);

            foreach (var item in watched.Where(w => !firstChased.ContainsKey(w.Kind)))
            {
                if ((await RemindersAsync(app, item)).Count > 0)
                {
                    firstChased[item.Kind] = today;
                    await item.Resolve();
                }
            }
        }

        Assert.All(watched, item =>
        {
            var expected = SwedishCalendar.AddWorkingDays(item.Deadline, 1);
            Assert.True(firstChased.TryGetValue(item.Kind, out var day), $"{item.Kind} was never chased");
            Assert.True(expected == day, $"{item.Kind}: due {item.Deadline}, chased {day}, expected {expected}");
        });
        foreach (var item in watched)
        {
            var reminders = await RemindersAsync(app, item);
            Assert.True(reminders.Count == 1 && reminders[0] == (0, item.OwingUnit), $"{item.Kind}: {string.Join(", ", reminders)}");
        }
    }

    private static async Task<List<(int Step, Guid Recipient)>> RemindersAsync(SipWebFactory app, Watched item)
    {
        await using var db = app.Database.CreateContext();
        var rows = await db.Outbox.Where(m => m.Deadline == item.Kind && m.SubjectId == item.SubjectId)
            .Select(m => new { m.Step, m.RecipientId }).ToListAsync();
        return [.. rows.Select(r => (r.Step!.Value, r.RecipientId))];
    }

    private static async Task<PlanDetail> DetailAsync(SipWebFactory app, Guid userId, Guid planId)
    {
        using var client = await app.SignedInAsync(userId);
        return (await client.GetFromJsonAsync<PlanDetail>(new Uri($"/api/v1/plans/{planId}", UriKind.Relative), Json.Options))!;
    }

    /// <summary>One change over the API as the user, from the plan's current version; it must succeed.</summary>
    private static async Task<PlanChanged> ChangeAsync(SipWebFactory app, Guid userId, Guid planId, string path, Func<int, object> body,
        bool put = false)
    {
        var version = (await DetailAsync(app, userId, planId)).Version;
        using var client = await app.SignedInAsync(userId);
        using var response = put
            ? await client.PutJsonAsync($"/api/v1/plans/{planId}/{path}", body(version))
            : await client.PostJsonAsync($"/api/v1/plans/{planId}/{path}", body(version));
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<PlanChanged>(Json.Options))!;
    }

    /// <summary>A meeting booked for half an hour on, and marked held once it has begun: the clock moves an hour within the day.</summary>
    private static async Task HoldMeetingAsync(SipWebFactory app, Guid planId)
    {
        var startsAt = app.Clock.GetUtcNow().AddMinutes(30);
        var booked = await ChangeAsync(app, DemoDirectory.SocialWorker, planId, "meetings",
            v => new { expectedVersion = v, startsAt, durationMinutes = 60, location = "Rådhuset" });
        app.Clock.Advance(TimeSpan.FromHours(1));
        await ChangeAsync(app, DemoDirectory.SocialWorker, planId, $"meetings/{booked.CreatedId}/held", v => new { expectedVersion = v });
    }
}
