using Sip.Application.Abstractions;
using Sip.Domain.Users;
using Sip.Infrastructure.Seeding;

namespace Sip.Benchmarks;

/// <summary>Anna of Vuxenenheten Östersund, signed in, as the web layer would state her.</summary>
internal sealed class SignedInSocialWorker : ICurrentUser
{
    public bool IsAuthenticated => true;

    public Guid UserId => DemoDirectory.SocialWorker;

    public UserRole Role => UserRole.SocialWorker;

    public IReadOnlyList<Guid> UnitIds { get; } = [DemoDirectory.VuxenenhetenOstersund];

    public string? Origin => "benchmark";
}

/// <summary>Karin, SIP-stödjare for Östersund, signed in; her area is in the directory.</summary>
internal sealed class SignedInSipSupport : ICurrentUser
{
    public bool IsAuthenticated => true;

    public Guid UserId => DemoDirectory.SipSupport;

    public UserRole Role => UserRole.SipSupport;

    public IReadOnlyList<Guid> UnitIds { get; } = [];

    public string? Origin => "benchmark";
}
