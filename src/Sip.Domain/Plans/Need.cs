namespace Sip.Domain.Plans;

/// <summary>A need, in the person's own words where they gave them.</summary>
public sealed class Need
{
    private Need()
    {
        Description = string.Empty;
    }

    internal Need(Guid id, string description, int order)
    {
        Id = id;
        Description = description;
        Order = order;
    }

    public Guid Id { get; private set; }

    public string Description { get; private set; }

    internal void Redact() => Description = SipPlan.Redacted;

    public int Order { get; private set; }
}
