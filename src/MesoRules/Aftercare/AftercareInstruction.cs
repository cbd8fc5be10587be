namespace MesoRules.Aftercare;

/// <summary>
/// A practitioner's instruction for one patient that replaces the policy's window for one activity.
/// Lengthening is always allowed. A <paramref name="Minimum"/> below the policy minimum needs a
/// <paramref name="Reason"/>, which every window and check built from the instruction carries; without one
/// the engine refuses the instruction with an <see cref="ArgumentException"/>.
/// </summary>
/// <remarks>
/// The engine validates instructions when they are used: the activity must be defined; both durations
/// greater than zero and at most 30 days, the range a clinic's own windows have;
/// <paramref name="Minimum"/> not above <paramref name="Recommended"/>; <paramref name="Reason"/>
/// <see langword="null"/> or 1 to 500 characters, not blank; each activity at most once per call. An
/// instruction applies to every session in the history passed with it.
/// </remarks>
/// <param name="Activity">The activity the instruction is for.</param>
/// <param name="Minimum">Elapsed time after the session end before the activity is allowed with caution.</param>
/// <param name="Recommended">Elapsed time after the session end before the activity is fully allowed.</param>
/// <param name="Reason">The practitioner's reason; required when <paramref name="Minimum"/> is below the policy minimum.</param>
public sealed record AftercareInstruction(AftercareActivity Activity, TimeSpan Minimum, TimeSpan Recommended, string? Reason = null)
{
    /// <summary>The longest reason accepted, in characters: 500.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>Returns a description that leaves out the reason, which may describe the patient.</summary>
    /// <returns>A redacted description.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"AftercareInstruction {{ Activity = {Activity}, Minimum = {Minimum:c}, Recommended = {Recommended:c}{(Reason is null ? string.Empty : ", Reason = (redacted)")} }}");
}
