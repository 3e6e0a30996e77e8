using Microsoft.EntityFrameworkCore;
using Sip.Application.Querying;

namespace Sip.Application.Tests;

/// <summary>A query composed from a template of its arguments becomes a lambda over parameters, with nothing of the template left in
/// it.</summary>
public sealed class QueryTemplateTests
{
    [Fact]
    public void Every_read_of_the_template_becomes_a_parameter_even_in_a_captured_subquery_and_in_a_count()
    {
        var template = new Arguments { Allowed = [] };
        var numbers = Enumerable.Range(1, 10).AsQueryable();
        var allowed = numbers.Where(n => template.Allowed.Contains(n));
        var query = numbers.Where(n => n >= template.Least && allowed.Contains(n)).TakeOf(() => template.Most);

        var compiled = QueryTemplate.Parameterize<Func<DbContext, int, List<int>, int, IQueryable<int>>>(query, template,
            nameof(Arguments.Least), nameof(Arguments.Allowed), nameof(Arguments.Most)).Compile();

        Assert.Equal([4, 6], compiled(null!, 3, [2, 4, 6, 8], 2).ToList());
        Assert.Equal([8], compiled(null!, 7, [2, 4, 6, 8], 5).ToList());
    }

    [Fact]
    public void A_member_the_query_reads_but_the_parameters_leave_out_is_refused_rather_than_compiled_in()
    {
        var template = new Arguments { Allowed = [] };
        var query = Enumerable.Range(1, 10).AsQueryable().Where(n => n >= template.Least && n <= template.Most);

        Assert.Throws<InvalidOperationException>(
            () => QueryTemplate.Parameterize<Func<DbContext, int, IQueryable<int>>>(query, template, nameof(Arguments.Least)));
    }

    private sealed class Arguments
    {
        public int Least { get; init; }

        public required List<int> Allowed { get; init; }

        public int Most { get; init; }
    }
}
