using System.Runtime.CompilerServices;
using Mediator;

namespace Sip.Web.Auth;

/// <summary> Runs every use case in a DI scope of its own, as the signed-in caller. Blazor Server keeps one scope for a whole circuit, so
/// without this every component of a page would share one DbContext: two components loading at once would collide on it, and tracked
/// entities would go stale between requests. A request's own scope also gives each command its own transaction. </summary>
internal sealed class RequestScopedSender(IServiceScopeFactory scopes, CurrentUser caller) : ISender
{
    public async ValueTask<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        var scope = Begin(out var mediator);
        await using (scope)
        {
            return await mediator.Send(request, cancellationToken);
        }
    }

    public async ValueTask<TResponse> Send<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken = default)
    {
        var scope = Begin(out var mediator);
        await using (scope)
        {
            return await mediator.Send(command, cancellationToken);
        }
    }

    public async ValueTask<TResponse> Send<TResponse>(IQuery<TResponse> query, CancellationToken cancellationToken = default)
    {
        var scope = Begin(out var mediator);
        await using (scope)
        {
            return await mediator.Send(query, cancellationToken);
        }
    }

    public async ValueTask<object?> Send(object message, CancellationToken cancellationToken = default)
    {
        var scope = Begin(out var mediator);
        await using (scope)
        {
            return await mediator.Send(message, cancellationToken);
        }
    }

    public IAsyncEnumerable<TResponse> CreateStream<TResponse>(IStreamQuery<TResponse> query,
        CancellationToken cancellationToken = default) =>
        Stream(m => m.CreateStream(query, cancellationToken), cancellationToken);

    public IAsyncEnumerable<TResponse> CreateStream<TResponse>(IStreamRequest<TResponse> request,
        CancellationToken cancellationToken = default) =>
        Stream(m => m.CreateStream(request, cancellationToken), cancellationToken);

    public IAsyncEnumerable<TResponse> CreateStream<TResponse>(IStreamCommand<TResponse> command,
        CancellationToken cancellationToken = default) =>
        Stream(m => m.CreateStream(command, cancellationToken), cancellationToken);

    public IAsyncEnumerable<object?> CreateStream(object message, CancellationToken cancellationToken = default) =>
        Stream(m => m.CreateStream(message, cancellationToken), cancellationToken);

    private AsyncServiceScope Begin(out IMediator mediator)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Adopt(caller.Principal);
        mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        return scope;
    }

    // The scope lives as long as the caller enumerates.
    private async IAsyncEnumerable<T> Stream<T>(Func<IMediator, IAsyncEnumerable<T>> open,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var scope = Begin(out var mediator);
        await using (scope)
        {
            await foreach (var item in open(mediator).WithCancellation(cancellationToken))
            {
                yield return item;
            }
        }
    }
}
