using System.Text.Json;
using System.Text.RegularExpressions;

using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// No secrets in the repository: passwords, signing keys and client secrets come from the
/// environment or user secrets. The shipped configuration names none, and no file carries a
/// private key or a connection string with a password other than the throwaway local test role.
/// </summary>
public sealed partial class SecretsTests
{
    private static readonly string Root = RepositoryRoot.Find();

    [Fact]
    public void The_shipped_configuration_holds_no_password_key_or_secret()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Root, "src"), "appsettings*.json", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);

        var found = new List<string>();
        foreach (var file in files)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            Walk(document.RootElement, Path.GetFileName(file), found);
        }

        Assert.True(found.Count == 0, "Secrets in configuration: " + string.Join(", ", found));
    }

    [Fact]
    public void No_file_in_the_repository_carries_a_private_key_or_a_real_password()
    {
        var found = new List<string>();
        foreach (var file in Tracked().Where(f => Path.GetFileName(f) != "SecretsTests.cs"))
        {
            var text = File.ReadAllText(file);
            var relative = Path.GetRelativePath(Root, file);
            if (PrivateKey().IsMatch(text))
            {
                found.Add($"{relative}: private key");
            }

            // The CI's local PostgreSQL role 'sip'/'sip' exists only on the test machine, for the tests.
            foreach (Match password in ConnectionPassword().Matches(text))
            {
                if (password.Groups[1].Value is not ("sip" or "{password}" or "…"))
                {
                    found.Add($"{relative}: Password={password.Groups[1].Value}");
                }
            }
        }

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    private static void Walk(JsonElement element, string path, List<string> found)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                var here = $"{path}:{property.Name}";
                if (SecretName().IsMatch(property.Name) && property.Value.ValueKind == JsonValueKind.String
                    && property.Value.GetString()!.Length > 0)
                {
                    found.Add(here);
                }

                if (property.Value.ValueKind == JsonValueKind.String && ConnectionPassword().IsMatch(property.Value.GetString()!))
                {
                    found.Add(here);
                }

                Walk(property.Value, here, found);
            }
        }
    }

    private static IEnumerable<string> Tracked()
    {
        var skip = new[] { "bin", "obj", ".git", "TestResults", "App_Data", "node_modules" };
        return Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(Root, f).Split(Path.DirectorySeparatorChar)
                .Any(part => skip.Contains(part, StringComparer.Ordinal)))
            .Where(f => Path.GetExtension(f) is ".cs" or ".json" or ".yml" or ".yaml" or ".md" or ".sh" or ".props" or ".razor" or ""
                or ".py" or ".conf" or ".env");
    }


    [GeneratedRegex("password|secret|signingkey|apikey|privatekey|clientsecret", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    [GeneratedRegex("-----BEGIN (RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----")]
    private static partial Regex PrivateKey();

    [GeneratedRegex(@"Password=([^;""'\s]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionPassword();
}
