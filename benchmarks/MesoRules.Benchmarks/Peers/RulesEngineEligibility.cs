using MesoRules.Eligibility;
using MesoRules.Patients;
using RulesEngine.Models;
using static MesoRules.Eligibility.EligibilityRuleIds;

namespace MesoRules.Benchmarks.Peers;

/// <summary>
/// The 26 default eligibility rules written for Microsoft RulesEngine 6.0.1: one workflow of lambda-expression
/// rules over the patient profile (input name <c>p</c>). RulesEngine rules are true/false, so a rule that can
/// ask for missing information is written as two rules: the rule id (its condition holds) and
/// <c>id#missing</c> (a fact it needs is unknown); the two never hold together. Rules run in the engine's
/// order, so the notes come out in the same order as the engine's.
/// </summary>
public sealed class RulesEngineEligibility
{
    /// <summary>The workflow name.</summary>
    public const string WorkflowName = "eligibility";

    private const string MissingSuffix = "#missing";

    private readonly RulesEngine.RulesEngine _engine;
    private readonly Dictionary<string, (int Index, RuleState State)> _byName;

    /// <summary>Builds the workflow and the engine; RulesEngine parses and compiles the expressions on the first run.</summary>
    public RulesEngineEligibility()
    {
        Workflow workflow = CreateWorkflow();
        _byName = workflow.Rules.ToDictionary(
            r => r.RuleName,
            r => r.RuleName.EndsWith(MissingSuffix, StringComparison.Ordinal)
                ? (DefaultRuleNotes.IndexOf(r.RuleName[..^MissingSuffix.Length]), RuleState.MissingInformation)
                : (DefaultRuleNotes.IndexOf(r.RuleName), RuleState.Fired),
            StringComparer.Ordinal);
        var settings = new ReSettings
        {
            CustomTypes = [typeof(HairLossCause), typeof(Answer), typeof(TreatmentResponse), typeof(HealthHistory), typeof(Formulation), typeof(KnownAllergy)],

            // Let a faulty expression throw, instead of reporting the rule as not fired.
            EnableExceptionAsErrorMessage = false,
        };
        _engine = new RulesEngine.RulesEngine([workflow], settings);
    }

    /// <summary>Assesses one patient; the same result record as the engine's.</summary>
    public EligibilityAssessment Assess(PatientProfile patient)
    {
        PatientProfile.ThrowIfInvalid(patient, nameof(patient));
        List<RuleResultTree> results = _engine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("p", patient)).AsTask().GetAwaiter().GetResult();
        Span<RuleState> states = stackalloc RuleState[DefaultRuleNotes.RuleIds.Length];
        foreach (RuleResultTree result in results)
        {
            if (result.IsSuccess)
            {
                (int index, RuleState state) = _byName[result.Rule.RuleName];
                states[index] = state;
            }
        }

        return DefaultRuleNotes.Build(states);
    }

    /// <summary>The workflow: the default rules as RulesEngine lambda expressions.</summary>
    public static Workflow CreateWorkflow()
    {
        const string hasAllergies = "p.Allergies.Count > 0";
        var rules = new List<Rule>
        {
            Fired(PatternHairLoss, "p.Cause == HairLossCause.AndrogeneticAlopecia"),
            Fired(OtherCause, "p.Cause == HairLossCause.AlopeciaAreata || p.Cause == HairLossCause.TelogenEffluvium || p.Cause == HairLossCause.Other"),
            Fired(UndiagnosedCause, "p.Cause == HairLossCause.Undiagnosed"),
            Fired(LimitedEvidence, "true"),
            Fired(TemporaryEffect, "true"),
            Fired(MaintenanceNeeded, "true"),
            Fired(ReasonableExpectations, "true"),
            Missing(DisclosureRequired, "!(p.AllergiesDisclosed && p.MedicinesDisclosed)"),
            Fired(Minor, "p.AgeYears != null && p.AgeYears < 18"),
            Missing(Minor, "p.AgeYears == null"),
        };
        Health(rules, Pregnancy, nameof(HealthHistory.Pregnancy));
        Health(rules, Breastfeeding, nameof(HealthHistory.Breastfeeding));
        Health(rules, ScalpInfection, nameof(HealthHistory.ActiveScalpInfection));
        rules.Add(Fired(AnaphylaxisToComponent, $"{hasAllergies} && (p.Formulation != null && p.Formulation.Components.Count > 0) && p.Allergies.Any(a => a.Anaphylaxis && p.Formulation.Contains(a.Substance))"));
        rules.Add(Missing(AnaphylaxisToComponent, $"{hasAllergies} && (p.Formulation == null || p.Formulation.Components.Count == 0)"));
        rules.Add(Fired(AllergyToComponent, $"{hasAllergies} && (p.Formulation != null && p.Formulation.Components.Count > 0) && p.Allergies.Any(a => p.Formulation.Contains(a.Substance))"));
        rules.Add(Missing(AllergyToComponent, $"{hasAllergies} && (p.Formulation == null || p.Formulation.Components.Count == 0)"));
        rules.Add(Fired(OtherAllergy, $"{hasAllergies} && (p.Formulation != null && p.Formulation.Components.Count > 0) && !p.Allergies.Any(a => p.Formulation.Contains(a.Substance))"));
        Health(rules, BleedingDisorder, nameof(HealthHistory.BleedingDisorder));
        Health(rules, Anticoagulants, nameof(HealthHistory.Anticoagulants));
        Health(rules, CancerTreatment, nameof(HealthHistory.CancerTreatment));
        Health(rules, ActiveSkinDisease, nameof(HealthHistory.ActiveSkinDisease));
        Health(rules, Immunosuppression, nameof(HealthHistory.Immunosuppression));
        Health(rules, AutoimmuneDisease, nameof(HealthHistory.AutoimmuneDisease));
        Health(rules, Diabetes, nameof(HealthHistory.Diabetes));
        Health(rules, InfectionPredisposition, nameof(HealthHistory.InfectionPredisposition));
        Health(rules, KeloidTendency, nameof(HealthHistory.KeloidTendency));
        rules.Add(Fired(PregnancyAvoidanceComponent, "(p.Formulation != null && p.Formulation.Components.Count > 0) && (p.Formulation.Contains(\"dutasteride\") || p.Formulation.Contains(\"finasteride\"))"));
        rules.Add(Missing(PregnancyAvoidanceComponent, "(p.Formulation == null || p.Formulation.Components.Count == 0)"));
        rules.Add(Fired(NoResponse, "p.Response == TreatmentResponse.None"));
        return new Workflow { WorkflowName = WorkflowName, Rules = rules };
    }

    private static void Health(List<Rule> rules, string id, string property)
    {
        rules.Add(Fired(id, $"p.Health.{property} == Answer.Yes"));
        rules.Add(Missing(id, $"p.Health.{property} == Answer.Unknown"));
    }

    private static Rule Fired(string id, string expression) => new()
    {
        RuleName = id,
        SuccessEvent = id,
        RuleExpressionType = RuleExpressionType.LambdaExpression,
        Expression = expression,
    };

    private static Rule Missing(string id, string expression) => Fired(id + MissingSuffix, expression);
}
