using Sip.Domain.Common;
using Sip.Domain.Plans;

namespace Sip.Domain.Tests.Rules;

/// <summary>
/// Rule 22, ej verkställda beslut: a granted municipal insats not started within three months of the
/// day of the decision is reported to IVO, and the plan shows it (002_f518de8e18f08582.txt; old SoL
/// 16 kap. 6 f §).
/// </summary>
public sealed class NotExecutedRuleTests
{
    private readonly World _w = new();
    private static DateTimeOffset Now => World.Now;

    private static void Fails(string code, Action act) => Assert.Equal(code, Assert.Throws<DomainException>(act).Code);

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private (SipPlan Plan, PlanAction Housing, PlanAction Laro) Granted()
    {
        var plan = _w.ReadyToEstablish();
        var housing = plan.Actions.Single(a => a.ActionTypeCode == "kommun.boendestod");
        var laro = plan.Actions.Single(a => a.ActionTypeCode == "region.laro");
        return (plan, housing, laro);
    }

    [Fact]
    public void Rule22_a_granted_municipal_insats_not_started_within_three_months_of_the_decision_day_is_not_executed()
    {
        // Accepted on Monday 23 November 2026: the three months end on 23 February 2027.
        var (plan, housing, laro) = Granted();

        Assert.Equal(new DateOnly(2027, 2, 23), housing.NotExecutedBy);
        Assert.False(housing.IsNotExecuted(new DateOnly(2027, 2, 23)));
        Assert.True(housing.IsNotExecuted(new DateOnly(2027, 2, 24)));
        Assert.Equal([housing], plan.ActionsNotExecuted(new DateOnly(2027, 2, 24)));

        // The region's insats is not a decision under SoL: the rule does not bind it.
        Assert.Null(laro.NotExecutedBy);
        Assert.False(laro.IsNotExecuted(new DateOnly(2028, 1, 1)));
    }

    [Fact]
    public void Rule22_an_insats_that_started_or_was_discontinued_or_whose_plan_ended_is_no_longer_not_executed()
    {
        var (plan, housing, _) = Granted();
        var late = new DateOnly(2027, 3, 1);

        plan.ChangeActionStatus(housing.Id, _w.Social.Id, ActionStatus.Ongoing, Now);
        Assert.False(housing.IsNotExecuted(late));
        Assert.Empty(plan.ActionsNotExecuted(late));

        var (discontinued, stopped, _) = Granted();
        discontinued.ChangeActionStatus(stopped.Id, _w.Social.Id, ActionStatus.Discontinued, Now);
        Assert.Empty(discontinued.ActionsNotExecuted(late));

        var (cancelled, waiting, _) = Granted();
        Assert.True(waiting.IsNotExecuted(late));
        cancelled.Cancel("Personen flyttade.", Now);
        Assert.Empty(cancelled.ActionsNotExecuted(late));
    }

    [Fact]
    public void Rule22_the_database_asks_the_same_rule_as_the_plan()
    {
        var (plan, housing, laro) = Granted();
        var (started, ongoing, _) = Granted();
        started.ChangeActionStatus(ongoing.Id, _w.Social.Id, ActionStatus.Ongoing, Now);
        for (var day = new DateOnly(2027, 2, 20); day < new DateOnly(2027, 2, 28); day = day.AddDays(1))
        {
            var asked = PlanAction.NotExecutedAsOf(day).Compile();
            Assert.All(new[] { housing, laro, ongoing }, a => Assert.Equal(a.IsNotExecuted(day), asked(a)));
        }

        Assert.Single(plan.ActionsNotExecuted(new DateOnly(2027, 2, 24)));
    }

    [Theory]
    [InlineData("2026-11-23", "2027-02-23")]
    [InlineData("2026-11-30", "2027-02-28")]
    [InlineData("2027-11-30", "2028-02-29")]
    [InlineData("2027-01-31", "2027-04-30")]
    [InlineData("2026-12-31", "2027-03-31")]
    public void Rule22_three_calendar_months_end_on_the_same_day_or_the_last_day_of_a_shorter_month(string decided, string deadline)
    {
        Assert.Equal(Day(deadline), PlanAction.ExecutionDeadline(Day(decided)));
    }

    [Fact]
    public void Rule22_the_day_of_the_decision_is_the_swedish_day()
    {
        // 23:30 UTC on 30 November is half past midnight on 1 December in Sweden.
        var plan = _w.WithConsent(_w.Start());
        var housing = plan.ProposeAction(
            World.Type("kommun.boendestod"), _w.Social, null, "Boendestöd", new DateOnly(2026, 12, 1), null,
            _w.SocialWorker, _w.Policy, Now);

        plan.AcceptAction(housing.Id, _w.Social.Id, _w.SocialWorker, new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2027, 3, 1), housing.NotExecutedBy);
    }

    [Fact]
    public void Rule22_the_owning_unit_records_the_day_it_reported_the_insats_to_ivo()
    {
        var (plan, housing, laro) = Granted();
        var after = new DateTimeOffset(2027, 3, 2, 9, 0, 0, TimeSpan.Zero);

        // Not yet three months, the region's insats, another unit, a day not after the three months or in the future.
        var social = _w.Social.Id;
        Fails(PlanErrors.ActionNotOverdueForIvo, () => plan.RecordIvoReport(housing.Id, social, new DateOnly(2026, 12, 1), Now));
        Fails(PlanErrors.ActionNotOverdueForIvo, () => plan.RecordIvoReport(laro.Id, _w.Clinic.Id, new DateOnly(2027, 3, 1), after));
        Fails(PlanErrors.ActionNotOwningUnit, () => plan.RecordIvoReport(housing.Id, _w.Clinic.Id, new DateOnly(2027, 3, 1), after));
        Fails(PlanErrors.IvoReportDate, () => plan.RecordIvoReport(housing.Id, social, new DateOnly(2027, 2, 23), after));
        Fails(PlanErrors.IvoReportDate, () => plan.RecordIvoReport(housing.Id, social, new DateOnly(2027, 3, 3), after));
        Assert.Null(housing.ReportedToIvoOn);

        plan.RecordIvoReport(housing.Id, _w.Social.Id, new DateOnly(2027, 2, 24), after);

        // Reported, the insats is still not executed: it stays on the plan until it starts.
        Assert.Equal(new DateOnly(2027, 2, 24), housing.ReportedToIvoOn);
        Assert.True(housing.IsNotExecuted(new DateOnly(2027, 3, 2)));
    }
}
