namespace Sip.Domain.Actions;

/// <summary>
/// The insatser of the county agreements on harmful use and dependence, each with its responsible
/// principal (000 ~390–560; 001 ~283–450). Codes are stable: plans store them.
/// </summary>
public static class ActionTypeCatalog
{
    private const ResponsiblePrincipal K = ResponsiblePrincipal.Municipality;
    private const ResponsiblePrincipal R = ResponsiblePrincipal.Region;

    public static IReadOnlyList<ActionType> All { get; } =
    [
        new("kommun.information-och-radgivning", "Information och rådgivning", K),
        new("kommun.forebyggande-arbete", "Förebyggande arbete", K),
        new("kommun.uppsokande-verksamhet", "Uppsökande verksamhet", K),
        new("kommun.motiverande-arbete", "Motiverande arbete", K),
        new("kommun.utredning-sol", "Utredning och bedömning av behov enligt SoL", K),
        new("kommun.tidig-upptackt", "Tidig upptäckt och screening", K),
        new(
            "kommun.psykosocial-behandling",
            "Psykosocial behandling (t.ex. återfallsprevention med sysselsättning, boendestöd, långsiktig motivation)", K),
        new("kommun.psykosocialt-stod", "Psykosocialt stöd (stöd i boende, ekonomi, sysselsättning, meningsfull fritid)", K),
        new("kommun.oppenvard", "Vård och behandling i öppenvård", K),
        new("kommun.familjevard", "Familjevård", K),
        new("kommun.institutionsvard", "Institutionsvård inkl. HVB", K),
        new("kommun.samordning", "Samordning av stöd till den enskilde", K),
        new("kommun.boende", "Boende", K),
        new("kommun.boendestod", "Boendestöd", K),
        new("kommun.psykosociala-fardigheter", "Träning i psykosociala färdigheter", K),
        new("kommun.kontaktperson", "Kontaktperson", K),
        new("kommun.anhorigstod", "Anhörigstöd med uppmärksamhet på barn", K),
        new("kommun.natverksarbete", "Nätverksarbete", K),
        new("kommun.stod-till-barn", "Stöd till barn som lever nära en vuxens missbruk", K),
        new("kommun.uppfoljning-lob", "Uppföljning av personer omhändertagna enligt LOB", K),
        new("kommun.vald-i-nara-relationer", "Stöd vid våld i nära relationer", K),
        new("kommun.utredning-orosanmalan", "Utredning av orosanmälan om barn", K),
        new("kommun.tvangsvard-lvm-lvu", "Utredning och ansökan om tvångsvård enligt LVM/LVU", K),
        new("kommun.ekonomiskt-bistand", "Ekonomiskt bistånd", K),
        new("kommun.skuldradgivning", "Budget- och skuldrådgivning, t.ex. vid spelproblem", K),

        new("region.forebyggande-insatser", "Förebyggande insatser och tidiga interventioner", R),
        new("region.diagnostik-och-behandling", "Screening, diagnostik och behandling enligt vårdprogram och nationella riktlinjer", R),
        new("region.abstinensbehandling-oppen-vard", "Abstinensbehandling i öppen vård", R),
        new("region.abstinensbehandling-slutenvard", "Abstinensbehandling i slutenvård", R),
        new("region.drogtester", "Alkohol- och drogtester inom medicinsk behandling", R),
        new("region.somatisk-vard", "Somatisk utredning och behandling", R),
        new("region.psykiatrisk-vard", "Psykiatrisk utredning och behandling", R),
        new("region.samsjuklighet", "Utredning och behandling av samsjuklighet", R),
        new("region.lakemedelsberoende", "Avgiftning och behandling av läkemedelsberoende", R),
        new("region.lakemedelsbehandling", "Läkemedelsbehandling vid beroende", R),
        new("region.laro", "Läkemedelsassisterad behandling vid opioidberoende (LARO)", R),
        new("region.psykologisk-behandling", "Psykologisk behandling (t.ex. KBT)", R),
        new("region.psykosocial-behandling", "Psykosocial behandling inom specialiserad beroendevård", R),
        new("region.konsultation", "Konsultation och kompetensstöd", R),
        new("region.smittskydd", "Smittskydd", R),
        new("region.sprututbyte", "Sprututbyte", R),
        new("region.lakarintyg-lvm-lvu", "Läkarintyg och läkarundersökning enligt LVM/LVU", R),
        new("region.sjukhusvard-lvm", "Inledande sjukhusvård i samband med LVM", R),
        new("region.urinprov-unga", "Urinprov för drogtest för personer under 18 år på vårdcentral", R),

        new(
            "shared.aterfallsprevention",
            "Psykosocial behandling baserad på KBT, särskilt återfallsprevention",
            ResponsiblePrincipal.Either),

        new("other.arbetsformedlingen", "Arbetslivsinriktade insatser (Arbetsförmedlingen)", ResponsiblePrincipal.Other),
        new("other.forsakringskassan", "Sjukpenning och rehabiliteringssamordning (Försäkringskassan)", ResponsiblePrincipal.Other),
        new("other.frivarden", "Frivård (Kriminalvården)", ResponsiblePrincipal.Other),
        new("other.skola", "Skolans insatser (skola och elevhälsa)", ResponsiblePrincipal.Other),
        new("other.hvb", "Vård och boende på HVB", ResponsiblePrincipal.Other),
        new("other.brukarorganisation", "Stöd från brukar- och anhörigorganisationer", ResponsiblePrincipal.Other),
    ];

    private static readonly Dictionary<string, ActionType> ByCode = All.ToDictionary(t => t.Code, StringComparer.OrdinalIgnoreCase);

    public static ActionType? Find(string? code) => code is not null && ByCode.TryGetValue(code.Trim(), out var type) ? type : null;
}
