using System.Text.Json.Serialization;
using MesoRules.Aftercare;

namespace MesoRules.Planning;

/// <summary>
/// Something the patient has planned, such as a beach holiday (<see cref="AftercareActivity.Sun"/>), a
/// swimming event (<see cref="AftercareActivity.Swimming"/>) or a hair-colouring appointment
/// (<see cref="AftercareActivity.HarshHairProducts"/>). It must not fall inside a planned session's aftercare window.
/// </summary>
public sealed class PatientActivity
{
    /// <summary>Creates a patient activity.</summary>
    /// <param name="Kind">The aftercare activity it involves.</param>
    /// <param name="From">The first day, in the clinic's time zone (included).</param>
    /// <param name="To">The last day, in the clinic's time zone (included: the activity lasts until the end of this day).</param>
    /// <param name="Label">An optional label shown in conflict findings, for example "beach holiday". Avoid patient-identifying text.</param>
    [JsonConstructor]
    public PatientActivity(AftercareActivity Kind, DateOnly From, DateOnly To, string? Label = null)
    {
        this.Kind = Kind;
        this.From = From;
        this.To = To;
        this.Label = Label;
    }

    /// <summary>The aftercare activity it involves.</summary>
    public AftercareActivity Kind { get; }

    /// <summary>The first day, in the clinic's time zone (included).</summary>
    public DateOnly From { get; }

    /// <summary>The last day, in the clinic's time zone (included: the activity lasts until the end of this day).</summary>
    public DateOnly To { get; }

    /// <summary>An optional label shown in conflict findings, for example "beach holiday". Avoid patient-identifying text.</summary>
    public string? Label { get; }
}
