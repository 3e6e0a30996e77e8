using Microsoft.EntityFrameworkCore.ChangeTracking;
using Sip.Application.Notifications;
using Sip.Domain.Audit;

namespace Sip.Application.ReadModels.Inbox;

/// <summary>
/// The plans of a save whose only change is insatser answered or moved on (none left proposed): all
/// the inbox loses by such a change is those insatser's entries, so they need not be found anew.
/// </summary>
internal static class AnsweredInsatser
{
    /// <summary>
    /// The plans with those insatser; none where anything else in the save changed (a plan, or
    /// anything but the access log and the outbox), which has every changed plan written anew.
    /// </summary>
    public static Dictionary<Guid, List<Guid>> Only(ChangeTracker tracker, List<Guid> changed)
    {
        var answered = changed.ToDictionary(id => id, _ => new List<Guid>());
        var entries = tracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
        foreach (var entry in entries)
        {
            var modified = entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name);
            switch (entry.Entity)
            {
                case SipPlan when entry.State == EntityState.Modified
                    && modified.All(name => name is nameof(SipPlan.Version) or nameof(SipPlan.UpdatedAt)):
                    break;
                case PlanAction action when entry.State == EntityState.Modified && action.Status != ActionStatus.Proposed
                    && modified.All(IsAnswer)
                    && entry.Property("PlanId").CurrentValue is Guid planId && answered.TryGetValue(planId, out var insatser):
                    insatser.Add(action.Id);
                    break;
                case AuditEntry or OutboxMessage when entry.State == EntityState.Added:
                    break;
                default:
                    return [];
            }
        }

        return answered.Where(a => a.Value.Count > 0).ToDictionary();
    }

    private static bool IsAnswer(string property) => property
        is nameof(PlanAction.Status) or nameof(PlanAction.DecidedAt) or nameof(PlanAction.DecidedByUserId)
        or nameof(PlanAction.RejectionReason);
}
