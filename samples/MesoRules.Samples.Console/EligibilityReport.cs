using MesoRules.Eligibility;

namespace MesoRules.Samples.Console;

/// <summary>Prints an eligibility assessment for a person to read.</summary>
internal static class EligibilityReport
{
    public static void Write(TextWriter output, string source, EligibilityAssessment assessment)
    {
        output.WriteLine($"MesoRules eligibility assessment ({source})");
        output.WriteLine($"Policy version: {assessment.PolicyVersion}");
        output.WriteLine($"Language of the patient texts: {assessment.Language.EnglishName} ({assessment.Language.Tag})");
        output.WriteLine($"Outcome: {Describe(assessment.Outcome)}");
        output.WriteLine();
        output.WriteLine($"Notes ({assessment.Notes.Length}):");
        foreach (EligibilityNote note in assessment.Notes)
        {
            string kind = note.Reason == RuleState.MissingInformation ? "needs information" : Describe(note.Outcome);
            string contra = note.Contraindication == ContraindicationKind.None ? string.Empty : $", {note.Contraindication.ToString().ToLowerInvariant()} contraindication";
            output.WriteLine($"- [{note.RuleId}] {kind}{contra}");
            output.WriteLine($"    {note.Text}");
            output.WriteLine($"    Why: {note.Rationale}");
            output.WriteLine($"    Source: {note.Provenance}{(note.Citation is null ? string.Empty : $" ({note.Citation})")}");
            if (!note.Facts.IsEmpty)
            {
                output.WriteLine($"    Facts: {string.Join(", ", note.Facts)}");
            }

            if (note.Detail is not null)
            {
                output.WriteLine($"    Found: {note.Detail}");
            }

            if (note.ClinicReason is not null)
            {
                output.WriteLine($"    Clinic's reason: {note.ClinicReason}");
            }
        }
    }

    public static string Describe(EligibilityOutcome outcome) => outcome switch
    {
        EligibilityOutcome.Eligible => "eligible",
        EligibilityOutcome.EligibleWithCautions => "eligible with cautions",
        EligibilityOutcome.NeedsInformation => "needs information",
        EligibilityOutcome.Deferred => "deferred",
        EligibilityOutcome.ReferToSpecialist => "refer to specialist",
        EligibilityOutcome.NotEligible => "not eligible",
        _ => outcome.ToString(),
    };
}
