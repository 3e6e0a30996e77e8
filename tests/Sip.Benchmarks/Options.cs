namespace Sip.Benchmarks;

/// <summary>The command line of the data commands: --plans N, --postgres "connection string", --seed S, --overdue P, --out file, --sqlite
/// file, --sqlserver "connection string".</summary>
/// <param name="OverduePercent">The share of plans, in per cent, whose deadlines have passed; the others' lie ahead.</param>
/// <param name="Sqlite">A SQLite database file to copy the generated data into as well.</param>
/// <param name="SqlServer">A SQL Server database to copy the generated data into as well; created when it does not exist.</param>
internal sealed record Options(int Plans, string Postgres, int Seed, string? Out, int OverduePercent, string? Sqlite = null,
    string? SqlServer = null)
{
    public static Options From(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var postgres = Value("--postgres") ?? Environment.GetEnvironmentVariable("SIP_BENCH_POSTGRES")
            ?? throw new ArgumentException("Give --postgres \"Host=…;Database=…\" or set SIP_BENCH_POSTGRES.");
        return new Options(
            int.Parse(Value("--plans") ?? "1000000", System.Globalization.CultureInfo.InvariantCulture),
            postgres,
            int.Parse(Value("--seed") ?? "20261123", System.Globalization.CultureInfo.InvariantCulture),
            Value("--out"),
            int.Parse(Value("--overdue") ?? "5", System.Globalization.CultureInfo.InvariantCulture),
            Value("--sqlite"),
            Value("--sqlserver"));
    }
}
