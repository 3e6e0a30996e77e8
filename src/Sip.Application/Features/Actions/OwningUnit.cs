namespace Sip.Application.Features.Actions;

/// <summary>Only staff of the unit that owns an insats answer for it.</summary>
internal static class OwningUnit
{
    public static Guid Of(SipPlan plan, Guid actionId, ICurrentUser user)
    {
        var action = plan.Actions.FirstOrDefault(a => a.Id == actionId)
            ?? throw new NotFoundException("Insatsen finns inte i planen.");
        return user.UnitIds.Contains(action.OwningUnitId)
            ? action.OwningUnitId
            : throw new ForbiddenException("Bara personal på den enhet som ansvarar för insatsen kan besvara eller ändra den.");
    }
}
