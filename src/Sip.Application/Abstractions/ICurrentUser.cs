namespace Sip.Application.Abstractions;

/// <summary>The signed-in user, as the web layer knows them (cookie or bearer token).</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    Guid UserId { get; }

    UserRole Role { get; }

    IReadOnlyList<Guid> UnitIds { get; }

    /// <summary>The client address or API client, for the access log.</summary>
    string? Origin { get; }
}
