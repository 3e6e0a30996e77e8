namespace Sip.Domain.Common;

/// <summary>
/// A rule of the SIP domain was broken. <see cref="Code"/> is stable: API clients, the UI and
/// docs/rules.md refer to it, so a code is never renamed once published.
/// </summary>
public sealed class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
