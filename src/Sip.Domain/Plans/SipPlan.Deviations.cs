using Sip.Domain.Common;
using Sip.Domain.Organizations;
using Sip.Domain.Policies;

namespace Sip.Domain.Plans;

public sealed partial class SipPlan
{
    /// <summary>
    /// Rule 11: a disagreement about responsibility is recorded as an avvikelse. Nothing else in the
    /// plan waits for it: the person's needs are met while the principals resolve it.
    /// </summary>
    public Deviation RaiseDeviation(
        Guid raisedByUnitId, Organization counterpart, string description, bool isCostDispute, CountyPolicy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(counterpart);
        ArgumentNullException.ThrowIfNull(policy);
        EnsureOpen();
        if (!counterpart.IsPrincipal)
        {
            throw new DomainException(
                PlanErrors.DeviationCounterpartMustBePrincipal, "En avvikelse gäller oenighet mellan kommunen och regionen.");
        }

        if (string.IsNullOrWhiteSpace(description))
        {
            throw new DomainException(PlanErrors.DeviationDescriptionRequired, "Beskriv avvikelsen.");
        }

        var deviation = new Deviation(
            Guid.CreateVersion7(), raisedByUnitId, counterpart.Id, description.Trim(), isCostDispute, policy, now);
        _deviations.Add(deviation);
        Touch(now);
        return deviation;
    }

    /// <summary>
    /// Escalates one step of the county's ladder (rule 28), refused past its last step; a cost dispute
    /// leaves the two principals only de-identified.
    /// </summary>
    public void EscalateDeviation(Guid deviationId, string? deIdentifiedSummary, CountyPolicy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        EnsureOpen();
        if (deIdentifiedSummary is not null && MentionsPerson(deIdentifiedSummary))
        {
            throw new DomainException(
                PlanErrors.DeviationNeedsDeIdentifiedSummary, "Sammanfattningen får inte innehålla personens namn eller personnummer.");
        }

        DeviationById(deviationId).Escalate(deIdentifiedSummary, policy, now);
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
        var number = Person.IdentityNumber?.Value[2..];
        var reserve = Person.ReserveNumber?.Value;
        return (number is not null && digits.Contains(number, StringComparison.Ordinal))
            || (reserve is not null
                && string.Concat(text.Where(char.IsAsciiLetterOrDigit)).Contains(reserve, StringComparison.OrdinalIgnoreCase))
            || Person.FullName.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Any(part => part.Length > 2 && text.Contains(part, StringComparison.OrdinalIgnoreCase));
    }

    private Deviation DeviationById(Guid deviationId) =>
        _deviations.FirstOrDefault(d => d.Id == deviationId)
        ?? throw new DomainException(PlanErrors.DeviationNotFound, "Avvikelsen finns inte i planen.");
}
