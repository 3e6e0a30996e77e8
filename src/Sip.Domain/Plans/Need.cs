namespace Sip.Domain.Plans;

/// <summary>A need the plan names for itself, beside those in the person's own words.</summary>
public enum NeedArea
{
    /// <summary>The children's need of information, advice and support (HSL 5 kap. 7 §; rule 24).</summary>
    ChildrensInformationAdviceSupport,
}

/// <summary>A need, in the person's own words where they gave them.</summary>
public sealed class Need
{
    private Need()
    {
        Description = string.Empty;
    }

    internal Need(Guid id, string description, int order, NeedArea? area = null)
    {
        Id = id;
        Description = description;
        Order = order;
        Area = area;
    }

    public Guid Id { get; private set; }

    public string Description { get; private set; }

    internal void Redact() => Description = SipPlan.Redacted;

    public int Order { get; private set; }

    /// <summary>Set for a need of a named area, which the person's list of needs neither adds nor removes.</summary>
    public NeedArea? Area { get; private set; }
}
