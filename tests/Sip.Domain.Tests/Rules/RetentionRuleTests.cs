using Sip.Domain.Common;
using Sip.Domain.People;
using Sip.Domain.Plans;

namespace Sip.Domain.Tests.Rules;

/// <summary>Gallring: only a finished plan is anonymised, once, and its personnummer is then no one's.</summary>
public sealed class RetentionRuleTests
{
    private readonly World _w = new();

    [Fact]
    public void A_plan_still_open_is_never_gallrad()
    {
        var plan = _w.Start();

        var refused = Assert.Throws<DomainException>(() => plan.Anonymise(World.Now));

        Assert.Equal(PlanErrors.NotClosed, refused.Code);
        Assert.Equal("Testa Testsson", plan.Person.FullName);
    }

    [Fact]
    public void A_cancelled_plan_is_gallrad_once_and_a_second_run_changes_nothing()
    {
        var plan = _w.Start();
        plan.Cancel("Personen ville inte ha någon SIP.", World.Now);

        plan.Anonymise(World.Now.AddYears(5));
        var version = plan.Version;
        plan.Anonymise(World.Now.AddYears(6));

        Assert.Equal((SipPlan.Redacted, SipPlan.Redacted, World.Now.AddYears(5), version),
            (plan.Person.FullName, plan.CloseNote, plan.AnonymisedAt, plan.Version));
        Assert.Same(PersonalIdentityNumber.Removed, plan.Person.IdentityNumber);
    }

    [Fact]
    public void The_removed_personnummer_reads_back_from_storage_but_is_never_accepted_as_input()
    {
        Assert.Same(PersonalIdentityNumber.Removed, PersonalIdentityNumber.FromStored("000000000000"));
        Assert.False(PersonalIdentityNumber.TryParse("000000000000", DateOnly.FromDateTime(World.Now.UtcDateTime), out _, out _));
    }
}
