using MesoRules.Eligibility;
using MesoRules.Serialization;

namespace MesoRules.Benchmarks.Tests;

/// <summary>Assessments are classes without value equality: two are the same answer when their JSON contract is the same.</summary>
internal static class Answers
{
    public static string Of(EligibilityAssessment assessment) => MesoRulesJson.Serialize(assessment);

    /// <summary>The outcome and the notes, without the policy version.</summary>
    public static string NotesOf(EligibilityAssessment assessment) => $"{assessment.Outcome}: {MesoRulesJson.Serialize(assessment.Notes)}";
}
