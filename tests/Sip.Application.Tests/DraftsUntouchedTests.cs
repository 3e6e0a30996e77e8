using Sip.Application.Notifications;
using Sip.Domain.Calendar;
using Sip.Domain.Organizations;
using Sip.Domain.People;
using Sip.Domain.Plans;
using Sip.Domain.Policies;

namespace Sip.Application.Tests;

/// <summary>
/// The overview counts the untouched drafts in the database by how long ago their deadline passed,
/// comparing instants; the reminders date each draft in the app. Hour by hour over two months, across
/// both changes of summer time, both must put every draft in the same age.
/// </summary>
public sealed class DraftsUntouchedTests
{
    private static readonly Organization Kommun = new(Guid.NewGuid(), "Östersunds kommun", OrganizationKind.Municipality);
    private static readonly OrganizationUnit Social = new(Guid.NewGuid(), Kommun, "Vuxenenheten", UnitKind.SocialServices, null, null);
    private static readonly CountyPolicy Policy = new(Guid.NewGuid(), "Testlän");

    [Theory]
    [InlineData("2026-11-10T12:00:00Z")]
    [InlineData("2026-04-20T22:30:00Z")]
    [InlineData("2026-04-12T23:59:59Z")]
    public void Each_draft_falls_in_the_age_its_deadline_gives(string at)
    {
        var now = DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture);
        var today = SwedishTime.Today(now);
        var (weekAgo, monthAgo) = (today.AddDays(-7), today.AddDays(-30));
        var upToAWeek = OverdueDeadlines.DraftsUntouched(now, dueFrom: weekAgo).Compile();
        var upToAMonth = OverdueDeadlines.DraftsUntouched(now, dueFrom: monthAgo, dueBefore: weekAgo).Compile();
        var longer = OverdueDeadlines.DraftsUntouched(now, dueBefore: monthAgo).Compile();

        for (var touched = now.AddDays(-60); touched < now; touched = touched.AddMinutes(59))
        {
            var draft = Start(touched);
            var untouched = touched < now - OverdueDeadlines.DraftLeftAlone;
            var days = today.DayNumber - SwedishTime.Today(touched + OverdueDeadlines.DraftLeftAlone).DayNumber;

            Assert.Equal(untouched && days <= 7, upToAWeek(draft));
            Assert.Equal(untouched && days is > 7 and <= 30, upToAMonth(draft));
            Assert.Equal(untouched && days > 30, longer(draft));
        }
    }

    private static SipPlan Start(DateTimeOffset at) =>
        SipPlan.Start(Guid.NewGuid(), "SIP-2026-000001",
            new SubjectPerson(PersonalIdentityNumber.Parse("19850314-9828", SwedishTime.Today(at)), "Testa Testsson", false, false),
            "Behöver samordning.", OriginKind.SocialServicesCase, "VU-1", Social, Guid.NewGuid(), null, Policy, at);
}
