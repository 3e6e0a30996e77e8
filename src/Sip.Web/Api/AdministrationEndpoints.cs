using Mediator;
using Sip.Application.Features.Audit;
using Sip.Application.Features.Deviations;
using Sip.Application.Features.Directory;
using Sip.Application.Features.Policies;
using Sip.Application.Features.Statistics;
using Sip.Web.Export;

namespace Sip.Web.Api;

/// <summary>The directory, the county policy and the SIP-stödjare's process view: no plan content here.</summary>
internal static class AdministrationEndpoints
{
    public static RouteGroupBuilder MapAdministrationEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/area/plans", async ([AsParameters] ListAreaPlans query, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(query, ct)))
            .WithTags("SIP-stödjare").WithName("ListAreaPlans")
            .WithSummary("Processdata för planerna i SIP-stödjarens område: status, datum, enheter och tidsfrister, aldrig " +
                "personuppgifter.")
            .Produces<AreaPlanPage>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized)
                .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/area/audit", async (ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new GetAreaAudit(), ct)))
            .WithTags("SIP-stödjare").WithName("GetAreaAudit")
            .WithSummary("Granskning av öppna planer i området: per status och enhet, brister (inget övergripande ansvar, inget " +
                "samtycke, inget möte i tid, insatser som väntar) och passerade tidsfrister per slag och ålder. Fördjupning: " +
                "/area/plans?finding=…")
            .Produces<AreaAudit>().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/area/process-statistics", async ([AsParameters] GetProcessStatistics query, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(query, ct)))
            .WithTags("SIP-stödjare").WithName("GetProcessStatistics")
            .WithSummary("Processtal för området under en period: startade, fastställda och avslutade planer, dagar till första " +
                "möte och till fastställande (median och 90:e percentil), uppföljningar i tid, egna mål, närstående, och startade " +
                "planer per enhet, organisation och huvudman.")
            .Produces<ProcessStatistics>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized)
                .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/area/export/{table}",
            async (string table, string? format, DateOnly? from, DateOnly? to, ISender sender,
            Sip.Application.Abstractions.ICurrentUser user, CancellationToken ct) =>
            {
                // Who may export is decided before what was asked for, so no one learns the table names they may not read.
                if (user.Role != Sip.Domain.Users.UserRole.SipSupport)
                {
                    return Results.Problem(statusCode: StatusCodes.Status403Forbidden,
                        title: "Bara SIP-stödjare exporterar uppföljningens tabeller.");
                }

                if (format is not ("csv" or "xlsx"))
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["Välj csv eller xlsx."] });
                }

                var export = await Export.AreaTables.BuildAsync(sender, table, from, to, ct);
                if (export is null)
                {
                    return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Tabellen finns inte.",
                        detail: $"Tabeller: {string.Join(", ", Export.AreaTables.Names)}.");
                }

                return format == "csv"
                    ? Results.File(export.ToCsv(), "text/csv; charset=utf-8", $"{table}.csv")
                    : Results.File(export.ToXlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{table}.xlsx");
            })
            .WithTags("SIP-stödjare").WithName("ExportAreaTable")
            .WithSummary("Uppföljningssidans tabeller som CSV eller Excel, med samma siffror som på skärmen. Tabeller: "
                + string.Join(", ", AreaTables.Names) + ".")
            .Produces<Stream>(StatusCodes.Status200OK, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized)
                .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/area/placement-statistics",
            async ([AsParameters] GetPlacementStatistics query, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(query, ct)))
            .WithTags("SIP-stödjare").WithName("GetPlacementStatistics")
            .WithSummary("Placeringar och avvikelser i SIP-stödjarens område under en period: antal, andel akuta, andel föregångna " +
                "av SIP, andel med kostnadsfördelning i tid, avvikelser per slag och tid till lösning.")
            .Produces<PlacementStatistics>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized)
                .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/arena/deviations", async (ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ListArenaDeviations(), ct)))
            .WithTags("SIP-stödjare").WithName("ListArenaDeviations")
            .WithSummary("Avvikelser som lyfts till den länsgemensamma tjänstemannaarenan, avidentifierade: organisationer, slag, " +
                "datum och sammanfattning – aldrig plan eller person.")
            .Produces<IReadOnlyList<ArenaDeviation>>().ProducesProblem(StatusCodes.Status401Unauthorized)
                .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/access-log", async ([AsParameters] ReviewAccessLog query, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(query, ct)))
            .WithTags("Loggkontroll").WithName("ReviewAccessLog")
            .WithSummary("Loggkontroll (administratör): vem som läste eller ändrade vilken plan och när, filtrerat på period, " +
                "användare, enhet och diarienummer, och de användare som läst flest planer som andra enheter startat – markerade " +
                "som ovanliga från gränsen unusualFrom.")
            .Produces<AccessLogReview>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized)
                .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/units", async ([AsParameters] ListUnits query, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(query, ct)))
            .WithTags("Katalog").WithName("ListUnits").WithSummary("Sök enheter att bjuda in.")
            .Produces<IReadOnlyList<UnitView>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized);

        api.MapPost("/units", async (CreateUnit command, ISender sender, CancellationToken ct) =>
            {
                var unit = await sender.Send(command, ct);
                return Results.Created($"/api/v1/units/{unit.Id}", unit);
            })
            .WithTags("Katalog").WithName("CreateUnit").WithSummary("Lägg till en enhet (administratör).")
            .Produces<UnitView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized)
                .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapPut("/units/{unitId:guid}", async (Guid unitId, UpdateUnit command, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(command with { UnitId = unitId }, ct)))
            .WithTags("Katalog").WithName("UpdateUnit").WithSummary("Ändra en enhet eller ta den ur bruk (administratör).")
            .Produces<UnitView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized)
                .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
                .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapGet("/users", async (ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new ListUsers(), ct)))
            .WithTags("Katalog").WithName("ListUsers").WithSummary("Användare med roll och enheter (administratör).")
            .Produces<IReadOnlyList<UserView>>().ProducesProblem(StatusCodes.Status401Unauthorized)
                .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapPost("/users", async (CreateUser command, ISender sender, CancellationToken ct) =>
            {
                var user = await sender.Send(command, ct);
                return Results.Created($"/api/v1/users/{user.Id}", user);
            })
            .WithTags("Katalog").WithName("CreateUser").WithSummary("Lägg till en användare (administratör).")
            .Produces<UserView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized)
                .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapPut("/users/{userId:guid}", async (Guid userId, UpdateUser command, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(command with { UserId = userId }, ct)))
            .WithTags("Katalog").WithName("UpdateUser")
                .WithSummary("Ändra roll, enheter eller uppgifter, eller inaktivera kontot (administratör).")
            .Produces<UserView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized)
                .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
                .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapPost("/directory/import", async (HttpRequest request, bool? dryRun, ISender sender, CancellationToken ct) =>
            {
                var file = await DirectoryUpload.ReadAsync(request, ct);
                return Results.Ok(dryRun == true
                    ? await sender.Send(new PreviewDirectoryImport(file), ct)
                    : await sender.Send(new ImportDirectory(file), ct));
            })
            .WithTags("Katalog").WithName("ImportDirectory")
            .WithSummary("Läs in enheter och användare från länets katalog (administratör). Kroppen är CSV-filen (Content-Type: " +
                "text/csv, UTF-8, högst 5 MB och 20 000 rader; formatet i docs/directory-import.md). Svaret redovisar varje rad: " +
                "tillagd, ändrad (vilka kolumner), oförändrad eller avvisad (alla skäl). dryRun=true förhandsgranskar utan att " +
                "spara. Fel i filen som helhet ger 400 och inget importeras.")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(DirectoryUpload.MaxRequestBytes))
            .Produces<Sip.Application.Features.Directory.Import.DirectoryImportReport>().ProducesValidationProblem()
                .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
                .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        api.MapGet("/county-policy", async (ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new GetCountyPolicy(), ct)))
            .WithTags("Länsöverenskommelse").WithName("GetCountyPolicy").WithSummary("Tidsfristerna i länsöverenskommelsen.")
            .Produces<CountyPolicyView>().ProducesProblem(StatusCodes.Status401Unauthorized);

        api.MapPut("/county-policy", async (ChangeCountyPolicy command, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(command, ct)))
            .WithTags("Länsöverenskommelse").WithName("ChangeCountyPolicy").WithSummary("Ändra tidsfristerna (administratör).")
            .Produces<CountyPolicyView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized)
                .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        return api;
    }
}
