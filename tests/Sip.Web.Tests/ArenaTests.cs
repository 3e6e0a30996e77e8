using Sip.Infrastructure.Seeding;
using Sip.Web.Components.Pages;

namespace Sip.Web.Tests;

/// <summary>The officials' arena as rendered for a SIP-stödjare: the demo county's escalated disagreement, and no one in it.</summary>
public sealed class ArenaTests : ComponentTest
{
    [Fact]
    public void The_arena_shows_the_escalated_disagreement_without_the_plan_or_the_person()
    {
        SignInAs(DemoDirectory.SipSupport);
        var page = Render<ArenaDeviations>();
        page.WaitForAssertion(
            () => Assert.Contains("Oenighet om ansvaret för stöd vid arbetsträning", page.Markup, StringComparison.Ordinal));

        Assert.Contains("Länsövergripande tjänstepersonsarena", page.Markup, StringComparison.Ordinal);
        var plans = Query(db => db.Plans
            .Select(p => new
            {
                p.ReferenceNumber,
                p.Person.FullName,
                Number = p.Person.IdentityNumber == null ? null : p.Person.IdentityNumber.Value,
                p.Reason,
            })
            .ToList());
        var written = Query(db => db.Plans.SelectMany(p => p.Deviations).Select(d => d.Description).ToList());
        var secrets = plans.SelectMany(p => new[] { p.ReferenceNumber, p.FullName, p.Number?[2..8] ?? p.FullName, p.Reason });
        foreach (var secret in secrets.Concat(written))
        {
            Assert.DoesNotContain(secret, page.Markup, StringComparison.Ordinal);
        }
    }
}
