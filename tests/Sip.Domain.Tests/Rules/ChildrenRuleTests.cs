using Sip.Domain.Calendar;
using Sip.Domain.Common;
using Sip.Domain.Plans;

namespace Sip.Domain.Tests.Rules;

/// <summary>
/// Barn som anhöriga (HSL 5 kap. 7 §; `000_2b796fb2cca3feb2.txt` Bilaga 2): rule 24 (the children
/// in the household and their own need) and rule 12c (the orosanmälan assessment, per version).
/// </summary>
public sealed class ChildrenRuleTests
{
    private static readonly DateTimeOffset Now = World.Now;
    private static readonly DateOnly Today = SwedishTime.Today(Now);
    private readonly World _w = new();

    private static void Fails(string code, Action act) => Assert.Equal(code, Assert.Throws<DomainException>(act).Code);

    private static ChildInHousehold Child(int? age = 7, int? birthYear = null, ChildLivesWith livesWith = ChildLivesWith.ThePerson) =>
        ChildInHousehold.Of(age, birthYear, livesWith, ChildCustody.Joint, Today);

    [Fact]
    public void Rule24_children_are_recorded_with_age_home_and_custody_and_edited_after_the_start()
    {
        var plan = _w.Start();

        var placed = ChildInHousehold.Of(null, 2012, ChildLivesWith.Placed, ChildCustody.SocialServices, Today);
        plan.RecordChildren([Child(age: 7), placed], false, Now);

        Assert.True(plan.Person.ChildrenInHousehold);
        Assert.Equal(
            [
                (7, (int?)null, ChildLivesWith.ThePerson, ChildCustody.Joint),
                (null, 2012, ChildLivesWith.Placed, ChildCustody.SocialServices),
            ],
            plan.Children.Select(c => (c.AgeYears, c.BirthYear, c.LivesWith, c.Custody)));

        plan.RecordChildren([Child(age: 8, livesWith: ChildLivesWith.OtherParent)], false, Now.AddDays(1));
        Assert.Equal((8, ChildLivesWith.OtherParent), (plan.Children.Single().AgeYears, plan.Children.Single().LivesWith));

        plan.RecordChildren([], false, Now.AddDays(2));
        Assert.Empty(plan.Children);
        Assert.False(plan.Person.ChildrenInHousehold);
    }

    [Fact]
    public void Rule24_a_child_is_given_by_age_or_birth_year_and_is_under_18()
    {
        Fails(PlanErrors.ChildAgeRequired, () => ChildInHousehold.Of(null, null, ChildLivesWith.ThePerson, ChildCustody.Joint, Today));
        Fails(PlanErrors.ChildAgeRequired, () => ChildInHousehold.Of(7, 2019, ChildLivesWith.ThePerson, ChildCustody.Joint, Today));
        Fails(PlanErrors.ChildAge, () => ChildInHousehold.Of(18, null, ChildLivesWith.ThePerson, ChildCustody.Joint, Today));
        Fails(PlanErrors.ChildAge, () => ChildInHousehold.Of(null, Today.Year - 19, ChildLivesWith.ThePerson, ChildCustody.Joint, Today));
        Fails(PlanErrors.ChildAge, () => ChildInHousehold.Of(null, Today.Year + 1, ChildLivesWith.ThePerson, ChildCustody.Joint, Today));
        Fails(PlanErrors.ChildDetails, () => ChildInHousehold.Of(3, null, (ChildLivesWith)9, ChildCustody.Joint, Today));
        Assert.Equal(
            Today.Year - 18, ChildInHousehold.Of(null, Today.Year - 18, ChildLivesWith.ThePerson, ChildCustody.Joint, Today).BirthYear);
    }

    [Fact]
    public void Rule12c_every_new_version_asks_the_assessment_again_while_children_are_recorded()
    {
        var w = _w;
        var plan = w.ReadyToEstablish();
        plan.RecordChildren([Child()], false, Now);
        Fails(PlanErrors.ReportOfConcernAssessmentRequired, () => plan.Establish(w.Kinds, World.WithPerson, w.SocialWorker, w.Policy, Now));

        plan.RecordReportOfConcernAssessment("Ingen orosanmälan behövs nu.", Now);
        plan.Establish(w.Kinds, World.WithPerson, w.SocialWorker, w.Policy, Now);
        Assert.True(plan.HasCurrentReportOfConcernAssessment);
        Assert.False(plan.ReportOfConcernAssessedForNextVersion);

        var followUp = plan.NextFollowUp!.Id;
        Fails(
            PlanErrors.ReportOfConcernAssessmentRequired,
            () => plan.RecordFollowUp(followUp, "Uppföljt.", w.Kinds, World.WithPerson, w.SocialWorker, w.Policy, Now));
        plan.RecordReportOfConcernAssessment("Barnen mår bra; ingen orosanmälan behövs.", Now);
        Assert.Equal(2, plan.ReportOfConcernForVersion);
        Assert.Equal(2, plan.RecordFollowUp(followUp, "Uppföljt.", w.Kinds, World.WithPerson, w.SocialWorker, w.Policy, Now).Number);

        // Once no children are recorded, a revision needs no assessment.
        plan.RecordChildren([], false, Now);
        plan.RecordFollowUp(plan.NextFollowUp!.Id, "Uppföljt igen.", w.Kinds, World.WithPerson, w.SocialWorker, w.Policy, Now);
        Assert.Equal(3, plan.CurrentVersionNumber);
    }

