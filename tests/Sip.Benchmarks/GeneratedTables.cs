namespace Sip.Benchmarks;

/// <summary>
/// The tables the generator writes, in an order in which every key a row refers to is written
/// before it, each with the condition that picks the generator's own rows: the demo county's plans
/// are in every database already, and only its organisations and units are shared with them.
/// </summary>
internal static class GeneratedTables
{
    /// <summary>The generated plans: the demo county numbers its own otherwise.</summary>
    public const string Plans = """ "ReferenceNumber" LIKE 'SIP-2025-%'""";

    private const string OfGeneratedPlans = """ "PlanId" IN (SELECT "Id" FROM "Plans" WHERE "ReferenceNumber" LIKE 'SIP-2025-%')""";

    public static readonly (string Table, string Where)[] All =
    [
        ("Organizations", "1 = 1"),
        ("Units", "1 = 1"),
        ("Plans", Plans),
        ("PlanParticipants", OfGeneratedPlans),
        ("PlanConsents", OfGeneratedPlans),
        ("PlanActions", OfGeneratedPlans),
        ("PlanFollowUps", OfGeneratedPlans),
        ("PlanNeeds", OfGeneratedPlans),
        ("PlanMeetings", OfGeneratedPlans),
        ("PlanVersions", OfGeneratedPlans),
        ("InboxEntries", OfGeneratedPlans),
        ("PlanDocuments", OfGeneratedPlans),
    ];
}
