using BenchmarkDotNet.Running;
using Sip.Benchmarks;

// dotnet run -c Release --project tests/Sip.Benchmarks -- seed --plans 1000000 --postgres "<connection string>" [--overdue 5] [--seed S]
// [--sqlite file.db] [--sqlserver "<connection string>"]
// dotnet run -c Release --project tests/Sip.Benchmarks -- all --postgres "<connection string>" [--doc docs/performance.md]   (every
// benchmark below, then writes the doc)
// dotnet run -c Release --project tests/Sip.Benchmarks -- api --postgres "<connection string>" [--concurrency 8] [--seconds 15] [--only
// GetPlan] [--out file] [--timeline] [--app-setting Name=Value]…
// dotnet run -c Release --project tests/Sip.Benchmarks -- lists --postgres "<connection string>"
// dotnet run -c Release --project tests/Sip.Benchmarks -- stats --postgres "<connection string>"
// dotnet run -c Release --project tests/Sip.Benchmarks -- scan --postgres "<connection string>"
// dotnet run -c Release --project tests/Sip.Benchmarks -- soak --postgres "<connection string>" [--minutes 10] [--workers 8] [--think 50]
// [--out file]
// dotnet run -c Release --project tests/Sip.Benchmarks -- startup [--out file]
// dotnet run -c Release --project tests/Sip.Benchmarks -- circuits [--pages 50] [--out file]
// dotnet run -c Release --project tests/Sip.Benchmarks -- --filter '*'      (BenchmarkDotNet micro-benchmarks, e.g. '*MediatorOverhead*')
return args.FirstOrDefault() switch
{
    "seed" => await NationalData.SeedAsync(Options.From(args)),
    "all" => await AllBenchmarks.RunAsync(Options.From(args), args),
    "api" => await ApiAtScale.RunAsync(Options.From(args), args),
    "lists" => await PlanListsAtScale.RunAsync(Options.From(args)),
    "stats" => await StatisticsAtScale.RunAsync(Options.From(args)),
    "scan" => await ScanAtScale.RunAsync(Options.From(args)),
    "soak" => await Soak.RunAsync(Options.From(args), args),
    "startup" => await StartUp.RunAsync(args),
    "circuits" => await CircuitMemory.RunAsync(args),
    _ => Micro(args),
};

static int Micro(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(DeadlineBenchmarks).Assembly).Run(args);
    return 0;
}
