using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Sip.Web.Hosting;

namespace Sip.IntegrationTests.Infrastructure;

/// <summary>The real application over HTTP, on a test database, with the demo county seeded and a fake clock.</summary>
/// <param name="services">Replaces or adds services, for a test that needs a part of the app to misbehave.</param>
/// <param name="settings">Configuration on top of the tests' own, as environment variables would give it.</param>
public sealed class SipWebFactory(TestDatabase database, Action<IServiceCollection>? services = null,
    IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    /// <summary>Monday 23 November 2026, 09:00 in Stockholm.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Now);

    public TestDatabase Database => database;

    /// <summary>Where this app's e-mail lands: the embedded default's pickup folder.</summary>
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), $"sip-mail-{Guid.NewGuid():N}");

    /// <summary>A client signed in as a demo user through the demo sign-in form.</summary>
    public static readonly Uri Https = new("https://localhost/");

    public async Task<HttpClient> SignedInAsync(Guid userId)
    {
        // Over https, as in production: the cookies are marked Secure and a client keeps them only there.
        var client = CreateClient(
            new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = Https });
        using var response =
            await Forms.PostAsync(client, "/konto/demo-inloggning", new Dictionary<string, string> { ["userId"] = userId.ToString() });
        if ((int)response.StatusCode != 302 || !response.Headers.Contains("Set-Cookie"))
        {
            throw new InvalidOperationException($"Demo sign-in failed: {(int)response.StatusCode}");
        }

        return client;
    }

    /// <summary>A client that calls the API as a case system would: a bearer token, no cookie.</summary>
    public HttpClient WithToken(string token)
    {
        var client = CreateClient(
            new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = Https });
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// The app writes the demo plans after it starts answering (DemoPlans); a test starts from the
    /// whole demo county, unless it is about that wait (<see cref="WaitsForDemoPlans"/> false).
    /// </summary>
    public bool WaitsForDemoPlans { get; init; } = true;

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (WaitsForDemoPlans)
        {
            host.Services.GetRequiredService<DemoPlans>().Written.GetAwaiter().GetResult();
        }

        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Sip", database.ConnectionString);
        builder.UseSetting("Seed:DemoData", "true");
        builder.UseSetting("Auth:Mode", "Demo");
        builder.UseSetting("Mail:PickupFolder", MailFolder);

        // The tests send thousands of requests a minute as one user; RateLimitTests checks the limit itself.
        builder.UseSetting("RateLimiting:ApiRequestsPerMinute", "1000000");

        // Tests run the jobs themselves, when they choose; a test about Hangfire turns it on.
        builder.UseSetting("Jobs:Enabled", "false");
        builder.UseSetting("Auth:Jwt:Issuer", TestTokens.Issuer);
        builder.UseSetting("Auth:Jwt:Audience", TestTokens.Audience);
        builder.UseSetting("Auth:Jwt:SigningKey", TestTokens.SigningKey);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(Clock);
            services?.Invoke(s);
        });
    }
}

internal static class HttpJson
{
    public static Task<HttpResponseMessage> PostJsonAsync<T>(this HttpClient client, string url, T body) =>
        client.PostAsJsonAsync(new Uri(url, UriKind.Relative), body, Json.Options);

    public static Task<HttpResponseMessage> PutJsonAsync<T>(this HttpClient client, string url, T body) =>
        client.PutAsJsonAsync(new Uri(url, UriKind.Relative), body, Json.Options);

    public static Task<HttpResponseMessage> GetAsync(this HttpClient client, string url) =>
        client.GetAsync(new Uri(url, UriKind.Relative));
}

internal static class Json
{
    public static readonly System.Text.Json.JsonSerializerOptions Options = CreateOptions();

    private static System.Text.Json.JsonSerializerOptions CreateOptions()
    {
        var options = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web);
        options.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        return options;
    }
}
