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
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        plans.MapGet("/{planId:guid}", async (Guid planId, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new GetPlan(planId), ct)))
            .WithName("GetPlan")
            .WithSummary("Hela planen för den som deltar i den.")
            .Produces<PlanDetail>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        plans.MapGet("/", async ([AsParameters] ListMyPlans query, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(query, ct)))
            .WithName("ListMyPlans")
            .WithSummary("Mina eller enhetens planer: filter, sökning, sortering och sidindelning.")
            .Produces<PlanPage>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        plans.MapGet("/{planId:guid}/versions", async (Guid planId, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new GetPlanVersions(planId), ct)))
            .WithName("GetPlanVersions")
            .WithSummary("Planens fastställda versioner med vad som ändrats sedan föregående.")
            .Produces<IReadOnlyList<PlanVersionView>>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        plans.MapGet("/{planId:guid}/versions/{number:int}/document",
            async (Guid planId, int number, ISender sender, DocumentFonts fonts, CancellationToken ct) =>
            {
                // Checked before the plan is read, so a server without fonts reads (and logs) nothing.
                if (fonts.Family is not { } family)
                {
                    return Results.Problem(
                        statusCode: StatusCodes.Status503ServiceUnavailable,
                        title: "Den skriftliga planen kan inte skapas: typsnitt saknas på servern.",
                        detail: "Installera ett typsnitt med svenska tecken (t.ex. DejaVu Sans, paketet fonts-dejavu-core) eller ange " +
                            $"mappen med {DocumentFonts.DirectoryKey}.");
                }

                var plan = await sender.Send(new GetWrittenPlan(planId, number), ct);
                return Results.File(WrittenPlanPdf.Render(plan, family), "application/pdf",
                    $"{plan.ReferenceNumber}-version-{plan.Number}.pdf");
            })
            .WithName("GetWrittenPlan")
            .WithSummary("Den skriftliga planen (PDF) för en fastställd version, på lättläst svenska och taggad för skärmläsare.")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        plans.MapGet("/{planId:guid}/fhir",
            async (Guid planId, [FromQuery(Name = "_format")] string? format, HttpRequest request, ISender sender, TimeProvider clock,
            CancellationToken ct) =>
            {
                // The format is checked before the plan is looked up, so a bad one says nothing about the plan.
                if (FhirFormat.Choose(format, request.Headers.Accept) is not { } chosen)
                {
                    return Results.ValidationProblem(new Dictionary<string,
                        string[]> { ["_format"] = ["Välj json eller xml (application/fhir+json eller application/fhir+xml)."] });
                }

                var plan = await sender.Send(new GetPlanForExport(planId), ct);
                return chosen.Write(PlanBundle.Build(plan, clock.GetUtcNow()));
            })
            .WithName("ExportPlanAsFhir")
            .WithSummary("Planen som FHIR R4 Bundle (collection): CarePlan, CareTeam, Consent, Patient, Organization och en Task per " +
                "insats som väntar på svar. _format=json|xml eller Accept-huvudet; se docs/fhir.md.")
            .Produces<Stream>(StatusCodes.Status200OK, FhirFormat.Json, FhirFormat.Xml)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        plans.MapGet("/{planId:guid}/establishment-readiness", async (Guid planId, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new GetEstablishmentReadiness(planId), ct)))
            .WithName("GetEstablishmentReadiness")
            .WithSummary("Det som återstår innan planen kan fastställas, som en checklista.")
            .Produces<EstablishmentReadiness>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        plans.MapGet("/{planId:guid}/audit-trail", async (Guid planId, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new GetPlanAuditTrail(planId, page ?? 1, pageSize ?? 100), ct)))
            .WithName("GetPlanAuditTrail")
            .WithSummary("Vem som läst eller ändrat planen (initierande enhet och enheten med övergripande ansvar).")
            .Produces<AuditTrail>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/inbox", async ([AsParameters] GetUnitInbox query, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(query, ct)))
            .WithTags("Inkorg")
            .WithName("GetUnitInbox")
            .WithSummary("Enhetens inkorg en sida i taget, det mest brådskande först (försenat, sedan efter datum): inbjudningar att " +
                "besvara, insatser att acceptera, tidsfrister inom en vecka, avvisade förslag. Med sidan följer antalet av varje slag.")
            .Produces<UnitInbox>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/reminders", async (ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new GetReminders(), ct)))
            .WithTags("Inkorg")
            .WithName("GetReminders")
            .WithSummary("Påminnelser om passerade tidsfrister till mina enheter eller eskalerade till mig, så länge de inte är " +
                "åtgärdade.")
            .Produces<IReadOnlyList<ReminderItem>>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        return api;
    }
}
