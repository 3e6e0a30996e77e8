using Mediator;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Sip.Application.Abstractions;
using Sip.Application.Features;
using Sip.Application.Features.Plans;
using Sip.Domain.Common;
using Sip.Web.Components.Forms;
using ValidationException = FluentValidation.ValidationException;

namespace Sip.Web.Components.Plans;

/// <summary>
/// A part of the plan workspace that changes the plan, always against the version on screen. What the server
/// refuses is shown next to the fields; a change by someone else meanwhile goes to the workspace, which offers
/// to reload while the typed text stays.
/// </summary>
public abstract class PlanForm : ComponentBase
{
    [Inject]
    protected ISender Sender { get; private set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Parameter, EditorRequired]
    public PlanDetail Plan { get; set; } = default!;

    /// <summary>The units of the signed-in user: what they may answer for.</summary>
    [Parameter, EditorRequired]
    public IReadOnlySet<Guid> MyUnitIds { get; set; } = default!;

    /// <summary>Raised after a change was saved, so the workspace reads the new version.</summary>
    [Parameter]
    public EventCallback Changed { get; set; }

    /// <summary>Raised when someone else changed the plan since it was read.</summary>
    [Parameter]
    public EventCallback Conflict { get; set; }

    protected FieldErrors Errors { get; } = new();

    protected bool Busy { get; private set; }

    /// <summary>Whether the plan can still change, as the domain says (<see cref="PlanDetail.IsOpen"/>).</summary>
    protected bool IsOpen => Plan.IsOpen;

    /// <summary>
    /// Sends one change made against the version on screen. True when it was saved. A part with
    /// several small forms passes each form's own <paramref name="errors"/>.
    /// </summary>
    protected async Task<bool> SendAsync(Func<int, ICommand<PlanChanged>> change, string done, FieldErrors? errors = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        errors ??= Errors;
        Busy = true;
        errors.Clear();
        try
        {
            await Sender.Send(change(Plan.Version));
            Snackbar.Add(done, Severity.Success);
        }
        catch (ValidationException invalid)
        {
            errors.Add(invalid);
            return false;
        }
        catch (ConcurrencyConflictException)
        {
            await Conflict.InvokeAsync();
            return false;
        }
        catch (Exception refused) when (refused is DomainException or ForbiddenException or NotFoundException)
        {
            errors.AddGeneral(refused.Message);
            return false;
        }
        finally
        {
            Busy = false;
        }

        await Changed.InvokeAsync();
        return true;
    }
}
