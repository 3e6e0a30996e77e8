using Sip.Domain.Common;
using Sip.Domain.Users;

namespace Sip.Domain.Plans;

/// <summary>
/// Who agrees to an ansvarsförbindelse for one principal. The agreement is made "på chefsnivå"
/// (001 ~495), so it is a signed-in user marked chef, never a name someone typed.
/// </summary>
public sealed record CostSignatory
{
    private CostSignatory(Guid userId, string name, string title) => (UserId, Name, Title) = (userId, name, title);

    public Guid UserId { get; }

    public string Name { get; }

    public string Title { get; }

    /// <summary>The signed-in <paramref name="user"/>, when they are an active manager.</summary>
    public static CostSignatory Manager(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsManager || !user.IsActive)
        {
            throw new DomainException(
                PlanErrors.CostSignatoryNotManager,
                "Bara en chef i er organisation kan godkänna ansvarsförbindelsen. Be din chef logga in och godkänna.");
        }

        return new CostSignatory(user.Id, user.DisplayName, string.IsNullOrWhiteSpace(user.Title) ? "Chef" : user.Title.Trim());
    }
}
