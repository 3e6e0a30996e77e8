using System.Globalization;

namespace Sip.Domain.Plans;

public static partial class PlanSnapshotDiff
{
    /// <summary>Rules 26b and 27: the placement's details. A change's subject is one of the subjects below.</summary>
    public const string Placement = "placement";

    /// <summary>Rule 25: the need of a tolk or other communication support; the subject is Interpreter or OtherSupport.</summary>
    public const string Communication = "communication";

    // The subjects are the words of the written plan; From and To hold an enum member's name where the fact is one,
    // so that the plan page says it in the reader's language.
    public const string PlacementSubject = "Placering";
    public const string LegalBasis = "Lagrum";
    public const string Motive = "Motiv";
    public const string CareContent = "Vård- och behandlingsinnehåll";
    public const string MedicalCare = "Hälso- och sjukvårdens del";
    public const string LvmNotification = "Anmälan enligt 6 § LVM";
    public const string LvmCertificate = "Läkarintyg skrivs vid";
    public const string Interpreter = "Tolk";
    public const string OtherSupport = "Annat kommunikationsstöd";

    private static IEnumerable<SnapshotChange> PlacementChanges(PlanSnapshot.PlacementLine? before, PlanSnapshot.PlacementLine? after)
    {
        if (before is null || after is null)
        {
            if (before != after)
            {
                yield return new(
                    Placement,
                    after is null ? SnapshotChangeKind.Removed : SnapshotChangeKind.Added,
                    PlacementSubject,
                    before?.LegalBasis?.ToString(),
                    after?.LegalBasis?.ToString());
            }

            yield break;
        }

        var facts = new (string Subject, string? From, string? To)[]
        {
            (LegalBasis, before.LegalBasis?.ToString(), after.LegalBasis?.ToString()),
            (Motive, MotiveOf(before), MotiveOf(after)),
            (CareContent, before.CareContent, after.CareContent),
            (MedicalCare, before.MedicalCare?.ToString(), after.MedicalCare?.ToString()),
            (LvmNotification, NotificationOf(before), NotificationOf(after)),
            (LvmCertificate, before.LvmCertificateWrittenAt, after.LvmCertificateWrittenAt),
        };
        foreach (var (subject, from, to) in facts.Where(f => f.From != f.To))
        {
            yield return new(Placement, SnapshotChangeKind.Changed, subject, from, to);
        }
    }

    private static IEnumerable<SnapshotChange> CommunicationChanges(
        PlanSnapshot.CommunicationLine? before, PlanSnapshot.CommunicationLine? after)
    {
        var interpreterBefore = before is { InterpreterNeeded: true } ? before.Language : null;
        var interpreterAfter = after is { InterpreterNeeded: true } ? after.Language : null;
        if (interpreterBefore != interpreterAfter)
        {
            yield return new(Communication, KindOf(interpreterBefore, interpreterAfter), Interpreter, interpreterBefore, interpreterAfter);
        }

        if (before?.OtherSupport != after?.OtherSupport)
        {
            yield return new(
                Communication, KindOf(before?.OtherSupport, after?.OtherSupport), OtherSupport, before?.OtherSupport, after?.OtherSupport);
        }
    }

    private static SnapshotChangeKind KindOf(string? from, string? to) =>
        from is null ? SnapshotChangeKind.Added : to is null ? SnapshotChangeKind.Removed : SnapshotChangeKind.Changed;

    /// <summary>Another motive is its own words; a listed one its name.</summary>
    private static string? MotiveOf(PlanSnapshot.PlacementLine placement) =>
        placement.Motive == PlacementMotive.Other ? placement.MotiveText : placement.Motive?.ToString();

    private static string? NotificationOf(PlanSnapshot.PlacementLine placement) => placement.LvmNotifiedOn is { } on
        ? $"{placement.LvmNotifiedBy}, {on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
        : null;
}
