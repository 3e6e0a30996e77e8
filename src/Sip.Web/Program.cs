using Microsoft.AspNetCore.DataProtection;
using Sip.Infrastructure;
using Sip.Infrastructure.Persistence;
using Sip.Web.Hosting;
using Sip.Web.Jobs;
using Sip.Web.Observability;

if (args is [MigrateCommand.Name, ..])
{
    return await MigrateCommand.RunAsync(args[1..]);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddObservability();

// Sip:Role: All (the embedded default), Web or Worker; see ProcessSetup.
var setup = ProcessSetup.From(builder.Configuration);
builder.Services.AddInfrastructure(builder.Configuration);
builder.Services.AddHealthEndpoints(setup);
builder.Services.AddBackgroundJobs(builder.Configuration, setup);
if (setup.ServesWeb)
{
    builder.AddWebFrontEnd();
}

var app = builder.Build();

if (setup.ServesWeb)
{
    app.UseWebFrontEnd(setup);
}

app.MapHealthEndpoints();

if (setup.MigratesAtStartup)
{
    // Building the route table (each API operation's request delegate, each page) compiles about a
    // second of code just in time and needs no database. Built once on the other core while the
    // database is brought up to date, the host then builds it again from compiled code: the
    // embedded default answers about half a second sooner (docs/performance.md).
    var routes = Task.Run(() => ((IEndpointRouteBuilder)app).DataSources.Sum(source => source.Endpoints.Count));
    using (var scope = app.Services.CreateScope())
    {
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAllButDemoPlansAsync(CancellationToken.None);
    }

    // The host loads the data-protection key ring before it starts listening (a first start
    // creates the key and stores it; a later one reads it from the database). Loaded here, on the
    // core the route table leaves idle, it is stored before the demo plans are written: while their
    // transaction held the file, SQLite answered the key's insert with "database is locked" in
    // about one first start in ten (docs/performance.md).
    var keyRing = setup.ServesWeb
        ? Task.Run(() => app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("SIP.Start").Protect([0]))
        : Task.CompletedTask;
    await Task.WhenAll(routes, keyRing);
    app.Services.GetRequiredService<DemoPlans>().BeginWriting();
}

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
