using Mediator;
using Microsoft.AspNetCore.Mvc;
using Sip.Application.Features.Audit;
using Sip.Application.Features.Inbox;
using Sip.Application.Features.Plans;
using Sip.Web.Documents;
using Sip.Web.Fhir;

namespace Sip.Web.Api;

/// <summary>/api/v1/plans: HTTP mapped onto the same requests the UI sends.</summary>
internal static class PlanEndpoints
{
    public static RouteGroupBuilder MapPlanEndpoints(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/plans").WithTags("Planer");

        plans.MapPost("/", async (StartPlanFromCase command, ISender sender, CancellationToken ct) =>
            {
                var started = await sender.Send(command, ct);
                var location = $"/api/v1/plans/{started.PlanId}";
                return started.AlreadyExisted ? Results.Ok(started) : Results.Created(location, started);
            })
            .WithName("StartPlanFromCase")
            .WithSummary("Starta en SIP från ett ärende (idempotent på ärendereferens och organisation).")
            .Produces<PlanStarted>(StatusCodes.Status201Created)
            .Produces<PlanStarted>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesAccessProblems()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        plans.MapPlanQuery<GetPlan, PlanDetail>("/{planId:guid}", planId => new(planId))
            .WithSummary("Hela planen för den som deltar i den.");

        plans.MapQuery<ListMyPlans, PlanPage>("/")
            .WithSummary("Mina eller enhetens planer: filter, sökning, sortering och sidindelning.")
            .ProducesValidationProblem()
            .ProducesAccessProblems();

        plans.MapPlanQuery<GetPlanVersions, IReadOnlyList<PlanVersionView>>("/{planId:guid}/versions", planId => new(planId))
            .WithSummary("Planens fastställda versioner med vad som ändrats sedan föregående.");

        plans.MapGet("/{planId:guid}/versions/{number:int}/document", WrittenPlanAsync)
            .WithName("GetWrittenPlan")
            .WithSummary("Den skriftliga planen (PDF) för en fastställd version, på lättläst svenska och taggad för skärmläsare.")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf")
            .ProducesValidationProblem()
            .ProducesPlanProblems()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        plans.MapGet("/{planId:guid}/fhir", FhirAsync)
            .WithName("ExportPlanAsFhir")
            .WithSummary(
                "Planen som FHIR R4 Bundle (collection): CarePlan, CareTeam, Consent, Patient, Organization och en Task per insats som "
                + "väntar på svar. _format=json|xml eller Accept-huvudet; se docs/fhir.md.")
            .Produces<Stream>(StatusCodes.Status200OK, FhirFormat.Json, FhirFormat.Xml)
            .ProducesValidationProblem()
            .ProducesPlanProblems();

        plans.MapPlanQuery<GetEstablishmentReadiness, EstablishmentReadiness>(
                "/{planId:guid}/establishment-readiness", planId => new(planId))
            .WithSummary("Det som återstår innan planen kan fastställas, som en checklista.");

        plans.MapGet("/{planId:guid}/audit-trail", async (Guid planId, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new GetPlanAuditTrail(planId, page ?? 1, pageSize ?? 100), ct)))
            .WithName("GetPlanAuditTrail")
            .WithSummary("Vem som läst eller ändrat planen (initierande enhet och enheten med övergripande ansvar).")
            .Produces<AuditTrail>()
            .ProducesValidationProblem()
            .ProducesPlanProblems();

        api.MapQuery<GetUnitInbox, UnitInbox>("/inbox")
            .WithTags("Inkorg")
            .WithSummary(
                "Enhetens inkorg en sida i taget, det mest brådskande först (försenat, sedan efter datum): inbjudningar att besvara, "
                + "insatser att acceptera, tidsfrister inom en vecka, avvisade förslag. Med sidan följer antalet av varje slag.")
            .ProducesValidationProblem()
            .ProducesAccessProblems();

        api.MapGet("/reminders", async (ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new GetReminders(), ct)))
            .WithTags("Inkorg")
            .WithName("GetReminders")
            .WithSummary(
                "Påminnelser om passerade tidsfrister till mina enheter eller eskalerade till mig, så länge de inte är åtgärdade.")
            .Produces<IReadOnlyList<ReminderItem>>()
            .ProducesAccessProblems();

        return api;
    }

    /// <summary>GET answering with 200 a query about the plan in the route, named as its type.</summary>
    private static RouteHandlerBuilder MapPlanQuery<TQuery, TResult>(
        this RouteGroupBuilder plans, string pattern, Func<Guid, TQuery> query)
        where TQuery : IQuery<TResult> =>
        plans.MapGet(pattern, async (Guid planId, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(query(planId), ct)))
            .WithName(typeof(TQuery).Name)
            .Produces<TResult>()
            .ProducesPlanProblems();

    /// <summary>Fonts are checked before the plan is read, so a server without them reads (and logs) nothing.</summary>
    private static async Task<IResult> WrittenPlanAsync(
        Guid planId, int number, ISender sender, DocumentFonts fonts, CancellationToken ct)
    {
        if (fonts.Family is not { } family)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Den skriftliga planen kan inte skapas: typsnitt saknas på servern.",
                detail: "Installera ett typsnitt med svenska tecken (t.ex. DejaVu Sans, paketet fonts-dejavu-core) eller ange mappen med "
                    + $"{DocumentFonts.DirectoryKey}.");
        }

        var plan = await sender.Send(new GetWrittenPlan(planId, number), ct);
        return Results.File(
            WrittenPlanPdf.Render(plan, family), "application/pdf", $"{plan.ReferenceNumber}-version-{plan.Number}.pdf");
    }

    /// <summary>The format is checked before the plan is looked up, so a bad one says nothing about the plan.</summary>
    private static async Task<IResult> FhirAsync(
        Guid planId, [FromQuery(Name = "_format")] string? format, HttpRequest request, ISender sender, TimeProvider clock,
        CancellationToken ct)
    {
        if (FhirFormat.Choose(format, request.Headers.Accept) is not { } chosen)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["_format"] = ["Välj json eller xml (application/fhir+json eller application/fhir+xml)."],
            });
        }

        var plan = await sender.Send(new GetPlanForExport(planId), ct);
        return chosen.Write(PlanBundle.Build(plan, clock.GetUtcNow()));
    }
}
