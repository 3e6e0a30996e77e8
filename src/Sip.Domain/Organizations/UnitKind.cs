namespace Sip.Domain.Organizations;

public enum UnitKind
{
    /// <summary>Socialtjänst, e.g. a unit for adults with substance use (vuxenenheten).</summary>
    SocialServices,

    /// <summary>Vårdcentral / hälsocentral.</summary>
    PrimaryCare,

    /// <summary>Psykiatri, beroendeenhet, beroendemottagning.</summary>
    PsychiatryAndDependence,

    /// <summary>Kommunal hälso- och sjukvård.</summary>
    MunicipalHealthCare,

    /// <summary>Somatisk slutenvård (discharge planning under lag 2017:612).</summary>
    HospitalCare,

    /// <summary>Hem för vård eller boende.</summary>
    ResidentialCare,

    /// <summary>Another actor's office: Arbetsförmedlingen, Försäkringskassan, Kriminalvården, school.</summary>
    OtherActor,
}
