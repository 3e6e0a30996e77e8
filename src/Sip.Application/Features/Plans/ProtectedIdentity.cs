using System.Linq.Expressions;

namespace Sip.Application.Features.Plans;

/// <summary>
/// Skyddad identitet: the person's name is known only to the initiating unit, which holds the case.
/// Every other unit taking part sees these words in its place, and cannot find the person by name.
/// </summary>
public static class ProtectedIdentity
{
    public const string Shown = "Skyddad identitet";

    /// <summary>The plan as a unit other than the initiating one sees it: the person's name replaced wherever it stands.</summary>
    public static PlanDetail Hide(PlanDetail plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan with
        {
            PersonName = Shown,
            Participants = [.. plan.Participants.Select(p => p.Kind == ParticipantKind.Person ? p with { DisplayName = Shown } : p)],

            // Where a child lives, and the social services of the place, would tell where the person lives.
            Children = plan.Children is null ? null : [.. plan.Children.Select(c => c with { LivesWith = null })],
            ReportOfConcern = plan.ReportOfConcern is null ? null : plan.ReportOfConcern with { SocialServices = null },
        };
    }

    /// <summary>An established version as a unit other than the initiating one sees it: the same words in the person's place.</summary>
    public static PlanSnapshot Hide(PlanSnapshot version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return version with
        {
            Participants = [.. version.Participants.Select(p => p.Kind == ParticipantKind.Person ? p with { DisplayName = Shown } : p)],
            Children = version.Children is null ? null : version.Children with
            {
                Children = [.. version.Children.Children.Select(c => c with { LivesWith = null })],
                SocialServices = null,
            },
        };
    }

    /// <summary>Whether the name must be hidden from a user of these units.</summary>
    public static bool HiddenFrom(bool hasProtectedIdentity, Guid initiatingUnitId, IReadOnlyCollection<Guid> unitIds) =>
        hasProtectedIdentity && !unitIds.Contains(initiatingUnitId);

    /// <summary>
    /// What a list sorts the name by, as the given units may see it, in the database's Swedish
    /// collation: the surname first, and a hidden name as the words shown, so the order does not
    /// betray it either.
    /// </summary>
    public static Expression<Func<SipPlan, string>> SortNameFor(IReadOnlyCollection<Guid> unitIds, string swedishCollation) =>
        p => EF.Functions.Collate(
            p.Person.HasProtectedIdentity && !unitIds.Contains(p.Origin.InitiatingUnitId) ? Shown : p.Person.SortName,
            swedishCollation);
}
