using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Sip.Infrastructure.Persistence;

namespace Sip.IntegrationTests.Infrastructure;

/// <summary>The application as one process of a scaled-out deployment: a role, a database (reachable or not), no demo data.</summary>
public sealed class RoleNode(string role, DatabaseProvider provider, string connectionString,
    IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    /// <summary>A PostgreSQL connection string to a port nothing listens on: a database that is away.</summary>
    public static string UnreachablePostgres()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"Host=127.0.0.1;Port={port};Database=sip_away;Username=sip;Password=sip;Timeout=3;Pooling=false";
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Sip:Role", role);
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("ConnectionStrings:Sip", connectionString);
        builder.UseSetting("Seed:DemoData", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}
