namespace Sip.Domain.Users;

public enum UserRole
{
    /// <summary>Socialsekreterare: starts plans, records consent, invites, writes the plan.</summary>
    SocialWorker,

    /// <summary>Hälso- och sjukvårdspersonal: answers invitations, accepts the unit's actions.</summary>
    HealthcareStaff,

    /// <summary>SIP-stödjare: audits process data in an area, never identity or free text.</summary>
    SipSupport,

    /// <summary>Administrator of units, users and county policy; not of plan content.</summary>
    Administrator,
}
