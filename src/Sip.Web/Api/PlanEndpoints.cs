using Mediator;
using Sip.Application.Features.Plans;

namespace Sip.Web.Api;

/// <summary>/api/v1/plans: HTTP mapped onto the same requests the UI sends.</summary>
internal static class PlanEndpoints
{
    public static RouteGroupBuilder MapPlanEndpoints(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/plans").WithTags("Planer");

        plans.MapPost("/", async (StartPlanFromCase command, ISender sender, CancellationToken ct) =>
            {
                var started = await sender.Send(command, ct).ConfigureAwait(false);
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
                Results.Ok(await sender.Send(new GetPlan(planId), ct).ConfigureAwait(false)))
            .WithName("GetPlan")
            .WithSummary("Hela planen för den som deltar i den.")
            .Produces<PlanDetail>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }
}
