using BenchmarkDotNet.Running;
using MesoRules.Benchmarks;

// "compare BASE_DIR DIFF_DIR": compare two runs written with the JSON exporter (see benchmarks/README.md).
if (args is ["compare", .. string[] rest])
{
    return ResultsComparison.Run(rest, Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, MesoRulesBenchmarkConfig.For(args));
return 0;
