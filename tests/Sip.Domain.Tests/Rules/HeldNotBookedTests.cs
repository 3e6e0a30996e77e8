using Sip.Domain.Calendar;
using Sip.Domain.Plans;

namespace Sip.Domain.Tests.Rules;

/// <summary>
/// Rule 21, "held, not booked": the SIP within a week of a placement ("senast inom en vecka efter
/// placering", 001) and the first meeting are met only by a meeting held by the due date, counted
/// by the Swedish day it was held on. One test per point of the rule.
/// </summary>
public sealed class HeldNotBookedTests
{
    // Placed on Friday 20 November 2026 without a prior SIP: the SIP meeting is due Friday 27 November.
    private static readonly DateOnly Due = new(2026, 11, 27);

    private readonly World _w = new();

    [Fact]
    public void Rule21_the_deadline_is_met_only_by_a_meeting_held_on_or_before_its_due_date()
    {
        var plan = Placed();
        var onTime = Book(plan, new DateOnly(2026, 11, 26));

        Assert.Equal(MeetingDeadlineState.Overdue, plan.PlacementSipDeadline(Due.AddDays(1)));
        Assert.False(HeldNotBooked.PlacementSipMet.Compile()(plan));

        plan.RecordMeetingHeld(onTime.Id, At(new DateOnly(2026, 11, 26), 15));

        Assert.Equal(MeetingDeadlineState.Met, plan.PlacementSipDeadline(Due.AddDays(1)));
        Assert.True(HeldNotBooked.PlacementSipMet.Compile()(plan));
        Assert.False(HeldNotBooked.PlacementSipOverdue(Due.AddDays(1)).Compile()(plan));
    }

    [Fact]
    public void Rule21_a_meeting_booked_before_the_due_date_holds_the_reminder_until_its_day_has_passed()
    {
        var plan = Placed();
        Book(plan, new DateOnly(2026, 11, 25));

        Assert.Equal(MeetingDeadlineState.Booked, plan.PlacementSipDeadline(new DateOnly(2026, 11, 24)));
        Assert.Equal(MeetingDeadlineState.Booked, plan.PlacementSipDeadline(new DateOnly(2026, 11, 25)));
        Assert.Equal(MeetingDeadlineState.Pending, plan.PlacementSipDeadline(new DateOnly(2026, 11, 26)));
    }

    [Fact]
    public void Rule21_a_meeting_booked_after_the_due_date_does_not_hold_the_reminder()
    {
        var plan = Placed();
        var late = Book(plan, new DateOnly(2026, 12, 15));

        Assert.Equal(MeetingDeadlineState.BookedLate, plan.PlacementSipDeadline(new DateOnly(2026, 11, 24)));
        Assert.Equal(MeetingDeadlineState.Overdue, plan.PlacementSipDeadline(Due.AddDays(1)));
        Assert.True(HeldNotBooked.PlacementSipOverdue(Due.AddDays(1)).Compile()(plan));

        // Held three weeks late: nothing is left to chase, but the week was not kept.
        plan.RecordMeetingHeld(late.Id, At(new DateOnly(2026, 12, 15), 15));
        Assert.Equal(MeetingDeadlineState.HeldLate, plan.PlacementSipDeadline(new DateOnly(2026, 12, 16)));
        Assert.False(HeldNotBooked.PlacementSipOverdue(new DateOnly(2026, 12, 16)).Compile()(plan));
        Assert.False(HeldNotBooked.PlacementSipMet.Compile()(plan));
    }

    [Fact]
    public void Rule21_a_meeting_that_has_passed_without_being_marked_held_is_overdue_again()
    {
        var plan = Placed();

        // Late on the due day, Swedish time (22:30 UTC): still the due day.
        var lateEvening = SwedishTime.FromLocal(new DateTime(2026, 11, 27, 23, 30, 0));
        var meeting = plan.ScheduleMeeting(lateEvening, TimeSpan.FromMinutes(25), "Socialkontoret", null, [], World.Now);
        Assert.Equal(Due, meeting.Day);
        Assert.Equal(MeetingDeadlineState.Booked, plan.PlacementSipDeadline(Due));
        Assert.Equal(MeetingDeadlineState.Overdue, plan.PlacementSipDeadline(Due.AddDays(1)));
        Assert.True(HeldNotBooked.PlacementSipOverdue(Due.AddDays(1)).Compile()(plan));

        plan.RecordMeetingHeld(meeting.Id, At(Due.AddDays(1), 9));
        Assert.Equal(MeetingDeadlineState.Met, plan.PlacementSipDeadline(Due.AddDays(1)));
    }

