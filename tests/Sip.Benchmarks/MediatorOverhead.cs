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
/// </summary>
[MemoryDiagnoser]
public class MediatorOverhead
{
    private static readonly GetCountyPolicy Query = new();
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"sip-mediator-overhead-{Environment.ProcessId}.db");
    private ServiceProvider? _services;
    private IServiceScope? _scope;
    private ISender? _sender;
    private GetCountyPolicyHandler? _handler;

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
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _scope?.Dispose();
        _services?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }

    [Benchmark(Baseline = true)]
    public ValueTask<CountyPolicyView> HandlerDirectly() => _handler!.Handle(Query, CancellationToken.None);

    [Benchmark]
    public ValueTask<CountyPolicyView> ThroughMediatorAndPipeline() => _sender!.Send(Query, CancellationToken.None);
}
