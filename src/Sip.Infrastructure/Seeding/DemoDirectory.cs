using Sip.Domain.Organizations;
using Sip.Domain.Users;

namespace Sip.Infrastructure.Seeding;

/// <summary>
/// The demo county: Östersunds kommun and Region Jämtland Härjedalen with units and other actors,
/// and one demo user per role. Ids are fixed so that demo links and tests stay stable. All people
/// are fictional.
/// </summary>
public static class DemoDirectory
{
    public static readonly Guid Ostersund = new("6a1f0000-0000-4000-8000-000000000001");
    public static readonly Guid RegionJh = new("6a1f0000-0000-4000-8000-000000000002");
    public static readonly Guid Arbetsformedlingen = new("6a1f0000-0000-4000-8000-000000000003");
    public static readonly Guid Forsakringskassan = new("6a1f0000-0000-4000-8000-000000000004");
    public static readonly Guid Kriminalvarden = new("6a1f0000-0000-4000-8000-000000000005");
    public static readonly Guid Ljungbacken = new("6a1f0000-0000-4000-8000-000000000006");
    public static readonly Guid Krokom = new("6a1f0000-0000-4000-8000-000000000007");

    /// <summary>A private hälsocentral under the region's vårdval: it acts for the region in a plan (rule 23).</summary>
    public static readonly Guid HalsovalFroson = new("6a1f0000-0000-4000-8000-000000000008");

    public static readonly Guid VuxenenhetenOstersund = new("7b2e0000-0000-4000-8000-000000000001");
    public static readonly Guid BarnOchFamiljOstersund = new("7b2e0000-0000-4000-8000-000000000002");
    public static readonly Guid KommunalHsvOstersund = new("7b2e0000-0000-4000-8000-000000000003");
    public static readonly Guid BeroendemottagningenOstersund = new("7b2e0000-0000-4000-8000-000000000004");
    public static readonly Guid HalsocentralenOdenslund = new("7b2e0000-0000-4000-8000-000000000005");
    public static readonly Guid PsykiatriskaOppenvarden = new("7b2e0000-0000-4000-8000-000000000006");
    public static readonly Guid ArbetsformedlingenOstersund = new("7b2e0000-0000-4000-8000-000000000007");
    public static readonly Guid ForsakringskassanOstersund = new("7b2e0000-0000-4000-8000-000000000008");
    public static readonly Guid FrivardenOstersund = new("7b2e0000-0000-4000-8000-000000000009");
    public static readonly Guid LjungbackenHvb = new("7b2e0000-0000-4000-8000-00000000000a");
    public static readonly Guid SocialtjanstenKrokom = new("7b2e0000-0000-4000-8000-00000000000b");
    public static readonly Guid FrosoHalsocentral = new("7b2e0000-0000-4000-8000-00000000000c");

    public static readonly Guid SocialWorker = new("8c3d0000-0000-4000-8000-000000000001");
    public static readonly Guid Nurse = new("8c3d0000-0000-4000-8000-000000000002");
    public static readonly Guid DistrictNurse = new("8c3d0000-0000-4000-8000-000000000003");
    public static readonly Guid SipSupport = new("8c3d0000-0000-4000-8000-000000000004");
    public static readonly Guid Administrator = new("8c3d0000-0000-4000-8000-000000000005");
    public static readonly Guid ForeignSocialWorker = new("8c3d0000-0000-4000-8000-000000000006");
    public static readonly Guid YouthSocialWorker = new("8c3d0000-0000-4000-8000-000000000007");
    public static readonly Guid SocialServicesManager = new("8c3d0000-0000-4000-8000-000000000008");
    public static readonly Guid DependenceClinicManager = new("8c3d0000-0000-4000-8000-000000000009");
    public static readonly Guid PrivateHealthCentreNurse = new("8c3d0000-0000-4000-8000-00000000000a");

    public static IReadOnlyList<Organization> Organizations() =>
    [
        new(Ostersund, "Östersunds kommun", OrganizationKind.Municipality),
        new(RegionJh, "Region Jämtland Härjedalen", OrganizationKind.Region),
        new(Krokom, "Krokoms kommun", OrganizationKind.Municipality),
        new(Arbetsformedlingen, "Arbetsförmedlingen", OrganizationKind.OtherActor),
        new(Forsakringskassan, "Försäkringskassan", OrganizationKind.OtherActor),
        new(Kriminalvarden, "Kriminalvården", OrganizationKind.OtherActor),
        new(Ljungbacken, "Ljungbackens behandlingshem AB", OrganizationKind.OtherActor),
        new(HalsovalFroson, "Frösö Hälsoval AB", OrganizationKind.ContractedProvider, contractingPrincipalId: RegionJh),
    ];

