using Sip.Application.Querying;

namespace Sip.Application.Tests;

/// <summary>Which failures are a database away for a moment, worth waiting out, and which are faults to report.</summary>
public sealed class DatabaseAwayTests
{
    [Fact]
    public void A_statement_refused_because_the_server_cut_its_transactions_connection_is_waited_out()
    {
        // What Npgsql throws for the next statement of a transaction whose connection a server
        // restart cut (found behind a 500 in DatabaseRestartTests).
        var cut = Thrown(new InvalidOperationException("Transaction is already completed"), source: "Npgsql");
        var inlined = Thrown(new InvalidOperationException("Transaction is already completed"),
            source: "Microsoft.EntityFrameworkCore.Relational");

        Assert.True(DatabaseAway.Is(cut));
        Assert.True(DatabaseAway.Is(inlined));
        Assert.True(DatabaseAway.Is(
            new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", cut)));
    }

    [Fact]
    public void The_same_words_from_anything_but_the_driver_are_a_fault()
    {
        Assert.False(DatabaseAway.Is(Thrown(new InvalidOperationException("Transaction is already completed"), source: "Sip.Application")));
        Assert.False(DatabaseAway.Is(Thrown(new InvalidOperationException("Sequence contains no elements"), source: "Npgsql")));
    }

    private static InvalidOperationException Thrown(InvalidOperationException exception, string source)
    {
        exception.Source = source;
        return exception;
    }
}
