using System.Linq.Expressions;
using Sip.Domain.Calendar;
using Sip.Domain.Common;

namespace Sip.Domain.Plans;

/// <summary>An orosanmälan made to social services (14 kap. 1 § SoL), as the assessment records it.</summary>
/// <param name="SocialServices">Which social services it went to, e.g. "Socialtjänsten i Sundsvalls kommun".</param>
/// <param name="ParentAndChildInformed">Whether parent and child were told (Gävleborg's Bilaga 2).</param>
public sealed record ReportOfConcern(DateOnly MadeOn, string SocialServices, bool ParentAndChildInformed);

/// <summary>Barn som anhöriga (HSL 5 kap. 7 §; rules 12c and 24).</summary>
public sealed partial class SipPlan
{
    /// <summary>What the need of rule 24 says in the plan; the plan's other needs are the person's words.</summary>
    public const string ChildrensNeedDescription = "Barnens behov av information, råd och stöd";

    private readonly List<ChildInHousehold> _children = [];

    /// <summary>The children in the household as last recorded; the person's flag follows them.</summary>
    public IReadOnlyList<ChildInHousehold> Children => _children;

    /// <summary>Rule 12c: when the need for a report of concern about children was assessed.</summary>
    public DateTimeOffset? ReportOfConcernAssessedAt { get; private set; }

    public string? ReportOfConcernAssessment { get; private set; }

    /// <summary>
    /// The version the assessment was made for: the one being drawn up when it was recorded. A new
    /// version asks again while children are recorded (rule 12c).
    /// </summary>
    public int? ReportOfConcernForVersion { get; private set; }

    /// <summary>Whether the assessment led to a report; null for an assessment recorded before the question was asked.</summary>
    public bool? ReportOfConcernMade { get; private set; }

    public DateOnly? ReportOfConcernMadeOn { get; private set; }

    public string? ReportOfConcernSocialServices { get; private set; }

    public bool? ReportOfConcernParentAndChildInformed { get; private set; }

    /// <summary>Rule 12c, as the database asks it: children recorded and an assessment for the version in force or the next.</summary>
    public static readonly Expression<Func<SipPlan, bool>> CurrentReportOfConcernAssessment =
        p => p.ReportOfConcernForVersion != null
            && p.ReportOfConcernForVersion >= (p.Versions.Max(v => (int?)v.Number) ?? 1);

    /// <summary>The SIP-stödjare's figure: children recorded, and an assessment for the version in force or the next.</summary>
    public static readonly Expression<Func<SipPlan, bool>> ChildrenWithCurrentAssessment =
        p => p.Person.ChildrenInHousehold
            && p.ReportOfConcernForVersion != null
            && p.ReportOfConcernForVersion >= (p.Versions.Max(v => (int?)v.Number) ?? 1);

    /// <summary>The assessment answers for the version in force, or for the one being drawn up.</summary>
    public bool HasCurrentReportOfConcernAssessment => ReportOfConcernForVersion >= Math.Max(CurrentVersionNumber, 1);

    /// <summary>Whether the next version can be established as far as rule 12c goes.</summary>
    public bool ReportOfConcernAssessedForNextVersion =>
        !Person.ChildrenInHousehold || ReportOfConcernForVersion > CurrentVersionNumber;

    /// <summary>
    /// Records the children in the household, replacing those recorded before; none means that no
    /// children live there. The children's own need of information, advice and support (HSL 5 kap.
    /// 7 §) becomes a need of the plan, or leaves it, with the same call.
    /// </summary>
    public void RecordChildren(IReadOnlyCollection<ChildInHousehold> children, bool childrensNeed, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(children);
        EnsureOpen();
        if (childrensNeed && children.Count == 0)
        {
            throw new DomainException(
                PlanErrors.ChildrensNeedWithoutChildren,
                "Barnens behov kan bara tas med när barn finns i hushållet.");
        }

        _children.Clear();
        _children.AddRange(children);
        Person = Person with { ChildrenInHousehold = children.Count > 0 };
        var need = _needs.FirstOrDefault(n => n.Area == NeedArea.ChildrensInformationAdviceSupport);
        if (childrensNeed && need is null)
        {
            var order = _needs.Count == 0 ? 0 : _needs.Max(n => n.Order) + 1;
            _needs.Add(new Need(Guid.CreateVersion7(), ChildrensNeedDescription, order, NeedArea.ChildrensInformationAdviceSupport));
        }
        else if (!childrensNeed && need is not null)
        {
            _needs.Remove(need);
        }

        Touch(now);
    }

    /// <summary>Rule 12c: the assessment whether to file an orosanmälan, with no report made.</summary>
    public void RecordReportOfConcernAssessment(string assessment, DateTimeOffset now) =>
        RecordReportOfConcernAssessment(assessment, null, now);

    /// <summary>
    /// Rule 12c: the assessment whether to file an orosanmälan about children in the household, for
    /// the version being drawn up; when a report was made, when, to which social services, and
    /// whether parent and child were told.
    /// </summary>
    public void RecordReportOfConcernAssessment(string assessment, ReportOfConcern? report, DateTimeOffset now)
    {
        EnsureOpen();
        if (string.IsNullOrWhiteSpace(assessment))
        {
            throw new DomainException(PlanErrors.ReportOfConcernAssessmentRequired, "Beskriv bedömningen av om en orosanmälan behövs.");
        }

        if (report is not null && report.MadeOn > SwedishTime.Today(now))
        {
            throw new DomainException(PlanErrors.ReportOfConcernDate, "Dagen för orosanmälan kan inte ligga fram i tiden.");
        }

        if (report is not null && string.IsNullOrWhiteSpace(report.SocialServices))
        {
            throw new DomainException(PlanErrors.ReportOfConcernRecipientRequired, "Ange vilken socialtjänst orosanmälan gjordes till.");
        }

        ReportOfConcernAssessment = assessment.Trim();
        ReportOfConcernAssessedAt = now;
        ReportOfConcernForVersion = CurrentVersionNumber + 1;
        ReportOfConcernMade = report is not null;
        ReportOfConcernMadeOn = report?.MadeOn;
        ReportOfConcernSocialServices = report?.SocialServices.Trim();
        ReportOfConcernParentAndChildInformed = report?.ParentAndChildInformed;
        Touch(now);
    }

    private PlanSnapshot.ChildrenLine? ChildrenSnapshot() => !Person.ChildrenInHousehold
        ? null
        : new PlanSnapshot.ChildrenLine(
            [.. _children.OrderBy(c => c.Id).Select(c => new PlanSnapshot.ChildLine(c.AgeYears, c.BirthYear, c.LivesWith, c.Custody))],
            ReportOfConcernMade,
            ReportOfConcernMadeOn,
            ReportOfConcernSocialServices,
            ReportOfConcernParentAndChildInformed);
}
