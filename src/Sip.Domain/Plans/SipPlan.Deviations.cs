using Sip.Domain.Common;
using Sip.Domain.Organizations;

namespace Sip.Domain.Plans;

public sealed partial class SipPlan
{
    /// <summary>
    /// Rule 11: a disagreement about responsibility is recorded as an avvikelse. Nothing else in the
    /// plan waits for it: the person's needs are met while the principals resolve it.
    /// </summary>
    public Deviation RaiseDeviation(Guid raisedByUnitId, Organization counterpart, string description, bool isCostDispute, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(counterpart);
        EnsureOpen();
        if (!counterpart.IsPrincipal)
        {
            throw new DomainException(PlanErrors.DeviationCounterpartMustBePrincipal, "En avvikelse gäller oenighet mellan kommunen och regionen.");
        }

        if (string.IsNullOrWhiteSpace(description))
        {
            throw new DomainException(PlanErrors.DeviationDescriptionRequired, "Beskriv avvikelsen.");
        }

        var deviation = new Deviation(Guid.CreateVersion7(), raisedByUnitId, counterpart.Id, description.Trim(), isCostDispute, now);
        _deviations.Add(deviation);
        Touch(now);
        return deviation;
    }

    /// <summary>Escalates one step; a cost dispute leaves the two principals only de-identified.</summary>
    public void EscalateDeviation(Guid deviationId, string? deIdentifiedSummary, DateTimeOffset now)
    {
        EnsureOpen();
        if (deIdentifiedSummary is not null && MentionsPerson(deIdentifiedSummary))
        {
            throw new DomainException(PlanErrors.DeviationNeedsDeIdentifiedSummary, "Sammanfattningen får inte innehålla personens namn eller personnummer.");
        }

        DeviationById(deviationId).Escalate(deIdentifiedSummary, now);
        Touch(now);
    }

    public void ResolveDeviation(Guid deviationId, string resolution, DateTimeOffset now)
    {
        EnsureOpen();
        DeviationById(deviationId).Resolve(string.IsNullOrWhiteSpace(resolution) ? "Löst" : resolution.Trim(), now);
        Touch(now);
    }

    private bool MentionsPerson(string text)
    {
        var digits = new string(text.Where(char.IsDigit).ToArray());
        var id = Person.IdentityNumber.Value;
        return digits.Contains(id[2..], StringComparison.Ordinal)
            || Person.FullName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(part => part.Length > 2 && text.Contains(part, StringComparison.OrdinalIgnoreCase));
    }

    private Deviation DeviationById(Guid deviationId) =>
        _deviations.FirstOrDefault(d => d.Id == deviationId)
        ?? throw new DomainException(PlanErrors.DeviationNotFound, "Avvikelsen finns inte i planen.");
}
