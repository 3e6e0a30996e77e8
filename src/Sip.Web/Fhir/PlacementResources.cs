using System.Globalization;
using Hl7.Fhir.Model;
using Sip.Application.Features.Plans;
using Sip.Domain.Plans;
using Sip.Web.Components;
using FhirTask = Hl7.Fhir.Model.Task;
using static Sip.Web.Text;

namespace Sip.Web.Fhir;

/// <summary>
/// Rules 26b and 27: the placement as an EpisodeOfCare at the residential unit, typed by its legal basis, motive
/// and the region's choice for the medical part, and under LVM the checklist's two steps as Tasks.
/// </summary>
internal static class PlacementResources
{
    /// <summary>Returns the EpisodeOfCare for the care plan's supportingInfo, or null for a plan without a placement.</summary>
    public static ResourceReference? AddTo(BundleEntries entries, PlanExport plan, ResourceReference patient, DateOnly today)
    {
        if (plan.Placement is not { } placement)
        {
            return null;
        }

        var episode = new EpisodeOfCare
        {
            Status = Status(plan.Status, placement, today),
            Type = [.. Types(placement)],
            Patient = patient,
            ManagingOrganization = placement.ResidentialUnitId is { } home && entries.Contains(home) ? entries.Reference(home) : null,
            Period = new Period { Start = Date(placement.StartedOn) },
            Text = Description(placement),
        };
        var reference = entries.Add("placement", episode, T("Placering"));
        if (placement.LegalBasis == PlacementLegalBasis.Lvm)
        {
            AddLvmChecklist(entries, placement, patient, reference);
        }

        return reference;
    }

    private static EpisodeOfCare.EpisodeOfCareStatus Status(PlanStatus plan, HvbPlacement placement, DateOnly today) =>
        plan is PlanStatus.Closed or PlanStatus.Cancelled ? EpisodeOfCare.EpisodeOfCareStatus.Finished
        : placement.StartedOn > today ? EpisodeOfCare.EpisodeOfCareStatus.Planned
        : EpisodeOfCare.EpisodeOfCareStatus.Active;

    private static IEnumerable<CodeableConcept> Types(HvbPlacement placement)
    {
        yield return new CodeableConcept(FhirSystems.Concepts, "placement", "Placering");
        if (placement.LegalBasis is { } basis)
        {
            yield return new CodeableConcept(FhirSystems.PlacementLegalBasis, FhirSystems.CodeOf(basis), Glossary.Of(basis), null);
        }

        if (placement.Motive is { } motive)
        {
            var text = motive == PlacementMotive.Other && placement.MotiveText is { } written ? written : Glossary.Of(motive);
            yield return new CodeableConcept(FhirSystems.PlacementMotive, FhirSystems.CodeOf(motive), Glossary.Of(motive), text);
        }

        if (placement.MedicalCare is { } choice)
        {
            yield return new CodeableConcept(FhirSystems.MedicalCareChoice, FhirSystems.CodeOf(choice), Glossary.Of(choice), null);
        }
    }

    /// <summary>R4's EpisodeOfCare has no note: the decision day and the care content are its narrative.</summary>
    private static Narrative Description(HvbPlacement placement)
    {
        var lines = new List<string> { $"{T("Beslutsdatum")}: {Date(placement.DecidedOn)}" };
        if (placement.IsAcute)
        {
            lines.Add(T("Akut placering"));
        }

        if (placement.CareContent is { } content)
        {
            lines.Add($"{T("Vård- och behandlingsinnehåll")}: {content}");
        }

        var body = string.Join("", lines.Select(l => $"<p>{System.Security.SecurityElement.Escape(l)}</p>"));
        return new Narrative
        {
            Status = Narrative.NarrativeStatus.Additional,
            Div = $"<div xmlns=\"http://www.w3.org/1999/xhtml\">{body}</div>",
        };
    }

    /// <summary>Rule 27: the notification under 6 § LVM and the läkarintyg, each done once recorded, due on the first day.</summary>
    private static void AddLvmChecklist(
        BundleEntries entries, HvbPlacement placement, ResourceReference patient, ResourceReference episode)
    {
        var notified = placement.LvmNotifiedOn is not null;
        var notification = Step("lvm-notification", T("Anmälan enligt 6 § LVM"), notified, placement, patient, episode);
        if (placement.LvmNotifiedOn is { } on)
        {
            notification.ExecutionPeriod = new Period { End = Date(on) };
            notification.Note = [new Annotation { Text = $"{T("Anmäld av")} {placement.LvmNotifiedBy}" }];
        }

        entries.Add("lvm-notification", notification);
        var written = placement.LvmCertificateWrittenAt is not null;
        var certificate = Step("lvm-certificate", T("Läkarintyg för LVM-utredningen"), written, placement, patient, episode);
        if (placement.LvmCertificateWrittenAt is { } where)
        {
            certificate.Note = [new Annotation { Text = $"{T("Skrivs vid")} {where}" }];
        }

        entries.Add("lvm-certificate", certificate);
    }

    private static FhirTask Step(
        string code, string display, bool done, HvbPlacement placement, ResourceReference patient, ResourceReference episode) => new()
        {
            Status = done ? FhirTask.TaskStatus.Completed : FhirTask.TaskStatus.Requested,
            Intent = FhirTask.TaskIntent.Order,
            Code = new CodeableConcept(FhirSystems.Concepts, code, display, display),
            Focus = episode,
            For = patient,
            Restriction = placement.LvmChecklistDueOn is { } due
            ? new FhirTask.RestrictionComponent { Period = new Period { End = Date(due) } }
            : null,
        };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
