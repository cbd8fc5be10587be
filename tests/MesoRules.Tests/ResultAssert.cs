using MesoRules.Serialization;
using Xunit;

namespace MesoRules.Tests;

/// <summary>
/// Results are classes without value equality; two results are the same answer when their JSON contract
/// (every public member, in the library's own serialization) is the same.
/// </summary>
internal static class ResultAssert
{
    public static void Same<T>(T expected, T actual) =>
        Assert.Equal(MesoRulesJson.Serialize(expected), MesoRulesJson.Serialize(actual));

    /// <summary>Whether two results are the same answer, for properties.</summary>
    public static bool Equal<T>(T a, T b) => MesoRulesJson.Serialize(a) == MesoRulesJson.Serialize(b);
}
