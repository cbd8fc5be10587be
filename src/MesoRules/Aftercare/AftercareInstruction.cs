using System.Text.Json.Serialization;
namespace MesoRules.Aftercare;

/// <summary>
/// A practitioner's instruction for one patient that replaces the policy's window for one activity.
/// Lengthening is always allowed. A <see cref="Minimum"/> below the policy minimum needs a
/// <see cref="Reason"/>, which every window and check built from the instruction carries; without one
/// the engine refuses the instruction with an <see cref="ArgumentException"/>.
/// </summary>
/// <remarks>
/// The engine validates instructions when they are used: the activity must be defined; both durations
/// greater than zero and at most 30 days, the range a clinic's own windows have;
/// <see cref="Minimum"/> not above <see cref="Recommended"/>; <see cref="Reason"/>
/// <see langword="null"/> or 1 to 500 characters, not blank; each activity at most once per call. An
/// instruction applies to every session in the history passed with it.
/// </remarks>
public sealed class AftercareInstruction
{
    /// <summary>Creates a practitioner's instruction.</summary>
    /// <param name="Activity">The activity the instruction is for.</param>
    /// <param name="Minimum">Elapsed time after the session end before the activity is allowed with caution.</param>
    /// <param name="Recommended">Elapsed time after the session end before the activity is fully allowed.</param>
    /// <param name="Reason">The practitioner's reason; required when <see cref="Minimum"/> is below the policy minimum.</param>
    [JsonConstructor]
    public AftercareInstruction(AftercareActivity Activity, TimeSpan Minimum, TimeSpan Recommended, string? Reason = null)
    {
        this.Activity = Activity;
        this.Minimum = Minimum;
        this.Recommended = Recommended;
        this.Reason = Reason;
    }

    /// <summary>The activity the instruction is for.</summary>
    public AftercareActivity Activity { get; }

    /// <summary>Elapsed time after the session end before the activity is allowed with caution.</summary>
    public TimeSpan Minimum { get; }

    /// <summary>Elapsed time after the session end before the activity is fully allowed.</summary>
    public TimeSpan Recommended { get; }

    /// <summary>The practitioner's reason; required when <see cref="Minimum"/> is below the policy minimum.</summary>
    public string? Reason { get; }

    /// <summary>The longest reason accepted, in characters: 500.</summary>
    internal static int MaxReasonLength => Core.SafetyFloor.ReasonLength.Max;
}
