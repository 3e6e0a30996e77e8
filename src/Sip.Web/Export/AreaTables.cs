using Mediator;
using Sip.Application.Features.Audit;
using Sip.Application.Features.Statistics;
using Sip.Web.Components;
using Sip.Web.Components.Statistics;

namespace Sip.Web.Export;

/// <summary> The follow-up page's tables, built from the same queries the page shows, with the page's words: an export holds exactly the
/// figures on screen. </summary>
internal static class AreaTables
{
    public static readonly IReadOnlyList<string> Names =
        [
            "granskning-status", "granskning-enheter", "granskning-brister", "granskning-tidsfrister", "process", "process-enheter",
            "process-organisationer", "process-huvudman", "placeringar", "granskning-barn",
        ];

    public static async Task<ExportTable?> BuildAsync(ISender sender, string name, DateOnly? from, DateOnly? to,
        CancellationToken cancellationToken)
    {
        switch (name)
        {
            case "granskning-status" or "granskning-enheter" or "granskning-brister" or "granskning-tidsfrister" or "granskning-barn":
                var audit = await sender.Send(new GetAreaAudit(), cancellationToken);
                return name switch
                {
                    "granskning-status" =>
                        new(name, [Text.T("Status"), Text.T("Öppna planer")],
                        [.. audit.OpenByStatus.Select(s => Row(Glossary.Of(s.Status), s.Plans))]),
                    "granskning-enheter" =>
                        new(name, [Text.T("Initierande enhet"), Text.T("Öppna planer")],
                        [.. audit.OpenByUnit.Select(u => Row(u.UnitName, u.Plans))]),
                    "granskning-brister" =>
                        new(name, [Text.T("Brist"), Text.T("Planer")],
                        [.. audit.Findings.Select(f => Row(Glossary.Of(f.Finding), f.Plans))]),
                    "granskning-barn" => new(name, [Text.T("Mått"), Text.T("Öppna planer")],
                    [
                        Row(Text.T("Planer med barn i hushållet"), audit.Children?.Plans ?? 0),
                        Row(Text.T("varav med aktuell bedömning av orosanmälan"), audit.Children?.WithCurrentAssessment ?? 0),
                    ]),
                    _ => new(name, [Text.T("Slag"), Text.T("1–7 dagar"), Text.T("8–30 dagar"), Text.T("Över 30 dagar")],
                        [.. audit.Overdue.Select(o => Row(Glossary.Of(o.Kind), o.UpToAWeek, o.UpToAMonth, o.Longer))]),
                };
            case "process" or "process-enheter" or "process-organisationer" or "process-huvudman":
                var p = await sender.Send(new GetProcessStatistics(from, to), cancellationToken);
                return name switch
                {
                    "process" => new(name, [Text.T("Mått"), Text.T("Värde"), Text.T("Antal i underlaget")],
                    [
                        Row(Text.T("Startade planer"), p.Started, null),
                        Row(Text.T("Fastställda under perioden"), p.Established, null),
                        Row(Text.T("Avslutade under perioden"), p.Closed, null),
                        Row(Text.T("Dagar till första möte, median"), p.ToFirstMeeting.Median, p.ToFirstMeeting.Plans),
                        Row(Text.T("Dagar till första möte, 90:e percentil"), p.ToFirstMeeting.Percentile90, p.ToFirstMeeting.Plans),
                        Row(Text.T("Dagar till fastställd plan, median"), p.ToEstablishment.Median, p.ToEstablishment.Plans),
                        Row(Text.T("Dagar till fastställd plan, 90:e percentil"), p.ToEstablishment.Percentile90, p.ToEstablishment.Plans),
                        Row(Text.T("Uppföljningar gjorda i tid"), p.FollowUpsOnTime, p.FollowUpsDue),
                        Row(Text.T("med personens egna mål"), p.WithOwnGoals, p.Started),
                        Row(Text.T("med närstående"), p.WithNextOfKin, p.Started),
                        .. ChildrenRows(p.Children ?? new(0, 0, 0), p.Started),
                    ]),
                    "process-enheter" => Breakdown(name, Text.T("Enhet"), p.ByUnit),
                    "process-organisationer" => Breakdown(name, Text.T("Organisation"), p.ByOrganization),
                    _ => Breakdown(name, Text.T("Huvudman"), p.ByPrincipal),
                };
            case "placeringar":
                var f = await sender.Send(new GetPlacementStatistics(from, to), cancellationToken);
                return new(name, [Text.T("Mått"), Text.T("Värde"), Text.T("Antal i underlaget")],
                [
                    Row(Text.T("Placeringar"), f.Placements, null),
                    Row(Text.T("varav akuta"), f.Acute, f.Placements),
                    Row(Text.T("föregångna av SIP"), f.PrecededBySip, f.Placements),
                    Row(Text.T("akuta med kostnadsfördelning i tid"), f.AcuteSettledInTime, f.AcuteDue),
                    Row(Text.T("utan föregående SIP"), f.WithoutPriorSip, f.Placements),
                    Row(Text.T("placeringar med SIP inom en vecka"), f.SipWithinWeek, f.WithoutPriorSipDue),
                    .. PlacementBreakdownRows.Of(f.Breakdown).Select(r => Row(r.Label, r.Count, f.Placements)),
                    Row(Text.T("Avvikelser"), f.Disagreements, null),
                    Row(Text.T("om kostnad"), f.CostDisagreements, f.Disagreements),
                    Row(Text.T("lyfta till tjänstemannaarenan"), f.ReachedArena, f.Disagreements),
                    Row(Text.T("lösta"), f.Resolved, f.Disagreements),
                    Row(Text.T("Dagar till lösning, median"), f.MedianDaysToResolution, f.Resolved),
                ]);
            default:
                return null;
        }
    }

    /// <summary>Rules 12c and 24: the period's plans with children, as the page shows them.</summary>
    private static object?[][] ChildrenRows(ProcessStatistics.ChildrenFigures c, int started) =>
    [
        Row(Text.T("med barn i hushållet"), c.Plans, started),
        Row(Text.T("varav med aktuell bedömning av orosanmälan"), c.WithCurrentAssessment, c.Plans),
        Row(Text.T("varav orosanmälan gjord"), c.ReportMade, c.WithCurrentAssessment),
    ];

    private static ExportTable Breakdown(string name, string what, IReadOnlyList<ProcessStatistics.Breakdown> rows) =>
        new(name, [what, Text.T("Startade planer")], [.. rows.Select(r => Row(Text.T(r.Name), r.Started))]);

    private static object?[] Row(params object?[] cells) => cells;
}
