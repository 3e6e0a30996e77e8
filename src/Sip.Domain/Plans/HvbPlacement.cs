using Sip.Domain.Calendar;
using Sip.Domain.Common;
using Sip.Domain.Policies;

namespace Sip.Domain.Plans;

/// <summary>
/// A placement at an HVB or other residential care. The county agreement wants a SIP before the
/// placement; when that was not possible, one within a week after it (rule 8), and for an acute
/// placement the cost allocation within 10 working days of the decision (rule 9).
/// </summary>
public sealed record HvbPlacement
{
    // For EF Core: the deadlines are stored as computed when the placement was registered.
    private HvbPlacement()
    {
    }

    public HvbPlacement(DateOnly decidedOn, DateOnly startedOn, bool isAcute, bool precededBySip, CountyPolicy policy, Guid? placingOrganizationId = null, Guid? residentialUnitId = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (startedOn < decidedOn.AddDays(-1))
        {
            throw new DomainException("placement.start-before-decision", "Placeringen kan inte börja före beslutet.");
        }

        PlacingOrganizationId = placingOrganizationId;
        ResidentialUnitId = residentialUnitId;
        DecidedOn = decidedOn;
        StartedOn = startedOn;
        IsAcute = isAcute;
        PrecededBySip = precededBySip;
        SipMeetingDueOn = precededBySip ? null : startedOn.AddDays(policy.SipMeetingDaysAfterPlacement);
        CostAllocationDueOn = isAcute ? SwedishCalendar.AddWorkingDays(decidedOn, policy.CostAllocationWorkingDaysAfterAcutePlacement) : null;
    }

    /// <summary>The principal whose decision placed the person.</summary>
    public Guid? PlacingOrganizationId { get; init; }

    /// <summary>The HVB or other residential unit, when it is in the directory.</summary>
    public Guid? ResidentialUnitId { get; init; }

    public DateOnly DecidedOn { get; init; }

    public DateOnly StartedOn { get; init; }

    public bool IsAcute { get; init; }

    public bool PrecededBySip { get; init; }

    /// <summary>Rule 8: set only when no SIP preceded the placement.</summary>
    public DateOnly? SipMeetingDueOn { get; init; }

    /// <summary>Rule 9: set only for an acute placement, in Swedish working days.</summary>
    public DateOnly? CostAllocationDueOn { get; init; }

    /// <summary>The day both principals agreed how the cost is shared; until then the deadline is chased.</summary>
    public DateOnly? CostAllocationSettledOn { get; init; }
}
