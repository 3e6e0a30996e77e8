using System.Globalization;
using Sip.Domain.Organizations;

namespace Sip.Application.Features.Directory.Import;

/// <summary>
/// The Swedish words a directory file uses for kinds, roles and yes/no: those the Administration
/// page shows, and the common alternatives a county's catalogue writes.
/// </summary>
internal static class DirectoryWords
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    private static readonly Dictionary<string, DirectoryRowKind> Kinds = new(StringComparer.Ordinal)
    {
        ["enhet"] = DirectoryRowKind.Unit,
        ["användare"] = DirectoryRowKind.User,
    };

    private static readonly Dictionary<string, UnitKind> UnitKinds = new(StringComparer.Ordinal)
    {
        ["socialtjänst"] = UnitKind.SocialServices,
        ["hälsocentral"] = UnitKind.PrimaryCare,
        ["vårdcentral"] = UnitKind.PrimaryCare,
        ["psykiatri och beroendevård"] = UnitKind.PsychiatryAndDependence,
        ["psykiatri"] = UnitKind.PsychiatryAndDependence,
        ["beroendevård"] = UnitKind.PsychiatryAndDependence,
        ["kommunal hälso- och sjukvård"] = UnitKind.MunicipalHealthCare,
        ["slutenvård"] = UnitKind.HospitalCare,
        ["hvb"] = UnitKind.ResidentialCare,
        ["annan aktör"] = UnitKind.OtherActor,
    };

    private static readonly Dictionary<string, UserRole> Roles = new(StringComparer.Ordinal)
    {
        ["socialsekreterare"] = UserRole.SocialWorker,
        ["handläggare"] = UserRole.SocialWorker,
        ["hälso- och sjukvård"] = UserRole.HealthcareStaff,
        ["hälso- och sjukvårdspersonal"] = UserRole.HealthcareStaff,
        ["vårdpersonal"] = UserRole.HealthcareStaff,
        ["sip-stödjare"] = UserRole.SipSupport,
        ["administratör"] = UserRole.Administrator,
    };

    public static DirectoryRowKind? RowKind(string? word) => Find(Kinds, word);

    public static UnitKind? UnitKindNamed(string? word) => Find(UnitKinds, word);

    public static UserRole? RoleNamed(string? word) => Find(Roles, word);

    /// <summary>ja/nej; null for any other word.</summary>
    public static bool? YesNo(string? word) => Normal(word) switch
    {
        "ja" => true,
        "nej" => false,
        _ => null,
    };

    private static T? Find<T>(Dictionary<string, T> words, string? word)
        where T : struct => words.TryGetValue(Normal(word), out var value) ? value : null;

    private static string Normal(string? word) => string.Join(
        ' ', (word ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToLower(Swedish);
}
