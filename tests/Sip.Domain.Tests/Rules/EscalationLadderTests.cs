using Sip.Domain.Common;
using Sip.Domain.Plans;
using Sip.Domain.Policies;

namespace Sip.Domain.Tests.Rules;

/// <summary>
/// Rule 28: the steps of a disagreement are the county agreement's own, and the time each step and an
/// answer to the person's feedback have is the county's decision (länets beslut), not a constant.
/// </summary>
public sealed class EscalationLadderTests
{
    private static readonly DateTimeOffset Monday = new(2027, 2, 1, 9, 0, 0, TimeSpan.FromHours(1));
    private readonly World _w = new();

    [Fact]
    public void Rule28_Gavleborg_ends_at_Lansledning_Valfard_and_has_no_court()
    {
        var steps = EscalationLadder.Steps(EscalationLadderPreset.Gavleborg);

        Assert.Equal(["Närmaste chefsled", "Länsledning Välfärd"], steps.Select(s => s.Name));
        Assert.DoesNotContain(steps, s => s.IsCourt);
    }

    [Fact]
    public void Rule28_Jamtland_Harjedalen_goes_from_the_managers_through_the_county_arena_to_court()
    {
        var steps = EscalationLadder.Steps(EscalationLadderPreset.JamtlandHarjedalen);

        Assert.Equal(
            ["Dialog mellan chefer på motsvarande nivå", "Länsövergripande tjänstepersonsarena", "Allmän domstol"],
            steps.Select(s => s.Name));
        Assert.Equal([false, false, true], steps.Select(s => s.IsCourt));
    }

    [Fact]
    public void Rule28_in_Gavleborg_a_deviation_at_Lansledning_Valfard_cannot_go_higher_and_keeps_a_due_date()
    {
        _w.Policy.ChangeDisagreementRules(10, 10, EscalationLadderPreset.Gavleborg);
        var plan = _w.ReadyToEstablish();
        var deviation = Raise(plan);

        plan.EscalateDeviation(deviation.Id, null, _w.Policy, Monday);

        Assert.Equal("Länsledning Välfärd", EscalationLadder.NameOf(_w.Policy.EscalationSteps, deviation.Step));
        Assert.Equal(new DateOnly(2027, 2, 15), deviation.StepDueOn);
        var refused = Assert.Throws<DomainException>(() => plan.EscalateDeviation(deviation.Id, null, _w.Policy, Monday));
        Assert.Equal(PlanErrors.DeviationAtTopLevel, refused.Code);
        Assert.Contains("Länsledning Välfärd", refused.Message, StringComparison.Ordinal);
        Assert.Equal(EscalationLevel.CountyArena, deviation.Level);
    }

    [Fact]
    public void Rule28_in_Jamtland_Harjedalen_the_court_is_the_last_step_and_sets_no_time()
    {
        _w.Policy.ChangeDisagreementRules(10, 10, EscalationLadderPreset.JamtlandHarjedalen);
        var plan = _w.ReadyToEstablish();
        var deviation = Raise(plan);
        plan.EscalateDeviation(deviation.Id, null, _w.Policy, Monday);
        plan.EscalateDeviation(deviation.Id, null, _w.Policy, Monday);

        var court = EscalationLadder.NameOf(_w.Policy.EscalationSteps, deviation.Step);
        Assert.Equal(("Allmän domstol", (DateOnly?)null), (court, deviation.StepDueOn));
        var refused = Assert.Throws<DomainException>(() => plan.EscalateDeviation(deviation.Id, null, _w.Policy, Monday));
        Assert.Equal(PlanErrors.DeviationAtTopLevel, refused.Code);
    }

    [Fact]
    public void Each_step_is_due_after_the_working_days_of_the_policy_in_force_when_it_began()
    {
        _w.Policy.ChangeDisagreementRules(5, 10, EscalationLadderPreset.JamtlandHarjedalen);
        var plan = _w.ReadyToEstablish();
        var deviation = Raise(plan);
        Assert.Equal(new DateOnly(2027, 2, 8), deviation.StepDueOn);

        // The county lengthens the steps: the step already begun keeps its date, the next gets the new length.
        _w.Policy.ChangeDisagreementRules(15, 10, EscalationLadderPreset.JamtlandHarjedalen);
        Assert.Equal(new DateOnly(2027, 2, 8), deviation.StepDueOn);
        plan.EscalateDeviation(deviation.Id, null, _w.Policy, Monday.AddDays(7));
        Assert.Equal(new DateOnly(2027, 3, 1), deviation.StepDueOn);
    }

    [Fact]
    public void The_person_is_answered_within_the_working_days_the_county_decided()
    {
        _w.Policy.ChangeDisagreementRules(10, 3, EscalationLadderPreset.Gavleborg);
        var plan = _w.ReadyToEstablish();

        // Received Thursday 17 December 2026: three working days are the 18th, the 21st and the 22nd.
        var feedback = plan.RecordFeedback(
            FeedbackKind.Opinion, "Vill ha tid på eftermiddagen.", new DateOnly(2026, 12, 17), _w.Social.Id, _w.SocialWorker, _w.Policy,
            World.Now);

        Assert.Equal(new DateOnly(2026, 12, 22), feedback.RespondBy);
    }

    [Theory]
    [InlineData(0, 10, EscalationLadderPreset.Gavleborg, "policy.deviation-step-days")]
    [InlineData(31, 10, EscalationLadderPreset.Gavleborg, "policy.deviation-step-days")]
    [InlineData(10, 0, EscalationLadderPreset.Gavleborg, "policy.feedback-days")]
    [InlineData(10, 31, EscalationLadderPreset.Gavleborg, "policy.feedback-days")]
    [InlineData(10, 10, (EscalationLadderPreset)7, "policy.ladder")]
    public void The_county_decides_within_limits_and_only_between_the_presets(
        int stepDays, int feedbackDays, EscalationLadderPreset ladder, string code)
    {
        var refused = Assert.Throws<DomainException>(() => _w.Policy.ChangeDisagreementRules(stepDays, feedbackDays, ladder));

        Assert.Equal(code, refused.Code);
        Assert.Equal(
            (10, 10, EscalationLadderPreset.JamtlandHarjedalen),
            (_w.Policy.DeviationStepWorkingDays, _w.Policy.FeedbackResponseWorkingDays, _w.Policy.EscalationLadder));
    }

    private Deviation Raise(SipPlan plan) =>
        plan.RaiseDeviation(_w.Social.Id, _w.Region, "Oenighet om ansvaret för boendestödet.", isCostDispute: false, _w.Policy, Monday);
}
