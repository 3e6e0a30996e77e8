using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using Sip.Application;
using Sip.Application.Abstractions;
using Sip.Domain.Users;
using Sip.Infrastructure;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.Web.Auth;

namespace Sip.Web.Tests;

/// <summary>
/// Components rendered by bUnit against the real use cases on a fresh SQLite database with the
/// demo county: what a component sends is validated, authorised and saved exactly as in the app.
/// </summary>
public abstract class ComponentTest : BunitContext, IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"sip-bunit-{Guid.NewGuid():N}.db");

    /// <summary>
    /// bUnit's one-second default fails a first render on a busy CI machine, where the first
    /// page to load a plan also compiles its queries; a wait that passes only ends sooner.
    /// </summary>
    static ComponentTest() => DefaultWaitTimeout = TimeSpan.FromSeconds(20);

    protected ComponentTest()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sip"] = new SqliteConnectionStringBuilder { DataSource = _file, Pooling = false }.ConnectionString,
            ["Seed:DemoData"] = "true",
        }).Build();
        Services.AddSingleton<IConfiguration>(configuration);
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        Services.AddApplication();
        Services.AddInfrastructure(configuration);
        Services.AddHttpContextAccessor();
        Services.AddScoped<CurrentUser>();
        Services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        Services.Replace(ServiceDescriptor.Scoped<Mediator.ISender, RequestScopedSender>());
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        AddBunitPersistentComponentState();
        Authorization = AddAuthorization();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    /// <summary>Nobody is signed in until a test says who.</summary>
    protected Bunit.TestDoubles.BunitAuthorizationContext Authorization { get; }

    public async Task InitializeAsync()
    {
        using var scope = Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(file);
        }
    }

    /// <summary>Signs in as a demo user, with the claims the sign-in cookie carries.</summary>
    protected void SignInAs(Guid userId)
    {
        using var scope = Services.CreateScope();
        var user = scope.ServiceProvider.GetRequiredService<SipDbContext>().Users.Single(u => u.Id == userId);
        var principal = SipClaims.For(user);
        Authorization.SetAuthorized(user.DisplayName);
        Authorization.SetRoles(user.Role.ToString());
        Authorization.SetClaims([.. principal.Claims.Where(c => c.Type != ClaimTypes.Name && c.Type != ClaimTypes.Role)]);
    }

    protected T Query<T>(Func<SipDbContext, T> read)
    {
        using var scope = Services.CreateScope();
        return read(scope.ServiceProvider.GetRequiredService<SipDbContext>());
    }
}
