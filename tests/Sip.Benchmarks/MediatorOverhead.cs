using BenchmarkDotNet.Attributes;
using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sip.Application;
using Sip.Application.Abstractions;
using Sip.Application.Features.Policies;
using Sip.Infrastructure;
using Sip.Infrastructure.Persistence;

namespace Sip.Benchmarks;

/// <summary>
/// What the mediator and SIP's pipeline cost a request, apart from the work of its use case: the
/// cheapest real query (the county agreement's deadlines, one row from SQLite) sent to its handler
/// directly, and sent through the mediator with the whole pipeline (logging and tracing,
/// resilience, access rule, validation, transaction and access log, each stepping aside as it does
/// for any query without personal data). The difference is the overhead per request.
/// SQLite's answer varies by more than a microsecond from one call to the next, so a second pair
/// weighs the same pipeline around an answer already in memory: the six behaviours resolved from
/// the request's scope on every call (as much as the mediator itself does, or more) against
/// handing back the answer. That difference is the overhead, free of the database's noise.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class MediatorOverhead
{
    private static readonly GetCountyPolicy Query = new();
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"sip-mediator-overhead-{Environment.ProcessId}.db");
    private ServiceProvider? _services;
    private IServiceScope? _scope;
    private ISender? _sender;
    private GetCountyPolicyHandler? _handler;
    private CountyPolicyView? _answer;
    private MessageHandlerDelegate<GetCountyPolicy, CountyPolicyView>? _answered;

    [GlobalSetup]
    public void Setup()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sip"] = $"Data Source={_database}",
            ["Seed:DemoData"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddInfrastructure(configuration);
        services.AddApplication();
        services.AddScoped<ICurrentUser, SignedInSocialWorker>();
        _services = services.BuildServiceProvider();
        _scope = _services.CreateScope();
        _scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
        _sender = _scope.ServiceProvider.GetRequiredService<ISender>();
        _handler = _scope.ServiceProvider.GetRequiredService<GetCountyPolicyHandler>();
        _answer = _handler.Handle(Query, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        _answered = (_, _) => new ValueTask<CountyPolicyView>(_answer);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _scope?.Dispose();
        _services?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("With the database")]
    public ValueTask<CountyPolicyView> HandlerDirectly() => _handler!.Handle(Query, CancellationToken.None);

    [Benchmark, BenchmarkCategory("With the database")]
    public ValueTask<CountyPolicyView> ThroughMediatorAndPipeline() => _sender!.Send(Query, CancellationToken.None);

    [Benchmark(Baseline = true), BenchmarkCategory("Answer in memory")]
    public ValueTask<CountyPolicyView> AnswerDirectly() => _answered!(Query, CancellationToken.None);

    [Benchmark, BenchmarkCategory("Answer in memory")]
    public ValueTask<CountyPolicyView> PipelineAroundAnswer()
    {
        // Outermost first, as registered: each behaviour's next is the one after it.
        var next = _answered!;
        foreach (var behaviour in _scope!.ServiceProvider.GetServices<IPipelineBehavior<GetCountyPolicy, CountyPolicyView>>().Reverse())
        {
            var inner = next;
            next = (message, ct) => behaviour.Handle(message, inner, ct);
        }

        return next(Query, CancellationToken.None);
    }
}
