using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Tests.Properties;

namespace MesoRules.Tests.Eligibility;

public class EligibilityPropertyTests
{
    private static readonly EligibilityEngine Engine = new();

    [Property(MaxTest = 300)]
    public Property Outcome_equals_the_most_restrictive_note() =>
        Prop.ForAll(Generators.AnyPatient, p =>
        {
            EligibilityAssessment a = Engine.Assess(p);
            EligibilityOutcome expected = a.Notes.Select(n => n.Outcome).DefaultIfEmpty(EligibilityOutcome.Eligible).Max();
            return a.Outcome == expected;
        });
}
