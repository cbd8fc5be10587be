using System.Collections.Immutable;
using System.Runtime.InteropServices;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Policy;

namespace MesoRules.Benchmarks.Peers;

/// <summary>
/// The notes of the 26 default eligibility rules, taken from the engine itself, so that every peer returns
/// the very same <see cref="EligibilityAssessment"/> the engine does: the outcome, the notes in rule order
/// and the policy version. The peers decide which rules fire; this class only turns their answer into the
/// result record, the same last step the engine and the hand-written baseline take.
/// </summary>
public static class DefaultRuleNotes
{
    /// <summary>
    /// The policy the notes come from: the shipped defaults with medicine screening switched off (every shipped medicine
    /// class and the check of the list against the answers, each with its reason), so that the rules are the 26 the peers
    /// implement. Allergies are matched under other ingredient names too; the peers' patients name components as the
    /// mixes do, so both ways give the same answers (a test checks it).
    /// </summary>
    public static MesoRulesPolicy Policy { get; } = PeerPolicy();

    /// <summary>The default rule ids in evaluation order.</summary>
    public static ImmutableArray<string> RuleIds { get; } = [.. Policy.Rules.Select(r => r.Id).Where(id => id.StartsWith("eligibility.", StringComparison.Ordinal))];

    private static readonly Dictionary<string, int> Index = RuleIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);

    private static readonly (EligibilityNote? Fired, EligibilityNote? Missing)[] Notes = BuildNotes();

    /// <summary>The notes a default rule gives when it fires and when a fact it needs is unknown (either may be absent).</summary>
    public static (EligibilityNote? Fired, EligibilityNote? Missing) NotesOf(string ruleId) => Notes[Index[ruleId]];

    /// <summary>Returns the position of a default rule in evaluation order.</summary>
    public static int IndexOf(string ruleId) => Index[ruleId];

    /// <summary>The note a rule gives when it fires.</summary>
    public static EligibilityNote Fired(int index) => Notes[index].Fired ?? throw new InvalidOperationException($"Rule {RuleIds[index]} has no fired note.");

    /// <summary>The note a rule gives when a fact it needs is unknown.</summary>
    public static EligibilityNote Missing(int index) => Notes[index].Missing ?? throw new InvalidOperationException($"Rule {RuleIds[index]} has no missing-information note.");

    /// <summary>
    /// Builds the assessment from per-rule states indexed by rule position (0 = silent, 1 = fired,
    /// 2 = missing information), exactly as the engine does: notes in rule order, most restrictive outcome.
    /// </summary>
    public static EligibilityAssessment Build(ReadOnlySpan<RuleState> states)
    {
        int count = 0;
        for (int i = 0; i < states.Length; i++)
        {
            if (states[i] != RuleState.Silent)
            {
                count++;
            }
        }

        var notes = new EligibilityNote[count];
        EligibilityOutcome outcome = EligibilityOutcome.Eligible;
        int n = 0;
        for (int i = 0; i < states.Length; i++)
        {
            EligibilityNote? note = states[i] switch
            {
                RuleState.Fired => Notes[i].Fired,
                RuleState.MissingInformation => Notes[i].Missing,
                _ => null,
            };
            if (note is null)
            {
                continue;
            }

            notes[n++] = note;
            if (note.Outcome > outcome)
            {
                outcome = note.Outcome;
            }
        }

        return new EligibilityAssessment(outcome, ImmutableCollectionsMarshal.AsImmutableArray(notes), Policy.Version, MesoRules.Localization.PatientLanguage.English);
    }

    private static MesoRulesPolicy PeerPolicy()
    {
        const string Reason = "The rules engine peers implement the 26 rules that read no medicine list.";
        var options = new MesoRulesOptions();
        foreach (MedicineClass c in MesoRulesPolicy.Default.MedicineClasses)
        {
            options.Eligibility.MedicineClasses[c.Id] = new MedicineClassOptions { Enabled = false, Reason = Reason };
        }

        options.Eligibility.Rules[EligibilityRuleIds.MedicineContradictsAnswer] = new EligibilityRuleOptions { Enabled = false, Reason = Reason };
        options.Eligibility.Rules[EligibilityRuleIds.PregnancyPossibleContradictsAnswer] = new EligibilityRuleOptions { Enabled = false, Reason = Reason };
        return MesoRulesPolicy.Create(options);
    }

    private static (EligibilityNote?, EligibilityNote?)[] BuildNotes()
    {
        var engine = new EligibilityEngine(Policy);
        var result = new (EligibilityNote?, EligibilityNote?)[RuleIds.Length];
        foreach (PatientProfile probe in Probes())
        {
            foreach (EligibilityNote note in engine.Assess(probe).Notes)
            {
                int i = Index[note.RuleId];
                if (note.Reason == RuleState.Fired)
                {
                    result[i].Item1 ??= note;
                }
                else
                {
                    result[i].Item2 ??= note;
                }
            }
        }

        return result;
    }

    private static IEnumerable<PatientProfile> Probes()
    {
        HealthHistory yes = HealthHistory.AllUnknown;
        foreach (HealthFactor f in HealthHistory.Factors)
        {
            yes = yes.With(f, Answer.Yes);
        }

        var mix = new Formulation("m", ["dutasteride", "biotin"]);
        yield return new PatientProfile();
        yield return new PatientProfile { Cause = HairLossCause.AndrogeneticAlopecia, AgeYears = 10, Health = yes, Response = TreatmentResponse.None, Allergies = [new KnownAllergy("biotin", true)], Formulation = mix };
        yield return new PatientProfile { Cause = HairLossCause.Other, Allergies = [new KnownAllergy("latex")], Formulation = mix };
        yield return new PatientProfile { Allergies = [new KnownAllergy("latex")] };
    }
}