    [Fact]
    public void Rule21_the_first_meeting_deadline_follows_the_same_rule()
    {
        var plan = _w.WithConsent(_w.Start());
        var due = plan.FirstMeetingDueOn;
        var meeting = Book(plan, due.AddDays(-2));

        Assert.Equal(MeetingDeadlineState.Booked, plan.FirstMeetingDeadline(due.AddDays(-3)));
        Assert.Equal(MeetingDeadlineState.Overdue, plan.FirstMeetingDeadline(due.AddDays(1)));
        Assert.True(HeldNotBooked.FirstMeetingOverdue(due.AddDays(1)).Compile()(plan));

        plan.RecordMeetingHeld(meeting.Id, At(due.AddDays(-2), 15));
        Assert.Equal(MeetingDeadlineState.Met, plan.FirstMeetingDeadline(due.AddDays(1)));
        Assert.False(HeldNotBooked.FirstMeetingOverdue(due.AddDays(1)).Compile()(plan));
    }

    [Fact]
    public void Rule21_the_sip_support_finding_counts_by_the_day_the_meeting_was_held()
    {
        var late = _w.WithConsent(_w.Start());
        var due = late.FirstMeetingDueOn;
        late.RecordMeetingHeld(Book(late, due.AddDays(3)).Id, At(due.AddDays(3), 15));
        var onTime = _w.WithConsent(_w.Start());
        onTime.RecordMeetingHeld(Book(onTime, due).Id, At(due, 15));
        var missed = HeldNotBooked.FirstMeetingMissed(due.AddDays(5)).Compile();

        Assert.True(missed(late));
        Assert.False(missed(onTime));
        Assert.False(HeldNotBooked.FirstMeetingOverdue(due.AddDays(5)).Compile()(late));
    }

    [Fact]
    public void Rule21_a_due_date_on_a_sunday_does_not_move_to_the_next_working_day()
    {
        // Placed on Sunday 22 November 2026: the week ends on Sunday 29 November, and stays there.
        var plan = _w.WithConsent(_w.Start());
        var sunday = new DateOnly(2026, 11, 22);
        plan.RegisterPlacement(new HvbPlacement(sunday, sunday, true, precededBySip: false, _w.Policy, _w.Kommun.Id), World.Now);
        Assert.Equal(new DateOnly(2026, 11, 29), plan.Placement!.SipMeetingDueOn);

        var monday = new DateOnly(2026, 11, 30);
        Assert.Equal(MeetingDeadlineState.Overdue, plan.PlacementSipDeadline(monday));
        plan.RecordMeetingHeld(Book(plan, monday).Id, At(monday, 15));
        Assert.Equal(MeetingDeadlineState.HeldLate, plan.PlacementSipDeadline(monday));
    }

    /// <summary>The expressions the database runs say what the in-memory state says, on every combination.</summary>
    [Fact]
    public void Rule21_the_database_expressions_agree_with_the_in_memory_rule()
    {
        var days = Enumerable.Range(0, 5).Select(d => Due.AddDays(d - 2)).ToList();
        var cases = 0;
        foreach (var day in days)
        {
            foreach (var status in new[] { MeetingStatus.Scheduled, MeetingStatus.Held, MeetingStatus.Cancelled })
            {
                var plan = Placed();
                var meeting = Book(plan, day);
                if (status == MeetingStatus.Held)
                {
                    plan.RecordMeetingHeld(meeting.Id, At(day, 15));
                }
                else if (status == MeetingStatus.Cancelled)
                {
                    plan.CancelMeeting(meeting.Id, "Sjuk", World.Now);
                }

                foreach (var today in days)
                {
                    var placement = plan.PlacementSipDeadline(today);
                    var first = plan.FirstMeetingDeadline(today);
                    Assert.Equal(placement == MeetingDeadlineState.Met, HeldNotBooked.PlacementSipMet.Compile()(plan));
                    Assert.Equal(placement == MeetingDeadlineState.Overdue, HeldNotBooked.PlacementSipOverdue(today).Compile()(plan));
                    Assert.Equal(first == MeetingDeadlineState.Met, HeldNotBooked.FirstMeetingMet.Compile()(plan));
                    Assert.Equal(first == MeetingDeadlineState.Overdue, HeldNotBooked.FirstMeetingOverdue(today).Compile()(plan));
                    Assert.Equal(
                        plan.FirstMeetingDueOn < today && first != MeetingDeadlineState.Met,
                        HeldNotBooked.FirstMeetingMissed(today).Compile()(plan));
                    cases++;
                }
            }
        }

        Assert.Equal(75, cases);
    }

    private static DateTimeOffset At(DateOnly day, int hour) => SwedishTime.FromLocal(day.ToDateTime(new TimeOnly(hour, 0)));

    private static Meeting Book(SipPlan plan, DateOnly day) =>
        plan.ScheduleMeeting(At(day, 10), TimeSpan.FromHours(1), "Socialkontoret", null, [], World.Now);

    private SipPlan Placed()
    {
        var plan = _w.WithConsent(_w.Start());
        var friday = new DateOnly(2026, 11, 20);
        plan.RegisterPlacement(new HvbPlacement(friday, friday, false, precededBySip: false, _w.Policy, _w.Kommun.Id), World.Now);
        Assert.Equal(Due, plan.Placement!.SipMeetingDueOn);
        return plan;
    }
}
