namespace Sip.Domain.Actions;

/// <summary>A kind of insats, with a stable code and the principal responsible for it.</summary>
public sealed record ActionType(string Code, string Name, ResponsiblePrincipal Principal);
