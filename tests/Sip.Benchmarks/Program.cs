using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Sip.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Sip.Benchmarks.DeadlineBenchmarks).Assembly).Run(args);
