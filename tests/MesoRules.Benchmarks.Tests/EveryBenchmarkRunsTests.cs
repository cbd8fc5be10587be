using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace MesoRules.Benchmarks.Tests;

/// <summary>
/// Every benchmark method runs, for every value of its class's parameters, across the whole varied set, without
/// BenchmarkDotNet: a fast check that a change in the library did not break a benchmark (the dry run in CI
/// checks the same through BenchmarkDotNet).
/// </summary>
public class EveryBenchmarkRunsTests
{
    public static TheoryData<string> BenchmarkClasses() =>
        [.. typeof(BenchmarkPatients).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(BenchmarkClasses))]
    public void Every_benchmark_runs_for_every_parameter_value(string className)
    {
        Type type = typeof(BenchmarkPatients).Assembly.GetTypes().Single(t => t.Name == className);
        PropertyInfo? rules = type.GetProperty("Rules");
        int[] ruleCounts = rules is null ? [0] : [ClinicPolicies.DefaultRuleCount, ClinicPolicies.WithClinicRuleCount];
        PropertyInfo? lists = type.GetProperty("Lists");
        object?[] listValues = lists?.GetCustomAttribute<ParamsAttribute>()?.Values ?? [null];
        foreach ((int ruleCount, object? listValue) in ruleCounts.SelectMany(r => listValues.Select(l => (r, l))))
        {
            object instance = Activator.CreateInstance(type)!;
            rules?.SetValue(instance, ruleCount);
            lists?.SetValue(instance, listValue);
            type.GetProperty("Patients")?.SetValue(instance, type == typeof(BatchBenchmarks) ? 300 : "varied");
            foreach (MethodInfo setup in type.GetMethods().Where(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null))
            {
                setup.Invoke(instance, null);
            }

            foreach (MethodInfo benchmark in type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            {
                int runs = type == typeof(BatchBenchmarks) || type == typeof(ColdStartBenchmarks) || type == typeof(LargePatientBenchmarks) ? 1 : BenchmarkPatients.VariedCount + 1;
                for (int i = 0; i < runs; i++)
                {
                    Assert.NotNull(benchmark.Invoke(instance, null));
                }
            }
        }
    }
}
