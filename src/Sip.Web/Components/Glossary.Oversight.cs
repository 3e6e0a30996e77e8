using Sip.Domain.Plans;

using static Sip.Web.Text;

namespace Sip.Web.Components;

/// <summary>Words for deadlines, audit findings and feedback: what oversight reads.</summary>
internal static partial class Glossary
{
    public static string Of(DeadlineKind kind) => T(kind switch
    {
        DeadlineKind.InvitationUnanswered => "Kallelse obesvarad",
        DeadlineKind.ActionUnanswered => "Insats obesvarad",
        DeadlineKind.FirstMeetingNotHeld => "SIP-möte inte hållet",
        DeadlineKind.FollowUpOverdue => "Uppföljning försenad",
        DeadlineKind.PlacementSipNotHeld => "SIP efter placering saknas",
        DeadlineKind.DraftUntouched => "Utkast orört",
        DeadlineKind.CostAllocationNotSettled => "Kostnadsfördelning inte klar",
        DeadlineKind.DeviationUnresolved => "Avvikelse olöst",
        DeadlineKind.ActionNotExecuted => "Insats ej verkställd",
        DeadlineKind.LvmChecklistOpen => "Checklista för LVM inte klar",
        _ => "Synpunkt obesvarad",
    });

    public static string Of(Sip.Application.Features.Audit.AuditFinding finding) => T(finding switch
    {
        Sip.Application.Features.Audit.AuditFinding.NoOverallResponsible => "Inget övergripande ansvar",
        Sip.Application.Features.Audit.AuditFinding.NoConsent => "Inget gällande samtycke",
        Sip.Application.Features.Audit.AuditFinding.NoMeetingWithinPolicy => "Inget SIP-möte i tid",
        Sip.Application.Features.Audit.AuditFinding.ActionsNotExecuted => "Insatser ej verkställda inom tre månader",
        Sip.Application.Features.Audit.AuditFinding.LvmChecklistOpen => "Placeringar enligt LVM med öppen checklista",
        _ => "Insatser som väntar på svar",
    });

    public static string Of(FeedbackKind kind) => T(kind == FeedbackKind.Complaint ? "Klagomål" : "Synpunkt");
}
