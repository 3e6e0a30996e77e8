using Mediator;
using Sip.Application.Features.Audit;
using Sip.Application.Features.Deviations;
using Sip.Application.Features.Directory;
using Sip.Application.Features.Directory.Import;
using Sip.Application.Features.Policies;
using Sip.Application.Features.Statistics;
using Sip.Web.Export;

namespace Sip.Web.Api;

/// <summary>The directory, the county policy and the SIP-stödjare's process view: no plan content here.</summary>
internal static class AdministrationEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RouteGroupBuilder MapAdministrationEndpoints(this RouteGroupBuilder api)
    {
        api.MapQuery<ListAreaPlans, AreaPlanPage>("/area/plans")
            .WithTags("SIP-stödjare")
            .WithSummary(
                "Processdata för planerna i SIP-stödjarens område: status, datum, enheter och tidsfrister, aldrig personuppgifter.")
            .ProducesValidationProblem().ProducesAccessProblems();

        api.MapGet("/area/audit", async (ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new GetAreaAudit(), ct)))
            .WithTags("SIP-stödjare").WithName("GetAreaAudit")
            .WithSummary(
                "Granskning av öppna planer i området: per status och enhet, brister (inget övergripande ansvar, inget samtycke, "
                + "inget möte i tid, insatser som väntar) och passerade tidsfrister per slag och ålder. Fördjupning: /area/plans?finding=…")
            .Produces<AreaAudit>().ProducesAccessProblems();

        api.MapQuery<GetProcessStatistics, ProcessStatistics>("/area/process-statistics")
            .WithTags("SIP-stödjare")
            .WithSummary(
                "Processtal för området under en period: startade, fastställda och avslutade planer, dagar till första möte och till "
                + "fastställande (median och 90:e percentil), uppföljningar i tid, egna mål, närstående, och startade planer per enhet, "
                + "organisation och huvudman.")
            .ProducesValidationProblem().ProducesAccessProblems();

        api.MapGet("/area/export/{table}", ExportAreaTableAsync)
            .WithTags("SIP-stödjare").WithName("ExportAreaTable")
            .WithSummary("Uppföljningssidans tabeller som CSV eller Excel, med samma siffror som på skärmen. Tabeller: "
                + string.Join(", ", AreaTables.Names) + ".")
            .Produces<Stream>(StatusCodes.Status200OK, "text/csv", Xlsx)
            .ProducesValidationProblem().ProducesPlanProblems();

        api.MapQuery<GetPlacementStatistics, PlacementStatistics>("/area/placement-statistics")
            .WithTags("SIP-stödjare")
            .WithSummary(
                "Placeringar och avvikelser i SIP-stödjarens område under en period: antal, andel akuta, andel föregångna av SIP, andel "
                + "med kostnadsfördelning i tid, avvikelser per slag och tid till lösning.")
            .ProducesValidationProblem().ProducesAccessProblems();

        api.MapGet("/arena/deviations", async (ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new ListArenaDeviations(), ct)))
            .WithTags("SIP-stödjare").WithName("ListArenaDeviations")
            .WithSummary(
                "Avvikelser som lyfts till den länsgemensamma tjänstemannaarenan, avidentifierade: organisationer, slag, datum och "
                + "sammanfattning – aldrig plan eller person.")
            .Produces<IReadOnlyList<ArenaDeviation>>().ProducesAccessProblems();

        api.MapQuery<ReviewAccessLog, AccessLogReview>("/access-log")
            .WithTags("Loggkontroll")
            .WithSummary(
                "Loggkontroll (administratör): vem som läste eller ändrade vilken plan och när, filtrerat på period, användare, enhet "
                + "och diarienummer, och de användare som läst flest planer som andra enheter startat – markerade som ovanliga från "
                + "gränsen unusualFrom.")
            .ProducesValidationProblem().ProducesAccessProblems();

        api.MapQuery<ListUnits, IReadOnlyList<UnitView>>("/units")
            .WithTags("Katalog").WithSummary("Sök enheter att bjuda in.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized);

        api.MapPost("/units", async (CreateUnit command, ISender sender, CancellationToken ct) =>
            {
                var unit = await sender.Send(command, ct);
                return Results.Created($"/api/v1/units/{unit.Id}", unit);
            })
            .WithTags("Katalog").WithName("CreateUnit").WithSummary("Lägg till en enhet (administratör).")
            .Produces<UnitView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesAccessProblems()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapPut("/units/{unitId:guid}", async (Guid unitId, UpdateUnit command, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(command with { UnitId = unitId }, ct)))
            .WithTags("Katalog").WithName("UpdateUnit").WithSummary("Ändra en enhet eller ta den ur bruk (administratör).")
            .Produces<UnitView>().ProducesValidationProblem().ProducesPlanProblems()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapGet("/users", async (ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new ListUsers(), ct)))
            .WithTags("Katalog").WithName("ListUsers").WithSummary("Användare med roll och enheter (administratör).")
            .Produces<IReadOnlyList<UserView>>().ProducesAccessProblems();

        api.MapPost("/users", async (CreateUser command, ISender sender, CancellationToken ct) =>
            {
                var user = await sender.Send(command, ct);
                return Results.Created($"/api/v1/users/{user.Id}", user);
            })
            .WithTags("Katalog").WithName("CreateUser").WithSummary("Lägg till en användare (administratör).")
            .Produces<UserView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesAccessProblems()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapPut("/users/{userId:guid}", async (Guid userId, UpdateUser command, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(command with { UserId = userId }, ct)))
            .WithTags("Katalog").WithName("UpdateUser")
            .WithSummary("Ändra roll, enheter eller uppgifter, eller inaktivera kontot (administratör).")
            .Produces<UserView>().ProducesValidationProblem().ProducesPlanProblems()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapPost("/directory/import", async (HttpRequest request, bool? dryRun, ISender sender, CancellationToken ct) =>
            {
                var file = await DirectoryUpload.ReadAsync(request, ct);
                return Results.Ok(dryRun == true
                    ? await sender.Send(new PreviewDirectoryImport(file), ct)
                    : await sender.Send(new ImportDirectory(file), ct));
            })
            .WithTags("Katalog").WithName("ImportDirectory")
            .WithSummary(
                "Läs in enheter och användare från länets katalog (administratör). Kroppen är CSV-filen (Content-Type: text/csv, "
                + "UTF-8, högst 5 MB och 20 000 rader; formatet i docs/directory-import.md). Svaret redovisar varje rad: tillagd, "
                + "ändrad (vilka kolumner), oförändrad eller avvisad (alla skäl). dryRun=true förhandsgranskar utan att spara. Fel i "
                + "filen som helhet ger 400 och inget importeras.")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(DirectoryUpload.MaxRequestBytes))
            .Produces<DirectoryImportReport>().ProducesValidationProblem().ProducesAccessProblems()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        api.MapGet("/county-policy", async (ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new GetCountyPolicy(), ct)))
            .WithTags("Länsöverenskommelse").WithName("GetCountyPolicy").WithSummary("Tidsfristerna i länsöverenskommelsen.")
            .Produces<CountyPolicyView>().ProducesProblem(StatusCodes.Status401Unauthorized);

        api.MapPut("/county-policy", async (ChangeCountyPolicy command, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(command, ct)))
            .WithTags("Länsöverenskommelse").WithName("ChangeCountyPolicy").WithSummary("Ändra tidsfristerna (administratör).")
            .Produces<CountyPolicyView>().ProducesValidationProblem().ProducesAccessProblems()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        return api;
    }

    /// <summary>Who may export is decided before what was asked for, so no one learns the table names they may not read.</summary>
    private static async Task<IResult> ExportAreaTableAsync(
        string table, string? format, DateOnly? from, DateOnly? to, ISender sender, Sip.Application.Abstractions.ICurrentUser user,
        CancellationToken ct)
    {
        if (user.Role != Sip.Domain.Users.UserRole.SipSupport)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status403Forbidden, title: "Bara SIP-stödjare exporterar uppföljningens tabeller.");
        }

        if (format is not ("csv" or "xlsx"))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["Välj csv eller xlsx."] });
        }

        var export = await AreaTables.BuildAsync(sender, table, from, to, ct);
        if (export is null)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Tabellen finns inte.",
                detail: $"Tabeller: {string.Join(", ", AreaTables.Names)}.");
        }

        return format == "csv"
            ? Results.File(export.ToCsv(), "text/csv; charset=utf-8", $"{table}.csv")
            : Results.File(export.ToXlsx(), Xlsx, $"{table}.xlsx");
    }
}
