using BenchmarkDotNet.Running;
using MesoRules.Benchmarks;

// "compare BASE_DIR DIFF_DIR": compare two runs written with --exporters json (see benchmarks/README.md).
if (args.Length > 0 && args[0] == "compare")
{
    return ResultsComparison.Run(args[1..], Console.Out);
}

// The job attributes of the cold-start and batch classes need to know whether the command line names a job.
BenchmarkCommandLine.Read(args);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
