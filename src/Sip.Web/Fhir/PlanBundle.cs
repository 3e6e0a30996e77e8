using Hl7.Fhir.Model;
using Sip.Application.Features.Plans;

namespace Sip.Web.Fhir;

/// <summary>
/// The plan as one FHIR R4 Bundle of type collection: the plan as it stands now, drafts and unanswered insatser
/// included, for another system to read (a document would be the attested version the person receives). Every
/// reference points at an entry of the bundle by its urn:uuid.
/// </summary>
internal static class PlanBundle
{
    public static Bundle Build(PlanExport plan, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var entries = new BundleEntries(plan.Id);
        var patient = PeopleResources.AddPatient(entries, plan);
        DirectoryResources.AddTo(entries, plan);
        PeopleResources.AddRelatedPeople(entries, plan, patient);
        PeopleResources.AddChildren(entries, plan, patient);
        var careTeam = PeopleResources.AddCareTeam(entries, plan, patient);
        CarePlanResources.AddNeeds(entries, plan, patient);
        var goal = CarePlanResources.AddGoal(entries, plan, patient);
        var placement = PlacementResources.AddTo(entries, plan, patient, Sip.Domain.Calendar.SwedishTime.Today(now));
        var carePlan = CarePlanResources.AddCarePlan(entries, plan, patient, careTeam, goal, placement);
        ConsentResources.AddTo(entries, plan, patient);
        CarePlanResources.AddTasks(entries, plan, patient, carePlan);
        return new Bundle
        {
            Identifier = new Identifier(FhirSystems.Uri, $"urn:uuid:{Guid.CreateVersion7(now)}"),
            Type = Bundle.BundleType.Collection,
            TimestampElement = new Instant(now),
            Entry = [.. entries.All],
        };
    }
}
