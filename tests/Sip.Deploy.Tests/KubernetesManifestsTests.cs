using System.Text.RegularExpressions;

namespace Sip.Deploy.Tests;

/// <summary>
/// The manifests under deploy/k8s against the Kubernetes API's own schemas, offline and strict
/// about fields the API does not know (validate-k8s.mjs, with the npm packages .ci/run installs);
/// and, where kubectl is installed, the kustomization rendered by its kustomize, validated the same way.
/// </summary>
public sealed partial class KubernetesManifestsTests
{
    private static string K8s => Path.Combine(Repository.Deploy, "k8s");

    public static TheoryData<string> Manifests => [.. ManifestFiles()];

    [ToolTheory(Tools.Node, Tools.KubernetesSchemas)]
    [MemberData(nameof(Manifests))]
    public async Task The_manifest_satisfies_the_Kubernetes_schemas(string file)
    {
        var result = await ValidateAsync(Path.Combine(K8s, file));

        Assert.True(result.ExitCode == 0, $"validate-k8s.mjs on deploy/k8s/{file}:\n{result.Describe()}");
    }

    [Fact]
    public void The_kustomization_lists_every_manifest_but_the_example_secret()
    {
        var listed = Resources(File.ReadAllText(Path.Combine(K8s, "kustomization.yaml")));

        Assert.DoesNotContain(listed, r => r.Contains("example", StringComparison.Ordinal));
        Assert.Equal(ManifestFiles().Where(f => !f.Contains(".example.", StringComparison.Ordinal)).Order(StringComparer.Ordinal),
            listed.Order(StringComparer.Ordinal));
    }

    [ToolFact(Tools.Node, Tools.KubernetesSchemas)]
    public async Task The_validator_rejects_an_unknown_field_and_a_wrong_type()
    {
        using var folder = new TempFolder();
        var web = File.ReadAllText(Path.Combine(K8s, "web-deployment.yaml"));
        var unknown = folder.Write("unknown.yaml", web.Replace("readinessProbe:", "readinesProbe:", StringComparison.Ordinal));
        var wrongType = folder.Write("type.yaml", web.Replace("replicas: 2", "replicas: two", StringComparison.Ordinal));

        var first = await ValidateAsync(unknown);
        var second = await ValidateAsync(wrongType);

        Assert.True(first.ExitCode != 0 && first.Output.Contains("readinesProbe: not a field of V1Container", StringComparison.Ordinal),
            first.Describe());
        Assert.True(second.ExitCode != 0 && second.Output.Contains("/spec/replicas must be integer", StringComparison.Ordinal),
            second.Describe());
    }

    [OptionalToolFact(Tools.Kubectl, Tools.Node, Tools.KubernetesSchemas)]
    public async Task The_rendered_kustomization_satisfies_the_schemas_and_runs_one_image_in_one_namespace()
    {
        var rendered = await Tools.RunAsync(Tools.Require(Tools.Kubectl), ["kustomize", K8s]);
        Assert.True(rendered.ExitCode == 0, $"kubectl kustomize deploy/k8s:\n{rendered.Describe()}");
        var file = Path.Combine(Path.GetTempPath(), $"sip-kustomized-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, rendered.Output);
        try
        {
            var result = await ValidateAsync(file);
            Assert.True(result.ExitCode == 0, $"validate-k8s.mjs on the rendered kustomization:\n{result.Describe()}\n{rendered.Output}");
        }
        finally
        {
            File.Delete(file);
        }

        var images = Image().Matches(rendered.Output).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(["registry.example.org/sip:1.0.0"], images);
        var namespaces = Namespace().Matches(rendered.Output).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(["sip"], namespaces);
        Assert.DoesNotContain("kind: Secret", rendered.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Web_and_worker_take_their_role_and_never_migrate_at_start_up()
    {
        var web = File.ReadAllText(Path.Combine(K8s, "web-deployment.yaml"));
        var worker = File.ReadAllText(Path.Combine(K8s, "worker-deployment.yaml"));
        var config = File.ReadAllText(Path.Combine(K8s, "configmap.yaml"));

        Assert.Matches(@"name: Sip__Role\s+value: Web", web);
        Assert.Matches(@"name: Sip__Role\s+value: Worker", worker);
        Assert.Matches(@"Database__MigrateAtStartup: ""false""", config);
        Assert.Matches(@"Seed__DemoData: ""false""", config);
        Assert.Matches(@"replicas: 2", web);
        Assert.Matches(@"readinessProbe:\s+httpGet:\s+path: /health/ready", web);
        Assert.Matches(@"livenessProbe:\s+httpGet:\s+path: /health/live", web);
        Assert.Matches(@"nginx\.ingress\.kubernetes\.io/affinity: cookie", File.ReadAllText(Path.Combine(K8s, "ingress.yaml")));
    }

    /// <summary>validate-k8s.mjs, run from the folder whose node_modules holds the schemas (an ES module given by -e resolves its imports
    /// from the working directory).</summary>
    private static Task<ProcessResult> ValidateAsync(string file) =>
        Tools.RunAsync(
            Tools.Require(Tools.Node),
            ["--input-type=module", "-e", File.ReadAllText(Path.Combine(Repository.Root, "tests", "Sip.Deploy.Tests", "validate-k8s.mjs")),
                "--", file],
            workingDirectory: Tools.Require(Tools.KubernetesSchemas));

    private static IEnumerable<string> ManifestFiles() =>
        Directory.EnumerateFiles(K8s, "*.yaml").Select(Path.GetFileName).OfType<string>()
            .Where(f => f != "kustomization.yaml").Order(StringComparer.Ordinal);

    /// <summary>The entries under <c>resources:</c>.</summary>
    private static List<string> Resources(string kustomization)
    {
        var block = ResourcesBlock().Match(kustomization);
        Assert.True(block.Success, "kustomization.yaml has no resources list.");
        return [.. block.Groups[1].Value.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("- ", StringComparison.Ordinal))
            .Select(l => l[2..].Trim())];
    }

    [GeneratedRegex(@"(?ms)^resources:\s*\n((?:\s+-[^\n]*\n?)+)")]
    private static partial Regex ResourcesBlock();

    [GeneratedRegex(@"(?m)^\s*image:\s*(\S+)\s*$")]
    private static partial Regex Image();

    [GeneratedRegex(@"(?m)^  namespace:\s*(\S+)\s*$")]
    private static partial Regex Namespace();
}
