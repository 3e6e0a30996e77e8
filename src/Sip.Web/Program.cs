using Sip.Infrastructure;
using Sip.Infrastructure.Persistence;
using Sip.Web.Hosting;
using Sip.Web.Jobs;

if (args is [MigrateCommand.Name, ..])
{
    return await MigrateCommand.RunAsync(args[1..]);
}

var builder = WebApplication.CreateBuilder(args);

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

if (setup.MigratesAtStartup)
{
    using var scope = app.Services.CreateScope();
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
}

if (setup.ServesWeb)
{
    app.UseWebFrontEnd(setup);
}

app.MapHealthEndpoints();

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
