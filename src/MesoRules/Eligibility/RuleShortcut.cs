using MesoRules.Patients;

namespace MesoRules.Eligibility;

/// <summary>The shapes of built-in condition the engine decides from the <see cref="PatientScreen"/> without calling the condition.</summary>
internal enum ShortcutKind : byte
{
    /// <summary>No shortcut: the engine calls the condition (every clinic rule, and the built-in rules of other shapes).</summary>
    None = 0,

    /// <summary>Fires for every patient.</summary>
    Always,

    /// <summary>A health question: Yes fires, No is silent, Unknown fires when a listed medicine class stands for the answer and asks otherwise.</summary>
    Answer,

    /// <summary>The pregnancy question: silent when pregnancy is not possible, otherwise the answer alone decides (no medicine class stands for it).</summary>
    PregnancyAnswer,

    /// <summary>Fires when the medicine list holds one of the classes.</summary>
    Listed,
}

/// <summary>
/// A built-in rule's condition as data, so that the engine decides it with a switch instead of a delegate call: the same
/// answer as the rule's condition for every patient (a test compares the two on generated patients).
/// </summary>
/// <param name="Kind">The shape.</param>
/// <param name="Factor">The health question, for <see cref="ShortcutKind.Answer"/> and <see cref="ShortcutKind.PregnancyAnswer"/>.</param>
/// <param name="Classes">The medicine classes, as a mask of class indices: for <see cref="ShortcutKind.Answer"/> those that count as Yes when the answer is unknown, for <see cref="ShortcutKind.Listed"/> those that fire.</param>
internal readonly record struct RuleShortcut(ShortcutKind Kind, HealthFactor Factor, ulong Classes)
{
    /// <summary>A rule that fires for every patient.</summary>
    public static RuleShortcut Always => new(ShortcutKind.Always, default, 0);

    /// <summary>Decides the rule for a validated patient and its screen; only for a <see cref="Kind"/> other than <see cref="ShortcutKind.None"/>.</summary>
    public RuleState Decide(PatientProfile patient, in PatientScreen screen)
    {
        switch (Kind)
        {
            case ShortcutKind.Always:
                return RuleState.Fired;
            case ShortcutKind.Listed:
                return (screen.Medicines & Classes) != 0 ? RuleState.Fired : RuleState.Silent;
            case ShortcutKind.PregnancyAnswer when patient.PregnancyPossible == Patients.Answer.No:
                return RuleState.Silent;
            default:
                return screen.AnswerTo(Factor) switch
                {
                    Patients.Answer.Yes => RuleState.Fired,
                    Patients.Answer.No => RuleState.Silent,
                    _ => (screen.Medicines & Classes) != 0 ? RuleState.Fired : RuleState.MissingInformation,
                };
        }
    }
}
