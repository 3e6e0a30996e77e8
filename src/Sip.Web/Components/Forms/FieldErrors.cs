using FluentValidation;

namespace Sip.Web.Components.Forms;

/// <summary> What the server refused in one submitted form, in the reader's language, keyed by the request's property names so that every
/// field shows its own message, all at once. Refusals that belong to no field (a broken rule of the plan, a missing right) are kept as
/// general messages. </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _byField = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _general = [];

    public bool Any => _byField.Count > 0 || _general.Count > 0;

    /// <summary>Every message, general ones first, for the summary that screen readers announce.</summary>
    public IEnumerable<string> All => _general.Concat(_byField.Values.SelectMany(m => m)).Distinct();

    public void Clear()
    {
        _byField.Clear();
        _general.Clear();
    }

    public void Add(ValidationException invalid)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        foreach (var failure in invalid.Errors)
        {
            // "Needs[2]" belongs to the Needs field.
            var field = failure.PropertyName.Split('[', 2)[0];
            if (!_byField.TryGetValue(field, out var messages))
            {
                _byField[field] = messages = [];
            }

            var message = Text.Sentences(failure.ErrorMessage);
            if (!messages.Contains(message))
            {
                messages.Add(message);
            }
        }
    }

    /// <summary>A refusal from the server (a rule of the plan, a missing right), in the reader's language.</summary>
    public void AddGeneral(string message) => _general.Add(Text.Sentences(message));

    public bool Has(string field) => _byField.ContainsKey(field);

    public string? this[string field] => _byField.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}
