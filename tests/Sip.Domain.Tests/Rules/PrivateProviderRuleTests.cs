using Sip.Domain.Common;
using Sip.Domain.Organizations;
using Sip.Domain.Plans;
using Sip.Domain.Policies;

namespace Sip.Domain.Tests.Rules;

/// <summary>
/// Rule 23: a unit of a private provider acts for its contracting principal ("Skyldigheten omfattar
/// även privata vårdgivare", 000_2b796fb2cca3feb2.txt).
/// </summary>
public sealed class PrivateProviderRuleTests
{
    private static readonly DateTimeOffset Now = World.Now;
    private readonly World _w = new();

    [Fact]
    public void Rule23_a_private_health_centre_acts_for_its_contracting_principal()
    {
        Assert.Equal(OrganizationKind.Region, _w.PrivateHealthCentre.ActsForPrincipal);
        Assert.Equal(_w.Region.Id, _w.PrivateHealthCentre.PrincipalOrganizationId);
        Assert.Equal(OrganizationKind.Municipality, _w.Social.ActsForPrincipal);
        Assert.Null(_w.AfOffice.ActsForPrincipal);
        var e = Assert.Throws<DomainException>(() =>
            new OrganizationUnit(Guid.NewGuid(), _w.Private, "Utan huvudman", UnitKind.PrimaryCare, null, null));
        Assert.Equal("unit.contracting-principal-required", e.Code);
        Assert.Throws<DomainException>(() =>
            new OrganizationUnit(Guid.NewGuid(), _w.Private, "Fel huvudman", UnitKind.PrimaryCare, null, null, _w.Kommun));
    }

    [Fact]
    public void Rule23_a_private_health_centre_counts_as_the_regions_unit_for_establishment()
    {
        var plan = PlanWithPrivateHealthCentre(out _);

        Assert.DoesNotContain(plan.EstablishmentGaps(_w.Kinds, World.WithPerson), g => g.Code == PlanErrors.BothPrincipalsRequired);
        plan.AssignOverallResponsibility(_w.Social.Id, Now, _w.Policy);
        var version = plan.Establish(_w.Kinds, World.WithPerson, _w.SocialWorker, _w.Policy, Now);
        Assert.Equal(1, version.Number);
    }

    [Fact]
    public void Rule23_a_private_health_centre_is_obliged_like_its_principal()
    {
        var plan = _w.WithConsent(_w.Start());
        var summoned = plan.InviteUnit(_w.PrivateHealthCentre, _w.Policy, Now);

        Assert.True(summoned.IsObliged);
        var e = Assert.Throws<DomainException>(() => plan.DeclineInvitation(summoned.Id, null, "Inte vår patient", Now));
        Assert.Equal(PlanErrors.PrincipalCannotDecline, e.Code);
    }

    [Fact]
    public void Rule23_a_private_health_centre_offers_its_principals_insatser_only()
    {
        var plan = PlanWithPrivateHealthCentre(out _);

        var laro = plan.ProposeAction(
            World.Type("region.laro"), _w.PrivateHealthCentre, null, "LARO", new DateOnly(2026, 12, 1), null, _w.SocialWorker,
            _w.Policy, Now);
        Assert.Equal(Domain.Actions.ResponsiblePrincipal.Region, laro.Principal);
        var e = Assert.Throws<DomainException>(() => plan.ProposeAction(
            World.Type("kommun.boendestod"), _w.PrivateHealthCentre, null, "Boendestöd", new DateOnly(2026, 12, 1), null, _w.SocialWorker,
            _w.Policy, Now));
        Assert.Equal(PlanErrors.ActionPrincipalMismatch, e.Code);
    }

    [Fact]
    public void Rule23_a_private_provider_holds_the_overall_responsibility_only_when_the_county_decided_so()
    {
        var plan = PlanWithPrivateHealthCentre(out _);
        Assert.False(new CountyPolicy(Guid.NewGuid(), "Nytt län").ContractedProvidersMayHoldOverallResponsibility);

        var e = Assert.Throws<DomainException>(() => plan.AssignOverallResponsibility(_w.PrivateHealthCentre.Id, Now, _w.Policy));
        Assert.Equal(PlanErrors.OverallResponsibleContractedProvider, e.Code);
        Assert.Throws<DomainException>(() => plan.AssignOverallResponsibility(_w.PrivateHealthCentre.Id, Now));
        Assert.Null(plan.OverallResponsibleUnitId);

        _w.Policy.ChangeContractedProviderRule(true);
        plan.AssignOverallResponsibility(_w.PrivateHealthCentre.Id, Now, _w.Policy);
        Assert.Equal(_w.PrivateHealthCentre.Id, plan.OverallResponsibleUnitId);
    }

    /// <summary>A plan where the private hälsocentral is the region's only unit, accepted, with the kommun's insats accepted.</summary>
    private SipPlan PlanWithPrivateHealthCentre(out Participant privateUnit)
    {
        var plan = _w.WithConsent(_w.Start());
        privateUnit = plan.InviteUnit(_w.PrivateHealthCentre, _w.Policy, Now);
        plan.AcceptInvitation(privateUnit.Id, _w.Nurse, Now);
        var housing = plan.ProposeAction(
            World.Type("kommun.boendestod"), _w.Social, null, "Boendestöd", new DateOnly(2026, 12, 1), null, _w.SocialWorker,
            _w.Policy, Now);
        plan.AcceptAction(housing.Id, _w.Social.Id, _w.SocialWorker, Now);
        return plan;
    }
}
