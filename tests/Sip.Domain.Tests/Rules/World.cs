using Sip.Domain.Actions;
using Sip.Domain.Calendar;
using Sip.Domain.Organizations;
using Sip.Domain.People;
using Sip.Domain.Plans;
using Sip.Domain.Policies;
using Sip.Domain.Users;

namespace Sip.Domain.Tests.Rules;

/// <summary>A small county to test the rules in: one municipality, one region, one other actor.</summary>
internal sealed class World
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    public Organization Kommun { get; } = new(Guid.NewGuid(), "Östersunds kommun", OrganizationKind.Municipality);

    public Organization Region { get; } = new(Guid.NewGuid(), "Region Jämtland Härjedalen", OrganizationKind.Region);

    public Organization Af { get; } = new(Guid.NewGuid(), "Arbetsförmedlingen", OrganizationKind.OtherActor);

    /// <summary>A private provider under contract with the region (vårdval).</summary>
    public Organization Private { get; }

    public CountyPolicy Policy { get; } = new(Guid.NewGuid(), "Testlän");

    public World()
    {
        Social = new OrganizationUnit(Guid.NewGuid(), Kommun, "Vuxenenheten", UnitKind.SocialServices, null, null);
        Clinic = new OrganizationUnit(Guid.NewGuid(), Region, "Beroendemottagningen", UnitKind.PsychiatryAndDependence, "SE1", null);
        HealthCentre = new OrganizationUnit(Guid.NewGuid(), Region, "Hälsocentralen", UnitKind.PrimaryCare, "SE2", null);
        AfOffice = new OrganizationUnit(Guid.NewGuid(), Af, "Arbetsförmedlingen Östersund", UnitKind.OtherActor, null, null);
        Private = new Organization(
            Guid.NewGuid(), "Hälsoval Lugnvik AB", OrganizationKind.ContractedProvider, contractingPrincipalId: Region.Id);
        PrivateHealthCentre = new OrganizationUnit(
            Guid.NewGuid(), Private, "Lugnviks hälsocentral", UnitKind.PrimaryCare, "SE3", null, Region);
        Elderly = new OrganizationUnit(Guid.NewGuid(), Kommun, "Äldreomsorgen", UnitKind.SocialServices, null, null);
    }

    public OrganizationUnit PrivateHealthCentre { get; }

    /// <summary>A second unit of the municipality, under another nämnd (rule 30).</summary>
    public OrganizationUnit Elderly { get; }

    public OrganizationUnit Social { get; }

    public OrganizationUnit Clinic { get; }

    public OrganizationUnit HealthCentre { get; }

    public OrganizationUnit AfOffice { get; }

    public Guid SocialWorker { get; } = Guid.NewGuid();

    public Guid Nurse { get; } = Guid.NewGuid();

    /// <summary>A signed-in user marked chef of <paramref name="unit"/>, who may agree to an ansvarsförbindelse.</summary>
    public static CostSignatory Manager(OrganizationUnit unit, string name, string title) =>
        CostSignatory.Manager(
            new UserAccount(
                Guid.NewGuid(), name.ToLowerInvariant(), name, UserRole.SocialWorker, [unit.Id], title: title, isManager: true));

    public IReadOnlyDictionary<Guid, OrganizationKind> Kinds =>
        new[] { Social, Clinic, HealthCentre, AfOffice, PrivateHealthCentre }.ToDictionary(u => u.Id, u => u.CountsAs);

    public static Establishment WithPerson =>
        new(PersonParticipated: true, PersonAbsenceReason: null, PersonApproved: true, NextFollowUpOn: null);

    public static ActionType Type(string code) => ActionTypeCatalog.Find(code) ?? throw new InvalidOperationException(code);

    public SipPlan Start(string identityNumber = "19850314-9828", bool childrenInHousehold = false, HvbPlacement? placement = null,
        OrganizationUnit? initiator = null) =>
        SipPlan.Start(
            Guid.NewGuid(),
            "SIP-2026-000001",
            new SubjectPerson(PersonalIdentityNumber.Parse(identityNumber, SwedishTime.Today(Now)), "Testa Testsson", false,
                childrenInHousehold),
            "Behöver samordning.",
            OriginKind.SocialServicesCase,
            "VU-1",
            initiator ?? Social,
            SocialWorker,
            placement,
            Policy,
            Now);

    public SipPlan WithConsent(SipPlan plan, bool nextOfKin = false)
    {
        plan.RecordConsent(
            ConsentGiver.Person, null, ConsentForm.Written, [Kommun.Id, Region.Id, Af.Id, Private.Id], nextOfKin, null, SocialWorker, Now);
        return plan;
    }

    /// <summary>A plan that meets every precondition for establishment.</summary>
    public SipPlan ReadyToEstablish()
    {
        var plan = WithConsent(Start());
        var clinic = plan.InviteUnit(Clinic, Policy, Now);
        plan.AcceptInvitation(clinic.Id, Nurse, Now);
        var housing = plan.ProposeAction(Type("kommun.boendestod"), Social, null, "Boendestöd", new DateOnly(2026, 12, 1), null,
            SocialWorker, Policy, Now);
        var laro = plan.ProposeAction(Type("region.laro"), Clinic, null, "LARO", new DateOnly(2026, 12, 1), null, SocialWorker, Policy,
            Now);
        plan.AcceptAction(housing.Id, Social.Id, SocialWorker, Now);
        plan.AcceptAction(laro.Id, Clinic.Id, Nurse, Now);
        plan.AssignOverallResponsibility(Social.Id, Now);
        return plan;
    }
}
