using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Policy;
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

    [Property(MaxTest = 300)]
    public Property Answering_yes_to_a_health_factor_answered_no_never_relaxes_the_outcome() =>
        Prop.ForAll(Generators.AnyPatient, Gen.Elements(HealthHistory.Factors.ToArray()).ToArbitrary(), (p, factor) =>
        {
            PatientProfile without = p.With(it0 => { it0.Health = p.Health.With(factor, Answer.No); });
            PatientProfile with = p.With(it1 => { it1.Health = p.Health.With(factor, Answer.Yes); });
            return Engine.Assess(with).Outcome >= Engine.Assess(without).Outcome;
        });

    [Property(MaxTest = 300)]
    public Property Adding_an_allergy_never_relaxes_the_outcome() =>
        Prop.ForAll(Generators.AnyPatient, Generators.Allergy.ToArbitrary(), (p, allergy) =>
            Engine.Assess(p.With(it2 => { it2.Allergies = [.. p.Allergies, allergy]; })).Outcome >= Engine.Assess(p).Outcome);

    [Property(MaxTest = 300)]
    public Property An_unknown_fact_a_rule_needs_never_yields_a_treatable_outcome() =>
        Prop.ForAll(Generators.AnyPatient, Gen.Elements(HealthHistory.Factors.ToArray()).ToArbitrary(), (p, factor) =>
        {
            bool unknownFactor = Engine.Assess(p.With(it3 => { it3.Health = p.Health.With(factor, Answer.Unknown); })).Outcome >= EligibilityOutcome.NeedsInformation;
            bool unknownAge = Engine.Assess(p.With(it4 => { it4.AgeYears = null; })).Outcome >= EligibilityOutcome.NeedsInformation;
            bool undisclosed = Engine.Assess(p.With(it5 => { it5.MedicinesDisclosed = false; })).Outcome >= EligibilityOutcome.NeedsInformation;
            return unknownFactor && unknownAge && undisclosed;
        });

    [Property(MaxTest = 200)]
    public Property The_same_input_gives_the_same_output() =>
        Prop.ForAll(Generators.AnyPatient, p =>
        {
            EligibilityAssessment a = Engine.Assess(p);
            EligibilityAssessment b = new EligibilityEngine(MesoRulesPolicy.Create(new MesoRulesOptions())).Assess(p);
            return a.Outcome == b.Outcome && a.PolicyVersion == b.PolicyVersion && ResultAssert.Equal(a, b);
        });

    [Property(MaxTest = 200)]
    public Property Every_note_cites_an_existing_rule_with_its_provenance() =>
        Prop.ForAll(Generators.AnyPatient, p =>
        {
            var rules = MesoRulesPolicy.Default.Rules.ToDictionary(r => r.Id);
            return Engine.Assess(p).Notes.All(n => rules.TryGetValue(n.RuleId, out var rule) && rule.Provenance == n.Provenance && rule.Rationale == n.Rationale);
        });

    [Property(MaxTest = 200)]
    public Property Notes_follow_the_fixed_rule_order() =>
        Prop.ForAll(Generators.AnyPatient, p =>
        {
            var order = MesoRulesPolicy.Default.Rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
            int[] positions = [.. Engine.Assess(p).Notes.Select(n => order[n.RuleId])];
            return positions.SequenceEqual(positions.Order());
        });

    [Property(MaxTest = 100)]
    public Property Assessing_on_many_threads_gives_the_single_threaded_answer() =>
        Prop.ForAll(Generators.AnyPatient, p =>
        {
            EligibilityAssessment expected = Engine.Assess(p);
            var results = new EligibilityAssessment[16];
            Parallel.For(0, results.Length, i => results[i] = Engine.Assess(p));
            return results.All(r => ResultAssert.Equal(r, expected));
        });

    [Property(MaxTest = 100)]
    public Property Validation_lists_every_failure() =>
        Prop.ForAll(Gen.SubListOf(Enumerable.Range(0, 5)).ToArbitrary(), broken =>
        {
            var options = new MesoRulesOptions();
            foreach (int b in broken)
            {
                switch (b)
                {
                    case 0: options.PolicyName = ""; break;
                    case 1: options.Eligibility.MinimumAgeYears = 101; break;
                    case 2: options.Eligibility.PregnancyAvoidanceComponents = [" "]; break;
                    case 3: options.Eligibility.Rules["eligibility.unknown"] = new EligibilityRuleOptions(); break;
                    case 4: options.Eligibility.Rules[EligibilityRuleIds.Diabetes] = new EligibilityRuleOptions { Outcome = (EligibilityOutcome)(-3) }; break;
                }
            }

            int failures = new MesoRulesOptionsValidator().Validate(null, options).Failures?.Count() ?? 0;
            return failures == broken.Count;
        });
}
