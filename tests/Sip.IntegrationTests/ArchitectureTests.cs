using NetArchTest.Rules;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>Dependencies point inward only: Web → Infrastructure → Application → Domain.</summary>
public sealed class ArchitectureTests
{
    private static readonly System.Reflection.Assembly Domain = typeof(Sip.Domain.Plans.SipPlan).Assembly;
    private static readonly System.Reflection.Assembly Application = typeof(Sip.Application.DependencyInjection).Assembly;
    private static readonly System.Reflection.Assembly Infrastructure = typeof(Sip.Infrastructure.DependencyInjection).Assembly;

    [Fact]
    public void The_domain_references_nothing_but_the_base_library()
    {
        var references = Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references,
            name => Assert.True(name == "netstandard" || name.StartsWith("System", StringComparison.Ordinal),
                $"Sip.Domain references {name}"));
    }

    [Fact]
    public void The_application_does_not_depend_on_infrastructure_or_web()
    {
        var result = Types.InAssembly(Application).ShouldNot().HaveDependencyOnAny("Sip.Infrastructure", "Sip.Web").GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
        Assert.DoesNotContain(Application.GetReferencedAssemblies(), a => a.Name is "Sip.Infrastructure" or "Sip.Web");
    }

    [Fact]
    public void Infrastructure_does_not_depend_on_web()
    {
        var result = Types.InAssembly(Infrastructure).ShouldNot().HaveDependencyOn("Sip.Web").GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Sign_in_reads_the_directory_through_DirectoryAccounts_never_the_database_context()
    {
        var web = typeof(Sip.Web.Localization.LanguageChoice).Assembly;
        var result = Types.InAssembly(web).That().ResideInNamespace("Sip.Web.Auth")
            .ShouldNot().HaveDependencyOn("Sip.Infrastructure.Persistence.SipDbContext").GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Each_use_case_file_holds_its_request_and_handler_in_the_features_namespace()
    {
        var handlers = Types.InAssembly(Application).That().HaveNameEndingWith("Handler").GetTypes().ToList();

        Assert.NotEmpty(handlers);
        Assert.All(handlers, h => Assert.StartsWith("Sip.Application.Features.", h.Namespace, StringComparison.Ordinal));
    }

    [Fact]
    public void No_line_of_src_or_tests_is_longer_than_the_editorconfig_allows()
    {
        const int MaxLineLength = 140;
        var root = RepositoryRoot.Find();
        var editorConfig = File.ReadAllText(Path.Combine(root, ".editorconfig"));
        Assert.Contains($"max_line_length = {MaxLineLength}", editorConfig, StringComparison.Ordinal);

        // EF Core writes the migrations and the compiled model, and build output is no one's source: the rest is what git tracks.
        string[] generated = ["src/Sip.Infrastructure/Migrations/", "src/Sip.Infrastructure/CompiledModels/"];
        string[] skip = ["bin", "obj", "TestResults", "node_modules"];
        var over = new[] { "src", "tests" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories))
            .Where(f => Path.GetExtension(f) is ".cs" or ".razor")
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !f.Split('/').Any(part => skip.Contains(part, StringComparer.Ordinal))
                && !generated.Any(g => f.StartsWith(g, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadLines(Path.Combine(root, f)).Select((line, i) => (File: f, Line: i + 1, line.Length)))
            .Where(l => l.Length > MaxLineLength)
            .Select(l => $"{l.File}:{l.Line} ({l.Length})")
            .ToList();

        Assert.True(over.Count == 0, $"{over.Count} lines over {MaxLineLength} characters:\n{string.Join('\n', over)}");
    }

    /// <summary>A file a reader takes in at once: no hand-written file in src is over 250 lines.</summary>
    [Fact]
    public void No_hand_written_file_in_src_is_over_250_lines()
    {
        const int MaxLines = 250;
        var root = RepositoryRoot.Find();
        string[] generated = ["src/Sip.Infrastructure/Migrations/", "src/Sip.Infrastructure/CompiledModels/"];
        string[] skip = ["bin", "obj"];
        var overLong = Directory.EnumerateFiles(Path.Combine(root, "src"), "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".cs" or ".razor")
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !f.Split('/').Any(part => skip.Contains(part, StringComparer.Ordinal))
                && !generated.Any(g => f.StartsWith(g, StringComparison.Ordinal)))
            .Select(f => (File: f, Lines: File.ReadLines(Path.Combine(root, f)).Count()))
            .Where(f => f.Lines > MaxLines)
            .Select(f => $"{f.File} ({f.Lines})")
            .ToList();

        Assert.True(overLong.Count == 0, $"{overLong.Count} files over {MaxLines} lines:\n{string.Join('\n', overLong)}");
    }

    [Fact]
    public void The_pipeline_namespace_holds_only_behaviours()
    {
        var behaviour = typeof(Mediator.IPipelineBehavior<,>);
        var outside = Application.GetTypes()
            .Where(t => t.Namespace == "Sip.Application.Pipeline" && !t.IsNested)
            .Where(t => !t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == behaviour))
            .Select(t => t.Name)
            .ToList();

        Assert.Contains(Application.GetTypes(), t => t.Namespace == "Sip.Application.Pipeline");
        Assert.Empty(outside);
    }

    [Fact]
    public void The_database_context_saves_with_no_hidden_work_and_no_service_locator()
    {
        var context = typeof(Sip.Infrastructure.Persistence.SipDbContext);
        var saves = context.GetMethods().Where(m => m.Name is "SaveChanges" or "SaveChangesAsync").ToList();
        var source = File.ReadAllText(Path.Combine(
            Sip.IntegrationTests.Infrastructure.RepositoryRoot.Find(), "src", "Sip.Infrastructure", "Persistence", "SipDbContext.cs"));

        // The save's rules and read models are interceptors; the context overrides no save.
        Assert.All(saves, m => Assert.Equal(typeof(Microsoft.EntityFrameworkCore.DbContext), m.DeclaringType));
        Assert.DoesNotContain("GetService", source, StringComparison.Ordinal);
        Assert.DoesNotContain("ApplicationServiceProvider", source, StringComparison.Ordinal);
    }

    [Fact]
    public void The_read_models_are_written_without_a_save_from_inside_the_save()
    {
        var folder = Path.Combine(Sip.IntegrationTests.Infrastructure.RepositoryRoot.Find(), "src", "Sip.Application", "ReadModels");
        var saving = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("SaveChangesAsync(", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .ToList();

        Assert.Empty(saving);
    }

    [Theory]
    [InlineData("Sip.Application.Features.Audit", "Sip.Application.Features.Statistics")]
    [InlineData("Sip.Application.Features.Statistics", "Sip.Application.Features.Audit")]
    public void Audit_and_statistics_do_not_use_each_other(string area, string other)
    {
        var result = Types.InAssembly(Application).That().ResideInNamespace(area).ShouldNot().HaveDependencyOn(other).GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }
}
