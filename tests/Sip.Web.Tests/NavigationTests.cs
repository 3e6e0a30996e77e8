using Sip.Infrastructure.Seeding;
using Sip.Web.Components.Layout;

namespace Sip.Web.Tests;

/// <summary>The main menu offers each role its own pages and nothing else.</summary>
public sealed class NavigationTests : ComponentTest
{
    public static TheoryData<string, Guid, string[]> Roles => new()
    {
        { "social worker", DemoDirectory.SocialWorker, ["Start", "Starta SIP"] },
        { "nurse", DemoDirectory.Nurse, ["Start", "Starta SIP"] },
        { "SIP-stödjare", DemoDirectory.SipSupport, ["Start", "Uppföljning", "Tjänstemannaarena"] },
        { "administrator", DemoDirectory.Administrator, ["Start", "Tjänstemannaarena", "Administration"] },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public void The_menu_has_exactly_the_roles_links(string who, Guid userId, string[] links)
    {
        SignInAs(userId);

        var menu = Render<NavMenu>();

        var shown = menu.FindAll("nav a").Select(a => a.TextContent.Trim()).ToArray();
        Assert.True(links.SequenceEqual(shown), $"{who}: {string.Join(", ", shown)}");
    }

    [Fact]
    public void Nobody_signed_in_gets_no_menu()
    {
        var menu = Render<NavMenu>();

        Assert.Empty(menu.FindAll("nav"));
    }
}