    [Fact]
    public void Rule12c_children_recorded_after_the_establishment_have_no_current_assessment_until_one_is_made()
    {
        var w = _w;
        var plan = w.ReadyToEstablish();
        plan.Establish(w.Kinds, World.WithPerson, w.SocialWorker, w.Policy, Now);

        plan.RecordChildren([Child()], false, Now);

        Assert.False(plan.HasCurrentReportOfConcernAssessment);
        Assert.False(SipPlan.CurrentReportOfConcernAssessment.Compile()(plan));
        plan.RecordReportOfConcernAssessment("Ingen orosanmälan behövs.", Now);
        Assert.True(plan.HasCurrentReportOfConcernAssessment);
        Assert.True(SipPlan.CurrentReportOfConcernAssessment.Compile()(plan));
    }

    [Fact]
    public void Rule12c_the_assessment_records_the_report_when_to_which_social_services_and_that_parent_and_child_were_told()
    {
        var plan = _w.Start(childrenInHousehold: true);

        Fails(
            PlanErrors.ReportOfConcernDate,
            () => plan.RecordReportOfConcernAssessment(
                "Oro.", new ReportOfConcern(Today.AddDays(1), "Socialtjänsten i Östersund", true), Now));
        Fails(
            PlanErrors.ReportOfConcernRecipientRequired,
            () => plan.RecordReportOfConcernAssessment("Oro.", new ReportOfConcern(Today, " ", true), Now));
        Assert.Null(plan.ReportOfConcernAssessedAt);

        plan.RecordReportOfConcernAssessment("Barnet far illa.", new ReportOfConcern(Today, " Socialtjänsten i Östersund ", true), Now);

        Assert.Equal(
            (true, (DateOnly?)Today, "Socialtjänsten i Östersund", (bool?)true, (int?)1),
            (plan.ReportOfConcernMade, plan.ReportOfConcernMadeOn, plan.ReportOfConcernSocialServices,
                plan.ReportOfConcernParentAndChildInformed, plan.ReportOfConcernForVersion));

        plan.RecordReportOfConcernAssessment("Ingen ny oro.", Now);
        Assert.Equal(
            (false, (DateOnly?)null, (string?)null),
            (plan.ReportOfConcernMade, plan.ReportOfConcernMadeOn, plan.ReportOfConcernSocialServices));
    }

    [Fact]
    public void Rule24_the_childrens_need_of_information_advice_and_support_is_a_need_in_the_plan()
    {
        var w = _w;
        var plan = w.ReadyToEstablish();
        Fails(PlanErrors.ChildrensNeedWithoutChildren, () => plan.RecordChildren([], true, Now));

        plan.RecordGoalsAndNeeds("Egen lägenhet.", ["Boende"], Now);
        plan.RecordChildren([Child()], true, Now);
        plan.RecordGoalsAndNeeds("Egen lägenhet.", ["Boende", "Arbete"], Now);

        Assert.Equal(["Boende", SipPlan.ChildrensNeedDescription, "Arbete"], plan.Needs.OrderBy(n => n.Order).Select(n => n.Description));
        plan.RecordReportOfConcernAssessment("Ingen orosanmälan behövs.", Now);
        var version = PlanSnapshot.FromJson(plan.Establish(w.Kinds, World.WithPerson, w.SocialWorker, w.Policy, Now).ContentJson);
        Assert.Contains(SipPlan.ChildrensNeedDescription, version.Needs);
        Assert.Equal((7, (bool?)false), (version.Children!.Children.Single().AgeYears, version.Children.ReportMade));

        plan.RecordChildren([Child()], false, Now);
        Assert.DoesNotContain(plan.Needs, n => n.Area is not null);
    }

    [Fact]
    public void Gallring_removes_the_children_and_the_social_services_the_report_went_to()
    {
        var plan = _w.Start();
        plan.RecordChildren([Child()], true, Now);
        plan.RecordReportOfConcernAssessment("Oro.", new ReportOfConcern(Today, "Socialtjänsten i Östersund", false), Now);
        plan.Close(PlanCloseReason.PersonEnded, null, Now);

        plan.Anonymise(Now.AddYears(3));

        Assert.Empty(plan.Children);
        Assert.Equal(SipPlan.Redacted, plan.ReportOfConcernSocialServices);
        Assert.True(plan.Person.ChildrenInHousehold);
    }
}
