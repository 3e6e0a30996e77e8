using OpenTelemetry.Resources;

namespace Sip.Web.Observability;

/// <summary> Which role this process plays (web, worker, or all), so that a trace or a metric tells which kind of node it came from when
/// web and worker nodes share one service name. </summary>
internal sealed class RoleResourceDetector(IConfiguration configuration) : IResourceDetector
{
    public const string Attribute = "sip.role";

    public Resource Detect() => new([new KeyValuePair<string, object>(Attribute, configuration["Sip:Role"] ?? "All")]);
}
