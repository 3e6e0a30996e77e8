using Sip.Domain.Common;
using Sip.Domain.Organizations;

namespace Sip.Domain.Plans;

/// <summary>How the shares of an ansvarsförbindelse are stated.</summary>
public enum CostShareKind
{
    /// <summary>Each principal's percent of the placement's cost; together 100.</summary>
    Percent,

    /// <summary>Kronor per day (dygnskostnad) each principal pays.</summary>
    AmountPerDay,

    /// <summary>Kronor per month each principal pays.</summary>
    AmountPerMonth,
}

public enum CostAllocationState
{
    Proposed,

    /// <summary>A manager of each principal has agreed: the allocation is settled (rule 9).</summary>
    Agreed,

    /// <summary>One side does not agree; a cost dispute (avvikelse) is open meanwhile.</summary>
    Disputed,
}

/// <summary>Why a principal disputes a proposed allocation. Rule 7 forbids one ground outright.</summary>
public enum CostDisputeGround
{
    /// <summary>The shares or the basis for them are wrong.</summary>
    SharesOrBasis,

    /// <summary>The need in question is the other principal's to meet.</summary>
    NeedBelongsToOtherPrincipal,

    /// <summary>"The placement is already made": never a ground to refuse cost responsibility (rule 7).</summary>
    PlacementAlreadyMade,
}

/// <summary>
/// The ansvarsförbindelse: how the municipality and the region share the cost of a placement, on
/// what basis, and which manager on each side agreed to it and when (domain brief §6). Replaced by a
/// new proposal until it is agreed; once agreed it is what both principals signed.
/// </summary>
public sealed class CostAllocation
{
    private CostAllocation()
    {
        Basis = string.Empty;
    }

    internal CostAllocation(
        Guid id, CostShareKind shareKind, decimal municipalityShare, decimal regionShare, string basis, Guid proposedByUnitId,
        DateTimeOffset proposedAt)
    {
        if (municipalityShare < 0 || regionShare < 0)
        {
            throw new DomainException(PlanErrors.CostSharesInvalid, "Andelarna kan inte vara negativa.");
        }

        if (shareKind == CostShareKind.Percent && municipalityShare + regionShare != 100)
        {
            throw new DomainException(PlanErrors.CostSharesInvalid, "Kommunens och regionens andelar ska tillsammans vara 100 procent.");
        }

        if (shareKind != CostShareKind.Percent && municipalityShare + regionShare == 0)
        {
            throw new DomainException(PlanErrors.CostSharesInvalid, "Ange vad kommunen och regionen betalar.");
        }

        if (string.IsNullOrWhiteSpace(basis))
        {
            throw new DomainException(PlanErrors.CostBasisRequired, "Ange underlaget för bedömningen av fördelningen.");
        }

        Id = id;
        ShareKind = shareKind;
        MunicipalityShare = municipalityShare;
        RegionShare = regionShare;
        Basis = basis.Trim();
        ProposedByUnitId = proposedByUnitId;
        ProposedAt = proposedAt;
        State = CostAllocationState.Proposed;
    }

    public Guid Id { get; private set; }

    public CostShareKind ShareKind { get; private set; }

    public decimal MunicipalityShare { get; private set; }

    public decimal RegionShare { get; private set; }

    /// <summary>Underlaget: what the assessment of the shares rests on.</summary>
    public string Basis { get; private set; }

    public Guid ProposedByUnitId { get; private set; }

    public DateTimeOffset ProposedAt { get; private set; }

    public CostAllocationState State { get; private set; }

    public string? MunicipalitySignatory { get; private set; }

    public string? MunicipalitySignatoryTitle { get; private set; }

    public DateTimeOffset? MunicipalityAgreedAt { get; private set; }

    /// <summary>The signed-in manager who agreed for the municipality.</summary>
    public Guid? MunicipalitySignatoryUserId { get; private set; }

    public string? RegionSignatory { get; private set; }

    public string? RegionSignatoryTitle { get; private set; }

    public DateTimeOffset? RegionAgreedAt { get; private set; }

    /// <summary>The signed-in manager who agreed for the region.</summary>
    public Guid? RegionSignatoryUserId { get; private set; }

    public CostDisputeGround? DisputeGround { get; private set; }

    public string? DisputeReason { get; private set; }

    /// <summary>Gallring: the basis and the objection, written about the person, go; shares, dates and signatories stay.</summary>
    internal void Redact()
    {
        Basis = SipPlan.Redacted;
        DisputeReason = DisputeReason is null ? null : SipPlan.Redacted;
    }

    public DateTimeOffset? DisputedAt { get; private set; }

    /// <summary>Set when a later proposal took its place.</summary>
    public DateTimeOffset? SupersededAt { get; private set; }

    public bool IsCurrent => SupersededAt is null;

    internal void Supersede(DateTimeOffset now)
    {
        if (State == CostAllocationState.Agreed)
        {
            throw new DomainException(
                PlanErrors.CostAllocationAgreed, "Ansvarsförbindelsen är redan överenskommen av båda huvudmännen.");
        }

        SupersededAt = now;
    }

    /// <summary>A manager of one principal agrees; when both have, the allocation is agreed.</summary>
    internal void Agree(OrganizationKind side, CostSignatory manager, DateTimeOffset now)
    {
        EnsureProposed();
        switch (side)
        {
            case OrganizationKind.Municipality when MunicipalityAgreedAt is null:
                (MunicipalitySignatory, MunicipalitySignatoryTitle, MunicipalityAgreedAt) = (manager.Name, manager.Title, now);
                MunicipalitySignatoryUserId = manager.UserId;
                break;
            case OrganizationKind.Region when RegionAgreedAt is null:
                (RegionSignatory, RegionSignatoryTitle, RegionAgreedAt) = (manager.Name, manager.Title, now);
                RegionSignatoryUserId = manager.UserId;
                break;
            case OrganizationKind.Municipality or OrganizationKind.Region:
                throw new DomainException(PlanErrors.CostAlreadyAgreedBySide, "Er huvudman har redan godkänt fördelningen.");
            default:
                throw new DomainException(
                    PlanErrors.CostSideMustBePrincipal, "Bara kommunen och regionen godkänner en ansvarsförbindelse.");
        }

        if (MunicipalityAgreedAt is not null && RegionAgreedAt is not null)
        {
            State = CostAllocationState.Agreed;
        }
    }

    internal void Dispute(CostDisputeGround ground, string reason, DateTimeOffset now)
    {
        EnsureProposed();
        if (ground == CostDisputeGround.PlacementAlreadyMade)
        {
            throw new DomainException(
                PlanErrors.CostRefusedBecausePlaced,
                "Ingen huvudman får neka kostnadsansvar med hänvisning till att placeringen redan är gjord.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(PlanErrors.CostDisputeReasonRequired, "Beskriv vad ni inte är överens om.");
        }

        State = CostAllocationState.Disputed;
        DisputeGround = ground;
        DisputeReason = reason.Trim();
        DisputedAt = now;
    }

    private void EnsureProposed()
    {
        if (State != CostAllocationState.Proposed || !IsCurrent)
        {
            throw new DomainException(
                PlanErrors.CostAllocationNotOpen, "Förslaget till fördelning är inte längre öppet; lägg ett nytt förslag.");
        }
    }
}
