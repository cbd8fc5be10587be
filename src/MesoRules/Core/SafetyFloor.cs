namespace MesoRules.Core;

/// <summary>
/// The floor under the clinic's settings: switching off or relaxing what keeps a patient safe (an absolute
/// contraindication, a contradiction check, the minimum age of 18, a shipped medicine class, a shipped aftercare
/// minimum) needs a recorded reason, which becomes part of the policy version and is shown where it applies.
/// </summary>
internal static class SafetyFloor
{
    /// <summary>The allowed length of a reason.</summary>
    public static TextLength ReasonLength { get; } = new(500);

    /// <summary>
    /// Checks a setting that may need a reason: when <paramref name="relaxes"/>, <paramref name="reason"/> must be given
    /// (the failure says <paramref name="what"/> it relaxes); a reason given is never blank nor too long.
    /// </summary>
    public static void Check(OptionsFailures failures, string member, bool relaxes, string? reason, string what)
    {
        if (reason is not null)
        {
            failures.NotBlank(member, reason, ReasonLength);
            if (!BlankText.IsBlank(reason) && !BlankText.HasLetterOrDigit(reason))
            {
                failures.Add(member, "a reason must say something: it holds no letter or digit.");
            }
        }
        else if (relaxes)
        {
            failures.Add(member, $"{what} is below the safety floor; give the clinic's reason in {member} (1 to {ReasonLength.Max} characters).");
        }
    }
}
