using Sip.Domain.Common;

namespace Sip.Domain.Users;

/// <summary>A member of staff. Access to plans follows the units the user works in.</summary>
public sealed class UserAccount
{
    private readonly List<Guid> _unitIds = [];

    private UserAccount()
    {
        DisplayName = string.Empty;
        UserName = string.Empty;
    }

    public UserAccount(
        Guid id, string userName, string displayName, UserRole role, IEnumerable<Guid> unitIds, string? hsaId = null, string? title = null,
        Guid? areaOrganizationId = null, string? email = null, bool isManager = false)
    {
        ArgumentNullException.ThrowIfNull(unitIds);
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrWhiteSpace(displayName))
        {
            throw new DomainException("user.name-required", "Användaren måste ha användarnamn och namn.");
        }

        Id = id;
        UserName = userName.Trim();
        DisplayName = displayName.Trim();
        Role = role;
        HsaId = hsaId;
        Title = title;
        AreaOrganizationId = areaOrganizationId;
        _unitIds.AddRange(unitIds.Distinct());
        if (_unitIds.Count == 0 && role is UserRole.SocialWorker or UserRole.HealthcareStaff)
        {
            throw new DomainException("user.unit-required", "Handläggare och vårdpersonal måste tillhöra minst en enhet.");
        }

        SetContact(email, isManager);
    }

    public Guid Id { get; private set; }

    public string UserName { get; private set; }

    public string DisplayName { get; private set; }

    /// <summary>Yrkestitel, e.g. "Sjuksköterska".</summary>
    public string? Title { get; private set; }

    public string? HsaId { get; private set; }

    public UserRole Role { get; private set; }

    /// <summary>For a SIP-stödjare: the organisation whose plans they follow up.</summary>
    public Guid? AreaOrganizationId { get; private set; }

    public IReadOnlyList<Guid> UnitIds => _unitIds;

    /// <summary>The person's own work address, for reminders escalated to them by name.</summary>
    public string? Email { get; private set; }

    /// <summary>
    /// Chef (e.g. enhetschef) of the units the user belongs to: an item left undone after the
    /// reminders is escalated to them, as the county agreement wants.
    /// </summary>
    public bool IsManager { get; private set; }

    public bool IsActive { get; private set; } = true;

    /// <summary>The languages the UI speaks: Swedish first, English second.</summary>
    public static IReadOnlyList<string> SupportedLanguages { get; } = ["sv", "en"];

    /// <summary>The UI language the person chose, kept with the account so it follows them to any computer.</summary>
    public string Language { get; private set; } = "sv";

    public void ChooseLanguage(string language)
    {
        if (!SupportedLanguages.Contains(language))
        {
            throw new DomainException("user.language", "Välj svenska eller engelska.");
        }

        Language = language;
    }

    /// <summary>The administrator changes the user's role, units or details, or deactivates the account.</summary>
    public void Change(
        string displayName, string? title, string? hsaId, UserRole role, IEnumerable<Guid> unitIds, Guid? areaOrganizationId, bool isActive,
        string? email = null, bool isManager = false)
    {
        ArgumentNullException.ThrowIfNull(unitIds);
        var units = unitIds.Distinct().ToList();
        if (string.IsNullOrWhiteSpace(displayName))
        {
            throw new DomainException("user.name-required", "Användaren måste ha användarnamn och namn.");
        }

        if (units.Count == 0 && role is UserRole.SocialWorker or UserRole.HealthcareStaff)
        {
            throw new DomainException("user.unit-required", "Handläggare och vårdpersonal måste tillhöra minst en enhet.");
        }

        DisplayName = displayName.Trim();
        Title = title;
        HsaId = hsaId;
        Role = role;
        AreaOrganizationId = areaOrganizationId;
        _unitIds.Clear();
        _unitIds.AddRange(units);
        IsActive = isActive;
        SetContact(email, isManager);
    }

    private void SetContact(string? email, bool isManager)
    {
        if (isManager && _unitIds.Count == 0)
        {
            throw new DomainException("user.manager-needs-unit", "En chef måste höra till de enheter hen är chef för.");
        }

        Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        IsManager = isManager;
    }
}
