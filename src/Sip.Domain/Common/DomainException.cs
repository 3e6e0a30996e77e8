namespace Sip.Domain.Common;

/// <summary>
/// A rule of the SIP domain was broken. <see cref="Code"/> is stable: API clients, the UI and
/// docs/rules.md refer to it, so a code is never renamed once published.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public DomainException()
        : this("domain.error", "Ett domänfel inträffade.")
    {
    }

    public DomainException(string message)
        : this("domain.error", message)
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "domain.error";
    }

    public string Code { get; } = "domain.error";
}
