using Microsoft.Extensions.Time.Testing;
using Sip.Application.Features.FollowUps;
using Sip.Application.Features.Plans;

namespace Sip.Application.Tests;

/// <summary>
/// Establishing a plan and following it up both end in a new version and ask the same of the meeting: the
/// same field errors, in Swedish, for the same bad input; a follow-up once took an absence reason longer
/// than its column holds.
/// </summary>
public sealed class NewVersionRulesTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Establishing_and_following_up_refuse_the_same_meeting_with_the_same_field_errors()
    {
        var yesterday = new DateOnly(2026, 12, 6);
        var tooLong = new string('x', 2001);

        var established = new EstablishPlanValidator(Clock).Validate(new EstablishPlan(Guid.NewGuid(), 1, false, tooLong, true, yesterday));
        var followedUp = new RecordFollowUpValidator(Clock).Validate(
            new RecordFollowUp(Guid.NewGuid(), 1, Guid.NewGuid(), "Uppföljning.", false, tooLong, true, yesterday));

        string[] expected = ["NextFollowUpOn: Nästa uppföljning måste ligga fram i tiden.",
            "PersonAbsenceReason: Skälet får vara högst 2 000 tecken."];
        Assert.Equal(expected, established.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}").Order(StringComparer.Ordinal));
        Assert.Equal(expected, followedUp.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_person_who_did_not_take_part_needs_a_reason_in_both()
    {
        var established = new EstablishPlanValidator(Clock).Validate(new EstablishPlan(Guid.NewGuid(), 1, false, " ", true, null));
        var followedUp = new RecordFollowUpValidator(Clock).Validate(
            new RecordFollowUp(Guid.NewGuid(), 1, Guid.NewGuid(), "Uppföljning.", false, null, true, null));

        Assert.Equal("Ange varför personen inte deltog.", Assert.Single(established.Errors).ErrorMessage);
        Assert.Equal("Ange varför personen inte deltog.", Assert.Single(followedUp.Errors).ErrorMessage);
    }
}
