using System.Linq.Expressions;
using MesoRules.Eligibility;
using MesoRules.Patients;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using static MesoRules.Eligibility.EligibilityRuleIds;

namespace MesoRules.Benchmarks.Peers;

/// <summary>
/// The 26 default eligibility rules written for NRules 1.0.4 as fluent rules. NRules rules match facts, so
/// each assessment inserts the patient and a <see cref="EligibilityFindings"/> sink into a fresh session and
/// fires it. A rule that can ask for missing information is two fluent rules (fired, missing), which never
/// match together. NRules fires in agenda order, not rule order, so the sink records states by rule position
/// and the notes are built in the engine's order afterwards.
/// </summary>
public sealed class NRulesEligibility
{
    private readonly ISessionFactory _factory;

    /// <summary>Loads the fluent rules and compiles them into a Rete network.</summary>
    public NRulesEligibility()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(RuleTypes));
        _factory = repository.Compile();
    }

    /// <summary>The fluent rule classes.</summary>
    public static IReadOnlyList<Type> RuleTypes { get; } =
        [.. typeof(NRulesEligibility).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(NRulesEligibilityRule)) && !t.IsAbstract)];

    /// <summary>Assesses one patient; the same result record as the engine's.</summary>
    public EligibilityAssessment Assess(PatientProfile patient)
    {
        PatientProfile.ThrowIfInvalid(patient, nameof(patient));
        var findings = new EligibilityFindings();
        ISession session = _factory.CreateSession();
        session.Insert(patient);
        session.Insert(findings);
        session.Fire();
        return DefaultRuleNotes.Build(findings.States);
    }
}

/// <summary>Collects what the fired rules found, by rule position.</summary>
public sealed class EligibilityFindings
{
    private readonly RuleState[] _states = new RuleState[DefaultRuleNotes.RuleIds.Length];

    /// <summary>The state of each rule by position.</summary>
    public ReadOnlySpan<RuleState> States => _states;

    /// <summary>Records a rule's state.</summary>
    public void Set(int index, RuleState state) => _states[index] = state;
}

/// <summary>A fluent rule over the patient that records one state for one default rule.</summary>
public abstract class NRulesEligibilityRule : Rule
{
    /// <summary>Defines: when the patient matches <paramref name="condition"/>, record <paramref name="state"/> for <paramref name="ruleId"/>.</summary>
    protected void Define(string ruleId, RuleState state, Expression<Func<PatientProfile, bool>> condition)
    {
        PatientProfile patient = null!;
        EligibilityFindings findings = null!;
        int index = DefaultRuleNotes.IndexOf(ruleId);

        When()
            .Match(() => patient, condition)
            .Match(() => findings);
        Then()
            .Do(ctx => findings.Set(index, state));
    }

    /// <summary>Whether any allergy of the patient matches a component of the mix (the mix is not null).</summary>
    protected static bool AnyComponentAllergy(PatientProfile p, bool anaphylaxisOnly)
    {
        foreach (KnownAllergy a in p.Allergies)
        {
            if ((!anaphylaxisOnly || a.Anaphylaxis) && p.Formulation!.Contains(a.Substance))
            {
                return true;
            }
        }

        return false;
    }
}

