using Sip.Application.Abstractions;
using Sip.Domain.Common;
using ValidationException = FluentValidation.ValidationException;

namespace Sip.Web.Components.Forms;

/// <summary>Sends one form that is not a plan change and turns every refusal into words on the form.</summary>
public static class Submission
{
    /// <summary>The answer, or null when the server refused; then <paramref name="errors"/> says why.</summary>
    public static async Task<T?> TrySendAsync<T>(Func<ValueTask<T>> send, FieldErrors errors)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(send);
        ArgumentNullException.ThrowIfNull(errors);
        errors.Clear();
        try
        {
            return await send();
        }
        catch (ValidationException invalid)
        {
            errors.Add(invalid);
        }
        catch (Exception refused) when (refused is DomainException or ForbiddenException or NotFoundException)
        {
            errors.AddGeneral(refused.Message);
        }

        return null;
    }
}
