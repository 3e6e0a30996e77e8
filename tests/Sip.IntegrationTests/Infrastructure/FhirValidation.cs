using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace Sip.IntegrationTests.Infrastructure;

/// <summary>
/// Firely's validator against the core FHIR R4 StructureDefinitions, value sets and invariants of
/// the specification package. Compiling the schemas takes seconds, so one validator serves a test
/// class; it is not thread-safe, hence the lock.
/// </summary>
public sealed class FhirValidation
{
    private readonly Lock _gate = new();
    private readonly Validator _validator;

    public FhirValidation()
    {
        var specification = new CachedResolver(ZipSource.CreateValidationSource()).AsAsync();
        _validator = new Validator(specification, new LocalTerminologyService(specification));
    }

    /// <summary>Every issue the validator found, each as one line with its severity and where it is.</summary>
    public IReadOnlyList<(OperationOutcome.IssueSeverity? Severity, string Text)> Issues(Resource resource)
    {
        OperationOutcome outcome;
        lock (_gate)
        {
            outcome = _validator.Validate(resource);
        }

        return [.. outcome.Issue.Select(
            i => (i.Severity, $"{i.Severity} {string.Join(", ", i.Expression)}: {i.Details?.Text} {i.Diagnostics}"))];
    }

    /// <summary>The issues of severity error or fatal; empty when the resource is valid.</summary>
    public IReadOnlyList<string> Errors(Resource resource) =>
        [.. Issues(resource).Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(i => i.Text)];
}
