namespace Sip.Domain.Plans;

/// <summary>One difference between two versions of the written plan.</summary>
public sealed record SnapshotChange(string Area, SnapshotChangeKind Kind, string Subject, string? From, string? To);

public enum SnapshotChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>What changed from one established version to the next, so the person and staff can see what a revision did.</summary>
public static partial class PlanSnapshotDiff
{
    public const string Goals = "goals";
    public const string Needs = "needs";
    public const string Actions = "actions";
    public const string Participants = "participants";
    public const string OverallResponsible = "overallResponsible";
    public const string NextFollowUp = "nextFollowUp";

    public static IReadOnlyList<SnapshotChange> Between(PlanSnapshot? previous, PlanSnapshot current)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (previous is null)
        {
            return [];
        }

        var changes = new List<SnapshotChange>();
        if (previous.PersonGoals != current.PersonGoals)
        {
            changes.Add(new(Goals, SnapshotChangeKind.Changed, "Personens mål", previous.PersonGoals, current.PersonGoals));
        }

        changes.AddRange(current.Needs.Except(previous.Needs).Select(n => new SnapshotChange(
            Needs, SnapshotChangeKind.Added, n, null, null)));
        changes.AddRange(previous.Needs.Except(current.Needs).Select(n => new SnapshotChange(
            Needs, SnapshotChangeKind.Removed, n, null, null)));

        var before = previous.Actions.ToDictionary(a => a.Id);
        var after = current.Actions.ToDictionary(a => a.Id);
        foreach (var action in current.Actions)
        {
            if (!before.TryGetValue(action.Id, out var old))
            {
                changes.Add(new(Actions, SnapshotChangeKind.Added, action.Description, null, action.Status.ToString()));
            }
            else if (old.Status != action.Status || old.StartOn != action.StartOn || old.DueOn != action.DueOn)
            {
                changes.Add(new(Actions, SnapshotChangeKind.Changed, action.Description, Describe(old), Describe(action)));
            }
        }

        changes.AddRange(previous.Actions.Where(a => !after.ContainsKey(a.Id)).Select(a => new SnapshotChange(
            Actions, SnapshotChangeKind.Removed, a.Description, a.Status.ToString(), null)));

        var participantsBefore = previous.Participants.Select(p => p.Id).ToHashSet();
        var participantsAfter = current.Participants.Select(p => p.Id).ToHashSet();
        changes.AddRange(current.Participants.Where(p => !participantsBefore.Contains(p.Id)).Select(p => new SnapshotChange(
            Participants, SnapshotChangeKind.Added, p.DisplayName, null, null)));
        changes.AddRange(previous.Participants.Where(p => !participantsAfter.Contains(p.Id)).Select(p => new SnapshotChange(
            Participants, SnapshotChangeKind.Removed, p.DisplayName, null, null)));

        if (previous.OverallResponsibleUnitId != current.OverallResponsibleUnitId)
        {
            var names = current.Participants.Concat(previous.Participants)
                .Where(p => p.UnitId is not null)
                .GroupBy(p => p.UnitId!.Value)
                .ToDictionary(g => g.Key, g => g.First().DisplayName);
            changes.Add(new(
                OverallResponsible, SnapshotChangeKind.Changed, "Övergripande ansvar",
                names.GetValueOrDefault(previous.OverallResponsibleUnitId), names.GetValueOrDefault(current.OverallResponsibleUnitId)));
        }

        if (previous.NextFollowUpOn != current.NextFollowUpOn)
        {
            changes.Add(new(
                NextFollowUp, SnapshotChangeKind.Changed, "Nästa uppföljning",
                previous.NextFollowUpOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                current.NextFollowUpOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        changes.AddRange(PlacementChanges(previous.Placement, current.Placement));
        changes.AddRange(CommunicationChanges(previous.Communication, current.Communication));
        return changes;
    }

    private static string Describe(PlanSnapshot.ActionLine action) =>
        FormattableString.Invariant($"{action.Status} {action.StartOn:yyyy-MM-dd}–{action.DueOn:yyyy-MM-dd}");
}
