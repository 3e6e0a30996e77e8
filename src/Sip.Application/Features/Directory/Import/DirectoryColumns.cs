namespace Sip.Application.Features.Directory.Import;

/// <summary>The columns of a directory file, in the Swedish a county's administrator writes them.</summary>
public static class DirectoryColumns
{
    public const string Kind = "typ";
    public const string HsaId = "hsa-id";
    public const string Name = "namn";
    public const string Organization = "organisation";
    public const string UnitKind = "enhetstyp";
    public const string Email = "e-post";
    public const string UserName = "användarnamn";
    public const string Title = "titel";
    public const string Role = "roll";
    public const string Units = "enheter";
    public const string Manager = "chef";
    public const string Area = "uppföljningsområde";
    public const string Active = "aktiv";

    public static IReadOnlyList<string> All { get; } =
        [Kind, HsaId, Name, Organization, UnitKind, Email, UserName, Title, Role, Units, Manager, Area, Active];

    public static IReadOnlyList<string> Required { get; } = [Kind, Name];
}
