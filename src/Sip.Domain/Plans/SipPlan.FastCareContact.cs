using Sip.Domain.Common;
using Sip.Domain.Organizations;

namespace Sip.Domain.Plans;

public sealed partial class SipPlan
{
    /// <summary>Rule 29: the fast vårdkontakt in the region, when one is named.</summary>
    public FastCareContact? FastCareContact { get; private set; }

    /// <summary>
    /// Names the fast vårdkontakt, replacing the one named before. It is the region's to name
    /// (patientlagen 6 kap. 2 §), so the contact works at a region unit that takes part in the plan.
    /// </summary>
    public void NameFastCareContact(OrganizationUnit unit, string name, string? telephone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(unit);
        EnsureOpen();
        if (unit.OrganizationKind != OrganizationKind.Region)
        {
            throw new DomainException(
                PlanErrors.FastCareContactNotRegion,
                "En fast vårdkontakt finns i regionens hälso- och sjukvård: välj en av regionens enheter.");
        }

        if (unit.Id != Origin.InitiatingUnitId && ParticipantForUnit(unit.Id) is null)
        {
            throw new DomainException(
                PlanErrors.FastCareContactUnitNotParticipating,
                $"{unit.Name} deltar inte i planen: kalla enheten först.");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException(PlanErrors.FastCareContactNameRequired, "Ange namnet på den fasta vårdkontakten.");
        }

        FastCareContact = new FastCareContact(unit.Id, name.Trim(), string.IsNullOrWhiteSpace(telephone) ? null : telephone.Trim(), now);
        Touch(now);
    }
}