    public static IReadOnlyList<OrganizationUnit> Units(IReadOnlyList<Organization> organizations)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        Organization Org(Guid id) => organizations.Single(o => o.Id == id);
        return
        [
            new(
                VuxenenhetenOstersund, Org(Ostersund), "Socialtjänsten Östersund – Vuxenenheten", UnitKind.SocialServices, null,
                "vuxenenheten.sip@example.se"),
            new(
                BarnOchFamiljOstersund, Org(Ostersund), "Socialtjänsten Östersund – Barn och familj", UnitKind.SocialServices, null,
                "barnochfamilj.sip@example.se"),
            new(
                KommunalHsvOstersund, Org(Ostersund), "Kommunal hälso- och sjukvård Östersund", UnitKind.MunicipalHealthCare, null,
                "khsv.sip@example.se"),
            new(
                BeroendemottagningenOstersund, Org(RegionJh), "Beroendemottagningen Östersund", UnitKind.PsychiatryAndDependence,
                "SE2321000206-B001", "beroende.sip@example.se"),
            new(
                HalsocentralenOdenslund, Org(RegionJh), "Hälsocentralen Odenslund", UnitKind.PrimaryCare, "SE2321000206-H014",
                "hc.odenslund.sip@example.se"),
            new(
                PsykiatriskaOppenvarden, Org(RegionJh), "Psykiatriska öppenvårdsmottagningen Östersund",
                UnitKind.PsychiatryAndDependence, "SE2321000206-P003", "psykiatri.sip@example.se"),
            new(
                SocialtjanstenKrokom, Org(Krokom), "Socialtjänsten Krokom – Individ och familj", UnitKind.SocialServices, null,
                "ifo.sip@krokom.example.se"),
            new(
                ArbetsformedlingenOstersund, Org(Arbetsformedlingen), "Arbetsförmedlingen Östersund", UnitKind.OtherActor, null,
                "ostersund.sip@example.se"),
            new(
                ForsakringskassanOstersund, Org(Forsakringskassan), "Försäkringskassan Östersund", UnitKind.OtherActor, null,
                "fk.ostersund.sip@example.se"),
            new(
                FrivardenOstersund, Org(Kriminalvarden), "Frivården Östersund", UnitKind.OtherActor, null,
                "frivarden.ostersund@example.se"),
            new(LjungbackenHvb, Org(Ljungbacken), "Ljungbackens HVB", UnitKind.ResidentialCare, null, "intag@ljungbacken.example.se"),
            new(FrosoHalsocentral, Org(HalsovalFroson), "Frösö hälsocentral (privat)", UnitKind.PrimaryCare, "SE2321000206-F021",
                "sip@frosohc.example.se", Org(RegionJh)),
        ];
    }

    public static IReadOnlyList<UserAccount> Users() =>
    [
        new(SocialWorker, "anna.lindqvist", "Anna Lindqvist", UserRole.SocialWorker, [VuxenenhetenOstersund], title: "Socialsekreterare"),
        new(
            YouthSocialWorker, "sofia.hedlund", "Sofia Hedlund", UserRole.SocialWorker, [BarnOchFamiljOstersund],
            title: "Socialsekreterare"),
        new(
            Nurse, "erik.johansson", "Erik Johansson", UserRole.HealthcareStaff, [BeroendemottagningenOstersund],
            hsaId: "SE2321000206-E1001", title: "Sjuksköterska"),
        new(
            DistrictNurse, "maria.nilsson", "Maria Nilsson", UserRole.HealthcareStaff, [HalsocentralenOdenslund],
            hsaId: "SE2321000206-E1002", title: "Distriktssköterska"),
        new(
            SipSupport, "karin.berg", "Karin Berg", UserRole.SipSupport, [], title: "SIP-stödjare", areaOrganizationId: Ostersund,
            email: "karin.berg@ostersund.example.se"),
        new(
            SocialServicesManager, "helena.sandberg", "Helena Sandberg", UserRole.SocialWorker, [VuxenenhetenOstersund],
            title: "Enhetschef", email: "helena.sandberg@ostersund.example.se", isManager: true),
        new(
            DependenceClinicManager, "per.aberg", "Per Åberg", UserRole.HealthcareStaff, [BeroendemottagningenOstersund],
            hsaId: "SE2321000206-E1003", title: "Verksamhetschef", email: "per.aberg@regionjh.example.se", isManager: true),
        new(Administrator, "johan.ek", "Johan Ek", UserRole.Administrator, [], title: "Systemförvaltare"),
        new(ForeignSocialWorker, "lars.holm", "Lars Holm", UserRole.SocialWorker, [SocialtjanstenKrokom], title: "Socialsekreterare"),
        new(PrivateHealthCentreNurse, "ida.froberg", "Ida Fröberg", UserRole.HealthcareStaff, [FrosoHalsocentral],
            hsaId: "SE2321000206-E1004", title: "Distriktssköterska"),
    ];
}
