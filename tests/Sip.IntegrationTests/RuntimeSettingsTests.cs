using System.Text.Json;

namespace Sip.IntegrationTests;

/// <summary>
/// The .NET runtime's settings a node starts with, as the build writes them beside Sip.Web.dll. On
/// the two cores a web node is sized at, the garbage collector decides whether plan detail and the
/// inbox answer within 50 ms at 80 % of their peak (docs/performance.md, tenth round).
/// </summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void The_app_runs_the_workstation_garbage_collector_with_background_collections()
    {
        using var runtimeConfig =
            JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sip.Web.runtimeconfig.json")));
        var settings = runtimeConfig.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.False(settings.GetProperty("System.GC.Server").GetBoolean());
        Assert.True(settings.GetProperty("System.GC.Concurrent").GetBoolean());
    }
}