#pragma warning disable CS1591 // One line per rule; the rule id says what it is.
public sealed class PatternHairLossRule : NRulesEligibilityRule { public override void Define() => Define(PatternHairLoss, RuleState.Fired, p => p.Cause == HairLossCause.AndrogeneticAlopecia); }
public sealed class OtherCauseRule : NRulesEligibilityRule { public override void Define() => Define(OtherCause, RuleState.Fired, p => p.Cause == HairLossCause.AlopeciaAreata || p.Cause == HairLossCause.TelogenEffluvium || p.Cause == HairLossCause.Other); }
public sealed class UndiagnosedCauseRule : NRulesEligibilityRule { public override void Define() => Define(UndiagnosedCause, RuleState.Fired, p => p.Cause == HairLossCause.Undiagnosed); }
public sealed class LimitedEvidenceRule : NRulesEligibilityRule { public override void Define() => Define(LimitedEvidence, RuleState.Fired, p => true); }
public sealed class TemporaryEffectRule : NRulesEligibilityRule { public override void Define() => Define(TemporaryEffect, RuleState.Fired, p => true); }
public sealed class MaintenanceNeededRule : NRulesEligibilityRule { public override void Define() => Define(MaintenanceNeeded, RuleState.Fired, p => true); }
public sealed class ReasonableExpectationsRule : NRulesEligibilityRule { public override void Define() => Define(ReasonableExpectations, RuleState.Fired, p => true); }
public sealed class DisclosureRequiredMissingRule : NRulesEligibilityRule { public override void Define() => Define(DisclosureRequired, RuleState.MissingInformation, p => !(p.AllergiesDisclosed && p.MedicinesDisclosed)); }
public sealed class MinorRule : NRulesEligibilityRule { public override void Define() => Define(Minor, RuleState.Fired, p => p.AgeYears != null && p.AgeYears < 18); }
public sealed class MinorMissingRule : NRulesEligibilityRule { public override void Define() => Define(Minor, RuleState.MissingInformation, p => p.AgeYears == null); }
public sealed class PregnancyRule : NRulesEligibilityRule { public override void Define() => Define(Pregnancy, RuleState.Fired, p => p.Health.Pregnancy == Answer.Yes); }
public sealed class PregnancyMissingRule : NRulesEligibilityRule { public override void Define() => Define(Pregnancy, RuleState.MissingInformation, p => p.Health.Pregnancy == Answer.Unknown); }
public sealed class BreastfeedingRule : NRulesEligibilityRule { public override void Define() => Define(Breastfeeding, RuleState.Fired, p => p.Health.Breastfeeding == Answer.Yes); }
public sealed class BreastfeedingMissingRule : NRulesEligibilityRule { public override void Define() => Define(Breastfeeding, RuleState.MissingInformation, p => p.Health.Breastfeeding == Answer.Unknown); }
public sealed class ScalpInfectionRule : NRulesEligibilityRule { public override void Define() => Define(ScalpInfection, RuleState.Fired, p => p.Health.ActiveScalpInfection == Answer.Yes); }
public sealed class ScalpInfectionMissingRule : NRulesEligibilityRule { public override void Define() => Define(ScalpInfection, RuleState.MissingInformation, p => p.Health.ActiveScalpInfection == Answer.Unknown); }
public sealed class AnaphylaxisRule : NRulesEligibilityRule { public override void Define() => Define(AnaphylaxisToComponent, RuleState.Fired, p => p.Allergies.Count > 0 && (p.Formulation != null && p.Formulation.Components.Count > 0) && AnyComponentAllergy(p, true)); }
public sealed class AnaphylaxisMissingRule : NRulesEligibilityRule { public override void Define() => Define(AnaphylaxisToComponent, RuleState.MissingInformation, p => p.Allergies.Count > 0 && (p.Formulation == null || p.Formulation.Components.Count == 0)); }
public sealed class ComponentAllergyRule : NRulesEligibilityRule { public override void Define() => Define(AllergyToComponent, RuleState.Fired, p => p.Allergies.Count > 0 && (p.Formulation != null && p.Formulation.Components.Count > 0) && AnyComponentAllergy(p, false)); }
public sealed class ComponentAllergyMissingRule : NRulesEligibilityRule { public override void Define() => Define(AllergyToComponent, RuleState.MissingInformation, p => p.Allergies.Count > 0 && (p.Formulation == null || p.Formulation.Components.Count == 0)); }
public sealed class OtherAllergyRule : NRulesEligibilityRule { public override void Define() => Define(OtherAllergy, RuleState.Fired, p => p.Allergies.Count > 0 && (p.Formulation != null && p.Formulation.Components.Count > 0) && !AnyComponentAllergy(p, false)); }
public sealed class BleedingDisorderRule : NRulesEligibilityRule { public override void Define() => Define(BleedingDisorder, RuleState.Fired, p => p.Health.BleedingDisorder == Answer.Yes); }
public sealed class BleedingDisorderMissingRule : NRulesEligibilityRule { public override void Define() => Define(BleedingDisorder, RuleState.MissingInformation, p => p.Health.BleedingDisorder == Answer.Unknown); }
public sealed class AnticoagulantsRule : NRulesEligibilityRule { public override void Define() => Define(Anticoagulants, RuleState.Fired, p => p.Health.Anticoagulants == Answer.Yes); }
public sealed class AnticoagulantsMissingRule : NRulesEligibilityRule { public override void Define() => Define(Anticoagulants, RuleState.MissingInformation, p => p.Health.Anticoagulants == Answer.Unknown); }
public sealed class CancerTreatmentRule : NRulesEligibilityRule { public override void Define() => Define(CancerTreatment, RuleState.Fired, p => p.Health.CancerTreatment == Answer.Yes); }
public sealed class CancerTreatmentMissingRule : NRulesEligibilityRule { public override void Define() => Define(CancerTreatment, RuleState.MissingInformation, p => p.Health.CancerTreatment == Answer.Unknown); }
public sealed class ActiveSkinDiseaseRule : NRulesEligibilityRule { public override void Define() => Define(ActiveSkinDisease, RuleState.Fired, p => p.Health.ActiveSkinDisease == Answer.Yes); }
public sealed class ActiveSkinDiseaseMissingRule : NRulesEligibilityRule { public override void Define() => Define(ActiveSkinDisease, RuleState.MissingInformation, p => p.Health.ActiveSkinDisease == Answer.Unknown); }
public sealed class ImmunosuppressionRule : NRulesEligibilityRule { public override void Define() => Define(Immunosuppression, RuleState.Fired, p => p.Health.Immunosuppression == Answer.Yes); }
public sealed class ImmunosuppressionMissingRule : NRulesEligibilityRule { public override void Define() => Define(Immunosuppression, RuleState.MissingInformation, p => p.Health.Immunosuppression == Answer.Unknown); }
public sealed class AutoimmuneDiseaseRule : NRulesEligibilityRule { public override void Define() => Define(AutoimmuneDisease, RuleState.Fired, p => p.Health.AutoimmuneDisease == Answer.Yes); }
public sealed class AutoimmuneDiseaseMissingRule : NRulesEligibilityRule { public override void Define() => Define(AutoimmuneDisease, RuleState.MissingInformation, p => p.Health.AutoimmuneDisease == Answer.Unknown); }
public sealed class DiabetesRule : NRulesEligibilityRule { public override void Define() => Define(Diabetes, RuleState.Fired, p => p.Health.Diabetes == Answer.Yes); }
public sealed class DiabetesMissingRule : NRulesEligibilityRule { public override void Define() => Define(Diabetes, RuleState.MissingInformation, p => p.Health.Diabetes == Answer.Unknown); }
public sealed class InfectionPredispositionRule : NRulesEligibilityRule { public override void Define() => Define(InfectionPredisposition, RuleState.Fired, p => p.Health.InfectionPredisposition == Answer.Yes); }
public sealed class InfectionPredispositionMissingRule : NRulesEligibilityRule { public override void Define() => Define(InfectionPredisposition, RuleState.MissingInformation, p => p.Health.InfectionPredisposition == Answer.Unknown); }
public sealed class KeloidTendencyRule : NRulesEligibilityRule { public override void Define() => Define(KeloidTendency, RuleState.Fired, p => p.Health.KeloidTendency == Answer.Yes); }
public sealed class KeloidTendencyMissingRule : NRulesEligibilityRule { public override void Define() => Define(KeloidTendency, RuleState.MissingInformation, p => p.Health.KeloidTendency == Answer.Unknown); }
public sealed class PregnancyAvoidanceRule : NRulesEligibilityRule { public override void Define() => Define(PregnancyAvoidanceComponent, RuleState.Fired, p => (p.Formulation != null && p.Formulation.Components.Count > 0) && (p.Formulation.Contains("dutasteride") || p.Formulation.Contains("finasteride"))); }
public sealed class PregnancyAvoidanceMissingRule : NRulesEligibilityRule { public override void Define() => Define(PregnancyAvoidanceComponent, RuleState.MissingInformation, p => (p.Formulation == null || p.Formulation.Components.Count == 0)); }
public sealed class NoResponseRule : NRulesEligibilityRule { public override void Define() => Define(NoResponse, RuleState.Fired, p => p.Response == TreatmentResponse.None); }
#pragma warning restore CS1591
