using Sip.Application.Notifications;

namespace Sip.Application.Features.Inbox;

/// <summary>
/// The reminders that reached the user's units, or the user by name after an escalation, whose item is still
/// undone: the rule that sent a reminder no longer finds a done item overdue, so it leaves the list. A reminder
/// names the plan by reference and the unit that owes the item, never the person.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff, UserRole.SipSupport)]
public sealed record GetReminders : IQuery<IReadOnlyList<ReminderItem>>;

/// <summary>
/// One item still overdue. <see cref="Step"/> counts reminders from 0; <see cref="ToMeByName"/>
/// is true when it was escalated to the user themself; <see cref="MayOpenPlan"/> is false for a
/// SIP-stödjare, who follows up without opening plans.
/// </summary>
public sealed record ReminderItem(
    DeadlineKind Kind, Guid PlanId, string ReferenceNumber, string OwingUnits, DateOnly Deadline, int Step, bool IsEscalation,
    bool ToMeByName, DateTimeOffset LastRemindedAt, bool MayOpenPlan);

public sealed class GetRemindersHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetReminders, IReadOnlyList<ReminderItem>>
{
    /// <summary>
    /// Reminders older than this are not looked at: the county's steps end within weeks, and an
    /// item left for half a year is the SIP-stödjare's to follow up in the area's figures.
    /// </summary>
    public static readonly TimeSpan LooksBack = TimeSpan.FromDays(180);

    public async ValueTask<IReadOnlyList<ReminderItem>> Handle(GetReminders query, CancellationToken cancellationToken)
    {
        var units = user.UnitIds.ToList();
        var me = user.UserId;
        var since = clock.GetUtcNow() - LooksBack;
        var sent = await db.Outbox.AsNoTracking()
            .Where(m => m.Kind == NoticeKind.Reminder && m.CreatedAt >= since
                && ((m.Recipient == NoticeRecipient.Unit && units.Contains(m.RecipientId))
                    || (m.Recipient == NoticeRecipient.User && m.RecipientId == me)))
            .Select(m => new
            {
                Deadline = m.Deadline!.Value,
                m.PlanId,
                m.SubjectId,
                Step = m.Step!.Value,
                m.IsEscalation,
                ByName = m.Recipient == NoticeRecipient.User,
                m.CreatedAt,
            })
            .ToListAsync(cancellationToken);
        if (sent.Count == 0)
        {
            return [];
        }

        var planIds = sent.Select(s => s.PlanId).Distinct().ToList();
        var mayOpen = user.Role == UserRole.SipSupport
            ? []
            : (await VisiblePlans.For(db, user)
                .Where(p => planIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
        var overdue = await OverdueDeadlines.FindAsync(
            db, db.Plans.Where(p => planIds.Contains(p.Id)), clock.GetUtcNow(), cancellationToken);
        var stillOverdue = overdue
            .ToLookup(o => (o.Kind, o.PlanId, o.SubjectId));
        var owing = stillOverdue.SelectMany(g => g).Select(o => o.OwingUnitId).Distinct().ToList();
        var unitNames = await db.Units.AsNoTracking().Where(u => owing.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);

        return [.. sent
            .GroupBy(s => (Kind: s.Deadline, s.PlanId, s.SubjectId))
            .Where(g => stillOverdue.Contains(g.Key) && (user.Role == UserRole.SipSupport || mayOpen.Contains(g.Key.PlanId)))
            .Select(g =>
            {
                var item = stillOverdue[g.Key].ToList();
                return new ReminderItem(
                    g.Key.Kind,
                    g.Key.PlanId,
                    item[0].ReferenceNumber,
                    string.Join(", ", item.Select(o => unitNames.GetValueOrDefault(o.OwingUnitId, "")).Where(n => n.Length > 0)
                        .Distinct().Order(StringComparer.Ordinal)),
                    item[0].Deadline,
                    g.Max(s => s.Step),
                    g.Any(s => s.IsEscalation),
                    g.Any(s => s.ByName),
                    g.Max(s => s.CreatedAt),
                    mayOpen.Contains(g.Key.PlanId));
            })
            .OrderByDescending(r => r.IsEscalation)
            .ThenBy(r => r.Deadline)
            .ThenBy(r => r.ReferenceNumber, StringComparer.Ordinal)];
    }
}
