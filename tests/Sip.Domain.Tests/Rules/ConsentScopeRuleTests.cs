using Sip.Domain.Common;
using Sip.Domain.Plans;

namespace Sip.Domain.Tests.Rules;

/// <summary>
/// Rule 30 (`003_9b00c26baacd0f3a.txt`: "sekretess mellan nämnder"): a consent may name units within
/// an organisation; only they share, and access follows at once as it follows a withdrawal (rule 13).
/// </summary>
public sealed class ConsentScopeRuleTests
{
    private readonly World _w = new();

    private static void Fails(string code, Action act) => Assert.Equal(code, Assert.Throws<DomainException>(act).Code);

    private ConsentRecord Narrow(SipPlan plan, params Sip.Domain.Organizations.OrganizationUnit[] units) => plan.RecordConsent(
        ConsentGiver.Person, null, ConsentForm.Written, [_w.Kommun.Id, _w.Region.Id], false, null, _w.SocialWorker, World.Now, units);

    [Fact]
    public void Rule30_a_unit_outside_the_named_units_of_its_organisation_loses_access_at_once_while_other_organisations_keep_theirs()
    {
        var plan = _w.WithConsent(_w.Start());
        var elderly = plan.InviteUnit(_w.Elderly, _w.Policy, World.Now);
        plan.InviteUnit(_w.Clinic, _w.Policy, World.Now);
        plan.AcceptInvitation(elderly.Id, null, World.Now);
        Assert.True(plan.IsVisibleTo(_w.Elderly.Id, _w.Kommun.Id));

        var consent = Narrow(plan, _w.Social);

        Assert.Equal([_w.Social.Id], consent.ScopeUnitIds);
        Assert.False(plan.IsVisibleTo(_w.Elderly.Id, _w.Kommun.Id));
        Assert.True(plan.IsVisibleTo(_w.Social.Id, _w.Kommun.Id));
        Assert.True(plan.IsVisibleTo(_w.Clinic.Id, _w.Region.Id));
        Assert.False(consent.Covers(_w.Kommun.Id, _w.Elderly.Id));
        Assert.True(consent.Covers(_w.Region.Id, _w.HealthCentre.Id));
    }

    [Fact]
    public void Rule30_a_unit_outside_the_named_units_cannot_be_invited_and_a_named_one_can()
    {
        var plan = _w.Start();
        Narrow(plan, _w.Social, _w.Clinic);

        Fails(PlanErrors.OrganizationOutsideConsent, () => plan.InviteUnit(_w.Elderly, _w.Policy, World.Now));
        Fails(PlanErrors.OrganizationOutsideConsent, () => plan.InviteUnit(_w.HealthCentre, _w.Policy, World.Now));
        plan.InviteUnit(_w.Clinic, _w.Policy, World.Now);
        Assert.True(plan.IsVisibleTo(_w.Clinic.Id, _w.Region.Id));
    }

    [Fact]
    public void Rule30_named_units_belong_to_organisations_in_scope_and_include_the_initiating_unit_when_its_organisation_is_narrowed()
    {
        var plan = _w.Start();

        Fails(PlanErrors.ConsentScopeUnitOutsideOrganization, () => Narrow(plan, _w.Social, _w.AfOffice));
        Fails(PlanErrors.ConsentScopeMissingInitiator, () => Narrow(plan, _w.Elderly));
        Assert.Null(plan.ActiveConsent);
    }
}
