using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MesoRules.Core;
using MesoRules.Localization;
using MesoRules.Patients;
using MesoRules.Policy;

namespace MesoRules.Eligibility;

/// <summary>
/// Assesses whether a patient may be treated: an outcome and the notes that explain it, each citing its
/// rule, rationale and provenance, stamped with the policy version. Immutable and thread-safe; each call
/// reads one policy snapshot.
/// </summary>
public sealed class EligibilityEngine
{
    // Rule states are kept on the stack up to this many rules; larger policies rent a buffer.
    private const int StackRuleLimit = 256;
    private readonly IMesoRulesPolicyProvider _policies;

    /// <summary>Creates an engine over the shipped default policy.</summary>
    public EligibilityEngine()
        : this(MesoRulesPolicy.Default)
    {
    }

    /// <summary>Creates an engine over a policy provider: a fixed <see cref="MesoRulesPolicy"/>, or the one registered by <c>AddMesoRules</c>, which follows option changes.</summary>
    /// <param name="policies">The policy provider.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is <see langword="null"/>.</exception>
    public EligibilityEngine(IMesoRulesPolicyProvider policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        _policies = policies;
    }

    /// <summary>Assesses one patient under the policy in force, with the notes worded in <paramref name="language"/>.</summary>
    /// <param name="patient">The patient profile.</param>
    /// <param name="language">The language of the notes' texts; <see langword="null"/> for <see cref="PatientLanguage.English"/>. The outcome and every other field are the same in every language.</param>
    /// <returns>The outcome, one note per rule that fired or asked for information (in rule order), the policy version and the language.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="patient"/>, one of its collections or an element is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is undefined or the age is out of range.</exception>
    /// <exception cref="RuleEvaluationException">A rule's condition threw, or returned an undefined <see cref="RuleState"/>; the exception names the rule.</exception>
    public EligibilityAssessment Assess(PatientProfile patient, PatientLanguage? language = null)
    {
        PatientProfile.ThrowIfInvalid(patient, nameof(patient));
        return Evaluate(_policies.Current, patient, language ?? PatientLanguage.English);
    }

    /// <summary>Evaluates a validated patient under one snapshot; shared with the engines that gate on eligibility.</summary>
    internal static EligibilityAssessment Evaluate(MesoRulesPolicy policy, PatientProfile patient, PatientLanguage language)
    {
        EligibilityRuleSet set = policy.EligibilityRules;
        EligibilityRuleSet.CompiledRule[] rules = set.RulesIn(language);

        // The medicine list and the allergies are read once; every rule that needs what they hold gets it.
        PatientScreen screen = set.Screen(patient);

        // The rules that fired or asked, in rule order: (index << 2) | state.
        Span<int> hits = rules.Length <= StackRuleLimit ? stackalloc int[rules.Length] : new int[rules.Length];
        int count = 0;
        int undefinedAt = -1;
        int i = 0;

        // One protected region around the loop, not one per rule: the index names the rule whose condition threw.
        try
        {
            for (; i < rules.Length; i++)
            {
                ref readonly EligibilityRuleSet.CompiledRule rule = ref rules[i];
                RuleState state = rule.Shortcut.Kind == ShortcutKind.None ? rule.Condition(patient, screen) : rule.Shortcut.Decide(patient, screen);
                if (state == RuleState.Silent)
                {
                    continue;
                }

                if ((uint)state > (uint)RuleState.MissingInformation)
                {
                    // Reported after every condition has run, as a condition that throws takes precedence.
                    undefinedAt = undefinedAt < 0 ? i : undefinedAt;
                    continue;
                }

                hits[count++] = (i << 2) | (int)state;
            }
        }
#pragma warning disable CA1031 // Whatever a rule's condition throws is reported as a failure of that rule, named, with the original inside.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            throw ConditionThrew(rules[i].Fired.RuleId, ex);
        }

        if (undefinedAt >= 0)
        {
            throw UndefinedState(rules[undefinedAt].Fired.RuleId);
        }

        var notes = new EligibilityNote[count];
        EligibilityOutcome outcome = EligibilityOutcome.Eligible;
        for (int n = 0; n < count; n++)
        {
            ref readonly EligibilityRuleSet.CompiledRule rule = ref rules[hits[n] >> 2];
            EligibilityNote note = (RuleState)(hits[n] & 3) == RuleState.MissingInformation ? rule.Missing
                : rule.Detail is { } detail ? rule.Fired.WithDetail(detail(patient, screen))
                : rule.Fired;
            notes[n] = note;
            if (note.Outcome > outcome)
            {
                outcome = note.Outcome;
            }
        }

        return new EligibilityAssessment(outcome, ImmutableCollectionsMarshal.AsImmutableArray(notes), policy.Version, language);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static RuleEvaluationException UndefinedState(string ruleId) =>
        new(ruleId, $"The condition of rule '{ruleId}' returned an undefined RuleState; a condition returns Silent, Fired or MissingInformation.", null);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static RuleEvaluationException ConditionThrew(string ruleId, Exception ex) =>
        new(ruleId, $"The condition of rule '{ruleId}' threw {ex.GetType().Name}; no eligibility answer was given. The inner exception is what the condition threw.", ex);
}
